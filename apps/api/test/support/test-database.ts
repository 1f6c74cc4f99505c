import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { inject } from 'vitest';
import { createDataSource } from '../../src/database/data-source.js';
import { withDatabase } from './database-url.js';

export interface TestDatabase {
  url: string;
  dataSource: DataSource;
  destroy(): Promise<void>;
}

/**
 * A fresh database for one test file, cloned from the migrated template (global-setup.ts), so
 * tests never share state. Call in beforeAll and destroy in afterAll.
 */
export async function createTestDatabase(options: { logger?: TypeOrmLogger } = {}): Promise<TestDatabase> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `roundtable_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(
      `CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(inject('templateDatabase'))}`,
    );
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  const dataSource = createDataSource({ url, poolSize: 5, ...(options.logger ? { logger: options.logger } : {}) });
  await dataSource.initialize();
  return {
    url,
    dataSource,
    async destroy() {
      await dataSource.destroy();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
