import type { SectorCode } from '@roundtable/shared/sectors';

interface Arrived {
  id: string;
  /** The API's arrival order as a decimal string (a bigint): compares within one event. */
  arrival: string;
}

/**
 * Each registration's place in the order registrations arrived, 1 for the first: the API's arrival
 * is a number shared by all events, so the page shows its rank within this event instead.
 */
export function arrivalNumbers(registrations: readonly Arrived[]): Map<string, number> {
  const sorted = [...registrations].sort((a, b) => {
    const x = BigInt(a.arrival);
    const y = BigInt(b.arrival);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return new Map(sorted.map((registration, index) => [registration.id, index + 1]));
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
