import type { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '../config/env.js';
import { createLogger, type Logger } from '../common/logging/logger.js';
import { openDatabaseServer } from '../database/connect.js';
import { createDataSource } from '../database/data-source.js';

export interface CliContext {
  config: AppConfig;
  logger: Logger;
  dataSource: DataSource;
}

/**
 * Runs a command against the configured database (DATABASE_URL, or the embedded one), closes
 * everything afterwards, and exits non-zero with the error's message when it fails.
 */
export async function runCli(
  name: string,
  command: (context: CliContext) => Promise<void>,
  { poolSize = 2 }: { poolSize?: number } = {},
): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  // A command prints its own progress and summary; the log adds only warnings and errors.
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const server = await openDatabaseServer(config, logger);
  const dataSource = createDataSource({ url: server.url, poolSize, statementTimeoutMs: config.statementTimeoutMs });
  let exitCode = 0;
  try {
    await dataSource.initialize();
    await command({ config, logger, dataSource });
  } catch (error) {
    exitCode = 1;
    console.error(`${name} failed: ${(error as Error).message}`);
    logger.debug({ err: error }, `${name} failed`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await server.stop();
  }
  process.exit(exitCode);
}
