import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { directDashboardRow } from '../../src/modules/partnerships/partnership-dashboard.direct.js';
import {
  PartnershipDashboardService,
  dashboardFromRow,
  type DashboardRow,
} from '../../src/modules/partnerships/partnership-dashboard.service.js';
import {
  SYNTHETIC_PARTNERSHIP_CHUNK,
  SYNTHETIC_REFERENCE_DAY,
} from '../../src/modules/partnerships/synthetic-partnerships.js';
import {
  SyntheticPartnershipsRefused,
  generateSyntheticPartnerships,
  removeSyntheticPartnerships,
} from '../../src/modules/partnerships/synthetic-partnerships.service.js';
import { generateSyntheticPool, removeSyntheticPool } from '../../src/modules/pool/synthetic-pool.service.js';
import { TestClock } from '../support/calls.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** Everything a seed decides, without ids and timestamps, in a stable order. */
const SNAPSHOT = `
  SELECT json_agg(json_build_array(p.seed_key, p.kind, c.slug, p.title_he, p.title_ar, p.title_en, p.status, p.start_on,
      p.created_at, p.reporting_period_months,
      array(SELECT direction_number FROM partnership_direction WHERE partnership_id = p.id ORDER BY 1),
      array(SELECT district_code FROM partnership_district WHERE partnership_id = p.id ORDER BY 1),
      array(SELECT sdg_number FROM partnership_sdg WHERE partnership_id = p.id ORDER BY 1),
      array(SELECT o.registration_number || ':' || pp.role FROM partnership_partner pp JOIN organisation o ON o.id = pp.organisation_id
             WHERE pp.partnership_id = p.id ORDER BY 1),
      array(SELECT m.due_on || ':' || m.is_done FROM partnership_milestone m WHERE m.partnership_id = p.id ORDER BY 1),
      array(SELECT r.reported_on FROM progress_report r WHERE r.partnership_id = p.id ORDER BY 1))
    ORDER BY p.seed_key)::text AS snapshot
  FROM partnership p LEFT JOIN cluster c ON c.id = p.cluster_id WHERE p.is_synthetic`;

describe('synthetic partnerships (npm run generate:partnerships)', () => {
  const clock = new TestClock(new Date(`${SYNTHETIC_REFERENCE_DAY}T09:00:00.000Z`));
  const today = SYNTHETIC_REFERENCE_DAY;
  const count = SYNTHETIC_PARTNERSHIP_CHUNK + 150; // two chunks
  let db: TestDatabase;
  let realCount: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
    await generateSyntheticPool(db.dataSource, { seed: 42, people: 0, organisations: 30 });
    [{ count: realCount }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM partnership`);
  });

  afterAll(async () => {
    await db?.destroy();
  });

  const snapshot = async () => (await db.dataSource.query(SNAPSHOT))[0].snapshot as string;

  it(
    'writes the partnerships of a seed, marked synthetic, with every light, and a rollup that agrees',
    { timeout: 120_000 },
    async () => {
      const report = await generateSyntheticPartnerships(db.dataSource, { seed: 7, count, today });
      expect(report).toEqual({ created: count, alreadyThere: false });
      const [row] = await db.dataSource.query(
        `SELECT count(*) FILTER (WHERE is_synthetic)::int AS synthetic, count(*) FILTER (WHERE NOT is_synthetic)::int AS real,
              count(*) FILTER (WHERE seed_key LIKE 'synthetic:7:%')::int AS keyed,
              (SELECT count(DISTINCT pp.organisation_id)::int FROM partnership_partner pp JOIN organisation o
                 ON o.id = pp.organisation_id WHERE NOT o.is_synthetic AND pp.partnership_id IN
                 (SELECT id FROM partnership WHERE is_synthetic)) AS "realPartners"
         FROM partnership`,
      );
      expect(row).toEqual({ synthetic: count, real: realCount, keyed: count, realPartners: 0 });

      const service = new PartnershipDashboardService(db.dataSource, clock);
      const all = await service.dashboard({});
      for (const light of all.statusLights) expect(light.count, `light ${light.light}`).toBeGreaterThan(count / 50);
      expect(all.byDirection.every((d) => d.count > 0)).toBe(true);
      expect(all.byDistrict.every((d) => d.count > 0)).toBe(true);
      expect(all.byQuarter[0]!.quarter).toBe('2014-Q1');
      for (const filter of [
        {},
        { direction: 2, sector: 'BUSINESS' as const },
        { district: 'SOUTH' as const, from: '2020-03-15' },
      ]) {
        const row = await directDashboardRow(
          (sql, parameters) => db.dataSource.query(sql, parameters) as Promise<DashboardRow[]>,
          filter,
          today,
        );
        expect(await service.dashboard(filter)).toEqual(dashboardFromRow(row, today));
      }
    },
  );

  it(
    'makes the same rows from the same seed, writes nothing when they are there, and removes only them',
    { timeout: 120_000 },
    async () => {
      const first = await snapshot();
      expect(await generateSyntheticPartnerships(db.dataSource, { seed: 7, count, today })).toEqual({
        created: 0,
        alreadyThere: true,
      });
      await expect(generateSyntheticPartnerships(db.dataSource, { seed: 8, count, today })).rejects.toThrow(
        SyntheticPartnershipsRefused,
      );
      // The pool's organisations are their partners: the pool is not removed from under them.
      await expect(removeSyntheticPool(db.dataSource)).rejects.toThrow(/generate:partnerships -- --remove/);
      expect(await removeSyntheticPartnerships(db.dataSource, { today })).toBe(count);
      const [{ left, signatures }] = await db.dataSource.query(
        `SELECT (SELECT count(*)::int FROM partnership) AS left, (SELECT count(*)::int FROM partnership_signature) AS signatures`,
      );
      expect({ left, signatures }).toEqual({ left: realCount, signatures: realCount });
      // Half first, then the rest: the same rows as all at once.
      await generateSyntheticPartnerships(db.dataSource, { seed: 7, count: 200, today });
      await generateSyntheticPartnerships(db.dataSource, { seed: 7, count, today });
      expect(await snapshot()).toBe(first);
      // A run stopped in its rebuild (rows written, counts not): the rerun writes no rows but rebuilds.
      await db.dataSource.query(`TRUNCATE partnership_signature, partnership_rollup`);
      expect(await generateSyntheticPartnerships(db.dataSource, { seed: 7, count, today })).toEqual({
        created: 0,
        alreadyThere: true,
      });
      const [{ total }] = await db.dataSource.query(
        `SELECT sum(count)::int AS total FROM partnership_rollup
          WHERE f_direction = 0 AND f_district = '' AND f_sector = '' AND figure = 'total'`,
      );
      expect(total).toBe(realCount + count);
    },
  );
});
