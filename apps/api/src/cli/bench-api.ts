/**
 * The API as a benchmark measures it (bench:pool, bench:partnerships): started as `main.ts` runs it,
 * in a process of its own so the load generator does not share its thread.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../config/env.js';

/** The API's connections to PostgreSQL during a run (DATABASE_POOL_SIZE). */
export const API_POOL_SIZE = 10;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The API as main.ts runs it, in processes of its own so the load generator does not share their
 * threads: `processes` above 1 is a node:cluster (API_PROCESSES), as on a machine with that many cores.
 */
export async function startApi(databaseUrl: string, processes = 1): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  // BENCH_API_NODE_ARGS: Node's own flags for the API's processes, say
  // "--cpu-prof --cpu-prof-dir=/tmp/profiles" for a CPU profile of each (NODE_OPTIONS refuses that one).
  const nodeArgs = (process.env['BENCH_API_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const child = spawn(
    process.execPath,
    // V8's young generation as `npm start` sets it (apps/api/package.json; docs/benchmarks.md).
    ['--max-semi-space-size=64', ...nodeArgs, '--import', 'tsx', path.join(REPO_ROOT, 'apps/api/src/main.ts')],
    {
      cwd: path.join(REPO_ROOT, 'apps/api'),
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        DATABASE_POOL_SIZE: String(API_POOL_SIZE),
        API_PROCESSES: String(processes),
        // One client address sends everything here: the per-address limit would refuse most of it.
        RATE_LIMIT_REQUESTS_PER_MINUTE: '100000000',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited (code ${child.exitCode}) before it was ready.`);
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { url, child };
    if (Date.now() > deadline) throw new Error('The API was not ready within three minutes.');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export function stopApi(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
