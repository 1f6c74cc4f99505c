import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { DATA_TABLES, tableChecksums } from '../support/checksum.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('the source-data seed', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.destroy();
  });

  it('loads the clusters, authorities, people and dates of the sources', async () => {
    await seedDatabase(db.dataSource);
    const [counts] = await db.dataSource.query(`
      SELECT (SELECT count(*) FROM cluster)::int AS clusters,
             (SELECT count(*) FROM local_authority)::int AS authorities,
             (SELECT count(*) FROM person)::int AS people,
             (SELECT count(*) FROM source)::int AS sources,
             (SELECT count(*) FROM milestone)::int AS milestones`);
    expect(counts).toEqual({ clusters: 5, authorities: 28, people: 6, sources: 5, milestones: 11 });
  });

  it('changes nothing when run again, not even a timestamp', async () => {
    const before = await tableChecksums(db.dataSource, DATA_TABLES);
    await seedDatabase(db.dataSource);
    expect(await tableChecksums(db.dataSource, DATA_TABLES)).toEqual(before);
  });

  it('runs safely twice at once: the second waits for the first and adds nothing', async () => {
    const before = await tableChecksums(db.dataSource, DATA_TABLES);
    await Promise.all([seedDatabase(db.dataSource), seedDatabase(db.dataSource)]);
    expect(await tableChecksums(db.dataSource, DATA_TABLES)).toEqual(before);
  });

  it('keeps a value an import added when the source leaves it out', async () => {
    await db.dataSource.query(`UPDATE cluster SET district_code = 'HAIFA' WHERE slug = 'haifa-bay'`);
    await db.dataSource.query(`UPDATE local_authority SET kind = 'REGIONAL_COUNCIL' WHERE name_he = 'משגב'`);
    await seedDatabase(db.dataSource);
    const [row] = await db.dataSource.query(`SELECT district_code FROM cluster WHERE slug = 'haifa-bay'`);
    const [misgav] = await db.dataSource.query(`SELECT kind FROM local_authority WHERE name_he = 'משגב'`);
    expect(row.district_code).toBe('HAIFA');
    expect(misgav.kind).toBe('REGIONAL_COUNCIL');
  });
});
