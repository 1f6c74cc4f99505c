import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { TestClock } from '../support/calls.js';
import { createAccount, type TestAccount } from '../support/identity.js';
import { QueryCounter } from '../support/query-counter.js';
import {
  ADD_INDICATOR,
  ADD_MILESTONE,
  ADD_PARTNER,
  CREATE_PARTNERSHIP,
  createOrganisation,
  insertPartnership,
  linkAccountToOrganisation,
  PARTNERSHIP,
  PARTNERSHIP_FIELDS,
  partnershipInput,
  REMOVE_INDICATOR,
  REMOVE_MILESTONE,
  REMOVE_PARTNER,
  REPORT,
  UPDATE_INDICATOR,
  UPDATE_MILESTONE,
  UPDATE_PARTNERSHIP,
} from '../support/partnerships.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server.js';

type Response = GraphQLResponse<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

const codeOf = (response: Response) => response.errors?.[0]?.extensions?.['code'];
/** 11:00 on 2030-01-15 in Israel. */
const START = '2030-01-15T09:00:00.000Z';

describe('partnerships: the registry, its scope and its progress reports', () => {
  const clock = new TestClock(new Date(START));
  const counter = new QueryCounter();
  let db: TestDatabase;
  let server: TestServer;
  let haifaBayId: string;
  let westernNegevId: string;
  let haifaCeo: TestAccount;
  let negevCeo: TestAccount;
  let pmo: TestAccount;
  let admin: TestAccount;
  let stakeholder: TestAccount;
  let partnerAccount: TestAccount;
  let business: string;
  let civil: string;
  let local: string;

  beforeAll(async () => {
    db = await createTestDatabase({ logger: counter });
    await seedDatabase(db.dataSource);
    server = await startTestServer(db.dataSource, { RATE_LIMIT_REQUESTS_PER_MINUTE: '100000' }, { clock });
    const clusters: { id: string; slug: string }[] = await db.dataSource.query(`SELECT id, slug FROM cluster`);
    haifaBayId = clusters.find((c) => c.slug === 'haifa-bay')!.id;
    westernNegevId = clusters.find((c) => c.slug === 'western-negev')!.id;
    haifaCeo = await createAccount(db.dataSource, [{ role: 'CLUSTER_CEO', clusterId: haifaBayId }]);
    negevCeo = await createAccount(db.dataSource, [{ role: 'CLUSTER_CEO', clusterId: westernNegevId }]);
    pmo = await createAccount(db.dataSource, [{ role: 'PMO_ANALYST' }]);
    admin = await createAccount(db.dataSource, [{ role: 'ADMIN' }]);
    stakeholder = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
    partnerAccount = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
    business = await createOrganisation(db.dataSource, 'BUSINESS', 'חברה עסקית');
    civil = await createOrganisation(db.dataSource, 'CIVIL_SOCIETY', 'עמותה');
    local = await createOrganisation(db.dataSource, 'LOCAL_GOVERNMENT', 'מועצה');
    await linkAccountToOrganisation(db.dataSource, partnerAccount.id, civil, 'CIVIL_SOCIETY');
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  const as = (account: TestAccount | null, query: string, variables: Record<string, unknown> = {}) =>
    server.graphql(query, variables, account ? { token: account.token } : {}) as Promise<Response>;
  const count = async (sql: string, parameters: unknown[] = []) =>
    (await db.dataSource.query(`SELECT count(*)::int AS count FROM ${sql}`, parameters))[0].count as number;
  /** A partnership of Haifa Bay, created by its CEO with the civil-society organisation as a partner. */
  const created = async (extra: Record<string, unknown> = {}) => {
    const response = await as(haifaCeo, CREATE_PARTNERSHIP, {
      input: partnershipInput(haifaBayId, { partners: [{ organisationId: civil, role: 'PARTNER' }], ...extra }),
    });
    expect(response.errors).toBeUndefined();
    return response.data!['createPartnership'] as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const report = (account: TestAccount, partnershipId: string, extra: Record<string, unknown> = {}) =>
    as(account, REPORT, {
      input: {
        partnershipId,
        reportedOn: '2030-01-15',
        text: { he: 'דיווח התקדמות' },
        idempotencyKey: randomUUID(),
        ...extra,
      },
    });

  describe('the real data of the sources', () => {
    it("registers Beit HaKerem's three joint projects as seed 001 names them, and nothing it does not say", async () => {
      const response = await as(
        null,
        `{ partnerships(first: 100, filter: { kind: INTER_MUNICIPAL }) { totalCount nodes {
        kind status fundingMechanism budgetAgorot startOn endOn reportingPeriodMonths statusLight
        title { he ar en } cluster { slug } source { code } partners { role } directions { number } sdgs { number }
        districts { code } topics { code } milestones { title { he } isDone doneOn dueOn } } } }`,
      );
      expect(response.errors).toBeUndefined();
      const seeded = response.data!['partnerships'].nodes.filter(
        (p: { source: { code: string } | null }) => p.source?.code === 'BEIT_HAKEREM_CLUSTER_PAGE',
      );
      const byTitle = Object.fromEntries(seeded.map((p: { title: { he: string } }) => [p.title.he, p]));
      expect(Object.keys(byTitle).sort()).toEqual(
        [
          'רפורמה במערך ניהול הפסולת באזור',
          'מכרז משותף ליישום חוק האריזות',
          'חינוך סביבתי והכשרה מקצועית לצוותי הרשויות',
        ].sort(),
      );
      const reform = byTitle['רפורמה במערך ניהול הפסולת באזור'];
      expect(reform).toMatchObject({
        kind: 'INTER_MUNICIPAL',
        status: 'PLANNING',
        cluster: { slug: 'beit-hakerem' },
        topics: [{ code: 'ENVIRONMENT' }, { code: 'WASTE_MANAGEMENT' }],
      });
      expect(reform.milestones.map((m: { title: { he: string } }) => m.title.he)).toContain(
        'פורסמה בקשה לקבלת הצעות למיפוי והצעת חלופות לניהול המערך',
      );
      expect(byTitle['מכרז משותף ליישום חוק האריזות'].fundingMechanism).toBe('JOINT_TENDER');
      expect(byTitle['חינוך סביבתי והכשרה מקצועית לצוותי הרשויות'].status).toBe('IDEA');
      for (const partnership of seeded) {
        // The source gives no partner, date, budget, direction, SDG or district: none is invented.
        expect(partnership).toMatchObject({
          title: { ar: null },
          budgetAgorot: null,
          startOn: null,
          endOn: null,
          reportingPeriodMonths: null,
          partners: [],
          directions: [],
          sdgs: [],
          districts: [],
        });
        for (const milestone of partnership.milestones)
          expect(milestone).toMatchObject({ isDone: true, doneOn: null, dueOn: null });
      }
    });

    it('registers the four results of the round table that seed 004 names, national and cross-sector, status unknown', async () => {
      const rows: {
        title: string;
        kind: string;
        cluster: string | null;
        status: string | null;
        source: string;
        topics: string[];
      }[] = await db.dataSource.query(`
          SELECT p.title_he AS title, p.kind, p.cluster_id AS cluster, p.status, s.code AS source,
                 array(SELECT topic_code FROM partnership_topic t WHERE t.partnership_id = p.id ORDER BY 1) AS topics
            FROM partnership p JOIN source s ON s.id = p.source_id
           WHERE s.code = 'PMO_ONLINE_EVENT_INVITATION' ORDER BY p.seed_key`);
      expect(rows).toEqual([
        {
          title: 'התמודדות עם משבר הקורונה בהיבטים של שירותים חברתיים',
          kind: 'CROSS_SECTOR',
          cluster: null,
          status: null,
          source: 'PMO_ONLINE_EVENT_INVITATION',
          topics: ['EMERGENCY_AND_CRISIS', 'WELFARE_AND_SOCIAL_SERVICES'],
        },
        expect.objectContaining({
          title: 'טיוב הרכש הממשלתי לאספקת שירותים חברתיים',
          topics: ['WELFARE_AND_SOCIAL_SERVICES'],
        }),
        expect.objectContaining({
          title: 'פיתוח ההתנדבות בישראל והקמת רשת ההתנדבות הישראלית',
          topics: ['VOLUNTEERING'],
        }),
        expect.objectContaining({ title: 'גיבוש מדיניות ויישומה בתחום צעירים בסיכון', topics: ['YOUTH_AT_RISK'] }),
      ]);
      // Seed 003 names Western Negev's forums' goals, not projects: no partnership of Western Negev is seeded.
      expect(await count(`partnership WHERE cluster_id = $1`, [westernNegevId])).toBe(0);
      expect(await count(`partnership WHERE seed_key IS NOT NULL`)).toBe(7);
    });

    it("keeps its managers' changes to a seeded partnership when the seed runs again, and adds nothing", async () => {
      const [{ id }] = await db.dataSource.query(
        `SELECT id FROM partnership WHERE seed_key = 'beit-hakerem-packaging-law-joint-tender'`,
      );
      await db.dataSource.query(`UPDATE partnership SET status = 'ACTIVE', start_on = '2014-03-01' WHERE id = $1`, [
        id,
      ]);
      await db.dataSource.query(
        `DELETE FROM partnership_milestone WHERE seed_key = 'beit-hakerem-packaging-tender-approved'`,
      );
      const before = await count('partnership');
      await seedDatabase(db.dataSource);
      expect(await count('partnership')).toBe(before);
      const [row] = await db.dataSource.query(
        `SELECT status, start_on::text AS "startOn" FROM partnership WHERE id = $1`,
        [id],
      );
      expect(row).toEqual({ status: 'ACTIVE', startOn: '2014-03-01' });
      expect(await count(`partnership_milestone WHERE partnership_id = $1`, [id])).toBe(0);
    });
  });

  describe('who may do what (rule 6)', () => {
    it("lets a cluster's CEO register their cluster's partnership with everything it is classified by", async () => {
      const partnership = await created({
        summary: { he: 'תקציר', en: 'Summary' },
        fundingMechanism: 'MIXED',
        budgetAgorot: 1_250_000_00,
        startOn: '2030-01-01',
        endOn: '2031-12-31',
        reportingPeriodMonths: 3,
        districts: ['HAIFA', 'NORTH'],
        directions: [5, 3],
        sdgs: [11, 17],
        sdgTargets: ['11.6', '17.17'],
        topicCodes: ['ENVIRONMENT'],
        partners: [
          { organisationId: civil, role: 'PARTNER' },
          { organisationId: business, role: 'FUNDER' },
          { organisationId: local, role: 'LEAD' },
        ],
        milestones: [{ title: { he: 'השקה' }, dueOn: '2030-06-01' }],
        indicators: [{ name: { he: 'טונות פסולת' }, unit: { he: 'טון' }, baseline: 100, target: 60.5 }],
      });
      expect(partnership).toMatchObject({
        kind: 'INTER_MUNICIPAL',
        status: 'ACTIVE',
        budgetAgorot: 125_000_000,
        cluster: { id: haifaBayId },
        partners: [
          { role: 'LEAD', sector: 'LOCAL_GOVERNMENT' },
          { role: 'FUNDER', sector: 'BUSINESS' },
          { role: 'PARTNER', sector: 'CIVIL_SOCIETY' },
        ],
        sectors: ['LOCAL_GOVERNMENT', 'BUSINESS', 'CIVIL_SOCIETY'],
        districts: [{ code: 'NORTH' }, { code: 'HAIFA' }],
        directions: [{ number: 3 }, { number: 5 }],
        sdgs: [{ number: 11 }, { number: 17 }],
        sdgTargets: ['11.6', '17.17'],
        topics: [{ code: 'ENVIRONMENT' }],
        indicators: [{ name: { he: 'טונות פסולת' }, unit: { he: 'טון' }, baseline: 100, target: 60.5, actual: null }],
        viewerCanEdit: true,
        source: null,
      });
      const [entry] = await db.dataSource.query(
        `SELECT actor_account_id AS actor, cluster_id AS cluster, after FROM audit_event
          WHERE action = 'PARTNERSHIP_CREATED' AND entity_id = $1`,
        [partnership['id']],
      );
      expect(entry).toMatchObject({
        actor: haifaCeo.id,
        cluster: haifaBayId,
        after: { directions: [3, 5], sdgTargets: ['11.6', '17.17'] },
      });
    });

    it('refuses to register outside the viewer’s scope, saying who may', async () => {
      const cases: [TestAccount | null, string | null, string][] = [
        [haifaCeo, westernNegevId, 'FORBIDDEN'],
        [haifaCeo, null, 'FORBIDDEN'],
        [negevCeo, haifaBayId, 'FORBIDDEN'],
        [pmo, haifaBayId, 'FORBIDDEN'],
        [admin, null, 'FORBIDDEN'],
        [stakeholder, null, 'FORBIDDEN'],
        [partnerAccount, haifaBayId, 'FORBIDDEN'],
        [null, null, 'UNAUTHENTICATED'],
      ];
      const before = await count('partnership');
      for (const [account, clusterId, code] of cases) {
        expect(codeOf(await as(account, CREATE_PARTNERSHIP, { input: partnershipInput(clusterId) }))).toBe(code);
      }
      expect(await count('partnership')).toBe(before);
      const national = await as(pmo, CREATE_PARTNERSHIP, { input: partnershipInput(null) });
      expect(national.errors).toBeUndefined();
      expect(national.data!['createPartnership']).toMatchObject({
        kind: 'CROSS_SECTOR',
        cluster: null,
        viewerCanEdit: true,
      });
    });

    it("lets the cluster's CEO and a partner organisation's account edit and report; no one else", async () => {
      const { id } = await created();
      const title = (he: string) => ({ input: { partnershipId: id, title: { he } } });
      expect((await as(haifaCeo, UPDATE_PARTNERSHIP, title('מנכ"ל'))).errors).toBeUndefined();
      expect((await as(partnerAccount, UPDATE_PARTNERSHIP, title('שותף'))).errors).toBeUndefined();
      expect(codeOf(await as(negevCeo, UPDATE_PARTNERSHIP, title('x')))).toBe('FORBIDDEN');
      expect(codeOf(await as(pmo, UPDATE_PARTNERSHIP, title('x')))).toBe('FORBIDDEN');
      expect(codeOf(await as(admin, UPDATE_PARTNERSHIP, title('x')))).toBe('FORBIDDEN');
      expect(codeOf(await as(stakeholder, UPDATE_PARTNERSHIP, title('x')))).toBe('FORBIDDEN');
      expect(codeOf(await as(null, UPDATE_PARTNERSHIP, title('x')))).toBe('UNAUTHENTICATED');
      expect((await report(partnerAccount, id)).errors).toBeUndefined();
      expect((await report(haifaCeo, id)).errors).toBeUndefined();
      const refused = await report(stakeholder, id);
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(refused.errors![0]!.message).toMatch(/cluster's CEO and the partner organisations' own accounts/);
      expect(await count(`progress_report WHERE partnership_id = $1`, [id])).toBe(2);
      // Removed from the partners, the organisation's account may no longer edit.
      expect((await as(haifaCeo, REMOVE_PARTNER, { partnershipId: id, organisationId: civil })).errors).toBeUndefined();
      expect(codeOf(await as(partnerAccount, UPDATE_PARTNERSHIP, title('x')))).toBe('FORBIDDEN');
    });

    it('shows every partnership to everyone, and says who may edit it', async () => {
      const { id } = await created();
      const viewerCanEdit = async (account: TestAccount | null) =>
        (await as(account, `query ($id: ID!) { partnership(id: $id) { viewerCanEdit title { he } } }`, { id })).data![
          'partnership'
        ].viewerCanEdit;
      expect(await viewerCanEdit(null)).toBe(false);
      expect(await viewerCanEdit(pmo)).toBe(false);
      expect(await viewerCanEdit(negevCeo)).toBe(false);
      expect(await viewerCanEdit(haifaCeo)).toBe(true);
      expect(await viewerCanEdit(partnerAccount)).toBe(true);
      expect(codeOf(await as(null, PARTNERSHIP, { id: randomUUID() }))).toBe('NOT_FOUND');
    });
  });

  describe('validation: mistakes a person can act on', () => {
    const refusal = async (extra: Record<string, unknown>, account = haifaCeo) => {
      const response = await as(account, CREATE_PARTNERSHIP, { input: partnershipInput(haifaBayId, extra) });
      return { code: codeOf(response), message: response.errors?.[0]?.message ?? '' };
    };

    it('refuses bad dates, numbers, codes and lists, storing nothing', async () => {
      const before = await count('partnership');
      expect(await refusal({ startOn: '2030-05-01', endOn: '2030-04-30' })).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'endOn (2030-04-30) is before startOn (2030-05-01): a partnership ends on or after its start.',
      });
      expect(await refusal({ directions: [8] })).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: /directions are numbered 1 to 7/,
      });
      expect(await refusal({ sdgs: [18] })).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: /SDGs are numbered 1 to 17/,
      });
      expect(await refusal({ sdgs: [11], sdgTargets: ['6.1'] })).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: /add goal 6 to sdgs/,
      });
      expect(await refusal({ sdgs: [11], sdgTargets: ['11.x'] })).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(await refusal({ budgetAgorot: -1 })).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: /may not be negative/,
      });
      expect(await refusal({ budgetAgorot: 1.5 })).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(await refusal({ reportingPeriodMonths: 13 })).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: /1 to 12/,
      });
      expect(await refusal({ topicCodes: ['NO_SUCH_TOPIC'] })).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'Unknown topic codes: NO_SUCH_TOPIC.',
      });
      expect(
        await refusal({
          partners: [
            { organisationId: civil, role: 'LEAD' },
            { organisationId: civil, role: 'FUNDER' },
          ],
        }),
      ).toMatchObject({ code: 'BAD_USER_INPUT', message: /an organisation takes part once/ });
      expect(await refusal({ partners: [{ organisationId: randomUUID() }] })).toMatchObject({ code: 'NOT_FOUND' });
      const national = await as(pmo, CREATE_PARTNERSHIP, {
        input: partnershipInput(null, { kind: 'INTER_MUNICIPAL' }),
      });
      expect(codeOf(national)).toBe('BAD_USER_INPUT');
      expect(national.errors![0]!.message).toMatch(/give the cluster \(clusterId\)/);
      expect(await count('partnership')).toBe(before);
    });

    it('refuses a report dated in the future, or with values of another partnership’s indicators', async () => {
      const { id } = await created({ indicators: [{ name: { he: 'א' } }] });
      const other = await created({ indicators: [{ name: { he: 'ב' } }] });
      const future = await report(haifaCeo, id, { reportedOn: '2030-01-16' });
      expect(codeOf(future)).toBe('BAD_USER_INPUT');
      expect(future.errors![0]!.message).toBe(
        'reportedOn is in the future: report on today (2030-01-15) or an earlier day.',
      );
      const foreign = await report(haifaCeo, id, { values: [{ indicatorId: other['indicators'][0].id, value: 1 }] });
      expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
      expect(foreign.errors![0]!.message).toMatch(/Not indicators of this partnership/);
      expect(await count(`progress_report WHERE partnership_id = $1`, [id])).toBe(0);
    });

    it("keeps SDG targets of listed goals when the goals change, and drops a removed goal's targets", async () => {
      const { id } = await created({ sdgs: [6, 11], sdgTargets: ['6.3', '11.6'] });
      const narrowed = await as(haifaCeo, UPDATE_PARTNERSHIP, { input: { partnershipId: id, sdgs: [11, 13] } });
      expect(narrowed.errors).toBeUndefined();
      expect(narrowed.data!['updatePartnership']).toMatchObject({
        sdgs: [{ number: 11 }, { number: 13 }],
        sdgTargets: ['11.6'],
      });
      const orphan = await as(haifaCeo, UPDATE_PARTNERSHIP, { input: { partnershipId: id, sdgTargets: ['6.3'] } });
      expect(codeOf(orphan)).toBe('BAD_USER_INPUT');
    });
  });

  describe('the database holds the same rules', () => {
    it('refuses rows that break them, whatever the service thought', async () => {
      const id = await insertPartnership(db.dataSource, { clusterId: haifaBayId });
      const refuse = (sql: string, parameters: unknown[], constraint: RegExp) =>
        expect(db.dataSource.query(sql, parameters)).rejects.toThrow(constraint);
      await refuse(`INSERT INTO partnership_direction VALUES ($1, 8)`, [id], /partnership_direction_number_range/);
      await refuse(`INSERT INTO partnership_sdg VALUES ($1, 18)`, [id], /partnership_sdg_number_range/);
      await refuse(`UPDATE partnership SET budget_agorot = -1 WHERE id = $1`, [id], /partnership_budget_not_negative/);
      await refuse(
        `UPDATE partnership SET start_on = '2030-02-01', end_on = '2030-01-31' WHERE id = $1`,
        [id],
        /partnership_ends_after_start/,
      );
      await refuse(
        `UPDATE partnership SET cluster_id = NULL WHERE id = $1`,
        [id],
        /partnership_inter_municipal_in_cluster/,
      );
      await refuse(`UPDATE partnership SET status = NULL WHERE id = $1`, [id], /partnership_status_given/);
      await refuse(
        `UPDATE partnership SET reporting_period_months = 0 WHERE id = $1`,
        [id],
        /partnership_reporting_period_range/,
      );
      await refuse(`UPDATE partnership SET kind = 'JOINT' WHERE id = $1`, [id], /partnership_kind_known/);
      await db.dataSource.query(
        `INSERT INTO partnership_partner (partnership_id, organisation_id, role) VALUES ($1, $2, 'LEAD')`,
        [id, civil],
      );
      await refuse(
        `INSERT INTO partnership_partner (partnership_id, organisation_id, role) VALUES ($1, $2, 'FUNDER')`,
        [id, civil],
        /partnership_partner_key/,
      );
      await refuse(
        `INSERT INTO partnership_partner (partnership_id, organisation_id, role) VALUES ($1, $2, 'OWNER')`,
        [id, business],
        /partnership_partner_role_known/,
      );
      // A target only of a goal the partnership lists, and named after that goal.
      await refuse(
        `INSERT INTO partnership_sdg_target VALUES ($1, '11.6', 11)`,
        [id],
        /partnership_sdg_target_goal_fk/,
      );
      await db.dataSource.query(`INSERT INTO partnership_sdg VALUES ($1, 11)`, [id]);
      await refuse(`INSERT INTO partnership_sdg_target VALUES ($1, '6.1', 11)`, [id], /partnership_sdg_target_of_goal/);
      await refuse(`INSERT INTO partnership_sdg_target VALUES ($1, '11x6', 11)`, [id], /partnership_sdg_target_format/);
      // A report records only its own partnership's indicators, and is never changed.
      const otherId = await insertPartnership(db.dataSource, { clusterId: haifaBayId });
      const [{ id: foreignIndicator }] = await db.dataSource.query(
        `INSERT INTO partnership_indicator (partnership_id, name_he) VALUES ($1, 'x') RETURNING id`,
        [otherId],
      );
      const [{ id: reportId }] = await db.dataSource.query(
        `INSERT INTO progress_report (partnership_id, reported_on, text_he, submitted_by_account_id, idempotency_key)
         VALUES ($1, '2030-01-01', 'x', $2, 'k') RETURNING id`,
        [id, haifaCeo.id],
      );
      await refuse(
        `INSERT INTO progress_report_value (report_id, partnership_id, indicator_id, value) VALUES ($1, $2, $3, 1)`,
        [reportId, id, foreignIndicator],
        /progress_report_value_indicator_fk/,
      );
      await refuse(`UPDATE progress_report SET text_he = 'שונה' WHERE id = $1`, [reportId], /kept as it was made/);
    });
  });

  describe('the status light over time', () => {
    it('turns AT_RISK, OVERDUE and INACTIVE as the clock moves, and back with a report and a milestone done', async () => {
      clock.set(START);
      const partnership = await created({
        startOn: '2030-01-15',
        reportingPeriodMonths: 3,
        milestones: [{ title: { he: 'מכרז' }, dueOn: '2030-03-01' }],
      });
      const { id } = partnership;
      const light = async () =>
        (
          await as(
            null,
            `query ($id: ID!) { partnership(id: $id) { statusLight nextReportDueOn lastReportedOn lateMilestoneCount } }`,
            {
              id,
            },
          )
        ).data!['partnership'];
      expect(await light()).toEqual({
        statusLight: 'ON_TRACK',
        nextReportDueOn: '2030-04-15',
        lastReportedOn: null,
        lateMilestoneCount: 0,
      });
      clock.set('2030-03-01T21:59:59.000Z'); // 23:59:59 on 1 March in Israel: the due day itself
      expect((await light()).statusLight).toBe('ON_TRACK');
      clock.set('2030-03-01T22:00:00.000Z'); // midnight: 2 March in Israel
      expect(await light()).toMatchObject({ statusLight: 'AT_RISK', lateMilestoneCount: 1 });
      clock.set('2030-04-16T09:00:00.000Z');
      expect((await light()).statusLight).toBe('OVERDUE');
      expect((await report(partnerAccount, id, { reportedOn: '2030-04-16' })).errors).toBeUndefined();
      expect(await light()).toMatchObject({
        statusLight: 'AT_RISK',
        lastReportedOn: '2030-04-16',
        nextReportDueOn: '2030-07-16',
      });
      const milestoneId = partnership['milestones'][0].id;
      const done = await as(haifaCeo, UPDATE_MILESTONE, { input: { milestoneId, doneOn: '2030-04-10' } });
      expect(done.errors).toBeUndefined();
      expect(done.data!['updatePartnershipMilestone']).toMatchObject({
        statusLight: 'ON_TRACK',
        milestones: [{ isDone: true, doneOn: '2030-04-10' }],
      });
      clock.set('2030-07-17T09:00:00.000Z');
      expect((await light()).statusLight).toBe('OVERDUE');
      clock.set('2031-04-16T09:00:00.000Z');
      expect((await light()).statusLight).toBe('INACTIVE');
      // A paused partnership is not expected to report: no light.
      expect(
        (await as(haifaCeo, UPDATE_PARTNERSHIP, { input: { partnershipId: id, status: 'PAUSED' } })).errors,
      ).toBeUndefined();
      expect(await light()).toMatchObject({ statusLight: null, nextReportDueOn: null });
      clock.set(START);
    });
  });

  describe('progress reports: history, actual values, retries and races', () => {
    it("keeps every report, newest day first; an indicator's actual is the latest day's value", async () => {
      clock.set('2030-06-01T09:00:00.000Z');
      const partnership = await created({ indicators: [{ name: { he: 'משפחות' }, baseline: 0, target: 100 }] });
      const indicatorId = partnership['indicators'][0].id;
      const value = (v: number) => ({ values: [{ indicatorId, value: v }] });
      expect(
        (await report(partnerAccount, partnership['id'], { reportedOn: '2030-03-01', ...value(10) })).errors,
      ).toBeUndefined();
      expect(
        (await report(partnerAccount, partnership['id'], { reportedOn: '2030-05-01', ...value(35.5) })).errors,
      ).toBeUndefined();
      // A late report about an earlier day joins the history without becoming the actual value.
      expect(
        (await report(haifaCeo, partnership['id'], { reportedOn: '2030-04-01', ...value(20) })).errors,
      ).toBeUndefined();
      const read = (await as(null, PARTNERSHIP, { id: partnership['id'] })).data!['partnership'];
      expect(read.reports.map((r: { reportedOn: string }) => r.reportedOn)).toEqual([
        '2030-05-01',
        '2030-04-01',
        '2030-03-01',
      ]);
      expect(read.reports[1].values).toEqual([{ value: 20, indicator: { id: indicatorId } }]);
      expect(read.indicators[0]).toMatchObject({
        baseline: 0,
        target: 100,
        actual: 35.5,
        actualReportedOn: '2030-05-01',
      });
      expect(read.lastReportedOn).toBe('2030-05-01');
      // Reports are history: an indicator with reported values stays.
      const removal = await as(haifaCeo, REMOVE_INDICATOR, { indicatorId });
      expect(codeOf(removal)).toBe('CONFLICT');
      clock.set(START);
    });

    it('answers a retried report with the same report, also when the retries race', async () => {
      const { id } = await created();
      const input = { idempotencyKey: 'report-2030-01' };
      const first = await report(partnerAccount, id, input);
      const again = await report(partnerAccount, id, input);
      expect(again.data!['reportPartnershipProgress'].id).toBe(first.data!['reportPartnershipProgress'].id);
      const raced = await Promise.all(
        Array.from({ length: 6 }, () => report(partnerAccount, id, { idempotencyKey: 'raced' })),
      );
      expect(raced.map(codeOf)).toEqual(Array(6).fill(undefined));
      expect(new Set(raced.map((r) => r.data!['reportPartnershipProgress'].id)).size).toBe(1);
      // Different reports at once are all kept.
      const many = await Promise.all(Array.from({ length: 5 }, () => report(haifaCeo, id)));
      expect(many.map(codeOf)).toEqual(Array(5).fill(undefined));
      expect(await count(`progress_report WHERE partnership_id = $1`, [id])).toBe(1 + 1 + 5);
      const [{ entries }] = await db.dataSource.query(
        `SELECT count(*)::int AS entries FROM audit_event WHERE action = 'PARTNERSHIP_REPORTED' AND entity_id = $1`,
        [id],
      );
      expect(entries).toBe(7);
    });

    it('adds an organisation once when several requests add it at once; the rest hear CONFLICT', async () => {
      const { id } = await created();
      const results = await Promise.all(
        Array.from({ length: 6 }, () =>
          as(haifaCeo, ADD_PARTNER, { input: { partnershipId: id, organisationId: business, role: 'FUNDER' } }),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(5);
      expect(
        await count(`partnership_partner WHERE partnership_id = $1 AND organisation_id = $2`, [id, business]),
      ).toBe(1);
      const again = await as(partnerAccount, ADD_PARTNER, { input: { partnershipId: id, organisationId: business } });
      expect(codeOf(again)).toBe('CONFLICT');
      expect(again.errors![0]!.message).toMatch(/remove it and add it again/);
    });
  });

  describe('milestones and indicators', () => {
    it('are added, changed and removed by those who may edit', async () => {
      const { id } = await created();
      const added = await as(partnerAccount, ADD_MILESTONE, {
        input: { partnershipId: id, title: { he: 'פיילוט' }, dueOn: '2030-09-01' },
      });
      expect(added.errors).toBeUndefined();
      const milestoneId = added.data!['addPartnershipMilestone'].milestones[0].id;
      const future = await as(haifaCeo, UPDATE_MILESTONE, { input: { milestoneId, doneOn: '2030-02-01' } });
      expect(codeOf(future)).toBe('BAD_USER_INPUT');
      expect(codeOf(await as(negevCeo, REMOVE_MILESTONE, { milestoneId }))).toBe('FORBIDDEN');
      expect(
        (await as(haifaCeo, REMOVE_MILESTONE, { milestoneId })).data!['removePartnershipMilestone'].milestones,
      ).toEqual([]);
      const indicator = await as(haifaCeo, ADD_INDICATOR, {
        input: { partnershipId: id, name: { he: 'מתנדבים' }, target: 50 },
      });
      const indicatorId = indicator.data!['addPartnershipIndicator'].indicators[0].id;
      const changed = await as(partnerAccount, UPDATE_INDICATOR, { input: { indicatorId, target: 80 } });
      expect(changed.data!['updatePartnershipIndicator'].indicators[0]).toMatchObject({ target: 80 });
      expect(
        (await as(haifaCeo, REMOVE_INDICATOR, { indicatorId })).data!['removePartnershipIndicator'].indicators,
      ).toEqual([]);
      const actions: { action: string }[] = await db.dataSource.query(
        `SELECT DISTINCT action FROM audit_event WHERE entity_id = $1 ORDER BY 1`,
        [id],
      );
      expect(actions.map((a) => a.action)).toEqual(['PARTNERSHIP_CREATED', 'PARTNERSHIP_UPDATED']);
    });
  });

  describe('the registry: filters and pages', () => {
    it('narrows by direction, SDG, district, partner sector and topic, and pages through all with a stable total', async () => {
      const a = await created({
        directions: [3],
        sdgs: [8],
        districts: ['SOUTH'],
        topicCodes: ['TOURISM'],
        partners: [{ organisationId: business, role: 'LEAD' }],
      });
      const b = await created({
        directions: [3, 5],
        districts: ['NORTH'],
        partners: [{ organisationId: local, role: 'LEAD' }],
      });
      const ids = async (filter: Record<string, unknown>) =>
        (
          await as(
            null,
            `query ($filter: PartnershipFilter) { partnerships(filter: $filter, first: 100) { nodes { id } } }`,
            { filter },
          )
        ).data!['partnerships'].nodes.map((n: { id: string }) => n.id);
      expect(await ids({ direction: 3, clusterId: haifaBayId })).toEqual(expect.arrayContaining([a['id'], b['id']]));
      expect(await ids({ direction: 5 })).toContain(b['id']);
      expect(await ids({ direction: 5 })).not.toContain(a['id']);
      expect(await ids({ sdg: 8 })).toEqual([a['id']]);
      expect(await ids({ district: 'SOUTH', direction: 3 })).toEqual([a['id']]);
      expect(await ids({ sector: 'BUSINESS', direction: 3 })).toContain(a['id']);
      expect(await ids({ sector: 'BUSINESS', direction: 3 })).not.toContain(b['id']);
      // A cluster's partnership involves local government (its authorities), whoever its partners are.
      expect(await ids({ sector: 'LOCAL_GOVERNMENT', direction: 3 })).toEqual(
        expect.arrayContaining([a['id'], b['id']]),
      );
      const national = await as(pmo, CREATE_PARTNERSHIP, {
        input: partnershipInput(null, { directions: [3], partners: [{ organisationId: business, role: 'LEAD' }] }),
      });
      expect(await ids({ sector: 'LOCAL_GOVERNMENT', direction: 3 })).not.toContain(
        national.data!['createPartnership'].id,
      );
      expect(await ids({ topicCode: 'TOURISM' })).toEqual([a['id']]);
      expect(await ids({ status: ['IDEA'], kind: 'INTER_MUNICIPAL' })).toHaveLength(1); // Beit HaKerem's education project

      const all = await count('partnership');
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Response = await as(
          null,
          `query ($after: String) { partnerships(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
          { after },
        );
        const connection = page.data!['partnerships'];
        expect(connection.totalCount).toBe(all);
        seen.push(...connection.nodes.map((n: { id: string }) => n.id));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(all);
      expect(new Set(seen).size).toBe(all);
      expect(codeOf(await as(null, `{ partnerships(first: 101) { totalCount } }`))).toBe('BAD_USER_INPUT');
      expect(codeOf(await as(null, `{ partnerships(after: "nonsense") { totalCount } }`))).toBe('BAD_USER_INPUT');
    });

    it('answers a page with every relation in a fixed number of statements, however many partnerships it holds', async () => {
      const statements = async (first: number) => {
        counter.reset();
        const response = await as(
          partnerAccount,
          `query ($first: Int!) { partnerships(first: $first) { totalCount nodes {
          ${PARTNERSHIP_FIELDS} } } }`,
          { first },
        );
        expect(response.errors?.[0]?.message).toBeUndefined();
        return counter.statements.filter((s) => !/auth_session|role_grant|account/.test(s)).length;
      };
      // One statement per relation (and two for the page and its count): no statement per row.
      expect(await count('partnership')).toBeGreaterThan(20);
      expect(await statements(30)).toBeLessThanOrEqual(20);
    });

    it("lists a cluster's partnerships on the cluster", async () => {
      const response = await as(null, `{ cluster(slug: "beit-hakerem") { partnerships { title { he } } } }`);
      expect(response.errors).toBeUndefined();
      expect(response.data!['cluster'].partnerships).toHaveLength(3);
    });
  });
});
