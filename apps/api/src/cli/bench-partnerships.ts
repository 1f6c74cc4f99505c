/**
 * `npm run bench:partnerships -- [--count 1000000] [--seed 42] [--duration 30] [--warmup 10]
 * [--connections 10,50] [--data-dir <folder>] [--no-write]`: load-tests the PMO unit's national
 * partnerships dashboard over HTTP (docs/partnerships.md, "Scale").
 *
 * On DATABASE_URL, or an embedded PostgreSQL in a temporary folder (removed afterwards; `--data-dir`
 * keeps one to reuse), it makes sure `--count` synthetic partnerships of the seed are there (with
 * the synthetic pool's organisations as partners), signs the PMO in with an API token of an account
 * of its own (disabled again afterwards), starts the API as `main.ts` does in a process of its own, warms it up, then
 * sends the web's PartnershipDashboard operation under a mix of filters with autocannon at each
 * concurrency for a fixed time, and writes p50, p99 and requests per second into docs/benchmarks.md.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { DataSource } from 'typeorm';
import { dateInIsrael } from '@roundtable/shared/forums';
import { REPO_ROOT, loadConfig } from '../config/env.js';
import { createLogger } from '../common/logging/logger.js';
import { ensureDatabase } from '../database/connect.js';
import { createDataSource } from '../database/data-source.js';
import { startEmbeddedPostgres } from '../database/embedded.js';
import { migrateDatabase } from '../database/migrate.js';
import { seedDatabase } from '../database/seeds/seed.js';
import { hashPassword, newToken, tokenHash } from '../modules/identity/secrets.js';
import { SYNTHETIC_PARTNERSHIP_DEFAULTS } from '../modules/partnerships/synthetic-partnerships.js';
import {
  PARTNERSHIP_WRITERS,
  generateSyntheticPartnerships,
} from '../modules/partnerships/synthetic-partnerships.service.js';
import { WRITERS } from '../modules/pool/synthetic-pool.service.js';
import { API_POOL_SIZE, startApi, stopApi } from './bench-api.js';
import {
  PARTNERSHIPS_SECTION_END,
  PARTNERSHIPS_SECTION_START,
  meetsPartnershipsTarget,
  operationFromGenerated,
  renderPartnershipsSection,
  replaceSection,
  type PartnershipsBenchReport,
  type PartnershipsLevel,
} from './bench-report.js';
import { progressBars } from './progress.js';

const USAGE =
  'Usage: npm run bench:partnerships -- [--count 1000000] [--seed 42] [--duration 30] [--warmup 10] [--connections 10,50] [--processes <n>] [--data-dir <folder>] [--no-write]';
/**
 * Issue #7 item 6: p99 ≤ 100 ms at 1,000,000 partnerships on this 2-core machine, judged at 10
 * clients, the load issue #6 names for the pool's target (#7 names none); 50 is reported beside it.
 */
const TARGET = { p99Ms: 100, connections: 10, partnerships: 1_000_000 };
const BENCH_EMAIL = 'bench-pmo@synthetic.example.org';

function readArguments() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        count: { type: 'string', default: String(SYNTHETIC_PARTNERSHIP_DEFAULTS.count) },
        seed: { type: 'string', default: String(SYNTHETIC_PARTNERSHIP_DEFAULTS.seed) },
        duration: { type: 'string', default: '30' },
        warmup: { type: 'string', default: '10' },
        connections: { type: 'string', default: '10,50' },
        // API processes (API_PROCESSES): one per core, as main.ts is meant to run on this machine.
        processes: { type: 'string', default: String(os.availableParallelism()) },
        'data-dir': { type: 'string' },
        'no-write': { type: 'boolean' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(1);
  }
  const whole = (name: string, text: string, max: number) => {
    if (!/^\d+$/.test(text) || Number(text) > max) {
      console.error(`--${name} takes a whole number up to ${max}, not "${text}".\n${USAGE}`);
      process.exit(1);
    }
    return Number(text);
  };
  return {
    count: whole('count', values.count, 10_000_000),
    seed: whole('seed', values.seed, 2 ** 31 - 1),
    duration: whole('duration', values.duration, 3600),
    warmup: whole('warmup', values.warmup, 3600),
    connections: values.connections.split(',').map((text) => whole('connections', text.trim(), 1000)),
    processes: Math.max(1, whole('processes', values.processes, 64)),
    dataDir: values['data-dir']
      ? path.resolve(process.env['INIT_CWD'] ?? process.cwd(), values['data-dir'])
      : undefined,
    write: values['no-write'] !== true,
  };
}

/** Filters as the PMO unit would set them on the dashboard: none, each kind, periods and combinations. */
const MIX: PartnershipsBenchReport['mix'] = [
  { label: 'no filter (the page as it opens)', filter: {} },
  { label: 'a direction', filter: { direction: 3 } },
  { label: 'a district', filter: { district: 'NORTH' } },
  { label: 'a sector', filter: { sector: 'BUSINESS' } },
  { label: 'a year (whole months)', filter: { from: '2024-01-01', to: '2024-12-31' } },
  { label: 'a period of partial months', filter: { from: '2019-03-17', to: '2023-08-09' } },
  { label: 'since a day', filter: { from: '2025-06-15' } },
  { label: 'direction and district', filter: { direction: 5, district: 'HAIFA' } },
  { label: 'sector and period', filter: { sector: 'LOCAL_GOVERNMENT', from: '2020-01-01', to: '2022-06-30' } },
  {
    label: 'direction, district, sector and period',
    filter: { direction: 1, district: 'SOUTH', sector: 'CIVIL_SOCIETY', from: '2016-02-10', to: '2026-01-20' },
  },
];

/**
 * An account of the PMO unit with a fresh API token, for the run only: disabled again afterwards (not
 * a demo account: the API in production refuses to start while demo accounts, whose password is
 * published, exist).
 */
async function pmoToken(dataSource: DataSource): Promise<{ token: string; accountId: string }> {
  // An active account has a password: one no one is told (the run signs in with its token).
  const [{ id }]: { id: string }[] = await dataSource.query(
    `INSERT INTO account (email, display_name, password_hash, status, is_demo)
     VALUES ($1, 'Benchmark (PMO)', $2, 'ACTIVE', false)
     ON CONFLICT (email) DO UPDATE SET status = 'ACTIVE', is_demo = false, password_hash = EXCLUDED.password_hash
     RETURNING id`,
    [BENCH_EMAIL, await hashPassword(newToken())],
  );
  await dataSource.query(
    `INSERT INTO role_grant (account_id, role) SELECT $1, 'PMO_ANALYST'
      WHERE NOT EXISTS (SELECT 1 FROM role_grant WHERE account_id = $1 AND role = 'PMO_ANALYST')`,
    [id],
  );
  const token = newToken();
  await dataSource.query(
    `INSERT INTO auth_session (account_id, kind, name, token_hash, expires_at)
     VALUES ($1, 'API_TOKEN', 'bench:partnerships', $2, now() + interval '6 hours')`,
    [id, tokenHash(token)],
  );
  return { token, accountId: id };
}

async function load(
  url: string,
  headers: Record<string, string>,
  bodies: string[],
  connections: number,
  seconds: number,
): Promise<PartnershipsLevel> {
  let failed = 0;
  let next = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    timeout: 60,
    requests: [
      {
        method: 'POST',
        headers,
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors"')) failed += 1;
        },
      },
    ],
  });
  return {
    connections,
    seconds,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: failed + result.errors + result.timeouts,
  };
}

async function main(): Promise<void> {
  const options = readArguments();
  const config = loadConfig();
  const logger = createLogger('warn');
  const loadBefore = os.loadavg()[0]!;
  let stopDatabase = async () => {};
  let removeDir: string | undefined;
  let databaseUrl = config.databaseUrl;
  let child: ChildProcess | undefined;
  let dataSource: DataSource | undefined;
  let accountId: string | undefined;
  try {
    if (!databaseUrl) {
      const dir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'roundtable-bench-'));
      if (!options.dataDir) removeDir = dir;
      fs.mkdirSync(dir, { recursive: true });
      fs.chmodSync(dir, 0o755);
      const embedded = await startEmbeddedPostgres(dir, logger);
      stopDatabase = embedded.stop;
      await ensureDatabase(embedded.url, 'roundtable');
      databaseUrl = embedded.urlFor('roundtable');
      console.log(`Embedded PostgreSQL in ${dir}${removeDir ? ' (removed afterwards)' : ''}.`);
    }
    dataSource = createDataSource({
      url: databaseUrl,
      poolSize: PARTNERSHIP_WRITERS + WRITERS + 2,
      statementTimeoutMs: config.statementTimeoutMs,
    });
    await dataSource.initialize();
    await migrateDatabase(dataSource);
    await seedDatabase(dataSource);
    console.log(
      `Making sure the synthetic partnerships are there (seed ${options.seed}, ${options.count.toLocaleString('en')})…`,
    );
    const progress = progressBars();
    try {
      await generateSyntheticPartnerships(dataSource, {
        seed: options.seed,
        count: options.count,
        today: dateInIsrael(new Date()),
        onProgress: progress.update,
      });
    } finally {
      progress.stop();
    }
    const [facts]: { postgres: string; partnerships: number; synthetic: number; rollupRows: number }[] =
      await dataSource.query(
        `SELECT current_setting('server_version') AS postgres, (SELECT count(*)::int FROM partnership) AS partnerships,
                (SELECT count(*)::int FROM partnership WHERE is_synthetic) AS synthetic,
                (SELECT count(*)::int FROM partnership_rollup) AS "rollupRows"`,
      );
    const signedIn = await pmoToken(dataSource);
    const token = signedIn.token;
    accountId = signedIn.accountId;

    console.log('Starting the API…');
    const api = await startApi(databaseUrl, options.processes);
    child = api.child;
    const query = operationFromGenerated(
      fs.readFileSync(path.join(REPO_ROOT, 'apps/web/src/gql/graphql.ts'), 'utf8'),
      'PartnershipDashboard',
    );
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const bodies = MIX.map((item) => JSON.stringify({ query, variables: { filter: item.filter } }));
    console.log('Each filter once, alone:');
    for (const [k, item] of MIX.entries()) {
      const started = performance.now();
      const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body: bodies[k] });
      const body = (await response.json()) as {
        errors?: { message: string }[];
        data?: { partnershipDashboard: { total: number } };
      };
      item.aloneMs = Math.round(performance.now() - started);
      if (body.errors) throw new Error(`"${item.label}" failed: ${body.errors.map((e) => e.message).join('; ')}`);
      item.total = body.data!.partnershipDashboard.total;
      console.log(`  ${item.label}: ${item.total} partnerships, ${item.aloneMs} ms`);
    }
    console.log(`Warming up for ${options.warmup} s…`);
    if (options.warmup > 0) await load(api.url, headers, bodies, Math.min(...options.connections), options.warmup);
    const levels: PartnershipsLevel[] = [];
    for (const connections of options.connections) {
      console.log(`${connections} connections for ${options.duration} s…`);
      const level = await load(api.url, headers, bodies, connections, options.duration);
      console.log(
        `  ${level.requestsPerSecond.toFixed(1)} requests/s, p50 ${level.p50} ms, p99 ${level.p99} ms, ${level.errors} errors`,
      );
      levels.push(level);
    }
    const cpus = os.cpus();
    const report: PartnershipsBenchReport = {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      machine: {
        cores: cpus.length,
        cpuModel: cpus[0]?.model.trim() ?? 'unknown',
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        postgres: facts!.postgres,
      },
      loadAverage: { before: loadBefore, after: os.loadavg()[0]! },
      data: {
        partnerships: facts!.partnerships,
        synthetic: facts!.synthetic,
        seed: options.seed,
        rollupRows: facts!.rollupRows,
      },
      apiPoolSize: API_POOL_SIZE,
      apiProcesses: options.processes,
      warmupSeconds: options.warmup,
      mix: MIX,
      levels,
      targetP99Ms: TARGET.p99Ms,
      targetConnections: TARGET.connections,
      targetPartnerships: TARGET.partnerships,
    };
    console.log(
      `Target p99 ≤ ${TARGET.p99Ms} ms at ${TARGET.connections} clients over ${TARGET.partnerships.toLocaleString('en')} partnerships: ${
        meetsPartnershipsTarget(report) ? 'met' : 'not met'
      }.`,
    );
    if (options.write) {
      const file = path.join(REPO_ROOT, 'docs/benchmarks.md');
      const current = fs.existsSync(file)
        ? fs.readFileSync(file, 'utf8')
        : '# Benchmarks\n\nMeasurements of Roundtable on one machine; each command rewrites its own section.\n';
      fs.writeFileSync(
        file,
        replaceSection(current, renderPartnershipsSection(report), [
          PARTNERSHIPS_SECTION_START,
          PARTNERSHIPS_SECTION_END,
        ]),
      );
      console.log(`Written to ${path.relative(REPO_ROOT, file)}.`);
    }
  } finally {
    if (child) await stopApi(child);
    if (accountId && dataSource?.isInitialized) {
      await dataSource.query(`DELETE FROM auth_session WHERE account_id = $1`, [accountId]);
      await dataSource.query(`UPDATE account SET status = 'DISABLED' WHERE id = $1`, [accountId]);
    }
    if (dataSource?.isInitialized) await dataSource.destroy();
    await stopDatabase();
    if (removeDir) fs.rmSync(removeDir, { recursive: true, force: true });
  }
}

try {
  await main();
  process.exit(0);
} catch (error) {
  console.error(`bench:partnerships failed: ${(error as Error).message}`);
  process.exit(1);
}
