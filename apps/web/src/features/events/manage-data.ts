import type { SectorCode } from '@roundtable/shared/sectors';

/** The API refuses a longer search; the box stops there too. */
export const REGISTRANT_SEARCH_MAX = 100;

/** The name searched for among the registrants (`?q=`), trimmed; null when none, so the API lists everyone. */
export function registrantSearch(params: URLSearchParams): string | null {
  const text = (params.get('q') ?? '').trim().slice(0, REGISTRANT_SEARCH_MAX);
  return text || null;
}

/** The address's parameters with this search (or without any), keeping the others. */
export function withRegistrantSearch(params: URLSearchParams, search: string): URLSearchParams {
  const next = new URLSearchParams(params);
  const text = search.trim().slice(0, REGISTRANT_SEARCH_MAX);
  if (text) next.set('q', text);
  else next.delete('q');
  return next;
}

/** The waitlist in the order it is promoted: position 1 first. */
export function waitlistInOrder<T extends { status: string; waitlistPosition: number | null }>(
  registrations: readonly T[],
): T[] {
  return registrations
    .filter((registration) => registration.status === 'WAITLISTED')
    .sort((a, b) => (a.waitlistPosition ?? Infinity) - (b.waitlistPosition ?? Infinity));
}

export interface SectorCounts {
  sector: SectorCode;
  registrations: number;
  confirmed: number;
  attended: number;
}

/** The participation table as CSV rows: sector name, registrations, confirmed, checked in. */
export function participationCsvRows(
  rows: readonly SectorCounts[],
  sectorLabel: (sector: SectorCode) => string,
): Array<[string, number, number, number]> {
  return rows.map((row) => [sectorLabel(row.sector), row.registrations, row.confirmed, row.attended]);
}
