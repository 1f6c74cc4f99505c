import { DISTRICT_CODES, type DistrictCode } from '@roundtable/shared/districts';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';

/** The dashboard's filters as the URL keeps them, so a view can be shared and reloaded. */
export interface DashboardFilters {
  direction: number | null;
  district: DistrictCode | null;
  sector: SectorCode | null;
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: DashboardFilters = { direction: null, district: null, sector: null, from: null, to: null };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Reads the filters from search params; a value the API would refuse is left out, not sent. */
export function parseFilters(params: URLSearchParams): DashboardFilters {
  const direction = Number(params.get('direction'));
  const district = params.get('district');
  const sector = params.get('sector');
  const from = params.get('from');
  const to = params.get('to');
  const filters: DashboardFilters = {
    direction: Number.isInteger(direction) && direction >= 1 && direction <= 7 ? direction : null,
    district: district && (DISTRICT_CODES as readonly string[]).includes(district) ? (district as DistrictCode) : null,
    sector: sector && (SECTOR_CODES as readonly string[]).includes(sector) ? (sector as SectorCode) : null,
    from: from && isDay(from) ? from : null,
    to: to && isDay(to) ? to : null,
  };
  // A period that runs backwards is the API's BAD_USER_INPUT: keep only its start.
  if (filters.from && filters.to && filters.to < filters.from) filters.to = null;
  return filters;
}

/** The search params for a set of filters, in a stable order; empty ones left out. */
export function filtersToParams(filters: DashboardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.direction !== null) params.set('direction', String(filters.direction));
  if (filters.district) params.set('district', filters.district);
  if (filters.sector) params.set('sector', filters.sector);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  return params;
}

/** The GraphQL filter: only the conditions given. */
export function filterVariables(filters: DashboardFilters) {
  return {
    ...(filters.direction !== null && { direction: filters.direction }),
    ...(filters.district && { district: filters.district }),
    ...(filters.sector && { sector: filters.sector }),
    ...(filters.from && { from: filters.from }),
    ...(filters.to && { to: filters.to }),
  };
}

export function hasFilters(filters: DashboardFilters): boolean {
  return Object.values(filters).some((value) => value !== null);
}
