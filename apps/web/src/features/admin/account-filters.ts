import { ACCOUNT_STATUSES, ROLES, type AccountStatus, type Role } from '@roundtable/shared/identity';

/** What the accounts list is filtered by; it lives in the query string, so a view can be bookmarked. */
export interface AccountFilters {
  search: string;
  role: Role | null;
  status: AccountStatus | null;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

export function parseAccountFilters(params: URLSearchParams): AccountFilters {
  return {
    search: (params.get('q') ?? '').trim().slice(0, 100),
    role: oneOf(ROLES, params.get('role')),
    status: oneOf(ACCOUNT_STATUSES, params.get('status')),
  };
}

/** Only the filters that are set, in a fixed order, so equal views have equal addresses. */
export function accountFiltersToParams(filters: AccountFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search.trim()) params.set('q', filters.search.trim());
  if (filters.role) params.set('role', filters.role);
  if (filters.status) params.set('status', filters.status);
  return params;
}
