import type { DataSource } from 'typeorm';
import { ACTION_DIRECTIONS } from '@roundtable/shared/action-directions';
import { DISTRICT_CODES, type DistrictCode } from '@roundtable/shared/districts';
import { dateInIsrael } from '@roundtable/shared/forums';
import { STATUS_LIGHTS, addMonths, type StatusLight } from '@roundtable/shared/partnerships';
import { SDGS } from '@roundtable/shared/sdgs';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import type { Clock } from '../../common/clock.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type {
  PartnershipDashboard,
  PartnershipDashboardFilter,
  PartnershipShare,
} from './partnership-dashboard.types.js';

/**
 * The dashboard from the rollup (docs/partnerships.md, "Scale"), in one statement over one snapshot.
 * $1 direction (0 = any), $2 district ('' = any), $3 sector ('' = any). The period comes in three
 * parts (`planPeriod`): whole years $4–$5 from the yearly rollup (which keeps each quarter's total
 * as the `quarter` keys), the whole months either side of them ($6, a list) from the monthly one
 * (their quarters from their totals), and the days at the period's ends ($7–$8 counted $9 = ±1,
 * $10–$11 counted $12): from the daily rollup when nothing else is filtered, else from the
 * partnerships' signatures, whose stored key lists hold their quarter too. Every figure is then a
 * sum of `(figure, key)` counts, laid out by `rowFromFigures`; `lightsStale` says whether the stored
 * lights hold on $13, today. (Laying them out here, with every direction, sector, district, goal and
 * quarter, cost more to plan than to run.)
 */
const ROLLUP_SQL = `
WITH counts AS (
    SELECT y.figure, y.key, y.count FROM partnership_rollup_yearly y
     WHERE y.f_direction = $1::smallint AND y.f_district = $2::text AND y.f_sector = $3::text
       AND y.began_year BETWEEN $4::date AND $5::date AND y.count > 0
    UNION ALL
    SELECT r.figure, r.key, r.count FROM partnership_rollup r
     WHERE r.f_direction = $1::smallint AND r.f_district = $2::text AND r.f_sector = $3::text
       AND r.began_month = ANY ($6::date[]) AND r.count > 0
    UNION ALL
    SELECT 'quarter', (extract(year FROM r.began_month)::int * 10 + extract(quarter FROM r.began_month)::int)::text, r.count
      FROM partnership_rollup r
     WHERE r.f_direction = $1::smallint AND r.f_district = $2::text AND r.f_sector = $3::text
       AND r.began_month = ANY ($6::date[]) AND r.figure = 'total' AND r.count > 0
    UNION ALL
    SELECT d.figure, d.key, sum(d.count * CASE WHEN d.began_on BETWEEN $7::date AND $8::date THEN $9::int ELSE $12::int END)::int
      FROM partnership_rollup_daily d
     WHERE $1::smallint = 0 AND $2::text = '' AND $3::text = ''
       AND (d.began_on BETWEEN $7::date AND $8::date OR d.began_on BETWEEN $10::date AND $11::date)
     GROUP BY 1, 2
    UNION ALL
    SELECT 'quarter', (extract(year FROM d.began_on)::int * 10 + extract(quarter FROM d.began_on)::int)::text,
           sum(d.count * CASE WHEN d.began_on BETWEEN $7::date AND $8::date THEN $9::int ELSE $12::int END)::int
      FROM partnership_rollup_daily d
     WHERE $1::smallint = 0 AND $2::text = '' AND $3::text = '' AND d.figure = 'total'
       AND (d.began_on BETWEEN $7::date AND $8::date OR d.began_on BETWEEN $10::date AND $11::date)
     GROUP BY 1, 2
    UNION ALL
    SELECT split_part(k.key, ':', 1), split_part(k.key, ':', 2), k.count FROM (
      SELECT k AS key, sum(CASE WHEN s.began_on BETWEEN $7::date AND $8::date THEN $9::int ELSE $12::int END)::int AS count
        FROM partnership_signature s, unnest(s.rollup_keys) k
       WHERE NOT ($1::smallint = 0 AND $2::text = '' AND $3::text = '')
         AND (s.began_on BETWEEN $7::date AND $8::date OR s.began_on BETWEEN $10::date AND $11::date)
         AND ($1::smallint = 0 OR $1::smallint = ANY (s.directions))
         AND ($2::text = '' OR $2::text = ANY (s.districts))
         AND ($3::text = '' OR $3::text = ANY (s.sectors))
       GROUP BY 1) k
),
figures AS (SELECT c.figure, c.key, sum(c.count)::int AS count FROM counts c GROUP BY 1, 2 HAVING sum(c.count) <> 0)
SELECT
  (SELECT coalesce(json_agg(json_build_array(f.figure, f.key, f.count)), '[]') FROM figures f) AS figures,
  -- Whether some stored light does not hold on the day $13 (two index probes): then the figures are
  -- read again once the lights are brought to it.
  (EXISTS (SELECT 1 FROM partnership_signature WHERE light_until <= $13::date)
    OR EXISTS (SELECT 1 FROM partnership_signature WHERE light_from > $13::date)) AS "lightsStale"`;

/** Partnerships whose lights one statement brings to today (some thousands change a day at 1,000,000). */
export const LIGHTS_BATCH = 2000;

/** The first day of the month of a day (YYYY-MM-DD). */
function monthOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export interface PeriodSplit {
  /** The months the rollup answers for, first and last month's first day; null when there are none. */
  months: { from: string; to: string } | null;
  /**
   * Runs of days counted from the signatures, at most one at each end (inclusive): added (+1) when
   * the period holds the lesser part of its month; otherwise the month comes whole from the rollup and
   * the days outside the period are taken away (−1). So no end costs more than half a month of rows.
   */
  days: { from: string; to: string; sign: 1 | -1 }[];
}

function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const span = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;

/**
 * A period of days split into the months the rollup answers for and the days at its ends the
 * signatures are counted for. An open end is unbounded (PostgreSQL's ±infinity).
 */
export function splitPeriod(from: string | null | undefined, to: string | null | undefined): PeriodSplit {
  const first = !from ? '-infinity' : from.endsWith('-01') ? from : addMonths(monthOf(from), 1);
  const last = !to
    ? 'infinity'
    : to === dayBefore(addMonths(monthOf(to), 1))
      ? monthOf(to)
      : addMonths(monthOf(to), -1);
  const noWholeMonth = first !== '-infinity' && last !== 'infinity' && first > last;
  if (noWholeMonth) return { months: null, days: [{ from: from!, to: to!, sign: 1 }] };
  const months = { from: first, to: last };
  const days: PeriodSplit['days'] = [];
  if (from && from < first) {
    const outside = { from: monthOf(from), to: dayBefore(from) };
    if (span(from, dayBefore(first)) <= span(outside.from, outside.to)) {
      days.push({ from, to: dayBefore(first), sign: 1 });
    } else {
      months.from = outside.from;
      days.push({ ...outside, sign: -1 });
    }
  }
  if (to && last !== monthOf(to)) {
    const outside = { from: dayAfter(to), to: dayBefore(addMonths(monthOf(to), 1)) };
    if (span(monthOf(to), to) <= span(outside.from, outside.to)) {
      days.push({ from: monthOf(to), to, sign: 1 });
    } else {
      months.to = monthOf(to);
      days.push({ ...outside, sign: -1 });
    }
  }
  return { months, days };
}

export interface PeriodPlan {
  /** The whole years the yearly rollup answers for, their first days (±infinity when open); null when none. */
  years: { from: string; to: string } | null;
  /** The whole months outside those years, each its first day: at most 11 at each side. */
  months: string[];
  /** As `PeriodSplit.days`. */
  days: PeriodSplit['days'];
}

const yearOf = (month: string) => Number(month.slice(0, 4));

/**
 * The period as the statement reads it: `splitPeriod`'s whole months split again into the whole
 * years among them (from the yearly rollup) and the months either side (from the monthly one).
 */
export function planPeriod(from: string | null | undefined, to: string | null | undefined): PeriodPlan {
  const { months, days } = splitPeriod(from, to);
  if (!months) return { years: null, months: [], days };
  const firstYear =
    months.from === '-infinity' || months.from.endsWith('-01-01') ? months.from : `${yearOf(months.from) + 1}-01-01`;
  const lastYear =
    months.to === 'infinity'
      ? months.to
      : `${months.to.endsWith('-12-01') ? yearOf(months.to) : yearOf(months.to) - 1}-01-01`;
  const monthsFrom = (first: string, last: string) => {
    const list: string[] = [];
    for (let month = first; month <= last; month = addMonths(month, 1)) list.push(month);
    return list;
  };
  if (firstYear !== '-infinity' && lastYear !== 'infinity' && firstYear > lastYear) {
    return { years: null, months: monthsFrom(months.from, months.to), days };
  }
  return {
    years: { from: firstYear, to: lastYear },
    months: [
      ...(months.from === firstYear ? [] : monthsFrom(months.from, addMonths(firstYear, -1))),
      ...(lastYear === 'infinity' ? [] : monthsFrom(addMonths(lastYear, 12), months.to)),
    ],
    days,
  };
}

export interface Keyed<K> {
  key: K;
  count: number;
}

/** The rollup's row: every `(figure, key)` count that is not 0, and whether the stored lights held on the day. */
interface RollupRow {
  figures: [figure: string, key: string, count: number][];
  lightsStale: boolean;
}

/** A quarter's key in the rollup (`YYYYQ`: 20243 is 2024's third quarter) as the dashboard shows it. */
function quarterOf(key: number): { quarter: string; startsOn: string } {
  const year = Math.floor(key / 10);
  const quarter = key % 10;
  return { quarter: `${year}-Q${quarter}`, startsOn: `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01` };
}

/**
 * The dashboard's lists from the rollup's counts, as the direct count lays them out: every
 * direction, sector, district, goal and light in order, zeros included, and every quarter from the
 * first to the last with partnerships.
 */
export function rowFromFigures(figures: RollupRow['figures']): DashboardRow {
  const counts = new Map(figures.map(([figure, key, count]) => [`${figure}:${key}`, count]));
  const count = (figure: string, key: string | number) => counts.get(`${figure}:${key}`) ?? 0;
  const quarters = figures.filter(([figure]) => figure === 'quarter').map(([, key]) => Number(key));
  const byQuarter: DashboardRow['byQuarter'] = [];
  if (quarters.length > 0) {
    const last = Math.max(...quarters);
    for (let key = Math.min(...quarters); key <= last; key = key % 10 === 4 ? key + 7 : key + 1) {
      byQuarter.push({ ...quarterOf(key), count: count('quarter', key) });
    }
  }
  return {
    total: count('total', ''),
    byDirection: ACTION_DIRECTIONS.map(({ number }) => ({ key: number, count: count('direction', number) })),
    withoutDirection: count('withoutDirection', ''),
    bySector: SECTOR_CODES.map((code) => ({ key: code, count: count('sector', code) })),
    sectorMix: Array.from({ length: SECTOR_CODES.length + 1 }, (_, n) => ({ key: n, count: count('sectorMix', n) })),
    byDistrict: DISTRICT_CODES.map((code) => ({ key: code, count: count('district', code) })),
    withoutDistrict: count('withoutDistrict', ''),
    bySdg: SDGS.map(({ number }) => ({ key: number, count: count('sdg', number) })),
    byQuarter,
    statusLights: [...STATUS_LIGHTS, null].map((light) => ({ key: light, count: count('light', light ?? '') })),
  };
}

export interface DashboardRow {
  total: number;
  byDirection: Keyed<number>[];
  withoutDirection: number;
  bySector: Keyed<SectorCode>[];
  sectorMix: Keyed<number>[];
  byDistrict: Keyed<DistrictCode>[];
  withoutDistrict: number;
  bySdg: Keyed<number>[];
  byQuarter: { quarter: string; startsOn: string; count: number }[];
  statusLights: Keyed<StatusLight | null>[];
}

/**
 * The PMO unit's national dashboard over partnerships (issue #7, items 4 and 6): every figure in one
 * request and one statement, so they agree with each other, read from the rollup the writes keep
 * (migration 1796320000000), so it does not count a million partnerships per request. The tests
 * compare it with the direct counts (partnership-dashboard.direct.ts) and with the API's own
 * per-partnership status light.
 */
export class PartnershipDashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async dashboard(filter: PartnershipDashboardFilter): Promise<PartnershipDashboard> {
    if (filter.from && filter.to && filter.from > filter.to) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `from (${filter.from}) is after to (${filter.to}): give a period that runs forward.`,
        {
          invalidArguments: ['from', 'to'],
        },
      );
    }
    const today = dateInIsrael(this.clock.now());
    const period = planPeriod(filter.from, filter.to);
    let row = await this.read(filter, period, today);
    if (row.lightsStale) {
      await this.bringLightsTo(today);
      row = await this.read(filter, period, today);
    }
    return dashboardFromRow(rowFromFigures(row.figures), today);
  }

  private async read(filter: PartnershipDashboardFilter, period: PeriodPlan, today: string): Promise<RollupRow> {
    // Not a named (prepared) statement, so planned for its values each time: a plan for any values,
    // which PostgreSQL settles on after five runs of a named one, cannot know how few rows they read
    // (its plan for the lights' check scanned all 1,000,000 signatures).
    const [row]: RollupRow[] = await this.dataSource.query(ROLLUP_SQL, [
      filter.direction ?? 0,
      filter.district ?? '',
      filter.sector ?? '',
      period.years?.from ?? null,
      period.years?.to ?? null,
      period.months,
      period.days[0]?.from ?? null,
      period.days[0]?.to ?? null,
      period.days[0]?.sign ?? 1,
      period.days[1]?.from ?? null,
      period.days[1]?.to ?? null,
      period.days[1]?.sign ?? 1,
      today,
    ]);
    return row!;
  }

  /**
   * Stored lights are as of a day: when some do not hold today (a day passed one's next change, or
   * the clock went back, as the read's `lightsStale` says), those are brought to today, under one
   * advisory lock, moving their rollup counts. Most days no request comes here.
   */
  private async bringLightsTo(today: string): Promise<void> {
    // In batches, each its own transaction, so none outlasts the statement timeout.
    for (;;) {
      const [{ moved }]: { moved: number }[] = await this.dataSource.query(
        `SELECT partnership_rollup_lights($1::date, $2::int) AS moved`,
        [today, LIGHTS_BATCH],
      );
      if (moved < LIGHTS_BATCH) return;
    }
  }
}

/** The dashboard's answer from its counts (rollup-backed, or direct in the tests), on the day. */
export function dashboardFromRow(row: DashboardRow, today: string): PartnershipDashboard {
  const total = row.total;
  const share = (count: number): PartnershipShare => ({ count, share: total === 0 ? 0 : count / total });
  const count = (items: Keyed<unknown>[], key: unknown) => items.find((item) => item.key === key)?.count ?? 0;
  return {
    asOf: today,
    total,
    byDirection: row.byDirection.map(({ key, count }) => ({ direction: key, ...share(count) })),
    withoutDirection: row.withoutDirection,
    bySector: row.bySector.map(({ key, count }) => ({ sector: key, ...share(count) })),
    sectorMix: row.sectorMix.map(({ key, count }) => ({ sectorCount: key, ...share(count) })),
    withBusiness: share(count(row.bySector, 'BUSINESS')),
    withLocalGovernment: share(count(row.bySector, 'LOCAL_GOVERNMENT')),
    byDistrict: row.byDistrict.map(({ key, count }) => ({ district: key, ...share(count) })),
    withoutDistrict: row.withoutDistrict,
    bySdg: row.bySdg.map(({ key, count }) => ({ sdg: key, ...share(count) })),
    sdgsCovered: row.bySdg.filter((goal) => goal.count > 0).length,
    byQuarter: row.byQuarter,
    statusLights: row.statusLights.map(({ key, count }) => ({ light: key, ...share(count) })),
  };
}
