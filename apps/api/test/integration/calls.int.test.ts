import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callClosesAt } from '@roundtable/shared/calls';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import {
  applicationInput,
  callInput,
  CLOSE_CALL,
  CREATE_CALL,
  DECIDE,
  DECIDE_CALL,
  EXTEND,
  LastSecondClock,
  OPEN_CALL,
  SCORE,
  SUBMIT,
  TestClock,
  UPDATE_APPLICATION,
  UPDATE_CALL,
  WITHDRAW,
} from '../support/calls.js';
import { createForum } from '../support/forums.js';
import { createAccount, type TestAccount } from '../support/identity.js';
import { createProfile } from '../support/pool.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server.js';

type Response = GraphQLResponse<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

const codeOf = (response: Response) => response.errors?.[0]?.extensions?.['code'];
/** 12:00 on 2030-06-01 in Israel; the calls here mostly close at the end of 2030-06-02. */
const MORNING = '2030-06-01T09:00:00.000Z';
const DEADLINE = '2030-06-02';

describe('calls for applications and the applications to them', () => {
  const clock = new TestClock(new Date(MORNING));
  let db: TestDatabase;
  let server: TestServer;
  let haifaBayId: string;
  let westernNegevId: string;
  let haifaBayForumId: string;
  let haifaCeo: TestAccount;
  let negevCeo: TestAccount;
  let pmo: TestAccount;
  let admin: TestAccount;
  let applicant: TestAccount;
  let stranger: TestAccount;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
    server = await startTestServer(db.dataSource, { RATE_LIMIT_REQUESTS_PER_MINUTE: '100000' }, { clock });
    const clusters: { id: string; slug: string }[] = await db.dataSource.query(`SELECT id, slug FROM cluster`);
    haifaBayId = clusters.find((c) => c.slug === 'haifa-bay')!.id;
    westernNegevId = clusters.find((c) => c.slug === 'western-negev')!.id;
    [{ id: haifaBayForumId }] = await db.dataSource.query(
      `SELECT id FROM forum WHERE seed_key = 'haifa-bay-cross-sector-forum'`,
    );
    haifaCeo = await createAccount(db.dataSource, [{ role: 'CLUSTER_CEO', clusterId: haifaBayId }]);
    negevCeo = await createAccount(db.dataSource, [{ role: 'CLUSTER_CEO', clusterId: westernNegevId }]);
    pmo = await createAccount(db.dataSource, [{ role: 'PMO_ANALYST' }]);
    admin = await createAccount(db.dataSource, [{ role: 'ADMIN' }]);
    applicant = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
    stranger = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  const as = (account: TestAccount | null, query: string, variables: Record<string, unknown> = {}) =>
    server.graphql(query, variables, account ? { token: account.token } : {}) as Promise<Response>;
  const count = async (sql: string, parameters: unknown[] = []) =>
    (await db.dataSource.query(`SELECT count(*)::int AS count FROM ${sql}`, parameters))[0].count as number;
  const newForum = (
    seats = [
      { sector: 'BUSINESS' as const, seats: 9 },
      { sector: 'CIVIL_SOCIETY' as const, seats: 9 },
    ],
  ) => createForum(db.dataSource, { clusterId: haifaBayId, seats, termYears: 3, allowsIndividuals: true });
  const committeeOf = (forumId: string) =>
    createAccount(db.dataSource, [{ role: 'COMMITTEE_MEMBER', forumId }], { displayName: 'חברת ועדה' });

  /** A call of the forum, opened by Haifa Bay's CEO; the clock stays where it is. */
  async function openCall(forumId: string, deadline = DEADLINE, extra: Record<string, unknown> = {}) {
    const created = await as(haifaCeo, CREATE_CALL, { input: callInput(forumId, deadline, extra) });
    expect(created.errors).toBeUndefined();
    const opened = await as(haifaCeo, OPEN_CALL, { callId: created.data!['createCall'].id });
    expect(opened.errors).toBeUndefined();
    return opened.data!['openCall'] as { id: string; criteria: { id: string }[]; closesAt: string };
  }
  const submit = async (account: TestAccount, callId: string, extra: Record<string, unknown> = {}) =>
    as(account, SUBMIT, { input: applicationInput(callId, extra) });
  const applied = async (account: TestAccount, callId: string, extra: Record<string, unknown> = {}) => {
    const response = await submit(account, callId, extra);
    expect(response.errors).toBeUndefined();
    return response.data!['submitApplication'] as { id: string; status: string; organisation: { id: string } | null };
  };
  const close = async (callId: string) => {
    const response = await as(haifaCeo, CLOSE_CALL, { callId });
    expect(response.errors).toBeUndefined();
  };
  const scoreAll = async (reviewer: TestAccount, applicationId: string, criteria: { id: string }[], score: number) => {
    const response = await as(reviewer, SCORE, {
      input: { applicationId, scores: criteria.map(({ id }) => ({ criterionId: id, score })) },
    });
    expect(response.errors).toBeUndefined();
  };
  const decide = (reviewer: TestAccount, applicationId: string, decision: string, reason = 'לפי מפת הייצוגים') =>
    as(reviewer, DECIDE, { input: { applicationId, decision, reason } });

  describe('the seeded call of seed 000', () => {
    it('is Haifa Bay’s 2020 call as its source gives it: closed, extended to 2020-06-02 for the holidays, no applications', async () => {
      const response = await as(
        pmo,
        `query ($id: ID!) { forum(id: $id) { calls {
          title { he ar en } text { he ar en } status opensOn deadline closesAt eligibleSectors allowsIndividuals rotation
          source { code } extensions { previousDeadline newDeadline reason { he ar en } extendedAt }
          criteria { position name { he en } description { he } } applications { id }
          representationMap { sector seats }
        } } }`,
        { id: haifaBayForumId },
      );
      expect(response.errors).toBeUndefined();
      const [call] = response.data!['forum'].calls;
      expect(call).toMatchObject({
        title: {
          he: 'קול קורא לגופים, ארגונים ואנשי עסקים להצטרף לפורום הבין-מגזרי: קידום התמודדות אזורית עם משבר הקורונה והשפעותיו',
          ar: null,
        },
        status: 'CLOSED',
        opensOn: null,
        deadline: '2020-06-02',
        closesAt: '2020-06-02T21:00:00.000Z',
        eligibleSectors: ['BUSINESS', 'CIVIL_SOCIETY'],
        allowsIndividuals: true,
        rotation: 1,
        source: { code: 'HAIFA_BAY_CALL_2020' },
        extensions: [
          {
            previousDeadline: null,
            newDeadline: '2020-06-02',
            reason: { he: 'לאור החגים והעניין הרב', ar: null, en: 'For the holidays and the high interest' },
            extendedAt: null,
          },
        ],
        applications: [],
        representationMap: [
          { sector: 'LOCAL_GOVERNMENT', seats: 9 },
          { sector: 'BUSINESS', seats: 9 },
          { sector: 'CIVIL_SOCIETY', seats: 9 },
        ],
      });
      expect(call.text.he).toContain('דגש יינתן לייצוג הזיקה והממשקים לרמה האזורית');
      expect(call.text.en).toContain('at least four meetings a year');
      expect(call.text.ar).toBeNull();
      expect(call.criteria).toHaveLength(4);
      expect(call.criteria[0].description.he).toContain('דגש יינתן לייצוג הזיקה והממשקים לרמה האזורית');
    });
  });

  describe('a call’s life: DRAFT → OPEN → CLOSED → DECIDED', () => {
    it('keeps a draft to its managers, changes it only while a draft, and refuses wrong transitions with what to do', async () => {
      clock.set(MORNING);
      const forumId = await newForum();
      const created = await as(haifaCeo, CREATE_CALL, { input: callInput(forumId, DEADLINE) });
      expect(created.errors).toBeUndefined();
      const call = created.data!['createCall'];
      expect(call).toMatchObject({ status: 'DRAFT', acceptingApplications: false, viewerCanManage: true });
      expect(call.criteria.map((c: { position: number }) => c.position)).toEqual([1, 2]);

      // A draft does not leak: NOT_FOUND, and absent from the lists, for anyone but its managers.
      for (const viewer of [null, stranger, negevCeo, pmo]) {
        expect(codeOf(await as(viewer, `query ($id: ID!) { call(id: $id) { id } }`, { id: call.id }))).toBe(
          'NOT_FOUND',
        );
        const listed = await as(viewer, `query ($f: ID) { calls(forumId: $f) { id } }`, { f: forumId });
        expect(listed.data!['calls']).toEqual([]);
      }
      expect(
        (await as(haifaCeo, `query ($f: ID) { calls(forumId: $f) { id } }`, { f: forumId })).data!['calls'],
      ).toHaveLength(1);
      expect(codeOf(await as(negevCeo, OPEN_CALL, { callId: call.id }))).toBe('NOT_FOUND');

      const closedDraft = await as(haifaCeo, CLOSE_CALL, { callId: call.id });
      expect(codeOf(closedDraft)).toBe('CONFLICT');
      expect(closedDraft.errors![0]!.message).toMatch(/Open it first/);
      const updated = await as(haifaCeo, UPDATE_CALL, {
        input: { callId: call.id, rotation: 2, criteria: [{ name: { he: 'קריטריון אחד' } }] },
      });
      expect(updated.data!['updateCall']).toMatchObject({ rotation: 2, criteria: [{ name: { he: 'קריטריון אחד' } }] });

      const opened = await as(haifaCeo, OPEN_CALL, { callId: call.id });
      expect(opened.data!['openCall']).toMatchObject({ status: 'OPEN', acceptingApplications: true });
      expect(codeOf(await as(haifaCeo, OPEN_CALL, { callId: call.id }))).toBe('CONFLICT');
      const late = await as(haifaCeo, UPDATE_CALL, { input: { callId: call.id, rotation: 3 } });
      expect(codeOf(late)).toBe('CONFLICT');
      expect(late.errors![0]!.message).toMatch(/extendCallDeadline/);
      expect(codeOf(await as(haifaCeo, DECIDE_CALL, { callId: call.id }))).toBe('CONFLICT');
      expect(codeOf(await as(negevCeo, CLOSE_CALL, { callId: call.id }))).toBe('FORBIDDEN');
      expect(codeOf(await as(stranger, CLOSE_CALL, { callId: call.id }))).toBe('FORBIDDEN');

      // Extended: the history keeps the previous deadline, the reason, when and by whom.
      const earlier = await as(haifaCeo, EXTEND, {
        input: { callId: call.id, newDeadline: '2030-06-02', reason: { he: 'סיבה' } },
      });
      expect(codeOf(earlier)).toBe('BAD_USER_INPUT');
      const extended = await as(haifaCeo, EXTEND, {
        input: { callId: call.id, newDeadline: '2030-06-20', reason: { he: 'לאור החגים', en: 'For the holidays' } },
      });
      expect(extended.errors).toBeUndefined();
      expect(extended.data!['extendCallDeadline']).toMatchObject({
        deadline: '2030-06-20',
        closesAt: '2030-06-20T21:00:00.000Z',
        extensions: [
          {
            previousDeadline: '2030-06-02',
            newDeadline: '2030-06-20',
            reason: { he: 'לאור החגים', en: 'For the holidays' },
            extendedAt: MORNING,
          },
        ],
      });
      const [{ extendedBy }] = await db.dataSource.query(
        `SELECT extended_by_account_id AS "extendedBy" FROM call_deadline_extension WHERE call_id = $1`,
        [call.id],
      );
      expect(extendedBy).toBe(haifaCeo.id);

      const { id: applicationId } = await applied(applicant, call.id);
      // Closed early by its manager: the submitted applications go to the committee.
      await close(call.id);
      const [{ status }] = await db.dataSource.query(`SELECT status FROM application WHERE id = $1`, [applicationId]);
      expect(status).toBe('UNDER_REVIEW');
      const undecided = await as(haifaCeo, DECIDE_CALL, { callId: call.id });
      expect(codeOf(undecided)).toBe('CONFLICT');
      expect(undecided.errors![0]!.message).toMatch(/^1 application is still undecided/);
      expect(
        codeOf(
          await as(haifaCeo, EXTEND, { input: { callId: call.id, newDeadline: '2030-07-01', reason: { he: 'x' } } }),
        ),
      ).toBe('CONFLICT');
      expect((await decide(haifaCeo, applicationId, 'REJECT')).errors).toBeUndefined();
      expect((await as(haifaCeo, DECIDE_CALL, { callId: call.id })).data!['markCallDecided'].status).toBe('DECIDED');

      const actions: { action: string }[] = await db.dataSource.query(
        `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id`,
        [call.id],
      );
      expect(actions.map((a) => a.action)).toEqual([
        'CALL_CREATED',
        'CALL_UPDATED',
        'CALL_OPENED',
        'CALL_DEADLINE_EXTENDED',
        'CALL_CLOSED',
        'CALL_DECIDED',
      ]);
    });

    it('does not open a draft whose deadline has passed in Israel', async () => {
      clock.set(MORNING);
      const created = await as(haifaCeo, CREATE_CALL, { input: callInput(await newForum(), '2030-05-31') });
      const refused = await as(haifaCeo, OPEN_CALL, { callId: created.data!['createCall'].id });
      expect(codeOf(refused)).toBe('CONFLICT');
      expect(refused.errors![0]!.message).toMatch(/has passed/);
    });
  });

  describe('the deadline, by the server clock in Israel', () => {
    // 2030-06-02 is in summer time; summer time begins on 2030-03-29 and ends on 2030-10-27.
    for (const deadline of ['2030-06-02', '2030-03-29', '2030-10-27']) {
      it(`accepts at 23:59:59.999 on ${deadline} in Israel and refuses at midnight`, async () => {
        clock.set(`${deadline.slice(0, 8)}01T09:00:00Z`);
        const forumId = await newForum();
        const call = await openCall(forumId, deadline);
        const closesAt = callClosesAt(deadline);
        expect(call.closesAt).toBe(closesAt.toISOString());
        clock.set(new Date(closesAt.getTime() - 1));
        expect((await submit(applicant, call.id)).errors).toBeUndefined();
        clock.set(closesAt);
        const late = await submit(applicant, call.id);
        expect(codeOf(late)).toBe('DEADLINE_PASSED');
        expect(late.errors![0]!.message).toMatch(/at midnight Israel time, has passed/);
      });
    }

    it('stores nothing for a late application, not even its new organisation', async () => {
      clock.set(MORNING);
      const call = await openCall(await newForum());
      clock.set(callClosesAt(DEADLINE));
      const input = applicationInput(call.id);
      const before = [await count('application'), await count('organisation'), await count('audit_event')];
      expect(codeOf(await as(applicant, SUBMIT, { input }))).toBe('DEADLINE_PASSED');
      expect([await count('application'), await count('organisation'), await count('audit_event')]).toEqual(before);
      expect(await count('organisation WHERE registration_number = $1', [input.organisation.registrationNumber])).toBe(
        0,
      );
    });

    it('is held by the database too: a row submitted at closes_at, or to a call not open, is refused', async () => {
      clock.set(MORNING);
      const call = await openCall(await newForum());
      const insert = (submittedAt: string) =>
        db.dataSource.query(
          `INSERT INTO application (call_id, nominee_kind, sector_code, submitted_by_account_id, idempotency_key,
             submitted_at, updated_at, nominee_name, nominee_email, regional_ties, motivation)
           VALUES ($1, 'INDIVIDUAL_PHILANTHROPIST', 'BUSINESS', $2, $3, $4, $4, 'x', 'x@example.org', 'x', 'x')`,
          [call.id, applicant.id, randomUUID(), submittedAt],
        );
      await expect(insert(call.closesAt)).rejects.toThrow(
        /application_submitted_before_deadline|accepts applications until/,
      );
      await insert(new Date(Date.parse(call.closesAt) - 1).toISOString());
    });

    it('says a call not open yet opens on its day', async () => {
      clock.set(MORNING);
      const call = await openCall(await newForum(), DEADLINE, { opensOn: '2030-06-02' });
      const early = await submit(applicant, call.id);
      expect(codeOf(early)).toBe('DEADLINE_PASSED');
      expect(early.errors![0]!.message).toMatch(/from 2030-06-02/);
    });
  });

  describe('applying', () => {
    it('returns the same application to a retry with the same key, and to the same organisation again', async () => {
      clock.set(MORNING);
      const call = await openCall(await newForum());
      const input = applicationInput(call.id, {
        organisation: { name: { he: 'עמותת המפרץ' }, registrationNumber: '58-012345-6' },
      });
      const first = await as(applicant, SUBMIT, { input });
      expect(first.data!['submitApplication']).toMatchObject({
        status: 'SUBMITTED',
        organisation: { registrationNumber: '580123456', sector: 'CIVIL_SOCIETY' },
        viewerCanEdit: true,
      });
      const retry = await as(applicant, SUBMIT, { input });
      expect(retry.data!['submitApplication'].id).toBe(first.data!['submitApplication'].id);
      const again = await as(applicant, SUBMIT, { input: { ...input, idempotencyKey: 'another key' } });
      expect(again.data!['submitApplication'].id).toBe(first.data!['submitApplication'].id);
      expect(await count('application WHERE call_id = $1', [call.id])).toBe(1);

      // A colleague: their pool profile is of the same organisation (rule 6).
      const colleague = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
      await createProfile(db.dataSource, {
        accountId: colleague.id,
        organisationId: first.data!['submitApplication'].organisation.id,
      });
      const theirs = await as(colleague, SUBMIT, { input: { ...input, idempotencyKey: 'colleague' } });
      expect(theirs.data!['submitApplication'].id).toBe(first.data!['submitApplication'].id);
      const mine = await as(colleague, `{ myApplications { id } }`);
      expect(mine.data!['myApplications']).toEqual([{ id: first.data!['submitApplication'].id }]);

      // Anyone else: CONFLICT, and nothing of the application.
      const other = await as(stranger, SUBMIT, { input: { ...input, nomineeName: 'אחר' } });
      expect(codeOf(other)).toBe('CONFLICT');
      expect(other.errors![0]!.message).toMatch(/^This organisation has applied to this call already/);
      expect(JSON.stringify(other)).not.toMatch(/דנה|dana@|580123456|עמותת/);
      expect(other.data).toBeNull();
    });

    it('checks who may apply how: sector, individuals, organisation, input', async () => {
      clock.set(MORNING);
      const call = await openCall(await newForum(), DEADLINE, { allowsIndividuals: false });
      expect(codeOf(await submit(applicant, call.id, { sector: 'ACADEMIA' }))).toBe('BAD_USER_INPUT');
      expect(
        codeOf(await submit(applicant, call.id, { nomineeKind: 'INDIVIDUAL_PHILANTHROPIST', organisation: null })),
      ).toBe('BAD_USER_INPUT');
      expect(codeOf(await submit(applicant, call.id, { organisation: null }))).toBe('BAD_USER_INPUT');
      const invalid = await submit(applicant, call.id, { nomineeEmail: 'not an email', motivation: '   ' });
      expect(codeOf(invalid)).toBe('BAD_USER_INPUT');
      expect(invalid.errors![0]!.extensions!['invalidArguments']).toEqual(['nomineeEmail', 'motivation']);
      expect(invalid.errors![0]!.message).toMatch(/nomineeEmail must be an email address/);
      const shortNumber = await submit(applicant, call.id, {
        organisation: { name: { he: 'ארגון' }, registrationNumber: '12345' },
      });
      expect(codeOf(shortNumber)).toBe('BAD_USER_INPUT');
      expect(codeOf(await submit(null as never, call.id))).toBe('UNAUTHENTICATED');
    });

    it('lets the applicant edit and withdraw until the deadline, and submit a withdrawn one again', async () => {
      clock.set(MORNING);
      const call = await openCall(await newForum());
      const input = applicationInput(call.id);
      const { id } = (await as(applicant, SUBMIT, { input })).data!['submitApplication'];
      expect(codeOf(await as(stranger, UPDATE_APPLICATION, { input: { applicationId: id, motivation: 'x' } }))).toBe(
        'FORBIDDEN',
      );
      const edited = await as(applicant, UPDATE_APPLICATION, { input: { applicationId: id, motivation: 'מניע חדש' } });
      expect(edited.data!['updateApplication']).toMatchObject({ motivation: 'מניע חדש', status: 'SUBMITTED' });
      expect((await as(applicant, WITHDRAW, { id })).data!['withdrawApplication'].status).toBe('WITHDRAWN');
      expect(codeOf(await as(applicant, UPDATE_APPLICATION, { input: { applicationId: id, motivation: 'y' } }))).toBe(
        'CONFLICT',
      );
      const again = await as(applicant, SUBMIT, {
        input: { ...input, idempotencyKey: 'again', nomineeName: 'יעל לוי' },
      });
      expect(again.data!['submitApplication']).toMatchObject({ id, status: 'SUBMITTED', nomineeName: 'יעל לוי' });

      clock.set(callClosesAt(DEADLINE));
      expect(codeOf(await as(applicant, UPDATE_APPLICATION, { input: { applicationId: id, motivation: 'z' } }))).toBe(
        'DEADLINE_PASSED',
      );
      expect(codeOf(await as(applicant, WITHDRAW, { id }))).toBe('DEADLINE_PASSED');
      const view = await as(
        applicant,
        `query ($id: ID!) { call(id: $id) { viewerApplication { id viewerCanEdit } } }`,
        {
          id: call.id,
        },
      );
      expect(view.data!['call'].viewerApplication).toEqual({ id, viewerCanEdit: false });
    });
  });

  describe('privacy', () => {
    it('shows applications, nominees and scores to the committee, the PMO and admins only', async () => {
      clock.set(MORNING);
      const forumId = await newForum();
      const committee = await committeeOf(forumId);
      const otherCommittee = await committeeOf(haifaBayForumId);
      const call = await openCall(forumId);
      const { id } = await applied(applicant, call.id);
      await close(call.id);
      await scoreAll(committee, id, call.criteria, 4);

      const applications = `query ($id: ID!) { call(id: $id) { applications { id nomineeName nomineeEmail nomineePhone motivation } pipeline { sector } } }`;
      const scores = `query ($id: ID!) { call(id: $id) { viewerApplication { id nomineeEmail decisionReason scores { score } } } }`;
      for (const viewer of [null, stranger, applicant, otherCommittee, negevCeo]) {
        const response = await as(viewer, applications, { id: call.id });
        expect(codeOf(response)).toBe('FORBIDDEN');
        expect(response.data!['call'].applications).toBeNull();
        expect(JSON.stringify(response)).not.toMatch(/dana@|דנה/);
      }
      for (const viewer of [committee, haifaCeo, pmo, admin]) {
        const response = await as(viewer, applications, { id: call.id });
        expect(response.errors).toBeUndefined();
        expect(response.data!['call'].applications).toEqual([
          expect.objectContaining({ id, nomineeEmail: 'dana@example.org', nomineePhone: '04-1234567' }),
        ]);
      }
      // The applicant sees their own application, but never its scores.
      const own = await as(applicant, scores, { id: call.id });
      expect(own.data!['call'].viewerApplication).toMatchObject({ id, nomineeEmail: 'dana@example.org', scores: null });
      expect(codeOf(own)).toBe('FORBIDDEN');
      expect((await as(stranger, scores, { id: call.id })).data!['call'].viewerApplication).toBeNull();
      expect((await as(null, scores, { id: call.id })).data!['call'].viewerApplication).toBeNull();
      // Only the forum's committee scores and decides.
      expect(
        codeOf(
          await as(otherCommittee, SCORE, {
            input: { applicationId: id, scores: [{ criterionId: call.criteria[0]!.id, score: 3 }] },
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(codeOf(await decide(pmo, id, 'ACCEPT'))).toBe('FORBIDDEN');
      expect(codeOf(await decide(negevCeo, id, 'ACCEPT'))).toBe('FORBIDDEN');
      const reserves = `query ($id: ID!) { forum(id: $id) { reserves { id } } }`;
      expect(codeOf(await as(stranger, reserves, { id: forumId }))).toBe('FORBIDDEN');
      expect((await as(committee, reserves, { id: forumId })).data!['forum'].reserves).toEqual([]);
    });
  });

  describe('the advisory committee', () => {
    it('scores 1 to 5 per criterion of the call, replacing a reviewer’s earlier score', async () => {
      clock.set(MORNING);
      const forumId = await newForum();
      const committee = await committeeOf(forumId);
      const call = await openCall(forumId);
      const other = await openCall(forumId);
      const { id } = await applied(applicant, call.id);
      const criterionId = call.criteria[0]!.id;
      const score = (value: number, criterion = criterionId) =>
        as(committee, SCORE, {
          input: { applicationId: id, scores: [{ criterionId: criterion, score: value, note: 'הערה' }] },
        });
      expect(codeOf(await score(3))).toBe('CONFLICT'); // still open
      await close(call.id);
      expect(codeOf(await score(0))).toBe('BAD_USER_INPUT');
      expect(codeOf(await score(6))).toBe('BAD_USER_INPUT');
      expect(codeOf(await score(3, other.criteria[0]!.id))).toBe('BAD_USER_INPUT');
      expect((await score(2)).data!['scoreApplication']).toMatchObject({ averageScore: 2, reviewerCount: 1 });
      expect((await score(5)).data!['scoreApplication']).toMatchObject({ averageScore: 5, reviewerCount: 1 });
      expect(await count('application_score WHERE application_id = $1', [id])).toBe(1);
      await expect(
        db.dataSource.query(`UPDATE application_score SET score = 6 WHERE application_id = $1`, [id]),
      ).rejects.toThrow(/application_score_range/);
      const shown = await as(
        committee,
        `query ($id: ID!) { call(id: $id) { applications { scores { score note reviewerName isViewers criterion { position } } } } }`,
        { id: call.id },
      );
      expect(shown.data!['call'].applications[0].scores).toEqual([
        { score: 5, note: 'הערה', reviewerName: 'חברת ועדה', isViewers: true, criterion: { position: 1 } },
      ]);
    });

    it('ranks densely within each sector by average score, leaving the withdrawn and the unscored out', async () => {
      clock.set(MORNING);
      const forumId = await newForum();
      const committee = await committeeOf(forumId);
      const call = await openCall(forumId);
      const civil = [
        await applied(applicant, call.id),
        await applied(applicant, call.id),
        await applied(applicant, call.id),
      ];
      const unscored = await applied(applicant, call.id);
      const business = await applied(applicant, call.id, { sector: 'BUSINESS' });
      const withdrawn = await applied(applicant, call.id);
      await as(applicant, WITHDRAW, { id: withdrawn.id });
      await close(call.id);
      await scoreAll(committee, civil[0]!.id, call.criteria, 3);
      await scoreAll(haifaCeo, civil[0]!.id, call.criteria, 5); // mean 4
      await scoreAll(committee, civil[1]!.id, call.criteria, 5);
      await scoreAll(committee, civil[2]!.id, call.criteria, 4);
      await scoreAll(committee, business.id, call.criteria, 1);
      const response = await as(
        committee,
        `query ($id: ID!) { call(id: $id) { applications { id sector averageScore reviewerCount rankInSector } } }`,
        { id: call.id },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!['call'].applications).toEqual([
        { id: business.id, sector: 'BUSINESS', averageScore: 1, reviewerCount: 1, rankInSector: 1 },
        { id: civil[1]!.id, sector: 'CIVIL_SOCIETY', averageScore: 5, reviewerCount: 1, rankInSector: 1 },
        expect.objectContaining({ sector: 'CIVIL_SOCIETY', averageScore: 4, rankInSector: 2 }),
        expect.objectContaining({ sector: 'CIVIL_SOCIETY', averageScore: 4, rankInSector: 2 }),
        expect.objectContaining({ sector: 'CIVIL_SOCIETY', averageScore: null, reviewerCount: 0, rankInSector: null }),
        expect.objectContaining({ sector: 'CIVIL_SOCIETY', averageScore: null, rankInSector: null }),
      ]);
      const ids = response.data!['call'].applications.map((a: { id: string }) => a.id);
      expect(ids.slice(2, 4).sort()).toEqual([civil[0]!.id, civil[2]!.id].sort());
      expect(ids.slice(4).sort()).toEqual([unscored.id, withdrawn.id].sort());
      expect(civil[0]!.id).not.toBe(civil[2]!.id);
    });

    it('seats an accepted nominee in the same transaction, for the organisation, with the forum’s term', async () => {
      clock.set(MORNING);
      const forumId = await newForum();
      const committee = await committeeOf(forumId);
      const call = await openCall(forumId);
      const { id, organisation } = await applied(applicant, call.id, { nomineeName: 'רונית אבן' });
      await close(call.id);
      expect(codeOf(await decide(committee, id, 'ACCEPT', '  '))).toBe('BAD_USER_INPUT');
      const accepted = await decide(committee, id, 'ACCEPT');
      expect(accepted.errors).toBeUndefined();
      const application = accepted.data!['decideApplication'];
      expect(application).toMatchObject({ status: 'ACCEPTED', decisionReason: 'לפי מפת הייצוגים', decidedAt: MORNING });
      const [member] = await db.dataSource.query(
        `SELECT m.id, m.organisation_id AS "organisationId", m.sector_code AS sector, m.term_start::text AS "termStart",
                m.term_end::text AS "termEnd", p.name_he AS name
           FROM forum_member m JOIN person p ON p.id = m.person_id WHERE m.id = $1`,
        [application.forumMember.id],
      );
      expect(member).toEqual({
        id: application.forumMember.id,
        organisationId: organisation!.id,
        sector: 'CIVIL_SOCIETY',
        termStart: '2030-06-01',
        termEnd: '2033-06-01',
        name: 'רונית אבן',
      });
      expect(codeOf(await decide(committee, id, 'REJECT'))).toBe('CONFLICT');
      const actions: { action: string }[] = await db.dataSource.query(
        `SELECT action FROM audit_event WHERE request_id = (SELECT request_id FROM audit_event WHERE entity_id = $1 AND action = 'APPLICATION_DECIDED') ORDER BY id`,
        [id],
      );
      expect(actions.map((a) => a.action)).toEqual(['PERSON_CREATED', 'FORUM_MEMBER_APPOINTED', 'APPLICATION_DECIDED']);
    });

    it('accepts exactly as many as the sector has free seats when many decisions come at once (rule 1)', async () => {
      clock.set(MORNING);
      const forumId = await newForum([{ sector: 'BUSINESS', seats: 9 }]);
      const committee = await committeeOf(forumId);
      const call = await openCall(forumId, DEADLINE, { eligibleSectors: ['BUSINESS'] });
      const applications = [];
      for (let i = 0; i < 12; i += 1) applications.push(await applied(applicant, call.id, { sector: 'BUSINESS' }));
      await close(call.id);
      const responses = await Promise.all(applications.map(({ id }) => decide(committee, id, 'ACCEPT')));
      const codes = responses.map((response) => codeOf(response) ?? 'OK');
      expect(codes.filter((code) => code === 'OK')).toHaveLength(9);
      expect(codes.filter((code) => code === 'SEAT_LIMIT')).toHaveLength(3);
      const statuses: { status: string; count: number }[] = await db.dataSource.query(
        `SELECT status, count(*)::int AS count FROM application WHERE call_id = $1 GROUP BY status ORDER BY status`,
        [call.id],
      );
      expect(statuses).toEqual([
        { status: 'ACCEPTED', count: 9 },
        { status: 'UNDER_REVIEW', count: 3 },
      ]);
      expect(await count(`forum_member WHERE forum_id = $1 AND ended_on IS NULL`, [forumId])).toBe(9);
      const [{ filled }] = await db.dataSource.query(`SELECT filled FROM forum_seat WHERE forum_id = $1`, [forumId]);
      expect(filled).toBe(9);
      expect(responses.find((r) => codeOf(r) === 'SEAT_LIMIT')!.errors![0]!.message).toMatch(
        /All 9 business seats are taken/,
      );
    });

    it('draws on the reserves later, after the call is decided, and counts its pipeline as the rows say', async () => {
      clock.set(MORNING);
      const forumId = await newForum([
        { sector: 'BUSINESS', seats: 1 },
        { sector: 'CIVIL_SOCIETY', seats: 2 },
      ]);
      const committee = await committeeOf(forumId);
      const call = await openCall(forumId);
      const first = await applied(applicant, call.id, { sector: 'BUSINESS' });
      const reserve = await applied(applicant, call.id, { sector: 'BUSINESS' });
      const rejected = await applied(applicant, call.id);
      const withdrawn = await applied(applicant, call.id);
      await as(applicant, WITHDRAW, { id: withdrawn.id });
      await applied(applicant, call.id);
      await close(call.id);
      const pipelineQuery = `query ($id: ID!) { call(id: $id) { pipeline { sector seats filled vacant submitted underReview accepted reserve rejected withdrawn } } }`;
      expect((await decide(committee, first.id, 'ACCEPT')).errors).toBeUndefined();
      expect((await decide(committee, reserve.id, 'RESERVE')).errors).toBeUndefined();
      expect((await decide(committee, rejected.id, 'REJECT')).errors).toBeUndefined();
      const pipeline = (await as(committee, pipelineQuery, { id: call.id })).data!['call'].pipeline;
      expect(pipeline).toEqual([
        {
          sector: 'BUSINESS',
          seats: 1,
          filled: 1,
          vacant: 0,
          submitted: 0,
          underReview: 0,
          accepted: 1,
          reserve: 1,
          rejected: 0,
          withdrawn: 0,
        },
        {
          sector: 'CIVIL_SOCIETY',
          seats: 2,
          filled: 0,
          vacant: 2,
          submitted: 0,
          underReview: 1,
          accepted: 0,
          reserve: 0,
          rejected: 1,
          withdrawn: 1,
        },
      ]);
      for (const row of pipeline) {
        for (const [field, status] of [
          ['underReview', 'UNDER_REVIEW'],
          ['accepted', 'ACCEPTED'],
          ['reserve', 'RESERVE'],
          ['rejected', 'REJECTED'],
          ['withdrawn', 'WITHDRAWN'],
        ]) {
          expect(row[field!]).toBe(
            await count(`application WHERE call_id = $1 AND sector_code = $2 AND status = $3`, [
              call.id,
              row.sector,
              status,
            ]),
          );
        }
        expect(row.filled).toBe(
          await count(`forum_member WHERE forum_id = $1 AND sector_code = $2 AND ended_on IS NULL`, [
            forumId,
            row.sector,
          ]),
        );
      }
      const reserves = await as(committee, `query ($id: ID!) { forum(id: $id) { reserves { id status } } }`, {
        id: forumId,
      });
      expect(reserves.data!['forum'].reserves).toEqual([{ id: reserve.id, status: 'RESERVE' }]);

      // No seat now: the reserve waits.
      expect(codeOf(await decide(committee, reserve.id, 'ACCEPT'))).toBe('SEAT_LIMIT');
      const [{ status }] = await db.dataSource.query(`SELECT status FROM application WHERE id = $1`, [reserve.id]);
      expect(status).toBe('RESERVE');
      const rest = (
        await as(committee, `query ($id: ID!) { call(id: $id) { applications(status: UNDER_REVIEW) { id } } }`, {
          id: call.id,
        })
      ).data!['call'].applications;
      for (const { id } of rest) await decide(committee, id, 'REJECT');
      expect((await as(haifaCeo, DECIDE_CALL, { callId: call.id })).errors).toBeUndefined();

      // The seated member leaves; the reserve is drawn on, the call being decided.
      await db.dataSource.query(
        `UPDATE forum_member SET ended_on = term_start, end_reason = 'RESIGNED' WHERE forum_id = $1`,
        [forumId],
      );
      expect(codeOf(await decide(committee, reserve.id, 'REJECT'))).toBe('CONFLICT');
      const drawn = await decide(committee, reserve.id, 'ACCEPT', 'מהעתודה');
      expect(drawn.errors).toBeUndefined();
      expect(drawn.data!['decideApplication']).toMatchObject({
        status: 'ACCEPTED',
        forumMember: { sector: 'BUSINESS' },
      });
    });
  });

  it(
    'takes 200 applications sent at once in the deadline’s last second: 170 stored, retries get the same, the late ones nothing',
    { timeout: 180_000 },
    async () => {
      clock.set(MORNING);
      const forumId = await newForum();
      const call = await openCall(forumId);
      const closesAt = callClosesAt(DEADLINE);
      const lastSecond = await startTestServer(
        db.dataSource,
        { RATE_LIMIT_REQUESTS_PER_MINUTE: '100000' },
        { clock: new LastSecondClock(new Date(closesAt.getTime() - 1000)) },
      );
      const midnight = await startTestServer(
        db.dataSource,
        { RATE_LIMIT_REQUESTS_PER_MINUTE: '100000' },
        { clock: new TestClock(closesAt) },
      );
      try {
        const accounts = await Promise.all(
          Array.from({ length: 10 }, () => createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }])),
        );
        const number = (i: number) => String(700_000_000 + i);
        const inTime = Array.from({ length: 170 }, (_, i) => ({
          account: accounts[i % 10]!,
          input: applicationInput(call.id, {
            idempotencyKey: `last-second-${i}`,
            organisation: { name: { he: `ארגון ${i}` }, registrationNumber: number(i) },
            sector: i % 2 ? 'BUSINESS' : 'CIVIL_SOCIETY',
          }),
        }));
        const late = Array.from({ length: 15 }, (_, i) => ({
          account: accounts[i % 10]!,
          input: applicationInput(call.id, {
            organisation: { name: { he: `מאחר ${i}` }, registrationNumber: number(500 + i) },
          }),
        }));
        const send = (target: TestServer, { account, input }: (typeof inTime)[number]) =>
          target.graphql(SUBMIT, { input }, { token: account.token }) as Promise<Response>;
        const [first, retries, refused] = await Promise.all([
          Promise.all(inTime.map((request) => send(lastSecond, request))),
          Promise.all(inTime.slice(0, 15).map((request) => send(lastSecond, request))),
          Promise.all(late.map((request) => send(midnight, request))),
        ]);
        expect(first.filter((response) => response.errors)).toEqual([]);
        expect(retries.map((response) => response.data?.['submitApplication'].id)).toEqual(
          first.slice(0, 15).map((response) => response.data!['submitApplication'].id),
        );
        expect(refused.map(codeOf)).toEqual(Array(15).fill('DEADLINE_PASSED'));
        expect(await count('application WHERE call_id = $1', [call.id])).toBe(170);
        expect(new Set(first.map((response) => response.data!['submitApplication'].id)).size).toBe(170);
        expect(await count(`application WHERE call_id = $1 AND submitted_at >= $2`, [call.id, closesAt])).toBe(0);
        expect(
          await count('organisation WHERE registration_number = ANY($1)', [
            late.map((l) => l.input.organisation.registrationNumber),
          ]),
        ).toBe(0);
      } finally {
        await lastSecond.close();
        await midnight.close();
      }
    },
  );

  it("runs seed 000's cycle on a new call of Haifa Bay's forum: open, apply, close, score, decide, seated and reserves, decided", async () => {
    clock.set(MORNING);
    const committee = await createAccount(db.dataSource, [{ role: 'COMMITTEE_MEMBER', forumId: haifaBayForumId }]);
    const call = await openCall(haifaBayForumId, DEADLINE, { rotation: 2 });
    const business = await applied(applicant, call.id, { sector: 'BUSINESS', nomineeName: 'איש עסקים' });
    const civil = await applied(stranger, call.id, { nomineeName: 'ראש עמותה' });
    const philanthropist = await applied(applicant, call.id, {
      nomineeKind: 'INDIVIDUAL_PHILANTHROPIST',
      organisation: null,
      sector: 'BUSINESS',
      nomineeName: 'פילנתרופית',
    });
    expect(philanthropist.organisation).toBeNull();
    clock.set('2030-06-03T08:00:00Z');
    await close(call.id);
    for (const [application, score] of [
      [business, 5],
      [civil, 4],
      [philanthropist, 3],
    ] as const) {
      await scoreAll(committee, application.id, call.criteria, score);
    }
    expect((await decide(committee, business.id, 'ACCEPT')).errors).toBeUndefined();
    expect((await decide(committee, civil.id, 'RESERVE')).errors).toBeUndefined();
    expect((await decide(haifaCeo, philanthropist.id, 'REJECT', 'ייצוג מלא')).errors).toBeUndefined();
    expect((await as(haifaCeo, DECIDE_CALL, { callId: call.id })).data!['markCallDecided'].status).toBe('DECIDED');

    const forum = await as(
      committee,
      `query ($id: ID!) { forum(id: $id) { reserves { id nomineeName } calls { status rotation } } }`,
      { id: haifaBayForumId },
    );
    expect(forum.errors).toBeUndefined();
    expect(forum.data!['forum'].reserves).toEqual([{ id: civil.id, nomineeName: 'ראש עמותה' }]);
    // Seated: the forum's managers see the new member (not yet consenting to the public page).
    const members = await as(
      haifaCeo,
      `query ($id: ID!) { forum(id: $id) { members { name { he } sector organisation { id } } } }`,
      {
        id: haifaBayForumId,
      },
    );
    expect(members.data!['forum'].members).toContainEqual({
      name: { he: 'איש עסקים' },
      sector: 'BUSINESS',
      organisation: { id: business.organisation!.id },
    });
    expect(forum.data!['forum'].calls.map((c: { rotation: number }) => c.rotation)).toEqual([2, 1]);
    const seen = await as(
      stranger,
      `query ($id: ID!) { call(id: $id) { viewerApplication { status decisionReason } } }`,
      { id: call.id },
    );
    expect(seen.data!['call'].viewerApplication).toEqual({ status: 'RESERVE', decisionReason: 'לפי מפת הייצוגים' });
  });
});
