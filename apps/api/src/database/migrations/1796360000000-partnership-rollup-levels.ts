import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shortcuts for the national dashboard's read at 1,000,000 partnerships (docs/partnerships.md,
 * "Scale"; docs/benchmarks.md, the partnerships dashboard). The monthly rollup summed every month of
 * a cell (about 7,000 rows), and a period's partial months expanded each partnership that began in
 * them through `partnership_rollup_keys` (up to 6,000 of them):
 *
 * - `partnership_rollup_yearly`: the monthly counts summed by year, plus each quarter's total (figure
 *   `quarter`, key `YYYYQ`: 20243 for 2024's third quarter), so whole years cost a cell's dozen rows
 *   a key and the quarters' chart needs no months.
 * - `partnership_rollup_daily`: for the cell of no filter, the counts by the day partnerships began,
 *   so the partial months of a period without other filters read at most two half months of rows.
 * - `partnership_signature.rollup_keys`: each signature's keys as `figure:key` texts (with its
 *   quarter), stored with it, so a filtered period's partial months sum one array per partnership.
 *
 * The refresh keeps the three rollups in one transaction with the writes, each locked in key order
 * and always in the same order (months, years, days), so concurrent refreshes cannot deadlock.
 */

/** A month's quarter as the key the yearly rows and the signatures share: `YYYYQ`. */
const QUARTER_KEY = (month: string) =>
  `(extract(year FROM ${month})::int * 10 + extract(quarter FROM ${month})::int)::text`;

/** Changes of counts, as parallel arrays sorted in key order, applied to a rollup in three steps. */
const applyChanges = (table: string, columns: string, variables: string, change: string) => `
    -- The rows the changes need, in key order: new ones at 0 (a CHECK judges the row an INSERT
    -- proposes, so a change cannot ride on ON CONFLICT), then the existing ones locked in key
    -- order, then moved.
    INSERT INTO ${table} (${columns}, count)
    SELECT *, 0 FROM unnest(${variables}) ORDER BY ${columns
      .split(', ')
      .map((_, k) => k + 1)
      .join(', ')}
    ON CONFLICT DO NOTHING;
    PERFORM 1 FROM ${table} r JOIN unnest(${variables}) AS c(${columns})
        ON (${prefixed('r', columns)}) = (${prefixed('c', columns)})
     ORDER BY ${prefixed('r', columns)}
       FOR UPDATE OF r;
    UPDATE ${table} r SET count = r.count + c.change
      FROM unnest(${variables}, ${change}) AS c(${columns}, change)
     WHERE (${prefixed('r', columns)}) = (${prefixed('c', columns)});`;

const prefixed = (alias: string, columns: string) =>
  columns
    .split(', ')
    .map((column) => `${alias}.${column}`)
    .join(', ');

const MONTH_COLUMNS = 'f_direction, f_district, f_sector, began_month, figure, key';
const YEAR_COLUMNS = 'f_direction, f_district, f_sector, began_year, figure, key';
const DAY_COLUMNS = 'began_on, figure, key';

/**
 * The refresh of 1796320000000; with `levels`, the yearly and daily counts move after the monthly
 * ones, in the same transaction. The daily changes come from the old and new signatures in the
 * same statement as the monthly ones (afterwards only the new are left); the yearly ones from the
 * monthly changes.
 */
const refresh = (levels: boolean) => `CREATE OR REPLACE FUNCTION "partnership_rollup_refresh"(ids uuid[], day date)
  RETURNS integer LANGUAGE plpgsql AS $$
  DECLARE
    changed integer;
    c_direction smallint[];
    c_district text[];
    c_sector text[];
    c_month date[];
    c_figure text[];
    c_key text[];
    c_change integer[];${
      levels
        ? `
    y_direction smallint[];
    y_district text[];
    y_sector text[];
    y_year date[];
    y_figure text[];
    y_key text[];
    y_change integer[];
    d_day date[];
    d_figure text[];
    d_key text[];
    d_change integer[];`
        : ''
    }
  BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('roundtable:partnership:' || x::text, 0))
       FROM (SELECT DISTINCT x FROM unnest(ids) x WHERE x IS NOT NULL ORDER BY x) s;
    WITH prev AS (SELECT * FROM partnership_signature s WHERE s.partnership_id = ANY (ids)),
    cur AS (SELECT * FROM partnership_signatures(ids, day)),
    pair AS (
      SELECT o.partnership_id AS old_id, n.partnership_id AS new_id,
             o.began_on AS o_began, o.directions AS o_dir, o.districts AS o_dis, o.sectors AS o_sec,
             o.sdgs AS o_sdg, o.light AS o_light,
             n.began_on AS n_began, n.directions AS n_dir, n.districts AS n_dis, n.sectors AS n_sec,
             n.sdgs AS n_sdg, n.light AS n_light, n.light_from AS n_from, n.light_until AS n_until,
             (o.partnership_id IS NOT NULL AND n.partnership_id IS NOT NULL
              AND date_trunc('month', o.began_on) = date_trunc('month', n.began_on)
              AND o.directions = n.directions AND o.districts = n.districts AND o.sectors = n.sectors) AS same_cells
        FROM prev o FULL JOIN cur n ON n.partnership_id = o.partnership_id
       WHERE o.partnership_id IS NULL OR n.partnership_id IS NULL
          OR (o.began_on, o.directions, o.districts, o.sectors, o.sdgs, o.light, o.light_from, o.light_until)
             IS DISTINCT FROM (n.began_on, n.directions, n.districts, n.sectors, n.sdgs, n.light, n.light_from, n.light_until)
    ),
    delta AS (
      SELECT c.month, c.f_direction, c.f_district, c.f_sector, c.figure, c.key, sum(c.change)::int AS change
        FROM (
          SELECT date_trunc('month', p.o_began)::date AS month, cell.*, k.*, -1 AS change
            FROM pair p, partnership_rollup_cells(p.o_dir, p.o_dis, p.o_sec) cell,
                 LATERAL (SELECT * FROM partnership_rollup_keys(p.o_dir, p.o_dis, p.o_sec, p.o_sdg, p.o_light)
                          EXCEPT ALL
                          SELECT * FROM partnership_rollup_keys(p.n_dir, p.n_dis, p.n_sec, p.n_sdg, p.n_light)
                           WHERE p.same_cells) k
           WHERE p.old_id IS NOT NULL
          UNION ALL
          SELECT date_trunc('month', p.n_began)::date, cell.*, k.*, 1
            FROM pair p, partnership_rollup_cells(p.n_dir, p.n_dis, p.n_sec) cell,
                 LATERAL (SELECT * FROM partnership_rollup_keys(p.n_dir, p.n_dis, p.n_sec, p.n_sdg, p.n_light)
                          EXCEPT ALL
                          SELECT * FROM partnership_rollup_keys(p.o_dir, p.o_dis, p.o_sec, p.o_sdg, p.o_light)
                           WHERE p.same_cells) k
           WHERE p.new_id IS NOT NULL
        ) c
       GROUP BY 1, 2, 3, 4, 5, 6
      HAVING sum(c.change) <> 0
    ),${
      levels
        ? `
    -- The cell of no filter by day: every key of the old signature out, of the new one in.
    day_delta AS (
      SELECT c.day, c.figure, c.key, sum(c.change)::int AS change
        FROM (SELECT p.o_began AS day, k.*, -1 AS change
                FROM pair p, partnership_rollup_keys(p.o_dir, p.o_dis, p.o_sec, p.o_sdg, p.o_light) k
               WHERE p.old_id IS NOT NULL
              UNION ALL
              SELECT p.n_began, k.*, 1
                FROM pair p, partnership_rollup_keys(p.n_dir, p.n_dis, p.n_sec, p.n_sdg, p.n_light) k
               WHERE p.new_id IS NOT NULL) c
       GROUP BY 1, 2, 3
      HAVING sum(c.change) <> 0
    ),`
        : ''
    }
    gone AS (
      DELETE FROM partnership_signature s USING pair p WHERE p.new_id IS NULL AND s.partnership_id = p.old_id
      RETURNING 1
    ),
    kept AS (
      INSERT INTO partnership_signature
      SELECT p.new_id, p.n_began, p.n_dir, p.n_dis, p.n_sec, p.n_sdg, p.n_light, p.n_from, p.n_until
        FROM pair p WHERE p.new_id IS NOT NULL ORDER BY p.new_id
      ON CONFLICT (partnership_id) DO UPDATE SET
        began_on = EXCLUDED.began_on, directions = EXCLUDED.directions, districts = EXCLUDED.districts,
        sectors = EXCLUDED.sectors, sdgs = EXCLUDED.sdgs, light = EXCLUDED.light,
        light_from = EXCLUDED.light_from, light_until = EXCLUDED.light_until
      RETURNING 1
    )
    -- (A data-changing WITH runs whether or not it is read.)
    SELECT (SELECT count(*)::int FROM pair),
           array_agg(d.f_direction ORDER BY d.f_direction, d.f_district, d.f_sector, d.month, d.figure, d.key),
           array_agg(d.f_district ORDER BY d.f_direction, d.f_district, d.f_sector, d.month, d.figure, d.key),
           array_agg(d.f_sector ORDER BY d.f_direction, d.f_district, d.f_sector, d.month, d.figure, d.key),
           array_agg(d.month ORDER BY d.f_direction, d.f_district, d.f_sector, d.month, d.figure, d.key),
           array_agg(d.figure ORDER BY d.f_direction, d.f_district, d.f_sector, d.month, d.figure, d.key),
           array_agg(d.key ORDER BY d.f_direction, d.f_district, d.f_sector, d.month, d.figure, d.key),
           array_agg(d.change ORDER BY d.f_direction, d.f_district, d.f_sector, d.month, d.figure, d.key)${
             levels
               ? `,
           (SELECT array_agg(x.day ORDER BY x.day, x.figure, x.key) FROM day_delta x),
           (SELECT array_agg(x.figure ORDER BY x.day, x.figure, x.key) FROM day_delta x),
           (SELECT array_agg(x.key ORDER BY x.day, x.figure, x.key) FROM day_delta x),
           (SELECT array_agg(x.change ORDER BY x.day, x.figure, x.key) FROM day_delta x)`
               : ''
           }
      INTO changed, c_direction, c_district, c_sector, c_month, c_figure, c_key, c_change${
        levels ? ', d_day, d_figure, d_key, d_change' : ''
      }
      FROM delta d;${
        levels
          ? `
    IF c_change IS NOT NULL THEN${applyChanges(
      'partnership_rollup',
      MONTH_COLUMNS,
      'c_direction, c_district, c_sector, c_month, c_figure, c_key',
      'c_change',
    )}
      -- The same changes by year, with the totals' changes by quarter.
      SELECT array_agg(y.d ORDER BY y.d, y.x, y.s, y.year, y.f, y.k), array_agg(y.x ORDER BY y.d, y.x, y.s, y.year, y.f, y.k),
             array_agg(y.s ORDER BY y.d, y.x, y.s, y.year, y.f, y.k), array_agg(y.year ORDER BY y.d, y.x, y.s, y.year, y.f, y.k),
             array_agg(y.f ORDER BY y.d, y.x, y.s, y.year, y.f, y.k), array_agg(y.k ORDER BY y.d, y.x, y.s, y.year, y.f, y.k),
             array_agg(y.change ORDER BY y.d, y.x, y.s, y.year, y.f, y.k)
        INTO y_direction, y_district, y_sector, y_year, y_figure, y_key, y_change
        FROM (
          SELECT c.d, c.x, c.s, date_trunc('year', c.m)::date AS year, c.f, c.k, sum(c.change)::int AS change
            FROM (SELECT c.d, c.x, c.s, c.m, c.f, c.k, c.change
                    FROM unnest(c_direction, c_district, c_sector, c_month, c_figure, c_key, c_change) AS c(d, x, s, m, f, k, change)
                  UNION ALL
                  SELECT c.d, c.x, c.s, c.m, 'quarter', ${QUARTER_KEY('c.m')}, c.change
                    FROM unnest(c_direction, c_district, c_sector, c_month, c_figure, c_change) AS c(d, x, s, m, f, change)
                   WHERE c.f = 'total') c
           GROUP BY 1, 2, 3, 4, 5, 6
          HAVING sum(c.change) <> 0) y;
      IF y_change IS NOT NULL THEN${applyChanges(
        'partnership_rollup_yearly',
        YEAR_COLUMNS,
        'y_direction, y_district, y_sector, y_year, y_figure, y_key',
        'y_change',
      )}
      END IF;
    END IF;
    IF d_change IS NOT NULL THEN${applyChanges('partnership_rollup_daily', DAY_COLUMNS, 'd_day, d_figure, d_key', 'd_change')}
    END IF;`
          : `
    IF c_change IS NULL THEN
      RETURN changed;
    END IF;${applyChanges(
      'partnership_rollup',
      MONTH_COLUMNS,
      'c_direction, c_district, c_sector, c_month, c_figure, c_key',
      'c_change',
    )}`
      }
    RETURN changed;
  END $$`;

/** The yearly rows from the monthly ones (the rebuild's last step, and this migration's). */
const YEARS_FROM_MONTHS = `INSERT INTO partnership_rollup_yearly (f_direction, f_district, f_sector, began_year, figure, key, count)
  SELECT r.f_direction, r.f_district, r.f_sector, date_trunc('year', r.began_month)::date, r.figure, r.key, sum(r.count)::int
    FROM partnership_rollup r GROUP BY 1, 2, 3, 4, 5, 6
  UNION ALL
  SELECT r.f_direction, r.f_district, r.f_sector, date_trunc('year', r.began_month)::date, 'quarter',
         ${QUARTER_KEY('r.began_month')}, sum(r.count)::int
    FROM partnership_rollup r WHERE r.figure = 'total' GROUP BY 1, 2, 3, 4, 5, 6
  ORDER BY 1, 2, 3, 4, 5, 6`;

/** The daily counts of the cell of no filter from the signatures (the rebuild's, and this migration's). */
const DAYS_FROM_SIGNATURES = `INSERT INTO partnership_rollup_daily (began_on, figure, key, count)
  SELECT s.began_on, k.figure, k.key, count(*)::int
    FROM partnership_signature s, partnership_rollup_keys(s.directions, s.districts, s.sectors, s.sdgs, s.light) k
   GROUP BY 1, 2, 3
   ORDER BY 1, 2, 3`;

/** The rebuild of 1796330000000; with `levels`, the yearly and daily counts after the monthly ones. */
const rebuild = (levels: boolean) => `CREATE OR REPLACE FUNCTION "partnership_rollup_rebuild"(day date) RETURNS void
  LANGUAGE plpgsql AS $$
  DECLARE month date;
  BEGIN
    -- Room to group a month's rows in memory (about 220 per partnership: its cells by its keys).
    PERFORM set_config('work_mem', '256MB', true);
    LOCK TABLE partnership_signature, partnership_rollup${levels ? ', partnership_rollup_yearly, partnership_rollup_daily' : ''} IN EXCLUSIVE MODE;
    TRUNCATE partnership_rollup, partnership_signature${levels ? ', partnership_rollup_yearly, partnership_rollup_daily' : ''};
    INSERT INTO partnership_signature SELECT * FROM partnership_signatures(NULL, day);
    -- Numbers for the planner on the rows just written (the month loop reads them by began_on).
    ANALYZE partnership_signature;
    FOR month IN SELECT DISTINCT date_trunc('month', began_on)::date FROM partnership_signature ORDER BY 1 LOOP
      INSERT INTO partnership_rollup (f_direction, f_district, f_sector, began_month, figure, key, count)
      SELECT c.f_direction, c.f_district, c.f_sector, month, k.figure, k.key, count(*)::int
        FROM partnership_signature s,
             partnership_rollup_cells(s.directions, s.districts, s.sectors) c,
             partnership_rollup_keys(s.directions, s.districts, s.sectors, s.sdgs, s.light) k
       WHERE s.began_on >= month AND s.began_on < (month + interval '1 month')::date
       GROUP BY 1, 2, 3, 5, 6;
    END LOOP;
    UPDATE partnership_rollup_state SET lights_on = day;
    CLUSTER partnership_rollup USING partnership_rollup_key;
    CLUSTER partnership_signature USING partnership_signature_began_on_idx;${
      levels
        ? `
    ${YEARS_FROM_MONTHS};
    ${DAYS_FROM_SIGNATURES};`
        : ''
    }
  END $$`;

export class PartnershipRollupLevels1796360000000 implements MigrationInterface {
  name = 'PartnershipRollupLevels1796360000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    // Room on each page for a count's new version (a HOT update), as the monthly rollup (1796330000000).
    await q(`CREATE TABLE "partnership_rollup_yearly" (
      "f_direction" smallint NOT NULL,
      "f_district" text NOT NULL,
      "f_sector" text NOT NULL,
      "began_year" date NOT NULL,
      "figure" text NOT NULL,
      "key" text NOT NULL,
      "count" integer NOT NULL,
      CONSTRAINT "partnership_rollup_yearly_key" PRIMARY KEY ("f_direction", "f_district", "f_sector", "began_year", "figure", "key"),
      CONSTRAINT "partnership_rollup_yearly_count_not_negative" CHECK ("count" >= 0),
      CONSTRAINT "partnership_rollup_yearly_year" CHECK ("began_year" = date_trunc('year', "began_year")))
      WITH (fillfactor = 70)`);
    await q(`CREATE TABLE "partnership_rollup_daily" (
      "began_on" date NOT NULL,
      "figure" text NOT NULL,
      "key" text NOT NULL,
      "count" integer NOT NULL,
      CONSTRAINT "partnership_rollup_daily_key" PRIMARY KEY ("began_on", "figure", "key"),
      CONSTRAINT "partnership_rollup_daily_count_not_negative" CHECK ("count" >= 0))
      WITH (fillfactor = 70)`);

    // Immutable (a generated column's function must be): its keys, then its quarter.
    await q(`CREATE FUNCTION "partnership_rollup_key_list"(began_on date, directions smallint[], districts text[],
                                                           sectors text[], sdgs smallint[], light text)
      RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT array_agg(k.figure || ':' || k.key) || ('quarter:' || ${QUARTER_KEY('began_on')})
          FROM partnership_rollup_keys(directions, districts, sectors, sdgs, light) k
      $$`);
    await q(`ALTER TABLE "partnership_signature" ADD "rollup_keys" text[] NOT NULL
      GENERATED ALWAYS AS (partnership_rollup_key_list(began_on, directions, districts, sectors, sdgs, light)) STORED`);

    await q(refresh(true));
    await q(rebuild(true));
    // The new levels from what is kept now (a full rebuild at 1,000,000 takes many minutes).
    await q(YEARS_FROM_MONTHS);
    await q(DAYS_FROM_SIGNATURES);
    await q(`ANALYZE "partnership_rollup_yearly"`);
    await q(`ANALYZE "partnership_rollup_daily"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(rebuild(false));
    await queryRunner.query(refresh(false));
    await queryRunner.query(`ALTER TABLE "partnership_signature" DROP COLUMN "rollup_keys"`);
    await queryRunner.query(
      `DROP FUNCTION "partnership_rollup_key_list"(date, smallint[], text[], text[], smallint[], text)`,
    );
    await queryRunner.query(`DROP TABLE "partnership_rollup_daily"`);
    await queryRunner.query(`DROP TABLE "partnership_rollup_yearly"`);
  }
}
