import { EVENT_KINDS, EVENT_PARTICIPATION_MAX_QUARTERS, type EventKind } from '@roundtable/shared/events';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';

/**
 * The PMO unit's participation across events (issue #8, item 4): the period and kind from the
 * address, the quarters' totals, each sector's share, the chart's rows and the table as CSV.
 * Pure, so the page only draws.
 */

/** A calendar quarter as the API names it: `2026-Q1`. */
export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`;

/** The sources' first event is Beit HaKerem's exposure conference, 2013-08-26 (seed 001). */
export const FIRST_QUARTER: Quarter = '2013-Q1';
/** The default period: the last eight quarters up to the current one. */
export const DEFAULT_QUARTERS = 8;
/** The most quarters one question spans (the API's PERIOD_TOO_LONG past it). */
export const MAX_QUARTERS = EVENT_PARTICIPATION_MAX_QUARTERS;

export const MEASURES = ['registrations', 'attended'] as const;
export type Measure = (typeof MEASURES)[number];

export interface ParticipationFilters {
  from: Quarter;
  to: Quarter;
  kind: EventKind | null;
  /** What the chart stacks by sector: registrations, or those who checked in. */
  measure: Measure;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The quarter's position on one line of quarters (year × 4 + quarter − 1), or null if malformed. */
export function quarterIndex(quarter: string): number | null {
  const match = QUARTER.exec(quarter);
  if (!match) return null;
  return Number(match[1]) * 4 + Number(match[2]) - 1;
}

export function quarterAt(index: number): Quarter {
  return `${Math.floor(index / 4)}-Q${((index % 4) + 1) as 1 | 2 | 3 | 4}`;
}

/** The quarter a day (YYYY-MM-DD) falls in. */
export function quarterOfDay(day: string): Quarter {
  return quarterAt(Number(day.slice(0, 4)) * 4 + Math.floor((Number(day.slice(5, 7)) - 1) / 3));
}

/** The quarter's year and number (1–4), for its name in a language. */
export function quarterParts(quarter: string): { year: number; quarter: number } | null {
  const index = quarterIndex(quarter);
  return index === null ? null : { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
}

/** The quarter's first day, YYYY-MM-DD. */
export function quarterFirstDay(quarter: Quarter): string {
  const { year, quarter: q } = quarterParts(quarter)!;
  return `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** The quarter's last day, YYYY-MM-DD. */
export function quarterLastDay(quarter: Quarter): string {
  const { year, quarter: q } = quarterParts(quarter)!;
  const lastMonth = q * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return `${year}-${String(lastMonth).padStart(2, '0')}-${lastDay}`;
}

/** How many quarters a period spans, both ends included. */
export function quarterCount(from: Quarter, to: Quarter): number {
  return quarterIndex(to)! - quarterIndex(from)! + 1;
}

/** Today's date in Israel (YYYY-MM-DD): the quarter "now" is Israel's, as the events' days are. */
export function israelToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem' }).format(now);
}

/** The last eight quarters up to the current one. */
export function defaultPeriod(today: string): { from: Quarter; to: Quarter } {
  const current = quarterIndex(quarterOfDay(today))!;
  return { from: quarterAt(current - DEFAULT_QUARTERS + 1), to: quarterAt(current) };
}

/** Everything since the sources' first event, up to the current quarter; null once that is past the limit. */
export function allSincePeriod(today: string): { from: Quarter; to: Quarter } | null {
  const to = quarterOfDay(today);
  return quarterCount(FIRST_QUARTER, to) <= MAX_QUARTERS ? { from: FIRST_QUARTER, to } : null;
}

/** The quarters a period may start or end in: from 2013 to the end of next year (events are planned ahead). */
export function quarterChoices(today: string): Quarter[] {
  const first = quarterIndex(FIRST_QUARTER)!;
  const last = (Number(today.slice(0, 4)) + 1) * 4 + 3;
  return Array.from({ length: last - first + 1 }, (_, i) => quarterAt(first + i));
}

function isKind(value: string | null): value is EventKind {
  return (EVENT_KINDS as readonly (string | null)[]).includes(value);
}

/**
 * The filters from the address (`?from=2025-Q1&to=2026-Q4&kind=CONFERENCE&measure=attended`). A
 * malformed quarter falls back to the default period; a period that runs backwards is turned
 * round. A period longer than the limit is kept: the API answers PERIOD_TOO_LONG, which the page
 * shows in words.
 */
export function parseParticipationFilters(params: URLSearchParams, today: string): ParticipationFilters {
  const fallback = defaultPeriod(today);
  const fromParam = params.get('from') ?? '';
  const toParam = params.get('to') ?? '';
  let from = quarterIndex(fromParam) !== null ? (fromParam as Quarter) : fallback.from;
  let to = quarterIndex(toParam) !== null ? (toParam as Quarter) : fallback.to;
  if (quarterIndex(to)! < quarterIndex(from)!) [from, to] = [to, from];
  const kind = params.get('kind');
  const measure = params.get('measure');
  return {
    from,
    to,
    kind: isKind(kind) ? kind : null,
    measure: (MEASURES as readonly (string | null)[]).includes(measure) ? (measure as Measure) : 'registrations',
  };
}

/** The address for a set of filters; the defaults (the last eight quarters, registrations) are left out. */
export function participationFiltersToParams(filters: ParticipationFilters, today: string): URLSearchParams {
  const params = new URLSearchParams();
  const fallback = defaultPeriod(today);
  if (filters.from !== fallback.from || filters.to !== fallback.to) {
    params.set('from', filters.from);
    params.set('to', filters.to);
  }
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.measure !== 'registrations') params.set('measure', filters.measure);
  return params;
}

/** The API's arguments: the period's first and last days. */
export function participationVariables(filters: ParticipationFilters): {
  from: string;
  to: string;
  kind: EventKind | null;
} {
  return { from: quarterFirstDay(filters.from), to: quarterLastDay(filters.to), kind: filters.kind };
}

export interface Counts {
  registrations: number;
  confirmed: number;
  attended: number;
}

export interface SectorQuarter extends Counts {
  sector: SectorCode;
}

/** One quarter as the API gives it (eventParticipation). */
export interface QuarterRow extends Counts {
  quarter: string;
  events: number;
  reportedParticipants: number;
  eventsWithReportedFigures: number;
  reportedApproximate: boolean;
  bySector: readonly SectorQuarter[];
}

export interface PeriodTotals extends Counts {
  events: number;
  reportedParticipants: number;
  eventsWithReportedFigures: number;
  reportedApproximate: boolean;
  /** All six sectors, in the sectors' order. */
  bySector: SectorQuarter[];
}

/** The period's totals: every quarter added up, the sources' reported figures apart. */
export function periodTotals(quarters: readonly QuarterRow[]): PeriodTotals {
  const bySector = SECTOR_CODES.map((sector) => ({ sector, registrations: 0, confirmed: 0, attended: 0 }));
  const totals: PeriodTotals = {
    events: 0,
    registrations: 0,
    confirmed: 0,
    attended: 0,
    reportedParticipants: 0,
    eventsWithReportedFigures: 0,
    reportedApproximate: false,
    bySector,
  };
  for (const quarter of quarters) {
    totals.events += quarter.events;
    totals.registrations += quarter.registrations;
    totals.confirmed += quarter.confirmed;
    totals.attended += quarter.attended;
    totals.reportedParticipants += quarter.reportedParticipants;
    totals.eventsWithReportedFigures += quarter.eventsWithReportedFigures;
    totals.reportedApproximate ||= quarter.reportedApproximate;
    for (const row of quarter.bySector) {
      const sum = bySector.find((item) => item.sector === row.sector);
      if (!sum) continue;
      sum.registrations += row.registrations;
      sum.confirmed += row.confirmed;
      sum.attended += row.attended;
    }
  }
  return totals;
}

/** A sector's part of the period's registrations: how many, of how many, and the share (null when none registered). */
export function sectorShare(
  totals: PeriodTotals,
  sector: SectorCode,
): { count: number; of: number; share: number | null } {
  const count = totals.bySector.find((row) => row.sector === sector)?.registrations ?? 0;
  return { count, of: totals.registrations, share: totals.registrations > 0 ? count / totals.registrations : null };
}

/** The chart's rows: per quarter, the measure of each sector, to be stacked. */
export function chartRows(
  quarters: readonly QuarterRow[],
  measure: Measure,
  label: (quarter: string) => string,
): Array<{ key: string; label: string; values: Record<SectorCode, number> }> {
  return quarters.map((quarter) => ({
    key: quarter.quarter,
    label: label(quarter.quarter),
    values: Object.fromEntries(
      SECTOR_CODES.map((sector) => [sector, quarter.bySector.find((row) => row.sector === sector)?.[measure] ?? 0]),
    ) as Record<SectorCode, number>,
  }));
}

/** Whether any event was held in the period (with or without registrations). */
export function hasEvents(quarters: readonly QuarterRow[]): boolean {
  return quarters.some((quarter) => quarter.events > 0);
}

/** How many axis labels to skip between two shown, so a long period's quarters do not overlap. */
export function tickInterval(count: number, most = 12): number {
  return Math.max(0, Math.ceil(count / most) - 1);
}

export interface CsvLabels {
  quarter: string;
  events: string;
  reported: string;
  reportedApproximate: string;
  all: string;
  registrations: string;
  confirmed: string;
  attended: string;
  sector: (sector: SectorCode) => string;
  quarterName: (quarter: string) => string;
  /** Joins a group's name and its column's ("Business sector: Registrations"). */
  column: (group: string, column: string) => string;
  yes: string;
  no: string;
}

/**
 * The table as CSV: the same columns as on the page, with the header in the reader's language.
 * The reported figure and whether it is approximate are two columns, so a spreadsheet sums the
 * numbers; they are never added to the registrations.
 */
export function participationCsv(
  quarters: readonly QuarterRow[],
  labels: CsvLabels,
): { header: string[]; rows: Array<Array<string | number>> } {
  const measures = [labels.registrations, labels.confirmed, labels.attended];
  const header = [
    labels.quarter,
    labels.events,
    labels.reported,
    labels.reportedApproximate,
    ...measures.map((measure) => labels.column(labels.all, measure)),
    ...SECTOR_CODES.flatMap((sector) => measures.map((measure) => labels.column(labels.sector(sector), measure))),
  ];
  const rows = quarters.map((quarter) => [
    labels.quarterName(quarter.quarter),
    quarter.events,
    quarter.eventsWithReportedFigures > 0 ? quarter.reportedParticipants : '',
    quarter.eventsWithReportedFigures > 0 ? (quarter.reportedApproximate ? labels.yes : labels.no) : '',
    quarter.registrations,
    quarter.confirmed,
    quarter.attended,
    ...SECTOR_CODES.flatMap((sector) => {
      const row = quarter.bySector.find((item) => item.sector === sector);
      return [row?.registrations ?? 0, row?.confirmed ?? 0, row?.attended ?? 0];
    }),
  ]);
  return { header, rows };
}
