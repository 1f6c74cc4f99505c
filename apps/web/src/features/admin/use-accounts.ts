import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { ACCOUNTS_QUERY, SCOPE_CHOICES_QUERY } from './admin.graphql';
import type { AccountFilters } from './account-filters';
import { NO_SCOPE_CHOICES } from './role-scope-fields';

/** The filtered accounts, 50 at a time, and the clusters and forums a role can be scoped to. */
export function useAccounts(filters: AccountFilters) {
  const list = useQuery(ACCOUNTS_QUERY, {
    variables: { search: filters.search || null, role: filters.role, status: filters.status },
    notifyOnNetworkStatusChange: true,
  });
  const scopes = useQuery(SCOPE_CHOICES_QUERY);
  const connection = list.data?.accounts;
  return {
    connection,
    scopes: scopes.data ?? NO_SCOPE_CHOICES,
    loading: list.loading && !connection,
    isFetchingMore: list.networkStatus === NetworkStatus.fetchMore,
    error: list.error ?? scopes.error,
    retry: () => {
      if (list.error) list.refetch().catch(() => undefined);
      if (scopes.error) scopes.refetch().catch(() => undefined);
    },
    fetchMore: () => {
      if (!connection?.pageInfo.hasNextPage) return;
      list.fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined);
    },
  };
}
