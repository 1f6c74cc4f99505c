import { NetworkStatus } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';
import { AUTHORITIES_QUERY, AUTHORITY_FILTERS_QUERY } from './authorities.graphql';
import type { AuthorityFilters } from './authority-filters';

/**
 * The filtered list, 20 at a time. The cluster filter names a slug in the address; it waits for
 * the clusters to resolve the slug to an id, and an unknown slug filters nothing and says so.
 */
export function useAuthorities(filters: AuthorityFilters) {
  const options = useQuery(AUTHORITY_FILTERS_QUERY);
  const clusters = options.data?.clusters ?? [];
  const clusterId = filters.cluster ? (clusters.find((cluster) => cluster.slug === filters.cluster)?.id ?? null) : null;
  const isWaitingForClusters = filters.cluster !== null && !options.data;
  const isUnknownCluster = filters.cluster !== null && options.data !== undefined && clusterId === null;

  const list = useQuery(
    AUTHORITIES_QUERY,
    isWaitingForClusters
      ? skipToken
      : {
          variables: {
            district: filters.district,
            kind: filters.kind,
            clusterId,
            search: filters.search || null,
          },
        },
  );
  const connection = list.data?.localAuthorities;

  return {
    districts: options.data?.districts ?? [],
    clusters,
    isUnknownCluster,
    connection,
    loading: (list.loading && !connection) || isWaitingForClusters,
    isFetchingMore: list.networkStatus === NetworkStatus.fetchMore,
    error: list.error ?? options.error,
    retry: () => {
      if (options.error) options.refetch().catch(() => undefined);
      if (list.error) list.refetch().catch(() => undefined);
    },
    fetchMore: () => {
      if (!connection?.pageInfo.hasNextPage) return;
      list.fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined);
    },
  };
}
