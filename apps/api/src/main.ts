import { loadConfig } from './config/env.js';
import { createLogger } from './common/logging/logger.js';
import { openDatabaseServer } from './database/connect.js';
import { createDataSource } from './database/data-source.js';
import { migrateDatabase } from './database/migrate.js';
import { seedDatabase } from './database/seeds/seed.js';
import { importCbsLocalitiesFileOnStart } from './modules/geography/cbs-import/cbs-import.service.js';
import { createServer } from './server.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);

const database = await openDatabaseServer(config, logger);
const dataSource = createDataSource({ url: database.url });
await dataSource.initialize();
await migrateDatabase(dataSource);
// The reference and source-document data are real data, not demo fixtures: loaded on every start,
// idempotently (a rerun changes nothing).
await seedDatabase(dataSource);
await importCbsLocalitiesFileOnStart(dataSource, config.cbsLocalitiesFile ?? config.defaultCbsLocalitiesFile, logger, {
  required: config.cbsLocalitiesFile !== undefined,
});

const server = await createServer({ config, dataSource, logger });
server.httpServer.listen(config.port, config.host, () => {
  const url = `http://localhost:${config.port}/`;
  logger.info({ url }, 'Roundtable is running');
  console.log(`\n  Roundtable is running. Open the dashboard at ${url}\n  The GraphQL API is at ${url}graphql\n`);
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'Shutting down: finishing open requests');
  try {
    await server.stop();
    await dataSource.destroy();
    await database.stop();
  } finally {
    process.exit(0);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
