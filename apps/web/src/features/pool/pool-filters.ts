import { DISTRICT_CODES, type DistrictCode } from '@roundtable/shared/districts';
import { LANGUAGE_CODE } from '@roundtable/shared/pool';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import { TOPIC_CODES } from '@roundtable/shared/topics';

/** The pool's search as the address keeps it (`?q=…&sector=BUSINESS&topic=EDUCATION`), so it can be shared. */
export interface PoolFilters {
  search: string;
  sectors: SectorCode[];
  topics: string[];
  districts: DistrictCode[];
  languages: string[];
  openToConsultation: boolean | null;
  openToSectorMove: boolean | null;
}

/** The filters with a list of values each, and the address parameter of each. */
export type ListFilter = 'sectors' | 'topics' | 'districts' | 'languages';
export type BooleanFilter = 'openToConsultation' | 'openToSectorMove';

export const LIST_PARAMS: Record<ListFilter, string> = {
  sectors: 'sector',
  topics: 'topic',
  districts: 'district',
  languages: 'language',
};
export const BOOLEAN_PARAMS: Record<BooleanFilter, string> = {
  openToConsultation: 'consultation',
  openToSectorMove: 'sectorMove',
};

/** The API takes at most this much text; longer is cut rather than refused. */
export const SEARCH_MAX = 200;

function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: string): value is T => (allowed as readonly string[]).includes(value);
}

/** Known values only, each once, in the order given: a hand-edited address cannot send a bad code. */
function listOf<T extends string>(params: URLSearchParams, name: string, isValid: (value: string) => value is T): T[] {
  return [...new Set(params.getAll(name))].filter(isValid);
}

function booleanOf(params: URLSearchParams, name: string): boolean | null {
  const value = params.get(name);
  return value === 'yes' ? true : value === 'no' ? false : null;
}

export function parsePoolFilters(params: URLSearchParams): PoolFilters {
  return {
    search: (params.get('q') ?? '').trim().slice(0, SEARCH_MAX),
    sectors: listOf(params, LIST_PARAMS.sectors, oneOf(SECTOR_CODES)),
    topics: listOf(params, LIST_PARAMS.topics, oneOf<string>(TOPIC_CODES)),
    districts: listOf(params, LIST_PARAMS.districts, oneOf(DISTRICT_CODES)),
    languages: listOf(params, LIST_PARAMS.languages, (value): value is string => LANGUAGE_CODE.test(value)),
    openToConsultation: booleanOf(params, BOOLEAN_PARAMS.openToConsultation),
    openToSectorMove: booleanOf(params, BOOLEAN_PARAMS.openToSectorMove),
  };
}

export function poolFiltersToParams(filters: PoolFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set('q', filters.search);
  for (const key of Object.keys(LIST_PARAMS) as ListFilter[]) {
    for (const value of filters[key]) params.append(LIST_PARAMS[key], value);
  }
  for (const key of Object.keys(BOOLEAN_PARAMS) as BooleanFilter[]) {
    const value = filters[key];
    if (value !== null) params.set(BOOLEAN_PARAMS[key], value ? 'yes' : 'no');
  }
  return params;
}

/** Adds a value to a list filter, or takes it away when it is there. */
export function toggleListValue(filters: PoolFilters, key: ListFilter, value: string): PoolFilters {
  const list = filters[key] as string[];
  const next = list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
  return { ...filters, [key]: next };
}

export function hasAnyFilter(filters: PoolFilters): boolean {
  return (
    filters.search !== '' ||
    filters.sectors.length > 0 ||
    filters.topics.length > 0 ||
    filters.districts.length > 0 ||
    filters.languages.length > 0 ||
    filters.openToConsultation !== null ||
    filters.openToSectorMove !== null
  );
}

/** The query's variables: empty lists and unset choices are left out, so they filter nothing. */
export function searchVariables(filters: PoolFilters) {
  return {
    search: filters.search || null,
    sectors: filters.sectors.length ? filters.sectors : null,
    topics: filters.topics.length ? filters.topics : null,
    districts: filters.districts.length ? filters.districts : null,
    languages: filters.languages.length ? filters.languages : null,
    openToConsultation: filters.openToConsultation,
    openToSectorMove: filters.openToSectorMove,
  };
}
