import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { ACCOUNTS_QUERY, CLUSTER_CHOICES_QUERY } from './admin.graphql';
import type { AccountFilters } from './account-filters';

/** The filtered accounts, 50 at a time, and the clusters a CEO role can be scoped to. */
export function useAccounts(filters: AccountFilters) {
  const list = useQuery(ACCOUNTS_QUERY, {
    variables: { search: filters.search || null, role: filters.role, status: filters.status },
    notifyOnNetworkStatusChange: true,
  });
  const clusters = useQuery(CLUSTER_CHOICES_QUERY);
  const connection = list.data?.accounts;
  return {
    connection,
    clusters: clusters.data?.clusters ?? [],
    loading: list.loading && !connection,
    isFetchingMore: list.networkStatus === NetworkStatus.fetchMore,
    error: list.error ?? clusters.error,
    retry: () => {
      if (list.error) list.refetch().catch(() => undefined);
      if (clusters.error) clusters.refetch().catch(() => undefined);
    },
    fetchMore: () => {
      if (!connection?.pageInfo.hasNextPage) return;
      list.fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined);
    },
  };
}
