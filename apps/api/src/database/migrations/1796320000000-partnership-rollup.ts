import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The national dashboard's rollup (issue #7 item 6, docs/partnerships.md "Scale"): the dashboard's
 * counts kept by the writes that change them, so it answers at 1,000,000 partnerships without
 * counting them. By hand: TypeORM has no words for functions, triggers or tables it does not map.
 *
 * - `partnership_signature`: what each partnership contributes (the day it began, its directions,
 *   districts, sectors, SDGs and its status light as of a day, with the days between which that light
 *   holds). The last contribution added, so a change subtracts exactly it and adds the new one.
 * - `partnership_rollup`: for every filter cell (a direction or any = 0, a district or any = '', a
 *   sector or any = '') and month the partnerships began in, how many there are under each figure key.
 * - Triggers on every table the figures read note the partnerships a transaction touches; one deferred
 *   trigger refreshes them all at commit, in the writing transaction, in one sorted batch.
 */
export class PartnershipRollup1796320000000 implements MigrationInterface {
  name = 'PartnershipRollup1796320000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "partnership" ADD "is_synthetic" boolean NOT NULL DEFAULT false`);
    await q(`CREATE INDEX "partnership_synthetic_idx" ON "partnership" ("id") WHERE is_synthetic`);

    await q(`CREATE TABLE "partnership_signature" (
      "partnership_id" uuid PRIMARY KEY,
      "began_on" date NOT NULL,
      "directions" smallint[] NOT NULL,
      "districts" text[] NOT NULL,
      "sectors" text[] NOT NULL,
      "sdgs" smallint[] NOT NULL,
      "light" text,
      "light_from" date NOT NULL,
      "light_until" date NOT NULL,
      CONSTRAINT "partnership_signature_light_span" CHECK ("light_from" < "light_until"))`);
    await q(`CREATE INDEX "partnership_signature_began_on_idx" ON "partnership_signature" ("began_on")`);
    await q(`CREATE INDEX "partnership_signature_light_until_idx" ON "partnership_signature" ("light_until")`);
    await q(`CREATE INDEX "partnership_signature_light_from_idx" ON "partnership_signature" ("light_from")`);

    await q(`CREATE TABLE "partnership_rollup" (
      "f_direction" smallint NOT NULL,
      "f_district" text NOT NULL,
      "f_sector" text NOT NULL,
      "began_month" date NOT NULL,
      "figure" text NOT NULL,
      "key" text NOT NULL,
      "count" integer NOT NULL,
      CONSTRAINT "partnership_rollup_key" PRIMARY KEY ("f_direction", "f_district", "f_sector", "began_month", "figure", "key"),
      CONSTRAINT "partnership_rollup_count_not_negative" CHECK ("count" >= 0),
      CONSTRAINT "partnership_rollup_month" CHECK ("began_month" = date_trunc('month', "began_month")))`);

    // The day the stored lights are for (the dashboard's last "today"); one row.
    await q(
      `CREATE TABLE "partnership_rollup_state" ("only" boolean PRIMARY KEY DEFAULT true CHECK ("only"), "lights_on" date)`,
    );
    await q(`INSERT INTO "partnership_rollup_state" ("lights_on") VALUES (NULL)`);
    // A row per writing transaction, inserted and deleted in it: its deferred trigger is the commit hook.
    await q(`CREATE TABLE "partnership_rollup_commit" ("xact" xid8 NOT NULL DEFAULT pg_current_xact_id())`);

    // A partnership's filter cells: any or each of its directions × districts × sectors.
    await q(`CREATE FUNCTION "partnership_rollup_cells"(directions smallint[], districts text[], sectors text[])
      RETURNS TABLE (f_direction smallint, f_district text, f_sector text) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT d, x, s FROM unnest(array_prepend(0::smallint, directions)) d,
                            unnest(array_prepend(''::text, districts)) x,
                            unnest(array_prepend(''::text, sectors)) s
      $$`);
    // The figure keys a partnership counts under, one row each (the dashboard's lists, its totals and lights).
    await q(`CREATE FUNCTION "partnership_rollup_keys"(directions smallint[], districts text[], sectors text[],
                                                       sdgs smallint[], light text)
      RETURNS TABLE (figure text, key text) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT 'total', ''
        UNION ALL SELECT 'direction', d::text FROM unnest(directions) d
        UNION ALL SELECT 'withoutDirection', '' WHERE cardinality(directions) = 0
        UNION ALL SELECT 'sector', s FROM unnest(sectors) s
        UNION ALL SELECT 'sectorMix', cardinality(sectors)::text
        UNION ALL SELECT 'district', x FROM unnest(districts) x
        UNION ALL SELECT 'withoutDistrict', '' WHERE cardinality(districts) = 0
        UNION ALL SELECT 'sdg', g::text FROM unnest(sdgs) g
        UNION ALL SELECT 'light', coalesce(light, '')
      $$`);

    /*
     * The signatures of partnerships (all when ids is null) with their light on a day. The light is
     * the rule of packages/shared/src/partnerships.ts: from the base (last report, else start, else
     * registration) it is INACTIVE from base + 12 months, OVERDUE from the day after base + the
     * reporting period, AT_RISK from the day after the earliest open milestone's due day, else
     * ON_TRACK, the first that holds winning. Those three days are the only ones it can change on,
     * so the light holds from the last of them on or before the day to the first after it.
     */
    await q(`CREATE FUNCTION "partnership_signatures"(ids uuid[], day date)
      RETURNS TABLE (partnership_id uuid, began_on date, directions smallint[], districts text[], sectors text[],
                     sdgs smallint[], light text, light_from date, light_until date)
      LANGUAGE sql STABLE AS $$
        SELECT b.id, b.began_on, b.directions, b.districts, b.sectors, b.sdgs,
               CASE WHEN NOT b.reporting THEN NULL
                    WHEN day >= b.inactive_from THEN 'INACTIVE'
                    WHEN day >= b.overdue_from THEN 'OVERDUE'
                    WHEN day >= b.at_risk_from THEN 'AT_RISK'
                    ELSE 'ON_TRACK' END,
               CASE WHEN NOT b.reporting THEN '-infinity'::date
                    ELSE coalesce((SELECT max(t) FROM unnest(ARRAY[b.inactive_from, b.overdue_from, b.at_risk_from]) t
                                    WHERE t <= day), '-infinity'::date) END,
               CASE WHEN NOT b.reporting THEN 'infinity'::date
                    ELSE coalesce((SELECT min(t) FROM unnest(ARRAY[b.inactive_from, b.overdue_from, b.at_risk_from]) t
                                    WHERE t > day), 'infinity'::date) END
          FROM (
            SELECT a.*, (a.base + make_interval(months => 12))::date AS inactive_from,
                   ((a.base + make_interval(months => a.reporting_period_months))::date + 1) AS overdue_from
              FROM (
                SELECT p.id, p.reporting_period_months,
                       coalesce(p.start_on, (p.created_at AT TIME ZONE 'Asia/Jerusalem')::date) AS began_on,
                       coalesce(p.status IN ('PLANNING', 'ACTIVE'), false) AS reporting,
                       coalesce((SELECT max(r.reported_on) FROM progress_report r WHERE r.partnership_id = p.id),
                                p.start_on, (p.created_at AT TIME ZONE 'Asia/Jerusalem')::date) AS base,
                       (SELECT min(m.due_on) + 1 FROM partnership_milestone m
                         WHERE m.partnership_id = p.id AND NOT m.is_done) AS at_risk_from,
                       array(SELECT x.direction_number FROM partnership_direction x
                              WHERE x.partnership_id = p.id ORDER BY 1) AS directions,
                       array(SELECT x.district_code FROM partnership_district x
                              WHERE x.partnership_id = p.id ORDER BY 1) AS districts,
                       array(SELECT o.sector_code FROM partnership_partner pp JOIN organisation o ON o.id = pp.organisation_id
                              WHERE pp.partnership_id = p.id
                             UNION SELECT 'LOCAL_GOVERNMENT' WHERE p.cluster_id IS NOT NULL ORDER BY 1) AS sectors,
                       array(SELECT x.sdg_number FROM partnership_sdg x WHERE x.partnership_id = p.id ORDER BY 1) AS sdgs
                  FROM partnership p
                 WHERE ids IS NULL OR p.id = ANY (ids)) a) b
      $$`);

    /*
     * Brings the signatures and the rollup of these partnerships up to date, lights as of the day:
     * each changed partnership's old contribution out, its new one in. Locks the partnerships in
     * sorted order (advisory, so a partnership without a signature yet is locked too) and changes the
     * rollup's rows in key order, so concurrent refreshes wait for each other but never deadlock.
     * When only keys change (a light, an SDG), only those keys' rows move.
     */
    await q(`CREATE FUNCTION "partnership_rollup_refresh"(ids uuid[], day date) RETURNS integer
      LANGUAGE plpgsql AS $$
      DECLARE
        changed integer;
        c_direction smallint[];
        c_district text[];
        c_sector text[];
        c_month date[];
        c_figure text[];
        c_key text[];
        c_change integer[];
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
        ),
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
               array_agg(d.change ORDER BY d.f_direction, d.f_district, d.f_sector, d.month, d.figure, d.key)
          INTO changed, c_direction, c_district, c_sector, c_month, c_figure, c_key, c_change
          FROM delta d;
        IF c_change IS NULL THEN
          RETURN changed;
        END IF;
        -- The rows the changes need, in key order: new ones at 0 (a CHECK judges the row an INSERT
        -- proposes, so a change cannot ride on ON CONFLICT), then the existing ones locked in key
        -- order, then moved.
        INSERT INTO partnership_rollup (f_direction, f_district, f_sector, began_month, figure, key, count)
        SELECT c.d, c.x, c.s, c.m, c.f, c.k, 0
          FROM unnest(c_direction, c_district, c_sector, c_month, c_figure, c_key) AS c(d, x, s, m, f, k)
         ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT DO NOTHING;
        PERFORM 1 FROM partnership_rollup r
          JOIN unnest(c_direction, c_district, c_sector, c_month, c_figure, c_key) AS c(d, x, s, m, f, k)
            ON (r.f_direction, r.f_district, r.f_sector, r.began_month, r.figure, r.key) = (c.d, c.x, c.s, c.m, c.f, c.k)
         ORDER BY r.f_direction, r.f_district, r.f_sector, r.began_month, r.figure, r.key
           FOR UPDATE OF r;
        UPDATE partnership_rollup r SET count = r.count + c.change
          FROM unnest(c_direction, c_district, c_sector, c_month, c_figure, c_key, c_change) AS c(d, x, s, m, f, k, change)
         WHERE (r.f_direction, r.f_district, r.f_sector, r.began_month, r.figure, r.key) = (c.d, c.x, c.s, c.m, c.f, c.k);
        RETURN changed;
      END $$`);

    // The day a write computes lights for: the one the dashboard last brought them to, else today in Israel.
    await q(`CREATE FUNCTION "partnership_rollup_day"() RETURNS date LANGUAGE sql STABLE AS $$
        SELECT coalesce((SELECT lights_on FROM partnership_rollup_state),
                        (now() AT TIME ZONE 'Asia/Jerusalem')::date)
      $$`);

    /*
     * Notes partnerships for the refresh at commit (in a transaction-local setting, so a rolled-back
     * savepoint forgets them too); the first note of a transaction queues the commit hook. A session
     * that rebuilds the whole rollup afterwards (the synthetic generator) sets
     * roundtable.partnership_rollup = 'rebuild' to skip this.
     */
    await q(`CREATE FUNCTION "partnership_rollup_note"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        pending text := coalesce(current_setting('roundtable.partnership_rollup_pending', true), '');
        listed text := array_to_string(array(SELECT DISTINCT x FROM unnest(ids) x WHERE x IS NOT NULL), ',');
      BEGIN
        IF listed = '' OR coalesce(current_setting('roundtable.partnership_rollup', true), '') = 'rebuild' THEN
          RETURN;
        END IF;
        IF pending = '' THEN
          INSERT INTO partnership_rollup_commit DEFAULT VALUES;
        END IF;
        PERFORM set_config('roundtable.partnership_rollup_pending', pending || ',' || listed, true);
      END $$`);
    await q(`CREATE FUNCTION "partnership_rollup_at_commit"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE pending text := coalesce(current_setting('roundtable.partnership_rollup_pending', true), '');
      BEGIN
        PERFORM set_config('roundtable.partnership_rollup_pending', '', true);
        DELETE FROM partnership_rollup_commit WHERE xact = pg_current_xact_id();
        IF pending <> '' THEN
          PERFORM partnership_rollup_refresh(
            array(SELECT DISTINCT x::uuid FROM unnest(string_to_array(pending, ',')) x WHERE x <> '' ORDER BY 1),
            partnership_rollup_day());
        END IF;
        RETURN NULL;
      END $$`);
    await q(`CREATE CONSTRAINT TRIGGER "partnership_rollup_at_commit" AFTER INSERT ON "partnership_rollup_commit"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "partnership_rollup_at_commit"()`);

    // Row triggers: the column naming the partnership is the argument.
    await q(`CREATE FUNCTION "partnership_rollup_touched"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF coalesce(current_setting('roundtable.partnership_rollup', true), '') = 'rebuild' THEN
          RETURN NULL;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND TG_TABLE_NAME = 'partnership_partner' THEN
          -- Waits for a concurrent change of the organisation's sector (and holds it off), so the
          -- refresh at commit reads the sector that will stand.
          PERFORM 1 FROM organisation o WHERE o.id = NEW.organisation_id FOR SHARE;
        END IF;
        PERFORM partnership_rollup_note(ARRAY[
          CASE WHEN TG_OP <> 'INSERT' THEN (to_jsonb(OLD) ->> TG_ARGV[0])::uuid END,
          CASE WHEN TG_OP <> 'DELETE' THEN (to_jsonb(NEW) ->> TG_ARGV[0])::uuid END]);
        RETURN NULL;
      END $$`);
    const touched = (table: string, column: string, events: string, when = '') =>
      q(`CREATE TRIGGER "${table}_rollup" AFTER ${events} ON "${table}" FOR EACH ROW ${when}
         EXECUTE FUNCTION "partnership_rollup_touched"('${column}')`);
    await touched('partnership', 'id', 'INSERT OR DELETE');
    await q(`CREATE TRIGGER "partnership_rollup_changed" AFTER UPDATE OF status, start_on, created_at,
               reporting_period_months, cluster_id ON "partnership" FOR EACH ROW
             WHEN ((OLD.status, OLD.start_on, OLD.created_at, OLD.reporting_period_months, OLD.cluster_id)
                   IS DISTINCT FROM (NEW.status, NEW.start_on, NEW.created_at, NEW.reporting_period_months, NEW.cluster_id))
             EXECUTE FUNCTION "partnership_rollup_touched"('id')`);
    for (const table of ['partnership_direction', 'partnership_district', 'partnership_sdg', 'partnership_partner']) {
      await touched(table, 'partnership_id', 'INSERT OR UPDATE OR DELETE');
    }
    await touched('progress_report', 'partnership_id', 'INSERT OR DELETE');
    await touched('partnership_milestone', 'partnership_id', 'INSERT OR DELETE');
    await q(`CREATE TRIGGER "partnership_milestone_rollup_changed" AFTER UPDATE OF due_on, is_done, partnership_id
               ON "partnership_milestone" FOR EACH ROW
             WHEN ((OLD.due_on, OLD.is_done, OLD.partnership_id) IS DISTINCT FROM (NEW.due_on, NEW.is_done, NEW.partnership_id))
             EXECUTE FUNCTION "partnership_rollup_touched"('partnership_id')`);
    // An organisation's sector moves every partnership it is a partner of.
    await q(`CREATE FUNCTION "partnership_rollup_organisation"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM partnership_rollup_note(array(
          SELECT pp.partnership_id FROM partnership_partner pp WHERE pp.organisation_id = NEW.id));
        RETURN NULL;
      END $$`);
    await q(`CREATE TRIGGER "organisation_partnership_rollup" AFTER UPDATE OF sector_code ON "organisation"
             FOR EACH ROW WHEN (OLD.sector_code IS DISTINCT FROM NEW.sector_code)
             EXECUTE FUNCTION "partnership_rollup_organisation"()`);

    /*
     * Everything again from the partnerships, lights as of the day: the synthetic generator's last
     * step, and this migration's. Holds off every write that would refresh meanwhile (they wait, then
     * refresh against what it built).
     */
    await q(`CREATE FUNCTION "partnership_rollup_rebuild"(day date) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE month date;
      BEGIN
        -- Room to group a month's rows in memory (about 220 per partnership: its cells by its keys).
        PERFORM set_config('work_mem', '256MB', true);
        LOCK TABLE partnership_signature, partnership_rollup IN EXCLUSIVE MODE;
        TRUNCATE partnership_rollup, partnership_signature;
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
      END $$`);

    /*
     * Before the dashboard reads: the lights of partnerships whose light does not hold on the day
     * (it passed a change, or the clock went back), brought to the day. One at a time (the advisory
     * lock); returns how many moved.
     */
    await q(`CREATE FUNCTION "partnership_rollup_lights"(day date) RETURNS integer LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('roundtable:partnership-rollup-lights', 0));
        UPDATE partnership_rollup_state SET lights_on = day WHERE lights_on IS DISTINCT FROM day;
        RETURN partnership_rollup_refresh(array(
          SELECT s.partnership_id FROM partnership_signature s WHERE s.light_until <= day
          UNION SELECT s.partnership_id FROM partnership_signature s WHERE s.light_from > day), day);
      END $$`);

    await q(`SELECT partnership_rollup_rebuild((now() AT TIME ZONE 'Asia/Jerusalem')::date)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP TRIGGER "organisation_partnership_rollup" ON "organisation"`);
    await q(`DROP TRIGGER "partnership_milestone_rollup_changed" ON "partnership_milestone"`);
    for (const table of [
      'partnership_milestone',
      'progress_report',
      'partnership_partner',
      'partnership_sdg',
      'partnership_district',
      'partnership_direction',
      'partnership',
    ]) {
      await q(`DROP TRIGGER "${table}_rollup" ON "${table}"`);
    }
    await q(`DROP TRIGGER "partnership_rollup_changed" ON "partnership"`);
    await q(`DROP FUNCTION "partnership_rollup_lights"(date)`);
    await q(`DROP FUNCTION "partnership_rollup_rebuild"(date)`);
    await q(`DROP FUNCTION "partnership_rollup_organisation"()`);
    await q(`DROP FUNCTION "partnership_rollup_touched"()`);
    await q(`DROP TABLE "partnership_rollup_commit"`);
    await q(`DROP FUNCTION "partnership_rollup_at_commit"()`);
    await q(`DROP FUNCTION "partnership_rollup_note"(uuid[])`);
    await q(`DROP FUNCTION "partnership_rollup_day"()`);
    await q(`DROP FUNCTION "partnership_rollup_refresh"(uuid[], date)`);
    await q(`DROP FUNCTION "partnership_signatures"(uuid[], date)`);
    await q(`DROP FUNCTION "partnership_rollup_keys"(smallint[], text[], text[], smallint[], text)`);
    await q(`DROP FUNCTION "partnership_rollup_cells"(smallint[], text[], text[])`);
    await q(`DROP TABLE "partnership_rollup_state"`);
    await q(`DROP TABLE "partnership_rollup"`);
    await q(`DROP TABLE "partnership_signature"`);
    await q(`DROP INDEX "public"."partnership_synthetic_idx"`);
    await q(`ALTER TABLE "partnership" DROP COLUMN "is_synthetic"`);
  }
}
