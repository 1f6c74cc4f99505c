/**
 * A date as precise as its source gives it: "2013", "2013-10" or "2013-01-07". Sources often give
 * only a year ("cooperating since 2013") or a month ("chosen in October 2013"); storing a full
 * date would invent a day.
 */
export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

export function parsePartialDate(
  value: string,
): { year: number; month: number | null; day: number | null; precision: DatePrecision } | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : null;
  const day = match[3] ? Number(match[3]) : null;
  if (month !== null && day !== null) {
    // Reject 2013-02-30 and the like: the calendar must agree.
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1) return null;
  }
  return { year, month, day, precision: day !== null ? 'DAY' : month !== null ? 'MONTH' : 'YEAR' };
}

export function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === 'string' && parsePartialDate(value) !== null;
}

/** Orders partial dates chronologically; a less precise date sorts before a more precise one within it. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a.localeCompare(b);
}

/** The PostgreSQL CHECK that holds the same format in the database. */
export const PARTIAL_DATE_SQL_PATTERN = '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$';
