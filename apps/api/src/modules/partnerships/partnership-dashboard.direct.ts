import { DISTRICT_CODES } from '@roundtable/shared/districts';
import { INACTIVE_AFTER_MONTHS, REPORTING_STATUSES, STATUS_LIGHTS } from '@roundtable/shared/partnerships';
import type { PartnershipDashboardFilter } from './partnership-dashboard.types.js';
import type { DashboardRow } from './partnership-dashboard.service.js';
import { involvesSectorSql, PARTNERSHIP_SECTORS_SQL } from './partnership-sectors.js';

/**
 * The dashboard by direct counts over the partnerships themselves: how it was computed before the
 * rollup (issue #7 item 6), kept as the reference the tests hold the rollup-backed dashboard to.
 * Exact at any size, but it reads every partnership the filter leaves.
 */

/** The day a partnership began: its start, else the day it was registered here (Israel). */
const BEGAN_ON = `coalesce(p.start_on, (p.created_at AT TIME ZONE 'Asia/Jerusalem')::date)`;

/**
 * The dashboard in one statement over one snapshot. `f` is the partnerships the filter leaves
 * ($1 direction, $2 district, $3 sector, $4 from, $5 to); `$6` is today in Israel. The status light
 * is the rule of packages/shared/src/partnerships.ts (`statusLight`) in SQL: the tests compare the
 * two on the same partnerships.
 */
const DASHBOARD_SQL = `
WITH f AS MATERIALIZED (
  SELECT p.id, p.status, p.reporting_period_months, ${BEGAN_ON} AS began_on,
         coalesce((SELECT max(r.reported_on) FROM progress_report r WHERE r.partnership_id = p.id),
                  p.start_on, (p.created_at AT TIME ZONE 'Asia/Jerusalem')::date) AS base
    FROM partnership p
   WHERE ($1::smallint IS NULL OR EXISTS (SELECT 1 FROM partnership_direction d
                                           WHERE d.partnership_id = p.id AND d.direction_number = $1::smallint))
     AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM partnership_district d
                                       WHERE d.partnership_id = p.id AND d.district_code = $2::text))
     AND ($3::text IS NULL OR ${involvesSectorSql('p', '$3::text')})
     AND ($4::date IS NULL OR ${BEGAN_ON} >= $4::date)
     AND ($5::date IS NULL OR ${BEGAN_ON} <= $5::date)
),
sectors AS (
  SELECT s.partnership_id, s.sector_code FROM (${PARTNERSHIP_SECTORS_SQL}) s JOIN f ON f.id = s.partnership_id
),
lights AS (
  SELECT CASE
           WHEN f.status IS NULL OR f.status <> ALL ($7::text[]) THEN NULL
           WHEN $6::date >= (f.base + make_interval(months => ${INACTIVE_AFTER_MONTHS}))::date THEN 'INACTIVE'
           WHEN f.reporting_period_months IS NOT NULL
                AND $6::date > (f.base + make_interval(months => f.reporting_period_months))::date THEN 'OVERDUE'
           WHEN EXISTS (SELECT 1 FROM partnership_milestone m
                         WHERE m.partnership_id = f.id AND NOT m.is_done AND m.due_on < $6::date) THEN 'AT_RISK'
           ELSE 'ON_TRACK'
         END AS light
    FROM f
)
SELECT
  (SELECT count(*) FROM f)::int AS total,
  (SELECT json_agg(json_build_object('key', d.number, 'count',
            (SELECT count(*) FROM partnership_direction x JOIN f ON f.id = x.partnership_id WHERE x.direction_number = d.number))
          ORDER BY d.number) FROM action_direction d) AS "byDirection",
  (SELECT count(*) FROM f WHERE NOT EXISTS (SELECT 1 FROM partnership_direction x WHERE x.partnership_id = f.id))::int
    AS "withoutDirection",
  (SELECT json_agg(json_build_object('key', s.code, 'count', (SELECT count(*) FROM sectors x WHERE x.sector_code = s.code))
          ORDER BY s.position) FROM sector s) AS "bySector",
  (SELECT json_agg(json_build_object('key', k.n, 'count', coalesce(m.count, 0)) ORDER BY k.n)
     FROM generate_series(0, 6) AS k(n)
     LEFT JOIN (SELECT c.n, count(*) AS count
                  FROM (SELECT (SELECT count(*) FROM sectors x WHERE x.partnership_id = f.id) AS n FROM f) c
                 GROUP BY c.n) m ON m.n = k.n) AS "sectorMix",
  (SELECT json_agg(json_build_object('key', d.code, 'count',
            (SELECT count(*) FROM partnership_district x JOIN f ON f.id = x.partnership_id WHERE x.district_code = d.code))
          ORDER BY array_position($8::text[], d.code)) FROM district d) AS "byDistrict",
  (SELECT count(*) FROM f WHERE NOT EXISTS (SELECT 1 FROM partnership_district x WHERE x.partnership_id = f.id))::int
    AS "withoutDistrict",
  (SELECT json_agg(json_build_object('key', g.number, 'count',
            (SELECT count(*) FROM partnership_sdg x JOIN f ON f.id = x.partnership_id WHERE x.sdg_number = g.number))
          ORDER BY g.number) FROM sdg g) AS "bySdg",
  (SELECT coalesce(json_agg(json_build_object('startsOn', q.day::date::text, 'quarter', to_char(q.day, 'YYYY-"Q"Q'),
            'count', (SELECT count(*) FROM f WHERE date_trunc('quarter', f.began_on::timestamp) = q.day)) ORDER BY q.day), '[]')
     FROM generate_series((SELECT date_trunc('quarter', min(f.began_on)::timestamp) FROM f),
                          (SELECT date_trunc('quarter', max(f.began_on)::timestamp) FROM f),
                          interval '3 months') AS q(day)) AS "byQuarter",
  (SELECT json_agg(json_build_object('key', v.light, 'count', (SELECT count(*) FROM lights l WHERE l.light IS NOT DISTINCT FROM v.light))
          ORDER BY v.position)
     FROM unnest($9::text[]) WITH ORDINALITY AS v(light, position)) AS "statusLights"`;

/** The figures by direct counts, for the day (Israel), in the shape the dashboard reads from the rollup. */
export async function directDashboardRow(
  query: (sql: string, parameters: unknown[]) => Promise<DashboardRow[]>,
  filter: PartnershipDashboardFilter,
  today: string,
): Promise<DashboardRow> {
  const [row] = await query(DASHBOARD_SQL, [
    filter.direction ?? null,
    filter.district ?? null,
    filter.sector ?? null,
    filter.from ?? null,
    filter.to ?? null,
    today,
    REPORTING_STATUSES,
    DISTRICT_CODES,
    [...STATUS_LIGHTS, null],
  ]);
  return row!;
}
