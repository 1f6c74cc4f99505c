import { PARTNERSHIP_STATUSES, type PartnershipStatus } from '@roundtable/shared/partnerships';
import { parseFilters, type DashboardFilters } from './dashboard-filters';

/** The registry's filters as the URL keeps them: the dashboard's, without the period, and a status. */
export interface RegistryFilters {
  direction: DashboardFilters['direction'];
  district: DashboardFilters['district'];
  sector: DashboardFilters['sector'];
  status: PartnershipStatus | null;
}

export function parseRegistryFilters(params: URLSearchParams): RegistryFilters {
  const { direction, district, sector } = parseFilters(params);
  const status = params.get('status');
  return {
    direction,
    district,
    sector,
    status:
      status && (PARTNERSHIP_STATUSES as readonly string[]).includes(status) ? (status as PartnershipStatus) : null,
  };
}

export function registryFiltersToParams(filters: RegistryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.direction !== null) params.set('direction', String(filters.direction));
  if (filters.district) params.set('district', filters.district);
  if (filters.sector) params.set('sector', filters.sector);
  if (filters.status) params.set('status', filters.status);
  return params;
}

/** The API's PartnershipFilter: only the conditions given. */
export function registryVariables(filters: RegistryFilters) {
  return {
    ...(filters.direction !== null && { direction: filters.direction }),
    ...(filters.district && { district: filters.district }),
    ...(filters.sector && { sector: filters.sector }),
    ...(filters.status && { status: [filters.status] }),
  };
}

export function hasRegistryFilters(filters: RegistryFilters): boolean {
  return Object.values(filters).some((value) => value !== null);
}
