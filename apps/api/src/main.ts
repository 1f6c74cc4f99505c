import type { DataSource } from 'typeorm';
import { loadConfig } from './config/env.js';
import { createLogger } from './common/logging/logger.js';
import { openDatabaseServer, type DatabaseServer } from './database/connect.js';
import { createDataSource } from './database/data-source.js';
import { migrateDatabase } from './database/migrate.js';
import { assertTrigramsSeeHebrewAndArabic } from './database/trigram-check.js';
import { seedDatabase } from './database/seeds/seed.js';
import { assertNoDemoAccounts, seedDemoAccounts } from './modules/identity/demo-accounts.js';
import { importCbsLocalitiesFileOnStart } from './modules/geography/cbs-import/cbs-import.service.js';
import { createServer, type RoundtableServer } from './server.js';

// config → database → migrations and data → server → listen; and the way back down.
let database: DatabaseServer | undefined;
let dataSource: DataSource | undefined;
let server: RoundtableServer | undefined;

async function start(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  database = await openDatabaseServer(config, logger);
  dataSource = createDataSource({
    url: database.url,
    poolSize: config.databasePoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  await dataSource.initialize();
  await migrateDatabase(dataSource);
  await assertTrigramsSeeHebrewAndArabic(dataSource);
  // The reference and source-document data are real data, not demo fixtures: loaded on every
  // start, idempotently (a rerun changes nothing).
  await seedDatabase(dataSource);
  if (config.isProduction) await assertNoDemoAccounts(dataSource);
  else await seedDemoAccounts(dataSource);
  await importCbsLocalitiesFileOnStart(
    dataSource,
    config.cbsLocalitiesFile ?? config.defaultCbsLocalitiesFile,
    logger,
    {
      required: config.cbsLocalitiesFile !== undefined,
    },
  );

  server = await createServer({ config, dataSource, logger });
  await new Promise<void>((resolve, reject) => {
    server!.httpServer.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${config.port} is already in use. Stop what uses it, or set PORT to another port.`)
          : error,
      ),
    );
    server!.httpServer.listen(config.port, config.host, resolve);
  });
  const url = `http://localhost:${config.port}/`;
  logger.info({ url }, 'Roundtable is running');
  console.log(`\n  Roundtable is running. Open the dashboard at ${url}\n  The GraphQL API is at ${url}graphql\n`);
}

/** Stops accepting, finishes open requests, closes the pool, stops the embedded PostgreSQL. */
async function stop(): Promise<void> {
  await server?.stop().catch(() => undefined);
  if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
  await database?.stop().catch(() => undefined);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n  ${signal}: finishing open requests and stopping…`);
    void stop().finally(() => process.exit(0));
  });
}

try {
  await start();
} catch (error) {
  console.error(`\nRoundtable could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  await stop();
  process.exit(1);
}
