import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Marks the partner pool's synthetic rows (npm run generate:pool, docs/pool.md): people and
 * organisations made up for development and the benchmark, never real. The partial indexes find
 * them for `--remove` without reading the real rows.
 */
export class SyntheticPoolData1796231000000 implements MigrationInterface {
  name = 'SyntheticPoolData1796231000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" ADD "is_synthetic" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "organisation" ADD "is_synthetic" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE INDEX "person_synthetic_idx" ON "person" ("id") WHERE is_synthetic`);
    await queryRunner.query(`CREATE INDEX "organisation_synthetic_idx" ON "organisation" ("id") WHERE is_synthetic`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."organisation_synthetic_idx"`);
    await queryRunner.query(`DROP INDEX "public"."person_synthetic_idx"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "is_synthetic"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "is_synthetic"`);
  }
}
