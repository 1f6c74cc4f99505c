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
  /**
   * `repeated`: the mix below taken in turn, so after its first round every search is one the
   * index remembers; `distinct`: every request a search not asked before in the run.
   */
  searches: 'repeated' | 'distinct';
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
  /** API processes serving (API_PROCESSES). */
  apiProcesses: number;
  warmupSeconds: number;
  /** The requests, each with its number of matches and its time when sent alone (before the load). */
  mix: { label: string; variables: Record<string, unknown>; matches?: number; aloneMs?: number }[];
  levels: LevelResult[];
  /** How many distinct searches the `distinct` levels draw from, and what they are. */
  distinct: { count: number; description: string };
  targetP99Ms: number;
  targetConnections: number;
}

export const POOL_SECTION_START = '<!-- bench:pool:start -->';
export const POOL_SECTION_END = '<!-- bench:pool:end -->';

export const PARTNERSHIPS_SECTION_START = '<!-- bench:partnerships:start -->';
export const PARTNERSHIPS_SECTION_END = '<!-- bench:partnerships:end -->';

/** The document with the section between the markers (the pool's unless given) replaced, or added at the end. */
export function replaceSection(
  document: string,
  section: string,
  [startMarker, endMarker]: readonly [string, string] = [POOL_SECTION_START, POOL_SECTION_END],
): string {
  const block = `${startMarker}\n${section.trim()}\n${endMarker}`;
  const start = document.indexOf(startMarker);
  const end = document.indexOf(endMarker);
  if (start !== -1 && end > start) {
    return document.slice(0, start) + block + document.slice(end + endMarker.length);
  }
  return `${document.trimEnd()}\n\n${block}\n`;
}

function ms(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ms`;
}

/** The levels the target is judged on: every kind of search at the target's concurrency. */
function targetLevels(report: PoolBenchReport): LevelResult[] {
  return report.levels.filter((result) => result.connections === report.targetConnections);
}

/** Whether the run meets the target: p99 at the target's concurrency for every kind of search, and no errors anywhere. */
export function meetsTarget(report: PoolBenchReport): boolean {
  const levels = targetLevels(report);
  return (
    levels.length > 0 &&
    levels.every((level) => level.p99 <= report.targetP99Ms) &&
    report.levels.every((result) => result.errors === 0)
  );
}

/** How the API ran: as main.ts runs it, in how many processes, beside the load generator. */
function serverLine(report: { apiPoolSize: number; apiProcesses: number }): string {
  const processes =
    report.apiProcesses === 1
      ? 'one process of its own'
      : `${report.apiProcesses} processes (API_PROCESSES, a node:cluster sharing the port)`;
  return `- **Server**: the API as \`main.ts\` runs it (NODE_ENV=production, LOG_LEVEL=warn, rate limit raised), ${processes}, ${report.apiPoolSize} database connections each; the load generator (autocannon) in another process on the same machine.`;
}

export function renderPoolSection(report: PoolBenchReport): string {
  const { machine, data } = report;
  const targets = targetLevels(report);
  const met = meetsTarget(report);
  const worst = targets.reduce((max, level) => Math.max(max, level.p99), 0);
  const rows = report.levels.map(
    (level) =>
      `| ${level.searches} | ${level.connections} | ${level.seconds} s | ${level.requests} | ${level.requestsPerSecond.toFixed(1)} | ${ms(level.p50)} | ${ms(level.p90)} | ${ms(level.p99)} | ${ms(level.max)} | ${level.errors} |`,
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
    serverLine(report),
    `- **Requests**: the dashboard's \`PoolSearch\` operation (apps/web, same fields: a page of 20 cards with their topics, districts, organisation and visible contacts, and every facet), anonymous, over HTTP, ${report.warmupSeconds} s of warm-up first.`,
    `- **Searches**: *repeated*, the mix below taken in turn (after its first round, answers the search index remembers until the pool changes); *distinct*, each request a search not asked before in the run, from ${report.distinct.count.toLocaleString('en')} made up of ${report.distinct.description}.`,
    '',
    '| searches | connections | duration | requests | requests/s | p50 | p90 | p99 | max | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `**Target**: p99 ≤ ${report.targetP99Ms} ms at ${report.targetConnections} clients. ${
      targets.length
        ? met
          ? `**Met** (p99 at most ${ms(worst)}).`
          : `**Not met** (p99 up to ${ms(worst)}${report.levels.some((l) => l.errors > 0) ? ', or errors' : ''}).`
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

export interface PartnershipsLevel {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
}

export interface PartnershipsBenchReport {
  date: string;
  machine: PoolBenchReport['machine'];
  loadAverage: PoolBenchReport['loadAverage'];
  data: { partnerships: number; synthetic: number; seed: number; rollupRows: number };
  apiPoolSize: number;
  /** API processes serving (API_PROCESSES). */
  apiProcesses: number;
  warmupSeconds: number;
  /** The filters, each with its total and its time when sent alone (before the load). */
  mix: { label: string; filter: Record<string, unknown>; total?: number; aloneMs?: number }[];
  levels: PartnershipsLevel[];
  targetP99Ms: number;
  /** The concurrency the target is judged at; the others are reported beside it. */
  targetConnections: number;
  targetPartnerships: number;
}

/**
 * Met: p99 within the target at the target's concurrency, no errors at any, on at least the
 * target's number of partnerships.
 */
export function meetsPartnershipsTarget(report: PartnershipsBenchReport): boolean {
  const judged = report.levels.filter((level) => level.connections === report.targetConnections);
  return (
    judged.length > 0 &&
    report.data.partnerships >= report.targetPartnerships &&
    judged.every((level) => level.p99 <= report.targetP99Ms) &&
    report.levels.every((level) => level.errors === 0)
  );
}

export function renderPartnershipsSection(report: PartnershipsBenchReport): string {
  const { machine, data } = report;
  const judged = report.levels.filter((level) => level.connections === report.targetConnections);
  const worst = judged.reduce((max, level) => Math.max(max, level.p99), 0);
  // The other concurrencies, said beside the verdict whether within the target or not.
  const others = report.levels
    .filter((level) => level.connections !== report.targetConnections)
    .map(
      (level) =>
        ` At ${level.connections} clients p99 ${ms(level.p99)}, ${level.p99 <= report.targetP99Ms ? 'within' : 'above'} it.`,
    )
    .join('');
  const verdict =
    judged.length === 0
      ? 'Not measured.'
      : meetsPartnershipsTarget(report)
        ? `**Met** (p99 ${ms(worst)}).${others}`
        : data.partnerships < report.targetPartnerships
          ? `**Not judged**: measured on ${data.partnerships.toLocaleString('en')} partnerships, not ${report.targetPartnerships.toLocaleString('en')} (p99 ${ms(worst)}).${others}`
          : `**Not met** (p99 ${ms(worst)}${report.levels.some((l) => l.errors > 0) ? ', or errors' : ''}).${others}`;
  return [
    '## Partnerships dashboard',
    '',
    `Written by \`npm run bench:partnerships\` on ${report.date}; a rerun replaces this section.`,
    '',
    `- **Machine**: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB RAM, Node ${machine.node}, PostgreSQL ${machine.postgres}.`,
    `- **Load average** (1 minute) before the run ${report.loadAverage.before.toFixed(2)}, after ${report.loadAverage.after.toFixed(2)}.`,
    `- **Data**: ${data.partnerships.toLocaleString('en')} partnerships, ${data.synthetic.toLocaleString('en')} of them synthetic (seed ${data.seed}); the rollup holds ${data.rollupRows.toLocaleString('en')} rows.`,
    serverLine(report),
    `- **Requests**: the web's \`PartnershipDashboard\` operation (every figure, with the names of directions, sectors, districts and goals) as the PMO unit (an API token), over HTTP, the filters below in turn, ${report.warmupSeconds} s of warm-up first.`,
    '',
    '| connections | duration | requests | requests/s | p50 | p90 | p99 | max | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...report.levels.map(
      (level) =>
        `| ${level.connections} | ${level.seconds} s | ${level.requests} | ${level.requestsPerSecond.toFixed(1)} | ${ms(level.p50)} | ${ms(level.p90)} | ${ms(level.p99)} | ${ms(level.max)} | ${level.errors} |`,
    ),
    '',
    `**Target**: p99 ≤ ${report.targetP99Ms} ms at ${report.targetConnections} clients over ${report.targetPartnerships.toLocaleString('en')} partnerships. ${verdict}`,
    '',
    'The filters, each with its total and its time sent alone (one client, after start):',
    '',
    '| filter | variables | total | alone |',
    '| --- | --- | --- | --- |',
    ...report.mix.map(
      (item) =>
        `| ${item.label} | \`${JSON.stringify(item.filter)}\` | ${item.total ?? '–'} | ${item.aloneMs === undefined ? '–' : ms(item.aloneMs)} |`,
    ),
  ].join('\n');
}
