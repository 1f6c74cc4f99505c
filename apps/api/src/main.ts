import cluster, { type Worker } from 'node:cluster';
import type { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from './config/env.js';
import { createLogger } from './common/logging/logger.js';
import { openDatabaseServer, type DatabaseServer } from './database/connect.js';
import { createDataSource } from './database/data-source.js';
import { migrateDatabase } from './database/migrate.js';
import { assertTrigramsSeeHebrewAndArabic } from './database/trigram-check.js';
import { seedDatabase } from './database/seeds/seed.js';
import { assertNoDemoAccounts, seedDemoAccounts } from './modules/identity/demo-accounts.js';
import { importCbsLocalitiesFileOnStart } from './modules/geography/cbs-import/cbs-import.service.js';
import { searchIndexStore } from './modules/pool/pool-search-index-store.js';
import { createServer, type RoundtableServer } from './server.js';

// config → database → migrations and data → server → listen; and the way back down.
//
// With API_PROCESSES above 1 this process is the primary of a node:cluster: it opens the database
// (the embedded server too), migrates and seeds it once, then forks that many workers. Each worker
// serves the API on the shared port with its own connections and search index, and starts taking
// connections only once its index is loaded; the primary restarts a worker that dies.
let database: DatabaseServer | undefined;
let dataSource: DataSource | undefined;
let server: RoundtableServer | undefined;
const workers = new Set<Worker>();

/** Opens the database server and brings it to the code's schema and data: once per machine. */
async function prepareDatabase(config: AppConfig, logger: ReturnType<typeof createLogger>): Promise<DataSource> {
  database = await openDatabaseServer(config, logger);
  const prepared = createDataSource({
    url: database.url,
    poolSize: config.databasePoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  await prepared.initialize();
  await migrateDatabase(prepared);
  await assertTrigramsSeeHebrewAndArabic(prepared);
  // The reference and source-document data are real data, not demo fixtures: loaded on every
  // start, idempotently (a rerun changes nothing).
  await seedDatabase(prepared);
  if (config.isProduction) await assertNoDemoAccounts(prepared);
  else await seedDemoAccounts(prepared);
  await importCbsLocalitiesFileOnStart(prepared, config.cbsLocalitiesFile ?? config.defaultCbsLocalitiesFile, logger, {
    required: config.cbsLocalitiesFile !== undefined,
  });
  return prepared;
}

/** Serves the API from this process on a prepared database. */
async function serve(config: AppConfig, logger: ReturnType<typeof createLogger>, prepared: DataSource): Promise<void> {
  dataSource = prepared;
  server = await createServer({ config, dataSource, logger });
  // A worker shares the port: it listens only once it can answer searches at full speed, so the
  // primary never hands it a connection before then.
  if (cluster.isWorker) await searchIndexStore(dataSource).start();
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
}

function announce(config: AppConfig, logger: ReturnType<typeof createLogger>, processes: number): void {
  const url = `http://localhost:${config.port}/`;
  logger.info({ url, processes }, 'Roundtable is running');
  console.log(
    `\n  Roundtable is running${processes > 1 ? ` in ${processes} processes` : ''}. Open the dashboard at ${url}\n  The GraphQL API is at ${url}graphql\n`,
  );
}

/** The primary: prepares the database, then forks the workers and keeps them running. */
async function runPrimary(config: AppConfig, logger: ReturnType<typeof createLogger>): Promise<void> {
  const prepared = await prepareDatabase(config, logger);
  await prepared.destroy();
  // Workers connect to the server the primary opened (the embedded one has a port of its own).
  const env = { DATABASE_URL: database!.url };
  let listening = 0;
  await new Promise<void>((resolve, reject) => {
    const fork = () => {
      const worker = cluster.fork(env);
      let served = false;
      workers.add(worker);
      worker.once('listening', () => {
        served = true;
        listening += 1;
        if (listening === config.apiProcesses) resolve();
      });
      worker.once('exit', (code, signal) => {
        workers.delete(worker);
        if (stopping) return;
        // A worker that dies before it serves cannot start at all (its own message says why).
        if (!served) {
          reject(new Error(`An API process exited (code ${code ?? signal}) before it was ready.`));
          return;
        }
        logger.error({ workerPid: worker.process.pid, code, signal }, 'An API process died; starting another');
        listening -= 1;
        setTimeout(fork, 1000).unref();
      });
    };
    for (let k = 0; k < config.apiProcesses; k += 1) fork();
  });
}

async function start(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (cluster.isWorker) {
    // The primary prepared the database and passed its address in DATABASE_URL.
    const workerDataSource = createDataSource({
      url: config.databaseUrl!,
      poolSize: config.databasePoolSize,
      statementTimeoutMs: config.statementTimeoutMs,
    });
    await workerDataSource.initialize();
    return serve(config, logger, workerDataSource);
  }
  if (config.apiProcesses > 1) await runPrimary(config, logger);
  else await serve(config, logger, await prepareDatabase(config, logger));
  announce(config, logger, config.apiProcesses);
}

/** Stops accepting, finishes open requests (each worker its own), closes the pool, stops the embedded PostgreSQL. */
async function stop(): Promise<void> {
  await Promise.all(
    [...workers].map(
      (worker) =>
        new Promise<void>((resolve) => {
          if (worker.isDead()) return resolve();
          worker.once('exit', () => resolve());
          worker.process.kill('SIGTERM');
        }),
    ),
  );
  await server?.stop().catch(() => undefined);
  if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
  await database?.stop().catch(() => undefined);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    if (!cluster.isWorker) console.log(`\n  ${signal}: finishing open requests and stopping…`);
    void stop().finally(() => process.exit(0));
  });
}

try {
  await start();
} catch (error) {
  console.error(`\nRoundtable could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  stopping = true;
  await stop();
  process.exit(1);
}
