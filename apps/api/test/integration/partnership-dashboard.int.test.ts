import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISTRICT_CODES } from '@roundtable/shared/districts';
import { dateInIsrael } from '@roundtable/shared/forums';
import { STATUS_LIGHTS } from '@roundtable/shared/partnerships';
import { SECTOR_CODES } from '@roundtable/shared/sectors';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { TestClock } from '../support/calls.js';
import { createAccount, type TestAccount } from '../support/identity.js';
import { createOrganisation } from '../support/partnerships.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server.js';

type Response = GraphQLResponse<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

const DASHBOARD = `query ($filter: PartnershipDashboardFilter) { partnershipDashboard(filter: $filter) {
  asOf total withoutDirection withoutDistrict sdgsCovered
  byDirection { direction count share } bySector { sector count share } sectorMix { sectorCount count share }
  withBusiness { count share } withLocalGovernment { count share }
  byDistrict { district count share } bySdg { sdg count share }
  byQuarter { quarter startsOn count } statusLights { light count share } } }`;

const ALL = `query ($after: String) { partnerships(first: 25, after: $after) { pageInfo { hasNextPage endCursor } nodes {
  id startOn createdAt statusLight sectors directions { number } districts { code } sdgs { number } } } }`;

interface Row {
  id: string;
  startOn: string | null;
  createdAt: string;
  statusLight: string | null;
  sectors: string[];
  directions: { number: number }[];
  districts: { code: string }[];
  sdgs: { number: number }[];
}

interface Filter {
  direction?: number;
  district?: string;
  sector?: string;
  from?: string;
  to?: string;
}

interface Arrangement {
  cluster?: string | null;
  status?: string;
  startOn?: string | null;
  createdAt?: string;
  period?: number | null;
  directions?: number[];
  districts?: string[];
  sdgs?: number[];
  partners?: string[];
  milestones?: { dueOn: string; done: boolean }[];
  reports?: string[];
}

describe("the PMO unit's partnerships dashboard", () => {
  const clock = new TestClock(new Date('2030-07-01T09:00:00.000Z'));
  let db: TestDatabase;
  let server: TestServer;
  let pmo: TestAccount;
  let haifaBayId: string;
  let org: Record<'BUSINESS' | 'CIVIL_SOCIETY' | 'PHILANTHROPY' | 'LOCAL_GOVERNMENT' | 'ACADEMIA', string>;

  /** A partnership straight into the database, with what the case needs. */
  async function arrange(a: Arrangement): Promise<string> {
    const [{ id }] = await db.dataSource.query(
      `INSERT INTO partnership (kind, cluster_id, title_he, status, start_on, reporting_period_months, created_at)
       VALUES ($1, $2, 'שותפות', $3, $4, $5, $6) RETURNING id`,
      [
        a.cluster ? 'INTER_MUNICIPAL' : 'CROSS_SECTOR',
        a.cluster ?? null,
        a.status ?? 'ACTIVE',
        a.startOn ?? null,
        a.period === undefined ? 3 : a.period,
        a.createdAt ?? '2030-01-10T10:00:00Z',
      ],
    );
    const insert = async (sql: string, values: readonly unknown[]) => {
      for (const value of values) await db.dataSource.query(sql, [id, value]);
    };
    await insert(`INSERT INTO partnership_direction VALUES ($1, $2)`, a.directions ?? []);
    await insert(`INSERT INTO partnership_district VALUES ($1, $2)`, a.districts ?? []);
    await insert(`INSERT INTO partnership_sdg VALUES ($1, $2)`, a.sdgs ?? []);
    await insert(
      `INSERT INTO partnership_partner (partnership_id, organisation_id, role) VALUES ($1, $2, 'PARTNER')`,
      a.partners ?? [],
    );
    for (const m of a.milestones ?? []) {
      await db.dataSource.query(
        `INSERT INTO partnership_milestone (partnership_id, title_he, due_on, is_done) VALUES ($1, 'אבן דרך', $2, $3)`,
        [id, m.dueOn, m.done],
      );
    }
    for (const [index, day] of (a.reports ?? []).entries()) {
      await db.dataSource.query(
        `INSERT INTO progress_report (partnership_id, reported_on, text_he, submitted_by_account_id, idempotency_key)
         VALUES ($1, $2, 'דיווח', $3, $4)`,
        [id, day, pmo.id, `k${index}`],
      );
    }
    return id;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
    server = await startTestServer(db.dataSource, { RATE_LIMIT_REQUESTS_PER_MINUTE: '100000' }, { clock });
    pmo = await createAccount(db.dataSource, [{ role: 'PMO_ANALYST' }]);
    [{ id: haifaBayId }] = await db.dataSource.query(`SELECT id FROM cluster WHERE slug = 'haifa-bay'`);
    org = {
      BUSINESS: await createOrganisation(db.dataSource, 'BUSINESS'),
      CIVIL_SOCIETY: await createOrganisation(db.dataSource, 'CIVIL_SOCIETY'),
      PHILANTHROPY: await createOrganisation(db.dataSource, 'PHILANTHROPY'),
      LOCAL_GOVERNMENT: await createOrganisation(db.dataSource, 'LOCAL_GOVERNMENT'),
      ACADEMIA: await createOrganisation(db.dataSource, 'ACADEMIA'),
    };
    // A spread of partnerships: directions, districts, SDGs, sector mixes, quarters and every light.
    await arrange({
      startOn: '2030-01-15',
      directions: [3],
      districts: ['SOUTH'],
      sdgs: [8, 17],
      partners: [org.BUSINESS, org.CIVIL_SOCIETY],
      reports: ['2030-06-01'],
    });
    await arrange({
      startOn: '2030-02-01',
      directions: [3, 5],
      districts: ['SOUTH', 'NORTH'],
      sdgs: [11],
      partners: [org.BUSINESS, org.LOCAL_GOVERNMENT],
      milestones: [{ dueOn: '2030-05-01', done: false }],
      reports: ['2030-06-15'],
    });
    await arrange({
      cluster: haifaBayId,
      startOn: '2029-11-20',
      directions: [5],
      districts: ['HAIFA'],
      sdgs: [11, 12],
      partners: [org.CIVIL_SOCIETY],
    });
    await arrange({
      cluster: haifaBayId,
      startOn: null,
      createdAt: '2029-08-05T08:00:00Z',
      directions: [],
      districts: [],
      partners: [],
    });
    await arrange({
      startOn: '2029-03-03',
      directions: [1, 7],
      districts: ['CENTER'],
      sdgs: [4],
      partners: [org.PHILANTHROPY, org.ACADEMIA, org.CIVIL_SOCIETY],
      reports: ['2029-05-01'],
    });
    await arrange({
      status: 'COMPLETED',
      startOn: '2028-06-30',
      directions: [6],
      districts: ['JERUSALEM'],
      sdgs: [16],
      partners: [org.BUSINESS],
    });
    await arrange({
      status: 'PLANNING',
      startOn: '2030-06-30',
      period: null,
      directions: [2],
      districts: ['TEL_AVIV'],
      partners: [org.ACADEMIA],
    });
    await arrange({
      status: 'IDEA',
      startOn: null,
      createdAt: '2030-06-30T22:30:00Z',
      directions: [4],
      districts: ['JUDEA_AND_SAMARIA'],
      partners: [],
    });
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  const dashboard = async (filter: Filter = {}, account: TestAccount | null = pmo) =>
    (await server.graphql(DASHBOARD, { filter }, account ? { token: account.token } : {})) as Response;

  /** Every partnership as the API gives it one by one: the figures a dashboard must agree with. */
  async function everyPartnership(): Promise<Row[]> {
    const rows: Row[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Response = (await server.graphql(ALL, { after })) as Response;
      expect(page.errors).toBeUndefined();
      rows.push(...page.data!['partnerships'].nodes);
      if (!page.data!['partnerships'].pageInfo.hasNextPage) return rows;
      after = page.data!['partnerships'].pageInfo.endCursor;
    }
  }

  /** The dashboard computed in the test from the per-partnership answers, by the documented rules. */
  function expected(rows: Row[], filter: Filter) {
    const beganOn = (row: Row) => row.startOn ?? dateInIsrael(new Date(row.createdAt));
    const kept = rows.filter(
      (row) =>
        (!filter.direction || row.directions.some((d) => d.number === filter.direction)) &&
        (!filter.district || row.districts.some((d) => d.code === filter.district)) &&
        (!filter.sector || row.sectors.includes(filter.sector)) &&
        (!filter.from || beganOn(row) >= filter.from) &&
        (!filter.to || beganOn(row) <= filter.to),
    );
    const total = kept.length;
    const of = (count: number) => ({ count, share: total === 0 ? 0 : count / total });
    const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
    const quarters = kept.map((row) => quarterOf(beganOn(row))).sort();
    const byQuarter: { quarter: string; count: number }[] = [];
    if (quarters.length) {
      let [year, q] = quarters[0]!.split('-Q').map(Number) as [number, number];
      for (;;) {
        const quarter = `${year}-Q${q}`;
        byQuarter.push({ quarter, count: quarters.filter((x) => x === quarter).length });
        if (quarter === quarters.at(-1)) break;
        [year, q] = q === 4 ? [year + 1, 1] : [year, q + 1];
      }
    }
    return {
      total,
      byDirection: [1, 2, 3, 4, 5, 6, 7].map((n) => ({
        direction: n,
        ...of(kept.filter((r) => r.directions.some((d) => d.number === n)).length),
      })),
      withoutDirection: kept.filter((r) => r.directions.length === 0).length,
      bySector: SECTOR_CODES.map((sector) => ({
        sector,
        ...of(kept.filter((r) => r.sectors.includes(sector)).length),
      })),
      sectorMix: [0, 1, 2, 3, 4, 5, 6].map((n) => ({
        sectorCount: n,
        ...of(kept.filter((r) => r.sectors.length === n).length),
      })),
      withBusiness: of(kept.filter((r) => r.sectors.includes('BUSINESS')).length),
      withLocalGovernment: of(kept.filter((r) => r.sectors.includes('LOCAL_GOVERNMENT')).length),
      byDistrict: DISTRICT_CODES.map((district) => ({
        district,
        ...of(kept.filter((r) => r.districts.some((d) => d.code === district)).length),
      })),
      withoutDistrict: kept.filter((r) => r.districts.length === 0).length,
      bySdg: Array.from({ length: 17 }, (_, i) => i + 1).map((n) => ({
        sdg: n,
        ...of(kept.filter((r) => r.sdgs.some((s) => s.number === n)).length),
      })),
      sdgsCovered: new Set(kept.flatMap((r) => r.sdgs.map((s) => s.number))).size,
      byQuarter,
      statusLights: [...STATUS_LIGHTS, null].map((light) => ({
        light,
        ...of(kept.filter((r) => r.statusLight === light).length),
      })),
    };
  }

  const FILTERS: Filter[] = [
    {},
    { direction: 3 },
    { direction: 5, sector: 'LOCAL_GOVERNMENT' },
    { district: 'SOUTH' },
    { sector: 'BUSINESS' },
    { sector: 'CIVIL_SOCIETY', from: '2029-06-01' },
    { from: '2030-01-01', to: '2030-03-31' },
    { direction: 7, district: 'CENTER', sector: 'ACADEMIA', from: '2029-01-01', to: '2029-12-31' },
    { district: 'HAIFA', direction: 6 },
  ];

  it('agrees, under every filter and at several moments, with the partnerships one by one', async () => {
    // On the edges too: a report due on 1 September 2030 (the day itself is in time), a year's silence
    // ending on 1 May 2030, a milestone due that day.
    const instants = ['2030-05-01T09:00:00.000Z', '2030-07-01T09:00:00.000Z', '2030-09-01T09:00:00.000Z'];
    for (const instant of [...instants, '2030-09-02T09:00:00.000Z', '2031-07-01T09:00:00.000Z']) {
      clock.set(instant);
      const rows = await everyPartnership();
      for (const filter of FILTERS) {
        const response = await dashboard(filter);
        expect(response.errors).toBeUndefined();
        const { asOf, byQuarter, ...figures } = response.data!['partnershipDashboard'];
        const { byQuarter: quarters, ...want } = expected(rows, filter);
        expect(asOf).toBe(dateInIsrael(new Date(instant)));
        expect({ filter, ...figures }).toEqual({ filter, ...want });
        expect(
          byQuarter.map((q: { quarter: string; count: number }) => ({ quarter: q.quarter, count: q.count })),
        ).toEqual(quarters);
      }
    }
    clock.set('2030-07-01T09:00:00.000Z');
  });

  it('agrees with direct counts in the database', async () => {
    const sql = async (query: string, parameters: unknown[] = []) =>
      (await db.dataSource.query(query, parameters))[0].count as number;
    const all = (await dashboard()).data!['partnershipDashboard'];
    expect(all.total).toBe(await sql(`SELECT count(*)::int AS count FROM partnership`));
    for (const { direction, count } of all.byDirection) {
      expect(count).toBe(
        await sql(
          `SELECT count(DISTINCT partnership_id)::int AS count FROM partnership_direction WHERE direction_number = $1`,
          [direction],
        ),
      );
    }
    for (const { district, count } of all.byDistrict) {
      expect(count).toBe(
        await sql(`SELECT count(*)::int AS count FROM partnership_district WHERE district_code = $1`, [district]),
      );
    }
    for (const { sdg, count } of all.bySdg) {
      expect(count).toBe(await sql(`SELECT count(*)::int AS count FROM partnership_sdg WHERE sdg_number = $1`, [sdg]));
    }
    expect(all.withBusiness.count).toBe(
      await sql(`SELECT count(DISTINCT pp.partnership_id)::int AS count FROM partnership_partner pp
                   JOIN organisation o ON o.id = pp.organisation_id WHERE o.sector_code = 'BUSINESS'`),
    );
    expect(all.withLocalGovernment.count).toBe(
      await sql(`SELECT count(*)::int AS count FROM partnership p WHERE p.cluster_id IS NOT NULL OR EXISTS (
                   SELECT 1 FROM partnership_partner pp JOIN organisation o ON o.id = pp.organisation_id
                    WHERE pp.partnership_id = p.id AND o.sector_code = 'LOCAL_GOVERNMENT')`),
    );
    expect(all.byQuarter.reduce((sum: number, q: { count: number }) => sum + q.count, 0)).toBe(all.total);
    expect(all.statusLights.reduce((sum: number, l: { count: number }) => sum + l.count, 0)).toBe(all.total);
  });

  it('gives the figures the arranged partnerships make, on 1 July 2030', async () => {
    clock.set('2030-07-01T09:00:00.000Z');
    const south = (await dashboard({ district: 'SOUTH' })).data!['partnershipDashboard'];
    expect(south).toMatchObject({
      total: 2,
      withBusiness: { count: 2, share: 1 },
      withLocalGovernment: { count: 1, share: 0.5 },
      sdgsCovered: 3,
      byQuarter: [{ quarter: '2030-Q1', startsOn: '2030-01-01', count: 2 }],
    });
    // The first reported on 1 June (due 1 September): on track; the second's milestone is late.
    expect(south.statusLights.filter((l: { count: number }) => l.count > 0)).toEqual([
      { light: 'ON_TRACK', count: 1, share: 0.5 },
      { light: 'AT_RISK', count: 1, share: 0.5 },
    ]);
    // Registered at 00:30 on 1 July in Israel (30 June in UTC): it began on 1 July, in 2030-Q3.
    const idea = (await dashboard({ direction: 4 })).data!['partnershipDashboard'];
    expect(idea.byQuarter).toEqual([{ quarter: '2030-Q3', startsOn: '2030-07-01', count: 1 }]);
    const none = (await dashboard({ district: 'SOUTH', direction: 6 })).data!['partnershipDashboard'];
    expect(none).toMatchObject({ total: 0, byQuarter: [], withBusiness: { count: 0, share: 0 }, sdgsCovered: 0 });
    expect(none.byDirection).toHaveLength(7);
    expect(none.bySector).toHaveLength(6);
    expect(none.byDistrict).toHaveLength(7);
    expect(none.bySdg).toHaveLength(17);
  });

  it('names every row in the three languages, so one request draws a labelled chart', async () => {
    const response = await server.graphql(
      `{ partnershipDashboard { byDirection { direction title { he en } } bySector { sector name { he ar en } }
         byDistrict { district name { he } } bySdg { sdg title { en } color } } }`,
      {},
      { token: pmo.token },
    );
    expect(response.errors).toBeUndefined();
    const figures = (response as Response).data!['partnershipDashboard'];
    expect(figures.byDirection[2]).toEqual({
      direction: 3,
      title: {
        he: 'שילוב מגזר עסקי בתהליכים רב מגזריים',
        en: 'Integrating the business sector into multi-sector processes',
      },
    });
    expect(figures.bySector[1]).toEqual({
      sector: 'LOCAL_GOVERNMENT',
      name: { he: 'שלטון מקומי', ar: 'الحكم المحلي', en: 'Local government' },
    });
    expect(figures.byDistrict[0]).toEqual({ district: 'NORTH', name: { he: 'צפון' } });
    expect(figures.bySdg[10]).toEqual({
      sdg: 11,
      title: { en: 'Sustainable Cities and Communities' },
      color: '#FD9D24',
    });
  });

  it('is the PMO unit’s and administrators’, and says so to others', async () => {
    const ceo = await createAccount(db.dataSource, [{ role: 'CLUSTER_CEO', clusterId: haifaBayId }]);
    const stakeholder = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
    const admin = await createAccount(db.dataSource, [{ role: 'ADMIN' }]);
    const code = async (account: TestAccount | null) =>
      (await dashboard({}, account)).errors?.[0]?.extensions?.['code'];
    expect(await code(null)).toBe('UNAUTHENTICATED');
    expect(await code(stakeholder)).toBe('FORBIDDEN');
    expect(await code(ceo)).toBe('FORBIDDEN');
    expect(await code(admin)).toBeUndefined();
  });

  it('refuses a period that runs backwards', async () => {
    const response = await dashboard({ from: '2030-06-01', to: '2030-05-31' });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toBe(
      'from (2030-06-01) is after to (2030-05-31): give a period that runs forward.',
    );
  });
});
