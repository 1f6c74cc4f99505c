import type { DataSource } from 'typeorm';
import { seedReferenceData } from './reference.seed.js';
import { seedSourceData } from './source-data.seed.js';

/** Reference data and the source documents' data, in one transaction; concurrent runs queue on a lock. */
export async function seedDatabase(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('roundtable:seed'))`);
    await seedReferenceData(manager);
    await seedSourceData(manager);
  });
}
