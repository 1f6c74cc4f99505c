import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The rebuild of 1796320000000, and what this migration adds to its end. */
const rebuild = (after: string) => `CREATE OR REPLACE FUNCTION "partnership_rollup_rebuild"(day date) RETURNS void
  LANGUAGE plpgsql AS $$
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
    UPDATE partnership_rollup_state SET lights_on = day;${after}
  END $$`;

/**
 * The dashboard reads one filter cell's counts over every month (about 7,000 rows at 1,000,000
 * partnerships) and the signatures of a few weeks by `began_on`. Made a month at a time, a cell's
 * rows lay scattered over thousands of pages (the benchmark at 20,000 read 5,455 pages for 7,315
 * rows: 220 ms). So both tables are kept in the order they are read: rewritten in that order
 * (CLUSTER) after a rebuild and now, with room on each page (fillfactor) for a count's or a light's
 * new version to stay on its page (a HOT update), so writes do not scatter them again.
 */
export class PartnershipRollupLocality1796330000000 implements MigrationInterface {
  name = 'PartnershipRollupLocality1796330000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partnership_rollup" SET (fillfactor = 70)`);
    await queryRunner.query(`ALTER TABLE "partnership_signature" SET (fillfactor = 85)`);
    await queryRunner.query(
      rebuild(`
    CLUSTER partnership_rollup USING partnership_rollup_key;
    CLUSTER partnership_signature USING partnership_signature_began_on_idx;`),
    );
    await queryRunner.query(`CLUSTER "partnership_rollup" USING "partnership_rollup_key"`);
    await queryRunner.query(`CLUSTER "partnership_signature" USING "partnership_signature_began_on_idx"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(rebuild(''));
    await queryRunner.query(`ALTER TABLE "partnership_signature" SET WITHOUT CLUSTER`);
    await queryRunner.query(`ALTER TABLE "partnership_rollup" SET WITHOUT CLUSTER`);
    await queryRunner.query(`ALTER TABLE "partnership_signature" RESET (fillfactor)`);
    await queryRunner.query(`ALTER TABLE "partnership_rollup" RESET (fillfactor)`);
  }
}
