import { describe, expect, it } from 'vitest';
import {
  PARTNERSHIPS_SECTION_END,
  PARTNERSHIPS_SECTION_START,
  POOL_SECTION_END,
  POOL_SECTION_START,
  meetsPartnershipsTarget,
  meetsTarget,
  operationFromGenerated,
  renderPartnershipsSection,
  renderPoolSection,
  replaceSection,
  type PartnershipsBenchReport,
  type PoolBenchReport,
} from './bench-report.js';

const report = (p99: number, errors = 0): PoolBenchReport => ({
  date: '2026-12-01 10:00 UTC',
  machine: { cores: 2, cpuModel: 'Test CPU', memoryGiB: 24, node: 'v20.20.2', postgres: '18.0' },
  loadAverage: { before: 0.2, after: 1.5 },
  data: { people: 200_000, organisations: 20_000, seed: 42, realProfiles: 0 },
  apiPoolSize: 10,
  apiProcesses: 2,
  warmupSeconds: 10,
  mix: [{ label: 'Hebrew word', variables: { search: 'חינוך' }, matches: 119_000, aloneMs: 900 }],
  levels: [
    {
      searches: 'repeated',
      connections: 10,
      seconds: 30,
      requests: 9000,
      requestsPerSecond: 300,
      p50: 20,
      p90: 30,
      p99,
      max: 80,
      errors,
    },
    {
      searches: 'distinct',
      connections: 10,
      seconds: 30,
      requests: 6000,
      requestsPerSecond: 200,
      p50: 25,
      p90: 30,
      p99: 40,
      max: 90,
      errors: 0,
    },
    {
      searches: 'repeated',
      connections: 50,
      seconds: 30,
      requests: 9300,
      requestsPerSecond: 310,
      p50: 150,
      p90: 200,
      p99: 260,
      max: 400,
      errors: 0,
    },
  ],
  distinct: { count: 20_000, description: 'words and names with filters' },
  targetP99Ms: 50,
  targetConnections: 10,
});

describe('the pool benchmark report', () => {
  it('adds its section to a document without one, and replaces only its own on a rerun', () => {
    const first = replaceSection('# Benchmarks\n\nIntro.\n', 'old numbers');
    expect(first).toBe(`# Benchmarks\n\nIntro.\n\n${POOL_SECTION_START}\nold numbers\n${POOL_SECTION_END}\n`);
    const withOther = `${first}\n## Another benchmark\n\nkept\n`;
    const second = replaceSection(withOther, 'new numbers');
    expect(second).toContain('new numbers');
    expect(second).not.toContain('old numbers');
    expect(second).toContain('## Another benchmark\n\nkept');
    expect(second.split(POOL_SECTION_START)).toHaveLength(2);
  });

  it('says whether the p99 target at ten clients is met, and counts errors as not met', () => {
    expect(meetsTarget(report(45))).toBe(true);
    expect(meetsTarget(report(55))).toBe(false);
    expect(meetsTarget(report(45, 3))).toBe(false);
    expect(renderPoolSection(report(45))).toContain('**Met** (p99 at most 45 ms)');
    expect(renderPoolSection(report(55))).toContain('**Not met** (p99 up to 55 ms)');
    expect(renderPoolSection(report(45))).toContain(
      '2 processes (API_PROCESSES, a node:cluster sharing the port), 10 database connections each',
    );
    // Judged on every kind of search at ten clients: a slow distinct run fails it too.
    const slowDistinct = report(45);
    slowDistinct.levels[1]!.p99 = 70;
    expect(meetsTarget(slowDistinct)).toBe(false);
  });

  it('writes the machine, the data sizes, a row per kind of search and concurrency, and the query mix', () => {
    const section = renderPoolSection(report(45));
    expect(section).toContain('2 cores (Test CPU), 24 GiB RAM, Node v20.20.2, PostgreSQL 18.0');
    expect(section).toContain('200,000 synthetic people and 20,000 organisations (seed 42)');
    expect(section).toContain('| repeated | 10 | 30 s | 9000 | 300.0 | 20 ms | 30 ms | 45 ms | 80 ms | 0 |');
    expect(section).toContain('| distinct | 10 | 30 s | 6000 | 200.0 | 25 ms | 30 ms | 40 ms | 90 ms | 0 |');
    expect(section).toContain('from 20,000 made up of words and names with filters');
    expect(section).toContain('| Hebrew word | `{"search":"חינוך"}` | 119000 | 900 ms |');
  });

  it("reads an operation, fragments included, from the web's generated documents", () => {
    const document = {
      kind: 'Document',
      definitions: [
        {
          kind: 'OperationDefinition',
          operation: 'query',
          name: { kind: 'Name', value: 'Ping' },
          selectionSet: {
            kind: 'SelectionSet',
            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'ping' } }],
          },
        },
      ],
    };
    const source = `export const PingDocument = ${JSON.stringify(document)} as unknown as DocumentNode<PingQuery, PingQueryVariables>;`;
    expect(operationFromGenerated(source, 'Ping')).toBe('query Ping {\n  ping\n}');
    expect(() => operationFromGenerated(source, 'Pong')).toThrow('No PongDocument');
  });
});

describe("the partnerships dashboard's section of docs/benchmarks.md", () => {
  const partnerships = (count: number, p99s: number[], errors = 0): PartnershipsBenchReport => ({
    date: '2026-12-03 10:00 UTC',
    machine: { cores: 2, cpuModel: 'Test CPU', memoryGiB: 24, node: 'v20.20.2', postgres: '18.0' },
    loadAverage: { before: 0.1, after: 1.9 },
    data: { partnerships: count, synthetic: count - 7, seed: 42, rollupRows: 3_000_000 },
    apiPoolSize: 10,
    apiProcesses: 1,
    warmupSeconds: 10,
    mix: [{ label: 'a direction', filter: { direction: 3 }, total: 400_000, aloneMs: 35 }],
    levels: p99s.map((p99, k) => ({
      connections: [10, 50][k]!,
      seconds: 30,
      requests: 6000,
      requestsPerSecond: 200,
      p50: 20,
      p90: 40,
      p99,
      max: 150,
      errors,
    })),
    targetP99Ms: 100,
    targetConnections: 10,
    targetPartnerships: 1_000_000,
  });

  it('judges p99 at 10 clients, on a million partnerships or more, with no errors at any concurrency', () => {
    expect(meetsPartnershipsTarget(partnerships(1_000_007, [60, 95]))).toBe(true);
    expect(meetsPartnershipsTarget(partnerships(1_000_007, [60, 120]))).toBe(true);
    expect(meetsPartnershipsTarget(partnerships(1_000_007, [120, 95]))).toBe(false);
    expect(meetsPartnershipsTarget(partnerships(1_000_007, [60, 95], 1))).toBe(false);
    expect(meetsPartnershipsTarget(partnerships(20_007, [60, 95]))).toBe(false);
    expect(meetsPartnershipsTarget(partnerships(1_000_007, []))).toBe(false);
    expect(renderPartnershipsSection(partnerships(20_007, [60, 95]))).toContain(
      '**Not judged**: measured on 20,007 partnerships, not 1,000,000 (p99 60 ms). At 50 clients p99 95 ms, within it.',
    );
    expect(renderPartnershipsSection(partnerships(1_000_007, [60, 245]))).toContain(
      '**Target**: p99 ≤ 100 ms at 10 clients over 1,000,000 partnerships. **Met** (p99 60 ms). At 50 clients p99 245 ms, above it.',
    );
    expect(renderPartnershipsSection(partnerships(1_000_007, [120, 245]))).toContain(
      '**Not met** (p99 120 ms). At 50 clients p99 245 ms, above it.',
    );
  });

  it('says how many API processes served', () => {
    expect(renderPartnershipsSection(partnerships(1_000_007, [60, 95]))).toContain(
      'one process of its own, 10 database connections each',
    );
  });

  it('replaces its own section and leaves the pool’s alone', () => {
    const markers = [PARTNERSHIPS_SECTION_START, PARTNERSHIPS_SECTION_END] as const;
    const pool = replaceSection('# Benchmarks\n', 'pool numbers');
    const once = replaceSection(pool, 'first run', markers);
    const twice = replaceSection(once, 'second run', markers);
    expect(twice).toContain(`${POOL_SECTION_START}\npool numbers\n${POOL_SECTION_END}`);
    expect(twice).toContain(`${PARTNERSHIPS_SECTION_START}\nsecond run\n${PARTNERSHIPS_SECTION_END}`);
    expect(twice).not.toContain('first run');
  });
});
