/**
 * Made-up partnerships for development and the dashboard's benchmark (issue #7 item 6,
 * docs/partnerships.md "Scale"): pure and deterministic. A chunk of rows depends only on the seed,
 * the chunk's number and the organisations it may draw partners from; no clock is read (dates are
 * spread over 2014–2026 around a fixed reference day), so the same seed gives the same rows.
 */
import type { DistrictCode } from '@roundtable/shared/districts';
import { addMonths, type PartnershipStatus } from '@roundtable/shared/partnerships';
import { EXPERTISE, INTERESTS } from '../pool/synthetic-pool.vocabulary.js';

export const SYNTHETIC_PARTNERSHIP_DEFAULTS = { seed: 42, count: 1_000_000 } as const;
/** Rows made and written at once: one transaction each. */
export const SYNTHETIC_PARTNERSHIP_CHUNK = 1000;
/** "Today" for the made-up reports and milestones, fixed so that reruns give the same rows. */
export const SYNTHETIC_REFERENCE_DAY = '2026-12-01';
const FIRST_DAY = '2014-01-01';
/** Reports name no account (the column has no foreign key, as a report outlives its author): the nil UUID, which none has. */
export const SYNTHETIC_REPORTER = '00000000-0000-0000-0000-000000000000';

export interface SyntheticPartnership {
  seedKey: string;
  kind: 'CROSS_SECTOR' | 'INTER_MUNICIPAL';
  /** An index into the clusters given, or null. */
  cluster: number | null;
  title: { he: string; ar: string; en: string };
  status: PartnershipStatus;
  startOn: string | null;
  /** When it was registered here (UTC, at 08:00, so its day in Israel is the same). */
  createdAt: string;
  reportingPeriodMonths: number | null;
  directions: number[];
  districts: DistrictCode[];
  sdgs: number[];
  /** Indexes into the organisations given, distinct; the first leads. */
  partners: number[];
  milestones: { dueOn: string; isDone: boolean }[];
  reports: string[];
}

/** A small, fast seeded generator (mulberry32), one per chunk. */
function generator(seed: number, chunk: number) {
  let state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(chunk + 1, 0xc2b2ae35)) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const weighted = <T>(choices: readonly (readonly [T, number])[]): T => {
    let r = next() * choices.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [value, weight] of choices) {
      r -= weight;
      if (r < 0) return value;
    }
    return choices.at(-1)![0];
  };
  const distinct = (count: number, pick: () => number) => {
    const chosen = new Set<number>();
    for (let guard = 0; chosen.size < count && guard < count * 10; guard += 1) chosen.add(pick());
    return [...chosen];
  };
  return { next, int, weighted, distinct };
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const REFERENCE = dayNumber(SYNTHETIC_REFERENCE_DAY);
const FIRST = dayNumber(FIRST_DAY);

/** Assumed shares, not statistics: most are active, and every light occurs. */
const STATUSES = [
  ['ACTIVE', 60],
  ['PLANNING', 12],
  ['COMPLETED', 15],
  ['IDEA', 8],
  ['PAUSED', 5],
] as const;
const LIGHTS = [
  ['ON_TRACK', 45],
  ['AT_RISK', 15],
  ['OVERDUE', 17],
  ['INACTIVE', 23],
] as const;
/** More partnerships where more people live and work. */
const DISTRICT_WEIGHTS: readonly (readonly [DistrictCode, number])[] = [
  ['NORTH', 18],
  ['HAIFA', 13],
  ['CENTER', 22],
  ['TEL_AVIV', 17],
  ['JERUSALEM', 13],
  ['SOUTH', 14],
  ['JUDEA_AND_SAMARIA', 3],
];
const PERIODS = [
  [null, 12],
  [1, 8],
  [3, 40],
  [6, 28],
  [12, 12],
] as const;
const THEMES = [...EXPERTISE, ...INTERESTS];

/**
 * The partnerships of one chunk (indexes chunk × SYNTHETIC_PARTNERSHIP_CHUNK onwards, at most
 * `count` in all), drawing partners from `organisations` and clusters from `clusters` (counts).
 */
export function syntheticPartnershipsChunk(
  seed: number,
  chunk: number,
  count: number,
  organisations: number,
  clusters: number,
): SyntheticPartnership[] {
  if (organisations < 4)
    throw new RangeError('Synthetic partnerships need at least 4 organisations to draw partners from.');
  const random = generator(seed, chunk);
  const first = chunk * SYNTHETIC_PARTNERSHIP_CHUNK;
  const last = Math.min(count, first + SYNTHETIC_PARTNERSHIP_CHUNK);
  const rows: SyntheticPartnership[] = [];
  for (let index = first; index < last; index += 1) {
    const began = random.int(FIRST, REFERENCE - 1);
    const knownStart = random.next() < 0.9;
    const status = random.weighted(STATUSES);
    const period = random.weighted(PERIODS);
    const cluster = clusters > 0 && random.next() < 0.15 ? random.int(0, clusters - 1) : null;
    const theme = THEMES[random.int(0, THEMES.length - 1)]!;
    const reports: number[] = [];
    const milestones: { due: number; isDone: boolean }[] = [];
    if (status === 'ACTIVE' || status === 'PLANNING') {
      // Aim for a light, then make the reports and milestones that give it on the reference day.
      const light = random.weighted(LIGHTS);
      const periodDays = dayNumber(addMonths(SYNTHETIC_REFERENCE_DAY, -(period ?? 11))) - REFERENCE;
      const yearAgo = dayNumber(addMonths(SYNTHETIC_REFERENCE_DAY, -12));
      let last: number | null;
      if (light === 'INACTIVE') last = began < yearAgo ? random.int(began, yearAgo - 1) : null;
      else if (light === 'OVERDUE' && period !== null && began < REFERENCE + periodDays - 1)
        last = random.int(Math.max(began, yearAgo + 1), REFERENCE + periodDays - 1);
      else last = random.int(Math.max(began, REFERENCE + periodDays + 1), REFERENCE);
      if (last !== null && last >= began) {
        for (let n = random.int(0, 2); n > 0; n -= 1) reports.push(random.int(began, last));
        reports.push(last);
      }
      if (light === 'AT_RISK' && began < REFERENCE - 1)
        milestones.push({ due: random.int(began, REFERENCE - 2), isDone: false });
      for (let n = random.int(0, 2); n > 0; n -= 1) {
        milestones.push(
          random.next() < 0.5
            ? { due: random.int(began, REFERENCE), isDone: true }
            : { due: random.int(REFERENCE + 1, REFERENCE + 540), isDone: false },
        );
      }
    } else if (status !== 'IDEA') {
      for (let n = random.int(0, 3); n > 0; n -= 1) reports.push(random.int(began, REFERENCE));
      for (let n = random.int(0, 2); n > 0; n -= 1)
        milestones.push({ due: random.int(began, REFERENCE + 365), isDone: random.next() < 0.6 });
    }
    const directions = random.distinct(
      random.weighted([
        [1, 45],
        [2, 35],
        [3, 20],
      ] as const),
      () => random.int(1, 7),
    );
    const districts = [
      ...new Set(
        Array.from(
          {
            length: random.weighted([
              [1, 70],
              [2, 30],
            ] as const),
          },
          () => random.weighted(DISTRICT_WEIGHTS),
        ),
      ),
    ];
    const sdgs = random.distinct(random.int(1, 3), () => random.int(1, 17));
    const partners = random.distinct(
      random.weighted([
        [2, 40],
        [3, 40],
        [4, 20],
      ] as const),
      () => random.int(0, organisations - 1),
    );
    rows.push({
      seedKey: `synthetic:${seed}:${index}`,
      kind: cluster === null ? 'CROSS_SECTOR' : 'INTER_MUNICIPAL',
      cluster,
      title: {
        he: `${theme.he} – מיזם סינתטי ${index + 1}`,
        ar: `${theme.ar} – مشروع اصطناعي ${index + 1}`,
        en: `${theme.en[0]!.toUpperCase()}${theme.en.slice(1)} – synthetic partnership ${index + 1}`,
      },
      status,
      startOn: knownStart ? dayOf(began) : null,
      createdAt: `${dayOf(knownStart ? Math.min(began + random.int(0, 60), REFERENCE) : began)}T08:00:00.000Z`,
      reportingPeriodMonths: period,
      directions: directions.sort((a, b) => a - b),
      districts,
      sdgs: sdgs.sort((a, b) => a - b),
      partners,
      milestones: milestones.map(({ due, isDone }) => ({ dueOn: dayOf(due), isDone })),
      reports: [...new Set(reports)].sort((a, b) => a - b).map(dayOf),
    });
  }
  return rows;
}

export function syntheticPartnershipChunks(count: number): number {
  return Math.ceil(count / SYNTHETIC_PARTNERSHIP_CHUNK);
}
