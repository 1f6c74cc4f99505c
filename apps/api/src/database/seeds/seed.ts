import type { DataSource } from 'typeorm';
import { rebuildForRenamedTopics, topicNames } from '../../modules/pool/search-document.js';
import { seedReferenceData } from './reference.seed.js';
import { seedSourceData } from './source-data.seed.js';

/** Reference data and the source documents' data, in one transaction; concurrent runs queue on a lock. */
export async function seedDatabase(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('roundtable:seed'))`);
    const topicsBefore = await topicNames(manager);
    await seedReferenceData(manager);
    // The pool's search documents hold the topics' names: a new wording reaches them too.
    await rebuildForRenamedTopics(manager, topicsBefore);
    await seedSourceData(manager);
  });
}
