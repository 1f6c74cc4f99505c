import { AUTHORITY_KINDS, type AuthorityKind } from '@roundtable/shared/authority-kinds';
import { DISTRICT_CODES, type DistrictCode } from '@roundtable/shared/districts';

/** What the list is filtered by; it lives in the query string so a view can be bookmarked. */
export interface AuthorityFilters {
  district: DistrictCode | null;
  kind: AuthorityKind | null;
  /** A cluster's slug: readable in the address; the page resolves it to an id. */
  cluster: string | null;
  search: string;
}

export const NO_FILTERS: AuthorityFilters = { district: null, kind: null, cluster: null, search: '' };

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

export function parseAuthorityFilters(params: URLSearchParams): AuthorityFilters {
  const cluster = params.get('cluster')?.trim() || null;
  return {
    district: oneOf(DISTRICT_CODES, params.get('district')),
    kind: oneOf(AUTHORITY_KINDS, params.get('kind')),
    cluster,
    search: (params.get('q') ?? '').trim(),
  };
}

/** Only the filters that are set, in a fixed order, so equal views have equal addresses. */
export function authorityFiltersToParams(filters: AuthorityFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.district) params.set('district', filters.district);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.cluster) params.set('cluster', filters.cluster);
  if (filters.search.trim()) params.set('q', filters.search.trim());
  return params;
}

export function hasFilters(filters: AuthorityFilters): boolean {
  return authorityFiltersToParams(filters).size > 0;
}
