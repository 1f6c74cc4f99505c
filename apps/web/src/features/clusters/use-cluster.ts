import { useQuery } from '@apollo/client/react';
import { errorKind } from '../../app/error-code';
import { CLUSTER_QUERY } from './cluster.graphql';

/** One cluster by its slug; an unknown slug is a not-found page, not an error. */
export function useCluster(slug: string) {
  const { data, error, loading, refetch } = useQuery(CLUSTER_QUERY, { variables: { slug } });
  return {
    cluster: data?.cluster ?? null,
    loading,
    error,
    isNotFound: error !== undefined && errorKind(error) === 'NOT_FOUND',
    refetch,
  };
}
