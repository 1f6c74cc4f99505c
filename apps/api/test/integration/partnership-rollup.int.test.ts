import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource, EntityManager } from 'typeorm';
import { DISTRICT_CODES } from '@roundtable/shared/districts';
import { dateInIsrael } from '@roundtable/shared/forums';
import { PARTNERSHIP_STATUSES } from '@roundtable/shared/partnerships';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import { createDataSource } from '../../src/database/data-source.js';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { directDashboardRow } from '../../src/modules/partnerships/partnership-dashboard.direct.js';
import {
  PartnershipDashboardService,
  dashboardFromRow,
  type DashboardRow,
} from '../../src/modules/partnerships/partnership-dashboard.service.js';
import type { PartnershipDashboardFilter } from '../../src/modules/partnerships/partnership-dashboard.types.js';
import { TestClock } from '../support/calls.js';
import { createAccount, type TestAccount } from '../support/identity.js';
import {
  CREATE_PARTNERSHIP,
  REPORT,
  UPDATE_PARTNERSHIP,
  createOrganisation,
  partnershipInput,
} from '../support/partnerships.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** A small seeded generator (mulberry32): the same seed gives the same run, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const some = <T>(items: readonly T[], max: number): T[] => {
    const chosen = new Set<T>();
    for (let n = int(0, max); n > 0; n -= 1) chosen.add(pick(items));
    return [...chosen];
  };
  const day = (fromYear: number, toYear: number) =>
    `${int(fromYear, toYear)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  return { next, int, pick, some, day, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

const MONTH_ENDS = ['2029-12-31', '2030-02-28', '2030-06-30', '2031-01-31'];
const MONTH_STARTS = ['2029-01-01', '2030-03-01', '2030-07-01', '2031-02-01'];

/** Filters of every kind: none, each dimension, combinations, periods of whole and partial months, open ends. */
function filters(r: Random, count: number): PartnershipDashboardFilter[] {
  const fixed: PartnershipDashboardFilter[] = [
    {},
    { direction: 3 },
    { district: 'NORTH' },
    { sector: 'LOCAL_GOVERNMENT' },
    { from: '2030-01-01', to: '2030-03-31' },
    { from: '2030-01-15', to: '2030-01-20' },
    { from: '2029-11-30', to: '2030-02-01' },
    { from: '2030-05-02' },
    { to: '2030-05-30' },
    { direction: 5, district: 'HAIFA', sector: 'BUSINESS', from: '2029-06-15', to: '2031-03-03' },
  ];
  const random: PartnershipDashboardFilter[] = Array.from({ length: count }, () => {
    const filter: PartnershipDashboardFilter = {};
    if (r.chance(0.4)) filter.direction = r.int(1, 7);
    if (r.chance(0.4)) filter.district = r.pick(DISTRICT_CODES);
    if (r.chance(0.4)) filter.sector = r.pick(SECTOR_CODES);
    const ends = [
      r.chance(0.3) ? r.pick(MONTH_STARTS) : r.day(2028, 2031),
      r.chance(0.3) ? r.pick(MONTH_ENDS) : r.day(2028, 2031),
    ];
    ends.sort();
    if (r.chance(0.5)) filter.from = ends[0];
    if (r.chance(0.5)) filter.to = ends[1];
    return filter;
  });
  return [...fixed, ...random];
}

describe('the partnerships rollup', () => {
  const clock = new TestClock(new Date('2030-07-01T09:00:00.000Z'));
  let db: TestDatabase;
  let server: TestServer;
  let pmo: TestAccount;
  let service: PartnershipDashboardService;
  let clusters: string[];
  let organisations: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
    server = await startTestServer(db.dataSource, { RATE_LIMIT_REQUESTS_PER_MINUTE: '100000' }, { clock });
    pmo = await createAccount(db.dataSource, [{ role: 'PMO_ANALYST' }]);
    service = new PartnershipDashboardService(db.dataSource, clock);
    clusters = (await db.dataSource.query(`SELECT id FROM cluster ORDER BY slug`)).map((row: { id: string }) => row.id);
    organisations = [];
    for (const sector of SECTOR_CODES) {
      for (let n = 0; n < 2; n += 1) organisations.push(await createOrganisation(db.dataSource, sector));
    }
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  const today = () => dateInIsrael(clock.now());

  /** The direct count of the same filter on the same day: the reference. */
  async function direct(filter: PartnershipDashboardFilter) {
    const row = await directDashboardRow(
      (sql, parameters) => db.dataSource.query(sql, parameters) as Promise<DashboardRow[]>,
      filter,
      today(),
    );
    return dashboardFromRow(row, today());
  }

  async function expectAgreement(filterList: PartnershipDashboardFilter[]) {
    for (const filter of filterList) {
      const fromRollup = await service.dashboard(filter);
      expect({ filter, ...fromRollup }).toEqual({ filter, ...(await direct(filter)) });
    }
  }

  /** The rollup's rows as kept, and as a rebuild from nothing makes them (rolled back): the same. */
  async function expectRollupAsRebuilt(dataSource: DataSource = db.dataSource) {
    const rows = `SELECT f_direction, f_district, f_sector, began_month::text, figure, key, count FROM partnership_rollup
                   WHERE count <> 0 ORDER BY 1, 2, 3, 4, 5, 6`;
    const days = `SELECT began_on::text, figure, key, count FROM partnership_rollup_daily WHERE count <> 0 ORDER BY 1, 2, 3`;
    const years = `SELECT f_direction, f_district, f_sector, began_year::text, figure, key, count FROM partnership_rollup_yearly
                    WHERE count <> 0 ORDER BY 1, 2, 3, 4, 5, 6`;
    const signatures = `SELECT partnership_id, began_on::text, directions, districts, sectors, sdgs, light, rollup_keys
                          FROM partnership_signature ORDER BY 1`;
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const kept = await runner.query(rows);
      const keptYears = await runner.query(years);
      const keptDays = await runner.query(days);
      const keptSignatures = await runner.query(signatures);
      const [{ day }] = await runner.query(`SELECT partnership_rollup_day()::text AS day`);
      await runner.query(`SELECT partnership_rollup_rebuild($1::date)`, [day]);
      expect(kept).toEqual(await runner.query(rows));
      expect(keptYears).toEqual(await runner.query(years));
      expect(keptDays).toEqual(await runner.query(days));
      expect(keptSignatures).toEqual(await runner.query(signatures));
      expect(kept.length).toBeGreaterThan(0);
      expect(keptYears.length).toBeGreaterThan(0);
      expect(keptDays.length).toBeGreaterThan(0);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  async function insertPartnership(r: Random, manager: EntityManager | DataSource = db.dataSource): Promise<string> {
    const cluster = r.chance(0.3) ? r.pick(clusters) : null;
    const [{ id }] = await manager.query(
      `INSERT INTO partnership (kind, cluster_id, title_he, status, start_on, reporting_period_months, created_at)
       VALUES ($1, $2, 'שותפות', $3, $4, $5, $6) RETURNING id`,
      [
        cluster ? 'INTER_MUNICIPAL' : 'CROSS_SECTOR',
        cluster,
        r.pick(PARTNERSHIP_STATUSES),
        r.chance(0.2) ? null : r.day(2028, 2031),
        r.chance(0.2) ? null : r.int(1, 12),
        `${r.day(2028, 2031)}T${String(r.int(0, 23)).padStart(2, '0')}:30:00Z`,
      ],
    );
    for (const direction of r.some([1, 2, 3, 4, 5, 6, 7], 3))
      await manager.query(`INSERT INTO partnership_direction VALUES ($1, $2)`, [id, direction]);
    for (const district of r.some(DISTRICT_CODES, 2))
      await manager.query(`INSERT INTO partnership_district VALUES ($1, $2)`, [id, district]);
    for (const sdg of r.some(
      Array.from({ length: 17 }, (_, k) => k + 1),
      3,
    ))
      await manager.query(`INSERT INTO partnership_sdg VALUES ($1, $2)`, [id, sdg]);
    for (const organisation of r.some(organisations, 3))
      await manager.query(
        `INSERT INTO partnership_partner (partnership_id, organisation_id, role) VALUES ($1, $2, 'PARTNER')`,
        [id, organisation],
      );
    for (let n = r.int(0, 2); n > 0; n -= 1)
      await manager.query(
        `INSERT INTO partnership_milestone (partnership_id, title_he, due_on, is_done) VALUES ($1, 'אבן דרך', $2, $3)`,
        [id, r.chance(0.1) ? null : r.day(2029, 2031), r.chance(0.3)],
      );
    for (let n = r.int(0, 2); n > 0; n -= 1) await report(r, id, manager);
    return id;
  }

  async function report(r: Random, id: string, manager: EntityManager | DataSource = db.dataSource) {
    await manager.query(
      `INSERT INTO progress_report (partnership_id, reported_on, text_he, submitted_by_account_id, idempotency_key)
       VALUES ($1, $2, 'דיווח', $3, $4)`,
      [id, r.day(2029, 2031), pmo.id, randomUUID()],
    );
  }

  async function partnershipIds(): Promise<string[]> {
    return (await db.dataSource.query(`SELECT id FROM partnership ORDER BY id`)).map((row: { id: string }) => row.id);
  }

  /** One random write of the kinds that move figures, straight to the tables (the triggers see every path). */
  async function randomWrite(
    r: Random,
    manager: EntityManager | DataSource,
    id: string,
    { deletes = true, organisations: changeOrganisations = true } = {},
  ): Promise<'deleted' | void> {
    const q = (sql: string, parameters: unknown[] = []) => manager.query(sql, parameters);
    let kind = r.int(deletes ? 0 : 1, 15);
    if (kind === 8 && !changeOrganisations) kind = 9;
    switch (kind) {
      case 0:
        await q(`DELETE FROM partnership WHERE id = $1`, [id]);
        return 'deleted';
      case 1:
        await q(`INSERT INTO partnership_direction VALUES ($1, $2) ON CONFLICT DO NOTHING`, [id, r.int(1, 7)]);
        return;
      case 2:
        await q(`DELETE FROM partnership_direction WHERE partnership_id = $1 AND direction_number = $2`, [
          id,
          r.int(1, 7),
        ]);
        return;
      case 3:
        await q(`INSERT INTO partnership_district VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
          id,
          r.pick(DISTRICT_CODES),
        ]);
        return;
      case 4:
        await q(`DELETE FROM partnership_district WHERE partnership_id = $1`, [id]);
        return;
      case 5:
        await q(`INSERT INTO partnership_sdg VALUES ($1, $2) ON CONFLICT DO NOTHING`, [id, r.int(1, 17)]);
        return;
      case 6:
        await q(
          `INSERT INTO partnership_partner (partnership_id, organisation_id, role) VALUES ($1, $2, 'FUNDER') ON CONFLICT DO NOTHING`,
          [id, r.pick(organisations)],
        );
        return;
      case 7:
        await q(`DELETE FROM partnership_partner WHERE partnership_id = $1 AND organisation_id = $2`, [
          id,
          r.pick(organisations),
        ]);
        return;
      case 8:
        await q(`UPDATE organisation SET sector_code = $2 WHERE id = $1`, [
          r.pick(organisations),
          r.pick(SECTOR_CODES),
        ]);
        return;
      case 9:
        await q(`UPDATE partnership SET status = $2 WHERE id = $1`, [id, r.pick(PARTNERSHIP_STATUSES)]);
        return;
      case 10:
        if (r.chance(0.3)) {
          // Another day of the same month: only the daily counts and the signature move.
          await q(
            `UPDATE partnership SET start_on = (date_trunc('month', coalesce(start_on, (created_at AT TIME ZONE 'Asia/Jerusalem')::date))
                                                + make_interval(days => $2))::date, end_on = NULL WHERE id = $1`,
            [id, r.int(0, 27)],
          );
          return;
        }
        await q(`UPDATE partnership SET start_on = $2, end_on = NULL WHERE id = $1`, [
          id,
          r.chance(0.3) ? null : r.day(2028, 2031),
        ]);
        return;
      case 11:
        await q(`UPDATE partnership SET reporting_period_months = $2 WHERE id = $1`, [
          id,
          r.chance(0.3) ? null : r.int(1, 12),
        ]);
        return;
      case 12: {
        const cluster = r.chance(0.5) ? r.pick(clusters) : null;
        await q(`UPDATE partnership SET cluster_id = $2, kind = $3 WHERE id = $1`, [
          id,
          cluster,
          cluster ? 'INTER_MUNICIPAL' : 'CROSS_SECTOR',
        ]);
        return;
      }
      case 13:
        await report(r, id, manager);
        return;
      case 14:
        await q(`INSERT INTO partnership_milestone (partnership_id, title_he, due_on) VALUES ($1, 'אבן דרך', $2)`, [
          id,
          r.day(2029, 2031),
        ]);
        return;
      default:
        await q(
          `UPDATE partnership_milestone SET is_done = NOT is_done, due_on = $2
            WHERE id = (SELECT id FROM partnership_milestone WHERE partnership_id = $1 LIMIT 1)`,
          [id, r.day(2029, 2031)],
        );
    }
  }

  it(
    'agrees with the direct count under every filter, through random writes, deletes and clock moves',
    { timeout: 180_000 },
    async () => {
      const r = random(20_301);
      for (let n = 0; n < 40; n += 1) await insertPartnership(r);
      await expectAgreement(filters(r, 10));
      for (let round = 0; round < 6; round += 1) {
        let ids = await partnershipIds();
        const write = async (manager: EntityManager | DataSource) => {
          const id = r.pick(ids);
          if ((await randomWrite(r, manager, id)) === 'deleted') ids = ids.filter((other) => other !== id);
        };
        for (let n = 0; n < 15; n += 1) await write(db.dataSource);
        // Several writes in one transaction, and a savepoint rolled back: only what commits counts.
        await db.dataSource.transaction(async (manager) => {
          for (let n = 0; n < 4; n += 1) await write(manager);
          await insertPartnership(r, manager);
          await manager.query('SAVEPOINT undone');
          await manager.query(`DELETE FROM partnership WHERE id = $1`, [r.pick(ids)]);
          await insertPartnership(r, manager);
          await manager.query('ROLLBACK TO SAVEPOINT undone');
        });
        await insertPartnership(r);
        // The clock forwards, backwards and on the edges of months.
        clock.set(`${r.day(2029, 2032)}T${r.pick(['06', '21', '23'])}:30:00.000Z`);
        await expectAgreement(filters(r, 12));
      }
      await expectRollupAsRebuilt();
      // The catch-up of lights in batches: three at a time until fewer come back, then as rebuilt.
      clock.set('2033-01-15T09:00:00.000Z');
      let batches = 0;
      for (let moved = 3; moved === 3; batches += 1) {
        [{ moved }] = await db.dataSource.query(`SELECT partnership_rollup_lights('2033-01-15', 3) AS moved`);
      }
      expect(batches).toBeGreaterThan(2);
      await expectRollupAsRebuilt();
      await expectAgreement(filters(r, 4));
    },
  );

  it('moves the figures when a write goes through the API', async () => {
    clock.set('2030-07-01T09:00:00.000Z');
    const before = await service.dashboard({ direction: 6, district: 'SOUTH' });
    const [organisation] = organisations;
    const created = await server.graphql(
      CREATE_PARTNERSHIP,
      {
        input: partnershipInput(null, {
          startOn: '2030-03-10',
          reportingPeriodMonths: 2,
          directions: [6],
          districts: ['SOUTH'],
          partners: [{ organisationId: organisation, role: 'LEAD' }],
        }),
      },
      { token: pmo.token },
    );
    expect(created.errors).toBeUndefined();
    const id = (created.data as Record<string, { id: string }>)['createPartnership']!.id;
    const after = await service.dashboard({ direction: 6, district: 'SOUTH' });
    expect(after.total).toBe(before.total + 1);
    expect(after.statusLights.find((l) => l.light === 'OVERDUE')!.count).toBe(
      before.statusLights.find((l) => l.light === 'OVERDUE')!.count + 1,
    );
    const reported = await server.graphql(
      REPORT,
      { input: { partnershipId: id, reportedOn: '2030-06-20', text: { he: 'דיווח' }, idempotencyKey: randomUUID() } },
      { token: pmo.token },
    );
    expect(reported.errors).toBeUndefined();
    const updated = await server.graphql(
      UPDATE_PARTNERSHIP,
      { input: { partnershipId: id, directions: [6, 2] } },
      { token: pmo.token },
    );
    expect(updated.errors).toBeUndefined();
    const last = await service.dashboard({ direction: 2, district: 'SOUTH' });
    expect(last).toEqual(await direct({ direction: 2, district: 'SOUTH' }));
    expect((await service.dashboard({ direction: 6, district: 'SOUTH' })).statusLights).toEqual(
      (await direct({ direction: 6, district: 'SOUTH' })).statusLights,
    );
  });

  it(
    'stays right under concurrent writers, to different partnerships and to the same one',
    { timeout: 120_000 },
    async () => {
      clock.set('2030-07-01T09:00:00.000Z');
      const r = random(77);
      for (let n = 0; n < 30; n += 1) await insertPartnership(r);
      // A pool of its own, wide enough for every writer at once.
      const wide = createDataSource({ url: db.url, poolSize: 24 });
      await wide.initialize();
      try {
        const ids = await partnershipIds();
        const shared = ids[0]!;
        const writes = (seed: number, id: string) => async () => {
          const w = random(seed);
          await wide.transaction(async (manager) => {
            // As every write of the service does: the partnership's row first, so writers of one
            // partnership queue rather than lock its rows in different orders.
            await manager.query(`SELECT id FROM partnership WHERE id = $1 FOR UPDATE`, [id]);
            for (let n = 0; n < 3; n += 1) await randomWrite(w, manager, id, { deletes: false, organisations: false });
            await manager.query(`INSERT INTO partnership_direction VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
              id,
              w.int(1, 7),
            ]);
          });
        };
        const different = ids.slice(1, 21).map((id, k) => writes(1000 + k, id));
        const same = Array.from({ length: 20 }, (_, k) => writes(2000 + k, shared));
        const creators = Array.from({ length: 5 }, (_, k) => async () => {
          await wide.transaction((manager) => insertPartnership(random(3000 + k), manager));
        });
        const deletes = ids.slice(21, 26).map((id) => async () => {
          await wide.query(`DELETE FROM partnership WHERE id = $1`, [id]);
        });
        const sectors = Array.from({ length: 5 }, (_, k) => async () => {
          await wide.query(`UPDATE organisation SET sector_code = $2 WHERE id = $1`, [
            organisations[k % organisations.length],
            SECTOR_CODES[(k + 2) % SECTOR_CODES.length] as SectorCode,
          ]);
        });
        const results = await Promise.allSettled(
          [...different, ...same, ...creators, ...deletes, ...sectors].map((task) => task()),
        );
        expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
      } finally {
        await wide.destroy();
      }
      await expectRollupAsRebuilt();
      await expectAgreement(filters(r, 8));
    },
  );
});
