import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../src/database/migrate.js';
import { MIGRATIONS } from '../../src/database/migrations/index.js';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('migrations', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.destroy();
  });

  it('leave the database exactly as the entities describe it', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('go down to nothing and up again, and the seed then loads as before', async () => {
    for (let i = 0; i < MIGRATIONS.length; i += 1) await migrateDatabase(db.dataSource, { revert: true });
    const tables: { count: number }[] = await db.dataSource.query(
      `SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migration'`,
    );
    expect(tables[0]!.count).toBe(0);
    // Two processes starting at once: one migrates, the other waits and finds nothing to do.
    const [first, second] = await Promise.all([migrateDatabase(db.dataSource), migrateDatabase(db.dataSource)]);
    expect([first.length, second.length].sort()).toEqual([0, MIGRATIONS.length]);
    await seedDatabase(db.dataSource);
    const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM cluster`);
    expect(count).toBe(5);
  });

  it('reject data that breaks a rule the database holds', async () => {
    await expect(
      db.dataSource.query(`INSERT INTO cluster (slug, name_he, founded_on) VALUES ('x', 'x', '2013-13')`),
    ).rejects.toThrow(/cluster_founded_on_format/);
    await expect(
      db.dataSource.query(`INSERT INTO local_authority (name_he, latitude) VALUES ('x', 32.1)`),
    ).rejects.toThrow(/local_authority_coordinates_together/);
    await expect(db.dataSource.query(`INSERT INTO cluster (slug, name_he) VALUES ('Haifa Bay', 'x')`)).rejects.toThrow(
      /cluster_slug_format/,
    );
  });
});
