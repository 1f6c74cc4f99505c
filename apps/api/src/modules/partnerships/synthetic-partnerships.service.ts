import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { SYNTHETIC_DEFAULTS } from '../pool/synthetic-pool.js';
import { generateSyntheticPool } from '../pool/synthetic-pool.service.js';
import {
  SYNTHETIC_PARTNERSHIP_CHUNK,
  SYNTHETIC_REPORTER,
  syntheticPartnershipChunks,
  syntheticPartnershipsChunk,
  type SyntheticPartnership,
} from './synthetic-partnerships.js';

/**
 * Writes the synthetic partnerships (synthetic-partnerships.ts) and removes them (docs/partnerships.md,
 * "Scale"). Every partnership it writes is marked `is_synthetic` and keyed `synthetic:<seed>:<index>`;
 * its partners are the synthetic pool's organisations (made first, people-less, when there are none).
 * The rows go in a chunk per transaction with the rollup's triggers asleep (the session setting
 * `roundtable.partnership_rollup = 'rebuild'`), and the rollup is rebuilt from all partnerships once
 * at the end: one pass instead of a refresh per partnership.
 */

export type SyntheticPartnershipStage = 'organisations' | 'partnerships' | 'rollup' | 'partnerships removed';
export type SyntheticPartnershipProgress = (stage: SyntheticPartnershipStage, done: number, total: number) => void;

export class SyntheticPartnershipsRefused extends Error {}

const LOCK = `hashtext('roundtable:synthetic-partnerships')`;
/** Chunks written at once; the DataSource needs one connection more (the lock's). */
export const PARTNERSHIP_WRITERS = 2;

export interface SyntheticPartnershipsReport {
  created: number;
  alreadyThere: boolean;
}

export async function syntheticPartnershipStatus(
  manager: EntityManager,
): Promise<{ count: number; seeds: number[]; perChunk: Map<number, number> }> {
  const rows: { seed: number; chunk: number; count: number }[] = await manager.query(
    `SELECT split_part(seed_key, ':', 2)::int AS seed,
            split_part(seed_key, ':', 3)::int / ${SYNTHETIC_PARTNERSHIP_CHUNK} AS chunk, count(*)::int AS count
       FROM partnership WHERE is_synthetic GROUP BY 1, 2`,
  );
  return {
    count: rows.reduce((sum, row) => sum + row.count, 0),
    seeds: [...new Set(rows.map((row) => row.seed))].sort((a, b) => a - b),
    perChunk: new Map(rows.map((row) => [row.chunk, row.count])),
  };
}

/**
 * Writes the partnerships of `seed` up to `count` that are not there yet, then rebuilds the rollup
 * with lights as of `today`. A rerun with the same seed and count writes nothing; a larger count
 * adds the rest; an interrupted run goes on where it stopped. Another seed, or fewer than are there,
 * is refused (remove first).
 */
export async function generateSyntheticPartnerships(
  dataSource: DataSource,
  {
    seed,
    count,
    today,
    onProgress,
  }: { seed: number; count: number; today: string; onProgress?: SyntheticPartnershipProgress },
): Promise<SyntheticPartnershipsReport> {
  return withLock(dataSource, async (runner) => {
    const status = await syntheticPartnershipStatus(dataSource.manager);
    const other = status.seeds.filter((s) => s !== seed);
    const removeFirst = 'Remove them first (npm run generate:partnerships -- --remove), or ask for what is there.';
    if (other.length)
      throw new SyntheticPartnershipsRefused(
        `The database holds synthetic partnerships of seed ${other.join(', ')}, not of seed ${seed}. ${removeFirst}`,
      );
    if (status.count > count)
      throw new SyntheticPartnershipsRefused(
        `The database holds ${status.count} synthetic partnerships of seed ${seed}, more than ${count}. ${removeFirst}`,
      );
    if (status.count === count) {
      // A run stopped during the rebuild left the rows without their counts: rebuild then.
      const [{ missing }]: { missing: boolean }[] = await dataSource.query(
        `SELECT (SELECT count(*) FROM partnership) <> (SELECT count(*) FROM partnership_signature) AS missing`,
      );
      if (missing) await rebuildRollup(runner, today, onProgress);
      return { created: 0, alreadyThere: true };
    }

    const organisations = await syntheticOrganisations(dataSource, onProgress);
    const clusters: string[] = (await dataSource.query(`SELECT id FROM cluster ORDER BY slug`)).map(
      (row: { id: string }) => row.id,
    );
    const pending = Array.from({ length: syntheticPartnershipChunks(count) }, (_, chunk) => chunk).filter(
      (chunk) =>
        (status.perChunk.get(chunk) ?? 0) <
        Math.min(SYNTHETIC_PARTNERSHIP_CHUNK, count - chunk * SYNTHETIC_PARTNERSHIP_CHUNK),
    );
    let written = status.count;
    let created = 0;
    onProgress?.('partnerships', written, count);
    const writer = async () => {
      for (let chunk = pending.shift(); chunk !== undefined; chunk = pending.shift()) {
        const rows = syntheticPartnershipsChunk(seed, chunk, count, organisations.length, clusters.length);
        const inserted = await dataSource.transaction((manager) => insertChunk(manager, rows, organisations, clusters));
        created += inserted;
        written += inserted;
        onProgress?.('partnerships', written, count);
      }
    };
    await Promise.all(Array.from({ length: PARTNERSHIP_WRITERS }, writer));
    await rebuildRollup(runner, today, onProgress);
    return { created, alreadyThere: false };
  });
}

/** Deletes every synthetic partnership (their links, milestones and reports go with them), then rebuilds the rollup. */
export async function removeSyntheticPartnerships(
  dataSource: DataSource,
  { today, onProgress }: { today: string; onProgress?: SyntheticPartnershipProgress },
): Promise<number> {
  return withLock(dataSource, async (runner) => {
    const removed = await dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL roundtable.partnership_rollup = 'rebuild'`);
      await manager.query(`SET LOCAL statement_timeout = 0`);
      const [{ count }]: { count: number }[] = await manager.query(
        `WITH gone AS (DELETE FROM partnership WHERE is_synthetic RETURNING 1) SELECT count(*)::int AS count FROM gone`,
      );
      onProgress?.('partnerships removed', count, count);
      return count;
    });
    await rebuildRollup(runner, today, onProgress);
    return removed;
  });
}

/** The synthetic pool's organisations in their seed's order (by registration number); made when missing. */
async function syntheticOrganisations(
  dataSource: DataSource,
  onProgress?: SyntheticPartnershipProgress,
): Promise<string[]> {
  const read = async () =>
    (await dataSource.query(`SELECT id FROM organisation WHERE is_synthetic ORDER BY registration_number, id`)).map(
      (row: { id: string }) => row.id,
    ) as string[];
  const found = await read();
  if (found.length >= 4) return found;
  await generateSyntheticPool(dataSource, {
    seed: SYNTHETIC_DEFAULTS.seed,
    people: 0,
    organisations: SYNTHETIC_DEFAULTS.organisations,
    ...(onProgress ? { onProgress: (_stage, done, total) => onProgress('organisations', done, total) } : {}),
  });
  return read();
}

/** One chunk in one transaction: each table in one INSERT from arrays. Returns how many partnerships it wrote. */
async function insertChunk(
  manager: EntityManager,
  rows: SyntheticPartnership[],
  organisations: string[],
  clusters: string[],
): Promise<number> {
  await manager.query(`SET LOCAL roundtable.partnership_rollup = 'rebuild'`);
  await manager.query(`SET LOCAL statement_timeout = 0`);
  // An interrupted chunk's transaction left nothing, but a chunk may be partly there when a smaller
  // count was asked before: skip the rows already there.
  const there = new Set(
    (
      await manager.query(`SELECT seed_key FROM partnership WHERE seed_key = ANY ($1::text[])`, [
        rows.map((row) => row.seedKey),
      ])
    ).map((row: { seed_key: string }) => row.seed_key),
  );
  const fresh = rows.filter((row) => !there.has(row.seedKey));
  if (fresh.length === 0) return 0;
  const ids = fresh.map(() => randomUUID());
  const column = <T>(pick: (row: SyntheticPartnership) => T) => fresh.map(pick);
  await manager.query(
    `INSERT INTO partnership (id, seed_key, kind, cluster_id, title_he, title_ar, title_en, status, start_on, created_at,
                              updated_at, reporting_period_months, is_synthetic)
     SELECT r.id, r.seed_key, r.kind, r.cluster_id, r.title_he, r.title_ar, r.title_en, r.status, r.start_on, r.created_at,
            r.created_at, r.period, true
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::date[], $10::timestamptz[], $11::smallint[])
            AS r(id, seed_key, kind, cluster_id, title_he, title_ar, title_en, status, start_on, created_at, period)`,
    [
      ids,
      column((row) => row.seedKey),
      column((row) => row.kind),
      column((row) => (row.cluster === null ? null : clusters[row.cluster]!)),
      column((row) => row.title.he),
      column((row) => row.title.ar),
      column((row) => row.title.en),
      column((row) => row.status),
      column((row) => row.startOn),
      column((row) => row.createdAt),
      column((row) => row.reportingPeriodMonths),
    ],
  );
  const pairs = <T>(pick: (row: SyntheticPartnership) => T[]) => {
    const owners: string[] = [];
    const values: T[] = [];
    fresh.forEach((row, k) => {
      for (const value of pick(row)) {
        owners.push(ids[k]!);
        values.push(value);
      }
    });
    return [owners, values] as const;
  };
  await manager.query(
    `INSERT INTO partnership_direction (partnership_id, direction_number) SELECT * FROM unnest($1::uuid[], $2::smallint[])`,
    [...pairs((row) => row.directions)],
  );
  await manager.query(
    `INSERT INTO partnership_district (partnership_id, district_code) SELECT * FROM unnest($1::uuid[], $2::text[])`,
    [...pairs((row) => row.districts)],
  );
  await manager.query(
    `INSERT INTO partnership_sdg (partnership_id, sdg_number) SELECT * FROM unnest($1::uuid[], $2::smallint[])`,
    [...pairs((row) => row.sdgs)],
  );
  const [partnerOwners, partners] = pairs((row) => row.partners.map((partner, k) => ({ partner, k })));
  await manager.query(
    `INSERT INTO partnership_partner (partnership_id, organisation_id, role, added_at)
     SELECT p.partnership_id, p.organisation_id, p.role, now() FROM unnest($1::uuid[], $2::uuid[], $3::text[])
       AS p(partnership_id, organisation_id, role)`,
    [
      partnerOwners,
      partners.map(({ partner }) => organisations[partner]!),
      partners.map(({ k }) => (k === 0 ? 'LEAD' : k === 3 ? 'FUNDER' : 'PARTNER')),
    ],
  );
  const [milestoneOwners, milestones] = pairs((row) => row.milestones);
  await manager.query(
    `INSERT INTO partnership_milestone (partnership_id, title_he, title_en, due_on, is_done, done_on)
     SELECT m.partnership_id, 'אבן דרך', 'Milestone', m.due_on, m.is_done, CASE WHEN m.is_done THEN m.due_on END
       FROM unnest($1::uuid[], $2::date[], $3::boolean[]) AS m(partnership_id, due_on, is_done)`,
    [milestoneOwners, milestones.map((m) => m.dueOn), milestones.map((m) => m.isDone)],
  );
  const [reportOwners, reports] = pairs((row) => row.reports);
  await manager.query(
    `INSERT INTO progress_report (partnership_id, reported_on, text_he, text_en, submitted_by_account_id, idempotency_key)
     SELECT r.partnership_id, r.reported_on, 'דיווח התקדמות סינתטי', 'A synthetic progress report', $3::uuid,
            'synthetic:' || r.reported_on::text
       FROM unnest($1::uuid[], $2::date[]) AS r(partnership_id, reported_on)`,
    [reportOwners, reports, SYNTHETIC_REPORTER],
  );
  return fresh.length;
}

/** The whole rollup again, lights as of `today`, then fresh statistics for the planner. */
async function rebuildRollup(runner: QueryRunner, today: string, onProgress?: SyntheticPartnershipProgress) {
  onProgress?.('rollup', 0, 1);
  await runner.query('SET statement_timeout = 0');
  try {
    // The planner's numbers first: on tables just filled it would not know to use their indexes for
    // the rebuild's look-ups, one partnership at a time.
    for (const table of [
      'partnership',
      'partnership_direction',
      'partnership_district',
      'partnership_sdg',
      'partnership_partner',
      'partnership_milestone',
      'progress_report',
      'organisation',
    ]) {
      await runner.query(`VACUUM (ANALYZE) ${table}`);
    }
    await runner.query(`SELECT partnership_rollup_rebuild($1::date)`, [today]);
    await runner.query(`VACUUM (ANALYZE) partnership_signature`);
    await runner.query(`VACUUM (ANALYZE) partnership_rollup`);
    await runner.query(`VACUUM (ANALYZE) partnership_rollup_yearly`);
    await runner.query(`VACUUM (ANALYZE) partnership_rollup_daily`);
  } finally {
    await runner.query('RESET statement_timeout');
  }
  onProgress?.('rollup', 1, 1);
}

async function withLock<T>(dataSource: DataSource, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }]: { locked: boolean }[] = await runner.query(`SELECT pg_try_advisory_lock(${LOCK}) AS locked`);
    if (!locked)
      throw new SyntheticPartnershipsRefused(
        'Another generate:partnerships is writing or removing synthetic partnerships; wait for it.',
      );
    try {
      return await work(runner);
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(${LOCK})`);
    }
  } finally {
    await runner.release();
  }
}
