/**
 * `npm run bench:pool -- [--duration 30] [--warmup 10] [--connections 10,50] [--data-dir <folder>] [--no-write]`:
 * load-tests the partner pool's search over HTTP (docs/pool.md, "Synthetic data and the benchmark").
 *
 * On DATABASE_URL, or an embedded PostgreSQL in a temporary folder (removed afterwards; `--data-dir`
 * keeps one to reuse), it makes sure the synthetic pool of seed 42 (200,000 people, 20,000
 * organisations) is there, starts the API as `main.ts` does in a process of its own, warms it up,
 * then sends the dashboard's PoolSearch operation with autocannon at each concurrency for a fixed
 * time, and writes p50, p99 and requests per second into docs/benchmarks.md.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DISTRICT_CODES } from '@roundtable/shared/districts';
import { SECTOR_CODES } from '@roundtable/shared/sectors';
import { REPO_ROOT, loadConfig } from '../config/env.js';
import { createLogger } from '../common/logging/logger.js';
import { ensureDatabase } from '../database/connect.js';
import { createDataSource } from '../database/data-source.js';
import { startEmbeddedPostgres } from '../database/embedded.js';
import { migrateDatabase } from '../database/migrate.js';
import { seedDatabase } from '../database/seeds/seed.js';
import { assertTrigramsSeeHebrewAndArabic } from '../database/trigram-check.js';
import {
  SYNTHETIC_DEFAULTS,
  chunkCount,
  syntheticOrganisations,
  syntheticPeopleChunk,
} from '../modules/pool/synthetic-pool.js';
import { EXPERTISE, INTERESTS } from '../modules/pool/synthetic-pool.vocabulary.js';
import { WRITERS, generateSyntheticPool } from '../modules/pool/synthetic-pool.service.js';
import {
  meetsTarget,
  operationFromGenerated,
  renderPoolSection,
  replaceSection,
  type LevelResult,
  type PoolBenchReport,
} from './bench-report.js';
import { API_POOL_SIZE, startApi, stopApi } from './bench-api.js';
import { progressBars } from './progress.js';

const USAGE =
  'Usage: npm run bench:pool -- [--duration 30] [--warmup 10] [--connections 10,50] [--processes <n>] [--data-dir <folder>] [--no-write]';
const TARGET = { p99Ms: 50, connections: 10 };

function readArguments() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
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
  const seconds = (name: string, text: string) => {
    if (!/^\d+$/.test(text) || Number(text) > 3600) {
      console.error(`--${name} takes seconds, a whole number up to 3600, not "${text}".\n${USAGE}`);
      process.exit(1);
    }
    return Number(text);
  };
  const connections = values.connections.split(',').map((text) => seconds('connections', text.trim()));
  return {
    duration: seconds('duration', values.duration),
    warmup: seconds('warmup', values.warmup),
    connections,
    processes: (() => {
      const text = values.processes;
      if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 64) {
        console.error(`--processes takes a whole number from 1 to 64, not "${text}".\n${USAGE}`);
        process.exit(1);
      }
      return Number(text);
    })(),
    dataDir: values['data-dir']
      ? path.resolve(process.env['INIT_CWD'] ?? process.cwd(), values['data-dir'])
      : undefined,
    write: values['no-write'] !== true,
  };
}

/** Searches as people would type them into the dashboard, in the three languages, with and without filters. */
function queryMix(): PoolBenchReport['mix'] {
  const { seed, people, organisations } = SYNTHETIC_DEFAULTS;
  const sample = syntheticPeopleChunk(seed, 0, people, syntheticOrganisations(seed, organisations));
  const hebrew = sample.find((person) => person.name.ar === null && person.name.en === null)!;
  const arabic = sample.find(
    (person) => person.name.ar !== null && person.name.en === null && person.languages[0] === 'ar',
  )!;
  const english = sample.find((person) => person.name.en !== null)!;
  return [
    { label: 'no text, no filters (the page as it opens)', variables: {} },
    { label: 'Hebrew word', variables: { search: 'חינוך' } },
    { label: 'Hebrew, with prefixes (ו + ה)', variables: { search: 'והחינוך' } },
    { label: 'Hebrew, defective spelling', variables: { search: 'חנוך סביבתי' } },
    { label: 'Hebrew, two words, a sector', variables: { search: 'מחזור פסולת', sectors: ['CIVIL_SOCIETY'] } },
    { label: 'Hebrew, open to moving sector', variables: { search: 'קיימות', openToSectorMove: true } },
    { label: 'Hebrew full name', variables: { search: hebrew.name.he } },
    { label: 'Arabic word', variables: { search: 'التعليم' } },
    { label: 'Arabic, with a prefix (و + ال)', variables: { search: 'والبيئة' } },
    { label: 'Arabic, ة written ه', variables: { search: 'الاستدامه' } },
    {
      label: 'Arabic first name, a district',
      variables: { search: arabic.name.ar!.split(' ')[0], districts: ['NORTH'] },
    },
    { label: 'English word', variables: { search: 'education' } },
    { label: 'English, misspelled', variables: { search: 'sustainabilty' } },
    {
      label: 'English, misspelled, a topic',
      variables: { search: 'enviromental education', topics: ['ENVIRONMENTAL_EDUCATION'] },
    },
    { label: 'English surname', variables: { search: english.name.en!.split(' ').at(-1) } },
    { label: 'filters only: sector and topic', variables: { sectors: ['BUSINESS'], topics: ['EDUCATION'] } },
    {
      label: 'filters only: district, language, consultation',
      variables: { districts: ['NORTH'], languages: ['ar'], openToConsultation: true },
    },
  ];
}

const DISTINCT_PEOPLE = 5000;

/**
 * Searches each asked once: every expertise and interest phrase in Hebrew, Arabic and English (broad:
 * thousands of matches each) under every combination of a sector, a district and openness to
 * consultation, and the names of the first synthetic people (a few matches), three phrases to one
 * name. The lexicon's look-up of a word is remembered across its filters, as in use; the search is not.
 */
function distinctSearches(): { list: Record<string, unknown>[]; description: string } {
  const { seed, people, organisations } = SYNTHETIC_DEFAULTS;
  const organisationRows = syntheticOrganisations(seed, organisations);
  const count = Math.min(DISTINCT_PEOPLE, people);
  const sample = Array.from({ length: chunkCount(count) }, (_, chunk) =>
    syntheticPeopleChunk(seed, chunk, count, organisationRows),
  ).flat();
  const phrases = [...EXPERTISE, ...INTERESTS].flatMap((words) => [words.he, words.ar, words.en]);
  const sectors = [null, ...SECTOR_CODES];
  const districts = [null, ...DISTRICT_CODES];
  const broad: Record<string, unknown>[] = [];
  for (const consultation of [null, true, false])
    for (const sector of sectors)
      for (const district of districts)
        for (const search of phrases)
          broad.push({
            search,
            ...(sector ? { sectors: [sector] } : {}),
            ...(district ? { districts: [district] } : {}),
            ...(consultation === null ? {} : { openToConsultation: consultation }),
          });
  // A name in one of its scripts, in turn; a name two people share is asked once.
  const names = [
    ...new Set(sample.map((person, k) => [person.name.he, person.name.ar, person.name.en][k % 3] ?? person.name.he)),
  ].map((search) => ({ search }));
  const nameCount = names.length;
  const list: Record<string, unknown>[] = [];
  broad.forEach((variables, k) => {
    list.push(variables);
    if (k % 3 === 2 && names.length) list.push(names.pop()!);
  });
  return {
    list,
    description: `${phrases.length} expertise and interest phrases in three languages under each of ${sectors.length * districts.length * 3} filter combinations, and ${nameCount.toLocaleString('en')} names of people`,
  };
}

/**
 * One load level: every connection takes the next request of the list, in turn; `cursor` carries
 * the place in the list from one level to the next (so distinct searches stay distinct).
 */
async function load(
  url: string,
  bodies: string[],
  cursor: { next: number },
  searches: LevelResult['searches'],
  connections: number,
  seconds: number,
): Promise<LevelResult> {
  let failed = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    // A slow answer is measured, not cut short: the API's own limits (statement and request
    // timeouts) end what takes too long, and count as errors.
    timeout: 60,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: bodies[cursor.next++ % bodies.length] }),
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors"')) failed += 1;
        },
      },
    ],
  });
  const level: LevelResult = {
    searches,
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
  return level;
}

/**
 * Each request once, alone, with its time and number of matches (the report's table of the mix);
 * fails early with the API's own message when a request is refused outright (a query limit).
 */
async function timeEach(url: string, query: string, mix: PoolBenchReport['mix']): Promise<void> {
  for (const item of mix) {
    const started = performance.now();
    let outcome: string;
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: item.variables }),
        signal: AbortSignal.timeout(60_000),
      });
      const body = (await response.json()) as {
        errors?: { message: string; extensions?: { code?: string } }[];
        data?: { stakeholders: { totalCount: number } } | null;
      };
      const refused = body.errors?.find((error) =>
        ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'].includes(error.extensions?.code ?? ''),
      );
      if (refused) throw new Error(`"${item.label}" was refused: ${refused.message}`);
      if (body.data?.stakeholders) item.matches = body.data.stakeholders.totalCount;
      outcome = body.errors
        ? `error: ${body.errors.map((error) => error.message).join('; ')}`
        : `${item.matches} matches`;
    } catch (error) {
      if ((error as Error).message.includes('was refused')) throw error;
      outcome = `failed: ${(error as Error).message}`;
    }
    item.aloneMs = Math.round(performance.now() - started);
    console.log(`  ${item.label}: ${outcome}, ${item.aloneMs} ms`);
  }
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
    const dataSource = createDataSource({
      url: databaseUrl,
      poolSize: WRITERS + 1,
      statementTimeoutMs: config.statementTimeoutMs,
    });
    await dataSource.initialize();
    let postgres: string;
    let realProfiles: number;
    try {
      await migrateDatabase(dataSource);
      await seedDatabase(dataSource);
      await assertTrigramsSeeHebrewAndArabic(dataSource);
      console.log('Making sure the synthetic pool is there (seed 42, 200,000 people, 20,000 organisations)…');
      const progress = progressBars();
      try {
        await generateSyntheticPool(dataSource, { ...SYNTHETIC_DEFAULTS, onProgress: progress.update });
      } finally {
        progress.stop();
      }
      [{ server_version: postgres }] = await dataSource.query(`SHOW server_version`);
      [{ count: realProfiles }] = await dataSource.query(
        `SELECT count(*)::int AS count FROM stakeholder_profile p JOIN person per ON per.id = p.person_id WHERE NOT per.is_synthetic`,
      );
    } finally {
      await dataSource.destroy();
    }

    console.log('Starting the API…');
    const api = await startApi(databaseUrl, options.processes);
    child = api.child;
    const query = operationFromGenerated(
      fs.readFileSync(path.join(REPO_ROOT, 'apps/web/src/gql/graphql.ts'), 'utf8'),
      'PoolSearch',
    );
    const mix = queryMix();
    const distinct = distinctSearches();
    const body = (variables: Record<string, unknown>) => JSON.stringify({ query, variables });
    const runs = [
      { searches: 'repeated' as const, bodies: mix.map((item) => body(item.variables)), cursor: { next: 0 } },
      { searches: 'distinct' as const, bodies: distinct.list.map(body), cursor: { next: 0 } },
    ];
    console.log('Each request once, alone:');
    await timeEach(api.url, query, mix);
    console.log(`Warming up for ${options.warmup} s…`);
    // The warm-up takes the mix only: distinct searches must not have been asked before.
    if (options.warmup > 0)
      await load(api.url, runs[0]!.bodies, { next: 0 }, 'repeated', Math.min(...options.connections), options.warmup);
    const levels: LevelResult[] = [];
    for (const run of runs) {
      for (const connections of options.connections) {
        console.log(`${run.searches} searches, ${connections} connections for ${options.duration} s…`);
        const level = await load(api.url, run.bodies, run.cursor, run.searches, connections, options.duration);
        console.log(
          `  ${level.requestsPerSecond.toFixed(1)} requests/s, p50 ${level.p50} ms, p99 ${level.p99} ms, ${level.errors} errors`,
        );
        levels.push(level);
      }
    }
    if (runs[1]!.cursor.next > distinct.list.length)
      console.warn(`  The distinct run went round its ${distinct.list.length} searches: some were asked twice.`);
    const cpus = os.cpus();
    const report: PoolBenchReport = {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      machine: {
        cores: cpus.length,
        cpuModel: cpus[0]?.model.trim() ?? 'unknown',
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        postgres,
      },
      loadAverage: { before: loadBefore, after: os.loadavg()[0]! },
      data: {
        people: SYNTHETIC_DEFAULTS.people,
        organisations: SYNTHETIC_DEFAULTS.organisations,
        seed: SYNTHETIC_DEFAULTS.seed,
        realProfiles,
      },
      apiPoolSize: API_POOL_SIZE,
      apiProcesses: options.processes,
      warmupSeconds: options.warmup,
      mix,
      levels,
      distinct: { count: distinct.list.length, description: distinct.description },
      targetP99Ms: TARGET.p99Ms,
      targetConnections: TARGET.connections,
    };
    console.log(
      `Target p99 ≤ ${TARGET.p99Ms} ms at ${TARGET.connections} clients: ${meetsTarget(report) ? 'met' : 'not met'}.`,
    );
    if (options.write) {
      const file = path.join(REPO_ROOT, 'docs/benchmarks.md');
      const current = fs.existsSync(file)
        ? fs.readFileSync(file, 'utf8')
        : '# Benchmarks\n\nMeasurements of Roundtable on one machine; each command rewrites its own section.\n';
      fs.writeFileSync(file, replaceSection(current, renderPoolSection(report)));
      console.log(`Written to ${path.relative(REPO_ROOT, file)}.`);
    }
  } finally {
    if (child) await stopApi(child);
    await stopDatabase();
    if (removeDir) fs.rmSync(removeDir, { recursive: true, force: true });
  }
}

try {
  await main();
  process.exit(0);
} catch (error) {
  console.error(`bench:pool failed: ${(error as Error).message}`);
  process.exit(1);
}
