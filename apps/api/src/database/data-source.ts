import 'reflect-metadata';
import type { Pool } from 'pg';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { WORD_SIMILARITY_THRESHOLD } from '../modules/pool/pool-search-threshold.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export interface DataSourceOptions {
  url: string;
  /** Sees every SQL statement; tests count them to prove DataLoaders batch. */
  logger?: TypeOrmLogger;
  poolSize?: number;
  /** PostgreSQL cancels a statement that runs longer (DATABASE_STATEMENT_TIMEOUT_SECONDS). */
  statementTimeoutMs?: number;
}

/** A runaway query must not hold a connection forever (quality.md: time limits). */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;

/** The one DataSource definition for the app, the CLI and the tests: migrations only, never synchronize. */
export function createDataSource({
  url,
  logger,
  poolSize = 10,
  statementTimeoutMs = DEFAULT_STATEMENT_TIMEOUT_MS,
}: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install, so a managed server's
    // least-privileged role can run the migrations.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // TypeORM's own console log of a failed query would print its parameters (emails, names) and
    // the constraint violations the services turn into CONFLICT or SEAT_LIMIT; a failure that
    // matters reaches the caller, and the API logs it once, with the request id (format-error.ts).
    logging: logger ? ['query', 'error'] : false,
    ...(logger ? { logger } : {}),
    extra: {
      max: poolSize,
      // Sent as a startup parameter, so it holds for every statement on the connection; the
      // migration connection turns it off (migrate.ts).
      statement_timeout: statementTimeoutMs,
      // Likewise the partner pool's fuzzy match (pool-search-threshold.ts), so its lookup needs no
      // transaction of its own to set it. And no parallel workers: the API runs many short
      // statements at once on few cores, where a worker's start costs more than it saves (the
      // partnerships dashboard's statement took 40 ms with two instead of 5 ms alone;
      // docs/benchmarks.md).
      options: `-c pg_trgm.word_similarity_threshold=${WORD_SIMILARITY_THRESHOLD} -c max_parallel_workers_per_gather=0`,
      application_name: 'roundtable-api',
    },
  });
}

/** The initialised DataSource's pg pool (the primary's), for libraries that take one. */
export function postgresPool(dataSource: DataSource): Pool {
  return (dataSource.driver as PostgresDriver).master as Pool;
}
