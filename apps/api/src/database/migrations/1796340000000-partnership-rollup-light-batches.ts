import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard's catch-up of status lights in batches. At 1,000,000 partnerships some thousands
 * change light each day; refreshing them all in one statement could outlast the statement timeout
 * (15 s by default) on the first request of a day. `partnership_rollup_lights(day, batch)` refreshes
 * at most `batch` of them, in id order, and says how many; the dashboard calls it until fewer come
 * back (partnership-dashboard.service.ts).
 */
export class PartnershipRollupLightBatches1796340000000 implements MigrationInterface {
  name = 'PartnershipRollupLightBatches1796340000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION "partnership_rollup_lights"(date)`);
    await queryRunner.query(`CREATE FUNCTION "partnership_rollup_lights"(day date, batch integer) RETURNS integer
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('roundtable:partnership-rollup-lights', 0));
        UPDATE partnership_rollup_state SET lights_on = day WHERE lights_on IS DISTINCT FROM day;
        RETURN partnership_rollup_refresh(array(
          SELECT s.id FROM (
            SELECT partnership_id AS id FROM partnership_signature WHERE light_until <= day
            UNION SELECT partnership_id FROM partnership_signature WHERE light_from > day) s
          ORDER BY s.id LIMIT batch), day);
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION "partnership_rollup_lights"(date, integer)`);
    await queryRunner.query(`CREATE FUNCTION "partnership_rollup_lights"(day date) RETURNS integer LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('roundtable:partnership-rollup-lights', 0));
        UPDATE partnership_rollup_state SET lights_on = day WHERE lights_on IS DISTINCT FROM day;
        RETURN partnership_rollup_refresh(array(
          SELECT s.partnership_id FROM partnership_signature s WHERE s.light_until <= day
          UNION SELECT s.partnership_id FROM partnership_signature s WHERE s.light_from > day), day);
      END $$`);
  }
}
