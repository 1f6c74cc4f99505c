import pg from 'pg';
import type { AppConfig } from '../config/env.js';
import type { Logger } from '../common/logging/logger.js';
import { startEmbeddedPostgres } from './embedded.js';

export interface DatabaseServer {
  url: string;
  /** Stops the embedded server; does nothing for an external one. */
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'roundtable';

/** `DATABASE_URL` when set; otherwise an embedded PostgreSQL under DATA_DIR with a `roundtable` database. */
export async function openDatabaseServer(config: AppConfig, logger: Logger): Promise<DatabaseServer> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres(config.dataDir, logger);
  await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
  logger.info({ dataDir: config.dataDir }, 'Embedded PostgreSQL is running');
  return { url: embedded.urlFor(EMBEDDED_DATABASE), stop: embedded.stop };
}

/** Creates `name` on the server at `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, name: string, template = 'template1'): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(template)}`);
    }
  } finally {
    await client.end();
  }
}
