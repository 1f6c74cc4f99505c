/**
 * The pure parts of `npm run bench:pool` (bench-pool.ts): the dashboard's operation read from the
 * web's generated documents, and the section it writes into docs/benchmarks.md.
 */
import { print, type DocumentNode } from 'graphql';

/**
 * The text of an operation as the dashboard sends it, fragments included: read from the web's
 * generated `gql/graphql.ts` (`export const <Name>Document = {…} as unknown as DocumentNode…`),
 * so the benchmark asks for exactly the fields the dashboard does.
 */
export function operationFromGenerated(source: string, operationName: string): string {
  const match = new RegExp(`^export const ${operationName}Document = (\\{.*\\}) as unknown as DocumentNode`, 'm').exec(
    source,
  );
  if (!match) throw new Error(`No ${operationName}Document in the web's generated documents.`);
  return print(JSON.parse(match[1]!) as DocumentNode);
}

export interface LevelResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Non-2xx responses, GraphQL errors and failed connections. */
  errors: number;
}

export interface PoolBenchReport {
  date: string;
  machine: { cores: number; cpuModel: string; memoryGiB: number; node: string; postgres: string };
  loadAverage: { before: number; after: number };
  data: { people: number; organisations: number; seed: number; realProfiles: number };
  apiPoolSize: number;
  warmupSeconds: number;
  /** The requests, each with its number of matches and its time when sent alone (before the load). */
  mix: { label: string; variables: Record<string, unknown>; matches?: number; aloneMs?: number }[];
  levels: LevelResult[];
  targetP99Ms: number;
  targetConnections: number;
}

export const POOL_SECTION_START = '<!-- bench:pool:start -->';
export const POOL_SECTION_END = '<!-- bench:pool:end -->';

/** The document with the section between the markers replaced, or added at the end. */
export function replaceSection(document: string, section: string): string {
  const block = `${POOL_SECTION_START}\n${section.trim()}\n${POOL_SECTION_END}`;
  const start = document.indexOf(POOL_SECTION_START);
  const end = document.indexOf(POOL_SECTION_END);
  if (start !== -1 && end > start) {
    return document.slice(0, start) + block + document.slice(end + POOL_SECTION_END.length);
  }
  return `${document.trimEnd()}\n\n${block}\n`;
}

function ms(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ms`;
}

/** Whether the run meets the target: p99 at the target's concurrency, and no errors anywhere. */
export function meetsTarget(report: PoolBenchReport): boolean {
  const level = report.levels.find((result) => result.connections === report.targetConnections);
  return level !== undefined && level.p99 <= report.targetP99Ms && report.levels.every((result) => result.errors === 0);
}

export function renderPoolSection(report: PoolBenchReport): string {
  const { machine, data } = report;
  const target = report.levels.find((result) => result.connections === report.targetConnections);
  const met = meetsTarget(report);
  const rows = report.levels.map(
    (level) =>
      `| ${level.connections} | ${level.seconds} s | ${level.requests} | ${level.requestsPerSecond.toFixed(1)} | ${ms(level.p50)} | ${ms(level.p90)} | ${ms(level.p99)} | ${ms(level.max)} | ${level.errors} |`,
  );
  const mix = report.mix.map(
    (item) =>
      `| ${item.label} | \`${JSON.stringify(item.variables)}\` | ${item.matches ?? '–'} | ${item.aloneMs === undefined ? '–' : ms(item.aloneMs)} |`,
  );
  return [
    '## Partner pool search',
    '',
    `Written by \`npm run bench:pool\` on ${report.date}; a rerun replaces this section.`,
    '',
    `- **Machine**: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB RAM, Node ${machine.node}, PostgreSQL ${machine.postgres}.`,
    `- **Load average** (1 minute) before the run ${report.loadAverage.before.toFixed(2)}, after ${report.loadAverage.after.toFixed(2)}.`,
    `- **Data**: ${data.people.toLocaleString('en')} synthetic people and ${data.organisations.toLocaleString('en')} organisations (seed ${data.seed}), besides ${data.realProfiles} other profiles.`,
    `- **Server**: the API as \`main.ts\` runs it (NODE_ENV=production, LOG_LEVEL=warn, rate limit raised), its own process, ${report.apiPoolSize} database connections; the load generator (autocannon) in another process on the same machine.`,
    `- **Requests**: the dashboard's \`PoolSearch\` operation (apps/web, same fields: a page of 20 cards with their topics, districts, organisation and visible contacts, and every facet), anonymous, over HTTP, taking the mix below in turn; ${report.warmupSeconds} s of warm-up first.`,
    '',
    '| connections | duration | requests | requests/s | p50 | p90 | p99 | max | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `**Target**: p99 ≤ ${report.targetP99Ms} ms at ${report.targetConnections} clients. ${
      target
        ? met
          ? `**Met** (p99 ${ms(target.p99)}).`
          : `**Not met** (p99 ${ms(target.p99)}${report.levels.some((l) => l.errors > 0) ? ', or errors' : ''}).`
        : 'Not measured.'
    }`,
    '',
    'The query mix, each request with its matches and its time sent alone (one client, after start):',
    '',
    '| request | variables | matches | alone |',
    '| --- | --- | --- | --- |',
    ...mix,
  ].join('\n');
}
