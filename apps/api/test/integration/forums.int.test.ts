import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateInIsrael } from '@roundtable/shared/forums';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { createForum, createMeeting, createMember, createPerson, markPresent } from '../support/forums.js';
import { createAccount, type TestAccount } from '../support/identity.js';
import { QueryCounter } from '../support/query-counter.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server.js';

type Response = GraphQLResponse<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

const codeOf = (response: Response) => response.errors?.[0]?.extensions?.['code'];

const APPOINT = `mutation ($input: AppointForumMemberInput!) {
  appointForumMember(input: $input) {
    id role sector status isIndividual termStart termEnd
    name { he } organisation { name { he } sector registrationNumber } localAuthority { name { he } }
  }
}`;
const UPDATE_FORUM = `mutation ($input: UpdateForumInput!) {
  updateForum(input: $input) { id termYears minMeetingsPerYear goals { he } seats { sector seats filled vacant } }
}`;
const END = `mutation ($input: EndForumMemberInput!) { endForumMember(input: $input) { id status endedOn endReason } }`;
const RENEW = `mutation ($input: RenewForumMemberInput!) { renewForumMember(input: $input) { id termEnd } }`;
const RECORD = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id attendance { id } } }`;
const SEATS = `query ($id: ID!) { forum(id: $id) { seats { sector seats filled vacant } } }`;

describe('forums, their members, meetings and attendance', () => {
  const counter = new QueryCounter();
  let db: TestDatabase;
  let server: TestServer;
  let haifaBayId: string;
  let westernNegevId: string;
  let haifaBayForumId: string;
  let haifaCeo: TestAccount;
  let negevCeo: TestAccount;
  let pmo: TestAccount;
  let admin: TestAccount;
  let stakeholder: TestAccount;
  const today = dateInIsrael(new Date());
  const thisYear = Number(today.slice(0, 4));
  const lastYear = thisYear - 1;

  beforeAll(async () => {
    db = await createTestDatabase({ logger: counter });
    await seedDatabase(db.dataSource);
    // The concurrency test sends 50 requests at once from one address.
    server = await startTestServer(db.dataSource, { RATE_LIMIT_REQUESTS_PER_MINUTE: '100000' });
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
    stakeholder = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  const as = (account: TestAccount | null, query: string, variables: Record<string, unknown> = {}) =>
    server.graphql(query, variables, account ? { token: account.token } : {}) as Promise<Response>;
  const seatsOf = async (forumId: string) =>
    (await as(null, SEATS, { id: forumId })).data!['forum'].seats as {
      sector: string;
      seats: number;
      filled: number;
      vacant: number;
    }[];
  const activeCount = async (forumId: string, sector: string) =>
    (
      await db.dataSource.query(
        `SELECT count(*)::int AS count FROM forum_member
          WHERE forum_id = $1 AND sector_code = $2 AND ended_on IS NULL AND role <> 'SECRETARY'`,
        [forumId, sector],
      )
    )[0].count as number;
  const auditCount = async (action: string, entityId?: string) =>
    (
      await db.dataSource.query(
        `SELECT count(*)::int AS count FROM audit_event WHERE action = $1 AND ($2::text IS NULL OR entity_id = $2)`,
        [action, entityId ?? null],
      )
    )[0].count as number;
  const individual = (forumId: string, extra: Record<string, unknown> = {}) => ({
    input: {
      forumId,
      newPerson: { name: { he: `חבר ${randomUUID().slice(0, 6)}` } },
      sector: 'CIVIL_SOCIETY',
      termStart: '2024-01-01',
      ...extra,
    },
  });

  describe('the public page', () => {
    it("shows Haifa Bay's forum as its source gives it: 27 seats, its goals and rules, the chair and the secretary", async () => {
      const response = await as(
        null,
        `query ($id: ID!) { forum(id: $id) {
          name { he en } kind isNational cluster { slug } topic { code } termYears minMeetingsPerYear allowsIndividuals
          launchedOn source { code } goals { he en } viewerCanManage
          seats { sector seats filled vacant }
          members { role sector isIndividual status name { he en } localAuthority { name { he } } organisation { id } }
        } }`,
        { id: haifaBayForumId },
      );
      expect(response.errors).toBeUndefined();
      const forum = response.data!['forum'];
      expect(forum).toMatchObject({
        name: { he: 'הפורום הבין-מגזרי האזורי', en: 'Regional cross-sector forum' },
        kind: 'CROSS_SECTOR',
        isNational: false,
        cluster: { slug: 'haifa-bay' },
        topic: { code: 'EMERGENCY_AND_CRISIS' },
        termYears: 3,
        minMeetingsPerYear: 4,
        allowsIndividuals: true,
        launchedOn: null,
        source: { code: 'HAIFA_BAY_CALL_2020' },
        viewerCanManage: false,
      });
      expect(forum.goals).toHaveLength(3);
      expect(forum.seats).toEqual([
        { sector: 'LOCAL_GOVERNMENT', seats: 9, filled: 1, vacant: 8 },
        { sector: 'BUSINESS', seats: 9, filled: 0, vacant: 9 },
        { sector: 'CIVIL_SOCIETY', seats: 9, filled: 0, vacant: 9 },
      ]);
      expect(forum.members).toEqual([
        {
          role: 'CHAIR',
          sector: 'LOCAL_GOVERNMENT',
          isIndividual: false,
          status: 'ACTIVE',
          name: { he: 'סימון אלפסי', en: 'Simon Alfasi' },
          localAuthority: { name: { he: 'יקנעם' } },
          organisation: null,
        },
        {
          role: 'SECRETARY',
          sector: null,
          isIndividual: false,
          status: 'ACTIVE',
          name: { he: 'אהרון אזולאי', en: 'Aharon Azoulay' },
          localAuthority: null,
          organisation: null,
        },
      ]);
      const asCeo = await as(haifaCeo, `query ($id: ID!) { forum(id: $id) { viewerCanManage } }`, {
        id: haifaBayForumId,
      });
      expect(asCeo.data!['forum'].viewerCanManage).toBe(true);
    });

    it("lists a cluster's forums by kind, then name, and the national round table apart", async () => {
      const negev = await as(null, `query ($id: ID!) { forums(clusterId: $id) { kind name { he } goals { he } } }`, {
        id: westernNegevId,
      });
      expect(negev.data!['forums'].map((f: { kind: string }) => f.kind)).toEqual([
        'HEADS',
        'COORDINATING',
        'PROFESSIONAL',
        'PROFESSIONAL',
        'PROFESSIONAL',
      ]);
      const viaCluster = await as(null, `{ cluster(slug: "western-negev") { forums { name { he } } } }`);
      expect(viaCluster.data!['cluster'].forums.map((f: { name: { he: string } }) => f.name.he)).toEqual(
        negev.data!['forums'].map((f: { name: { he: string } }) => f.name.he),
      );
      const national = await as(null, `{ forums(national: true) { isNational kind cluster { slug } launchedOn } }`);
      expect(national.data!['forums']).toEqual([
        { isNational: true, kind: 'ROUND_TABLE', cluster: null, launchedOn: '2008' },
      ]);
      const professional = await as(null, `{ forums(kind: PROFESSIONAL, national: false) { kind } }`);
      expect(professional.data!['forums'].length).toBeGreaterThanOrEqual(4);

      const both = await as(null, `query ($id: ID!) { forums(clusterId: $id, national: true) { id } }`, {
        id: haifaBayId,
      });
      expect(codeOf(both)).toBe('BAD_USER_INPUT');
      const missing = await as(null, `{ forum(id: "00000000-0000-4000-8000-000000000000") { id } }`);
      expect(codeOf(missing)).toBe('NOT_FOUND');
    });
  });

  describe('creating and changing forums', () => {
    const CREATE = `mutation ($input: CreateForumInput!) {
      createForum(input: $input) { id kind cluster { slug } termYears topic { code } goals { he } seats { sector seats filled } }
    }`;

    it("lets a cluster's CEO create a forum with its goals and representation map, and records it", async () => {
      const created = await as(haifaCeo, CREATE, {
        input: {
          clusterId: haifaBayId,
          kind: 'PROFESSIONAL',
          name: { he: 'פורום החינוך', en: 'Education forum' },
          topicCode: 'EDUCATION',
          goals: [{ he: 'מטרה ראשונה' }, { he: 'מטרה שנייה' }],
          seats: [
            { sector: 'BUSINESS', seats: 2 },
            { sector: 'CIVIL_SOCIETY', seats: 3 },
          ],
          termYears: 2,
        },
      });
      expect(created.errors).toBeUndefined();
      expect(created.data!['createForum']).toMatchObject({
        kind: 'PROFESSIONAL',
        cluster: { slug: 'haifa-bay' },
        termYears: 2,
        topic: { code: 'EDUCATION' },
        goals: [{ he: 'מטרה ראשונה' }, { he: 'מטרה שנייה' }],
        seats: [
          { sector: 'BUSINESS', seats: 2, filled: 0 },
          { sector: 'CIVIL_SOCIETY', seats: 3, filled: 0 },
        ],
      });
      const [entry] = await db.dataSource.query(
        `SELECT cluster_id, after FROM audit_event WHERE action = 'FORUM_CREATED' AND entity_id = $1`,
        [created.data!['createForum'].id],
      );
      expect(entry.cluster_id).toBe(haifaBayId);
      expect(entry.after).toMatchObject({ kind: 'PROFESSIONAL', seats: { BUSINESS: 2, CIVIL_SOCIETY: 3 } });

      const national = await as(pmo, CREATE, { input: { kind: 'ROUND_TABLE', name: { he: 'שולחן עגול לצעירים' } } });
      expect(national.data!['createForum']).toMatchObject({ kind: 'ROUND_TABLE', cluster: null });
    });

    it('refuses a forum that breaks a rule, with a code and a message a person can act on', async () => {
      const input = { clusterId: haifaBayId, kind: 'PROFESSIONAL', name: { he: 'פורום' } };
      const cases: [TestAccount, Record<string, unknown>, string, RegExp][] = [
        [haifaCeo, { ...input, kind: 'ROUND_TABLE' }, 'BAD_USER_INPUT', /national forum/],
        [pmo, { ...input, clusterId: null }, 'BAD_USER_INPUT', /round table/],
        [
          haifaCeo,
          {
            ...input,
            seats: [
              { sector: 'BUSINESS', seats: 2 },
              { sector: 'BUSINESS', seats: 3 },
            ],
          },
          'BAD_USER_INPUT',
          /appears twice/,
        ],
        [
          haifaCeo,
          { ...input, seats: [{ sector: 'BUSINESS', seats: 0 }] },
          'BAD_USER_INPUT',
          /seats must be at least 1/,
        ],
        [haifaCeo, { ...input, topicCode: 'ASTROLOGY' }, 'NOT_FOUND', /ASTROLOGY/],
        [haifaCeo, { ...input, clusterId: westernNegevId }, 'FORBIDDEN', /cluster's CEO/],
        [haifaCeo, { ...input, clusterId: null, kind: 'ROUND_TABLE' }, 'FORBIDDEN', /PMO unit/],
        [pmo, input, 'FORBIDDEN', /cluster's CEO/],
      ];
      for (const [account, given, code, message] of cases) {
        const response = await as(account, CREATE, { input: given });
        expect(codeOf(response), JSON.stringify(given)).toBe(code);
        expect(response.errors![0]!.message).toMatch(message);
      }
    });

    it('changes rules, goals and the map; a field left out stays, null clears it', async () => {
      const forumId = await createForum(db.dataSource, {
        clusterId: haifaBayId,
        termYears: 3,
        minMeetingsPerYear: 4,
        seats: [{ sector: 'BUSINESS', seats: 2 }],
      });
      const response = await as(haifaCeo, UPDATE_FORUM, {
        input: {
          id: forumId,
          termYears: null,
          goals: [{ he: 'מטרה חדשה' }],
          seats: [
            { sector: 'BUSINESS', seats: 4 },
            { sector: 'ACADEMIA', seats: 1 },
          ],
        },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!['updateForum']).toEqual({
        id: forumId,
        termYears: null,
        minMeetingsPerYear: 4,
        goals: [{ he: 'מטרה חדשה' }],
        seats: [
          { sector: 'BUSINESS', seats: 4, filled: 0, vacant: 4 },
          { sector: 'ACADEMIA', seats: 1, filled: 0, vacant: 1 },
        ],
      });
      const [entry] = await db.dataSource.query(
        `SELECT before, after FROM audit_event WHERE action = 'FORUM_UPDATED' AND entity_id = $1`,
        [forumId],
      );
      expect(entry.before).toMatchObject({ termYears: 3, seats: { BUSINESS: 2 } });
      expect(entry.after).toMatchObject({ termYears: null, seats: { BUSINESS: 4, ACADEMIA: 1 } });
      const other = await as(negevCeo, UPDATE_FORUM, { input: { id: forumId, termYears: 2 } });
      expect(codeOf(other)).toBe('FORBIDDEN');
    });

    it('writes nothing when the settings are saved as they were', async () => {
      const forumId = await createForum(db.dataSource, {
        clusterId: haifaBayId,
        termYears: 3,
        seats: [{ sector: 'BUSINESS', seats: 2 }],
      });
      const [{ updated_at: before }] = await db.dataSource.query(`SELECT updated_at FROM forum WHERE id = $1`, [
        forumId,
      ]);
      const same = await as(haifaCeo, UPDATE_FORUM, {
        input: { id: forumId, termYears: 3, seats: [{ sector: 'BUSINESS', seats: 2 }] },
      });
      expect(same.errors).toBeUndefined();
      expect(same.data!['updateForum']).toMatchObject({ id: forumId, termYears: 3 });
      const [{ updated_at: after }] = await db.dataSource.query(`SELECT updated_at FROM forum WHERE id = $1`, [
        forumId,
      ]);
      expect(after).toEqual(before);
      const entries = await db.dataSource.query(
        `SELECT 1 FROM audit_event WHERE action = 'FORUM_UPDATED' AND entity_id = $1`,
        [forumId],
      );
      expect(entries).toHaveLength(0);
    });
  });

  describe('the seat limit (rule 1)', () => {
    it('refuses a member beyond the seats of their sector, or of a sector the map leaves out', async () => {
      const forumId = await createForum(db.dataSource, {
        clusterId: haifaBayId,
        seats: [
          { sector: 'BUSINESS', seats: 2 },
          { sector: 'CIVIL_SOCIETY', seats: 2 },
        ],
      });
      for (const name of ['חברה א', 'חברה ב']) {
        const appointed = await as(haifaCeo, APPOINT, {
          input: {
            forumId,
            newPerson: { name: { he: `מנכ"לית ${name}` } },
            newOrganisation: { name: { he: name }, sector: 'BUSINESS' },
            termStart: '2024-03-01',
          },
        });
        expect(appointed.errors).toBeUndefined();
        expect(appointed.data!['appointForumMember']).toMatchObject({ sector: 'BUSINESS', isIndividual: false });
      }
      const third = await as(haifaCeo, APPOINT, {
        input: {
          forumId,
          newPerson: { name: { he: 'מנכ"ל חברה ג' } },
          newOrganisation: { name: { he: 'חברה ג' }, sector: 'BUSINESS' },
          termStart: '2024-03-01',
        },
      });
      expect(third.errors![0]).toMatchObject({
        message: expect.stringMatching(/^All 2 business seats are taken/),
        extensions: { code: 'SEAT_LIMIT', sector: 'BUSINESS', seats: 2 },
      });
      // Nothing of the refused appointment stays: not the person, not the organisation.
      const [{ count }] = await db.dataSource.query(
        `SELECT count(*)::int AS count FROM organisation WHERE name_he = 'חברה ג'`,
      );
      expect(count).toBe(0);

      const academia = await as(haifaCeo, APPOINT, individual(forumId, { sector: 'ACADEMIA' }));
      expect(codeOf(academia)).toBe('SEAT_LIMIT');
      expect(academia.errors![0]!.message).toMatch(/gives no seats to the academia sector/);

      // The secretary is staff and takes no seat.
      const secretary = await as(haifaCeo, APPOINT, individual(forumId, { role: 'SECRETARY', sector: null }));
      expect(secretary.errors).toBeUndefined();
      expect(await seatsOf(forumId)).toEqual([
        { sector: 'BUSINESS', seats: 2, filled: 2, vacant: 0 },
        { sector: 'CIVIL_SOCIETY', seats: 2, filled: 0, vacant: 2 },
      ]);
    });

    it('keeps the map above the seats held, and counts the members of a sector added to it', async () => {
      const forumId = await createForum(db.dataSource, { clusterId: haifaBayId });
      // No map: no limit.
      for (let i = 0; i < 3; i += 1) await createMember(db.dataSource, forumId, { sector: 'BUSINESS' });
      const lower = await as(haifaCeo, UPDATE_FORUM, {
        input: { id: forumId, seats: [{ sector: 'BUSINESS', seats: 2 }] },
      });
      expect(codeOf(lower)).toBe('SEAT_LIMIT');
      expect(lower.errors![0]!.message).toMatch(
        /3 business members sit in the forum: give the sector at least 3 seats/,
      );
      const leftOut = await as(haifaCeo, UPDATE_FORUM, {
        input: { id: forumId, seats: [{ sector: 'CIVIL_SOCIETY', seats: 5 }] },
      });
      expect(codeOf(leftOut)).toBe('SEAT_LIMIT');
      const map = await as(haifaCeo, UPDATE_FORUM, {
        input: { id: forumId, seats: [{ sector: 'BUSINESS', seats: 3 }] },
      });
      expect(map.data!['updateForum'].seats).toEqual([{ sector: 'BUSINESS', seats: 3, filled: 3, vacant: 0 }]);
      // Ending a membership frees its seat for the next appointment.
      const [{ id: memberId }] = await db.dataSource.query(`SELECT id FROM forum_member WHERE forum_id = $1 LIMIT 1`, [
        forumId,
      ]);
      expect((await as(haifaCeo, END, { input: { memberId, reason: 'RESIGNED' } })).errors).toBeUndefined();
      expect(await seatsOf(forumId)).toEqual([{ sector: 'BUSINESS', seats: 3, filled: 2, vacant: 1 }]);
      const next = await as(haifaCeo, APPOINT, individual(forumId, { sector: 'BUSINESS' }));
      expect(next.errors).toBeUndefined();
      expect(await seatsOf(forumId)).toEqual([{ sector: 'BUSINESS', seats: 3, filled: 3, vacant: 0 }]);
    });

    it('is held by the database itself, whatever writes to it', async () => {
      const forumId = await createForum(db.dataSource, {
        clusterId: haifaBayId,
        seats: [{ sector: 'BUSINESS', seats: 1 }],
      });
      await createMember(db.dataSource, forumId, { sector: 'BUSINESS' });
      await expect(createMember(db.dataSource, forumId, { sector: 'BUSINESS' })).rejects.toThrow(
        /forum_seat_within_limit/,
      );
      await expect(createMember(db.dataSource, forumId, { sector: 'ACADEMIA' })).rejects.toThrow(
        /no seats to the ACADEMIA sector/,
      );
      await expect(
        db.dataSource.query(`UPDATE forum_seat SET filled = 0 WHERE forum_id = $1`, [forumId]),
      ).rejects.toThrow(/kept by the forum_member trigger/);
      // An ended member's row stays, and a member moved to another sector moves their seat.
      await expect(
        db.dataSource.query(`UPDATE forum_member SET sector_code = 'ACADEMIA' WHERE forum_id = $1`, [forumId]),
      ).rejects.toThrow(/no seats to the ACADEMIA sector/);
      expect(await seatsOf(forumId)).toEqual([{ sector: 'BUSINESS', seats: 1, filled: 1, vacant: 0 }]);
    });

    it('gives the last free seat to exactly one of 50 appointments made at once', async () => {
      const forumId = await createForum(db.dataSource, {
        clusterId: haifaBayId,
        seats: [{ sector: 'CIVIL_SOCIETY', seats: 5 }],
      });
      for (let i = 0; i < 4; i += 1) await createMember(db.dataSource, forumId, { sector: 'CIVIL_SOCIETY' });
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          as(haifaCeo, APPOINT, {
            input: {
              forumId,
              newPerson: { name: { he: `מועמדת ${i}` } },
              newOrganisation: { name: { he: `עמותה ${i}` }, sector: 'CIVIL_SOCIETY' },
              termStart: '2025-01-01',
            },
          }),
        ),
      );
      const won = responses.filter((response) => !response.errors);
      const refused = responses.filter((response) => response.errors);
      expect(won).toHaveLength(1);
      expect(refused).toHaveLength(49);
      for (const response of refused) {
        expect(response.errors![0]).toMatchObject({
          message: expect.stringMatching(/^All 5 civil-society seats are taken/),
          extensions: { code: 'SEAT_LIMIT' },
        });
      }
      const [seat] = await seatsOf(forumId);
      expect(seat).toEqual({ sector: 'CIVIL_SOCIETY', seats: 5, filled: 5, vacant: 0 });
      expect(await activeCount(forumId, 'CIVIL_SOCIETY')).toBe(5);
      // Only the winner's organisation and audit entry were written.
      const [{ organisations }] = await db.dataSource.query(
        `SELECT count(*)::int AS organisations FROM organisation WHERE name_he LIKE 'עמותה %'`,
      );
      expect(organisations).toBe(1);
    });
  });

  describe('appointing, renewing and ending', () => {
    it('appoints for a local authority, an organisation or as an individual, each in its sector', async () => {
      const forumId = await createForum(db.dataSource, { clusterId: haifaBayId, termYears: 3 });
      const [{ id: tamraId }] = await db.dataSource.query(`SELECT id FROM local_authority WHERE name_he = 'תמרה'`);
      const mayor = await as(haifaCeo, APPOINT, {
        input: {
          forumId,
          newPerson: { name: { he: 'ראש העירייה' }, title: { he: 'ראש עיריית תמרה' } },
          localAuthorityId: tamraId,
          role: 'CO_CHAIR',
          termStart: '2024-02-29',
        },
      });
      expect(mayor.data!['appointForumMember']).toMatchObject({
        role: 'CO_CHAIR',
        sector: 'LOCAL_GOVERNMENT',
        localAuthority: { name: { he: 'תמרה' } },
        termStart: '2024-02-29',
        // Start plus the forum's 3 years; 29 February becomes 28 February.
        termEnd: '2027-02-28',
      });
      const association = await as(haifaCeo, APPOINT, {
        input: {
          forumId,
          newPerson: { name: { he: 'יו"ר העמותה' } },
          newOrganisation: { name: { he: 'עמותת הבדיקה' }, sector: 'CIVIL_SOCIETY', registrationNumber: '58-012345-6' },
          termStart: '2024-03-01',
          termEnd: '2025-03-01',
        },
      });
      expect(association.data!['appointForumMember']).toMatchObject({
        sector: 'CIVIL_SOCIETY',
        termEnd: '2025-03-01',
        organisation: { name: { he: 'עמותת הבדיקה' }, sector: 'CIVIL_SOCIETY', registrationNumber: '580123456' },
      });
      const philanthropist = await as(haifaCeo, APPOINT, individual(forumId, { sector: 'BUSINESS' }));
      expect(philanthropist.data!['appointForumMember']).toMatchObject({ isIndividual: true, sector: 'BUSINESS' });
      expect(await auditCount('PERSON_CREATED')).toBeGreaterThanOrEqual(3);
      expect(await auditCount('ORGANISATION_CREATED')).toBeGreaterThanOrEqual(1);
    });

    it('refuses an appointment that breaks a rule, and writes nothing', async () => {
      const forumId = await createForum(db.dataSource, { clusterId: haifaBayId, allowsIndividuals: false });
      const openForumId = await createForum(db.dataSource, { clusterId: haifaBayId });
      const [{ id: tamraId }] = await db.dataSource.query(`SELECT id FROM local_authority WHERE name_he = 'תמרה'`);
      const personId = await createPerson(db.dataSource);
      const existing = await as(haifaCeo, APPOINT, {
        input: { forumId: openForumId, personId, sector: 'BUSINESS', role: 'CHAIR', termStart: '2024-01-01' },
      });
      expect(existing.errors).toBeUndefined();
      const before = await auditCount('FORUM_MEMBER_APPOINTED');
      const cases: [Record<string, unknown>, string, RegExp][] = [
        [{ forumId, sector: 'BUSINESS', termStart: '2024-01-01' }, 'BAD_USER_INPUT', /Give the person/],
        [
          { forumId, personId, newPerson: { name: { he: 'x' } }, sector: 'BUSINESS', termStart: '2024-01-01' },
          'BAD_USER_INPUT',
          /Give the person/,
        ],
        [{ forumId, personId, sector: 'BUSINESS', termStart: '2024-01-01' }, 'BAD_USER_INPUT', /not as individuals/],
        [
          { forumId, personId, localAuthorityId: tamraId, sector: 'BUSINESS', termStart: '2024-01-01' },
          'BAD_USER_INPUT',
          /local-government seat, not business/,
        ],
        [
          { forumId, personId, localAuthorityId: tamraId, organisationId: randomUUID(), termStart: '2024-01-01' },
          'BAD_USER_INPUT',
          /at most one/,
        ],
        [
          { forumId, personId, localAuthorityId: tamraId, termStart: '2024-01-01', termEnd: '2023-01-01' },
          'BAD_USER_INPUT',
          /termEnd must come after termStart/,
        ],
        [
          { forumId, personId: randomUUID(), localAuthorityId: tamraId, termStart: '2024-01-01' },
          'NOT_FOUND',
          /person/,
        ],
        [
          { forumId: openForumId, personId, sector: 'BUSINESS', termStart: '2024-01-01' },
          'CONFLICT',
          /sits in the forum already/,
        ],
        [
          {
            forumId: openForumId,
            newPerson: { name: { he: 'יו"ר שני' } },
            sector: 'BUSINESS',
            role: 'CHAIR',
            termStart: '2024-01-01',
          },
          'CONFLICT',
          /The forum has a chair/,
        ],
        [
          { forumId: openForumId, newPerson: { name: { he: 'y' } }, termStart: '2024-01-01' },
          'BAD_USER_INPUT',
          /needs the sector/,
        ],
        [
          { forumId: openForumId, newPerson: { name: { he: 'z' } }, sector: 'BUSINESS', termStart: '2024-13-01' },
          'BAD_USER_INPUT',
          /calendar day/,
        ],
      ];
      for (const [input, code, message] of cases) {
        const response = await as(haifaCeo, APPOINT, { input });
        expect(codeOf(response), JSON.stringify(input)).toBe(code);
        expect(response.errors![0]!.message).toMatch(message);
      }
      // An organisation's registration number is unique.
      const first = await as(haifaCeo, APPOINT, {
        input: {
          forumId: openForumId,
          newPerson: { name: { he: 'נציגה' } },
          newOrganisation: { name: { he: 'חברה בע"מ' }, sector: 'BUSINESS', registrationNumber: '510000001' },
          termStart: '2024-01-01',
        },
      });
      expect(first.errors).toBeUndefined();
      const again = await as(haifaCeo, APPOINT, {
        input: {
          forumId: openForumId,
          newPerson: { name: { he: 'נציג' } },
          newOrganisation: { name: { he: 'אותה חברה' }, sector: 'BUSINESS', registrationNumber: '51-000000-1' },
          termStart: '2024-01-01',
        },
      });
      expect(codeOf(again)).toBe('CONFLICT');
      expect(again.errors![0]!.message).toMatch(/registration number exists/);
      expect(await auditCount('FORUM_MEMBER_APPOINTED')).toBe(before + 1);
    });

    it("renews a term by the forum's length or to a later end, and refuses an earlier one", async () => {
      const forumId = await createForum(db.dataSource, { clusterId: haifaBayId, termYears: 3 });
      const { id: memberId } = await createMember(db.dataSource, forumId, {
        termStart: '2024-01-01',
        termEnd: '2027-01-01',
      });
      const renewed = await as(haifaCeo, RENEW, { input: { memberId } });
      expect(renewed.data!['renewForumMember'].termEnd).toBe('2030-01-01');
      const earlier = await as(haifaCeo, RENEW, { input: { memberId, termEnd: '2029-01-01' } });
      expect(codeOf(earlier)).toBe('BAD_USER_INPUT');
      expect(earlier.errors![0]!.message).toMatch(/after the current end, 2030-01-01/);
      const later = await as(haifaCeo, RENEW, { input: { memberId, termEnd: '2031-06-30' } });
      expect(later.data!['renewForumMember'].termEnd).toBe('2031-06-30');

      const openForumId = await createForum(db.dataSource, { clusterId: haifaBayId });
      const { id: openMember } = await createMember(db.dataSource, openForumId);
      const noLength = await as(haifaCeo, RENEW, { input: { memberId: openMember } });
      expect(codeOf(noLength)).toBe('BAD_USER_INPUT');
      expect(noLength.errors![0]!.message).toMatch(/no term length/);
      expect(await auditCount('FORUM_MEMBER_RENEWED', memberId)).toBe(2);
    });

    it('ends a membership and keeps the row: who sat when', async () => {
      const forumId = await createForum(db.dataSource, { clusterId: haifaBayId });
      const { id: memberId } = await createMember(db.dataSource, forumId, { termStart: '2024-01-01' });
      const meetingId = await createMeeting(db.dataSource, forumId, `${today}T00:00:00+02:00`);
      const meetingDay = (
        await db.dataSource.query(
          `SELECT ((starts_at AT TIME ZONE 'Asia/Jerusalem')::date)::text AS day FROM meeting WHERE id = $1`,
          [meetingId],
        )
      )[0].day as string;
      await markPresent(db.dataSource, meetingId, forumId, [memberId]);

      const future = await as(haifaCeo, END, { input: { memberId, reason: 'RESIGNED', endedOn: addDays(today, 5) } });
      expect(codeOf(future)).toBe('BAD_USER_INPUT');
      expect(future.errors![0]!.message).toMatch(/in the future/);
      const beforeMeeting = await as(haifaCeo, END, { input: { memberId, reason: 'RESIGNED', endedOn: meetingDay } });
      expect(codeOf(beforeMeeting)).toBe('BAD_USER_INPUT');
      expect(beforeMeeting.errors![0]!.message).toMatch(/came to a meeting on/);
      await db.dataSource.query(`DELETE FROM meeting_attendance WHERE meeting_id = $1`, [meetingId]);

      const ended = await as(haifaCeo, END, { input: { memberId, reason: 'LEFT_ORGANISATION' } });
      expect(ended.data!['endForumMember']).toEqual({
        id: memberId,
        status: 'ENDED',
        endedOn: today,
        endReason: 'LEFT_ORGANISATION',
      });
      expect(codeOf(await as(haifaCeo, END, { input: { memberId, reason: 'RESIGNED' } }))).toBe('CONFLICT');
      expect(codeOf(await as(haifaCeo, RENEW, { input: { memberId, termEnd: '2035-01-01' } }))).toBe('CONFLICT');
      const members = `query ($id: ID!, $all: Boolean!) { forum(id: $id) { members(includeEnded: $all) { id status } } }`;
      expect((await as(haifaCeo, members, { id: forumId, all: false })).data!['forum'].members).toEqual([]);
      expect((await as(haifaCeo, members, { id: forumId, all: true })).data!['forum'].members).toEqual([
        { id: memberId, status: 'ENDED' },
      ]);
    });

    it('withdraws an appointment whose term has not begun on its first day', async () => {
      const forumId = await createForum(db.dataSource, { clusterId: haifaBayId });
      const start = addDays(today, 30);
      const { id: memberId } = await createMember(db.dataSource, forumId, { termStart: start });
      const ended = await as(haifaCeo, END, { input: { memberId, reason: 'OTHER' } });
      expect(ended.data!['endForumMember']).toMatchObject({ status: 'ENDED', endedOn: start });
    });
  });

  describe('privacy of members', () => {
    const MEMBERS = `query ($id: ID!) { forum(id: $id) { members { name { he } role sector } } }`;
    const PRIVATE = `query ($id: ID!) { forum(id: $id) { members { name { he } termStart termEnd termEndsSoon shownPublicly person { title { he } } } } }`;

    it('shows anyone only the members who consented, and only their public page; managers and readers see all', async () => {
      const forumId = await createForum(db.dataSource, { clusterId: haifaBayId });
      await createMember(db.dataSource, forumId, {
        personId: await createPerson(db.dataSource, 'מוצגת'),
        shownPublicly: true,
      });
      await createMember(db.dataSource, forumId, { personId: await createPerson(db.dataSource, 'חסויה') });
      const names = async (account: TestAccount | null) =>
        (await as(account, MEMBERS, { id: forumId })).data!['forum'].members.map(
          (m: { name: { he: string } }) => m.name.he,
        );
      for (const outsider of [null, stakeholder, negevCeo]) expect(await names(outsider)).toEqual(['מוצגת']);
      for (const reader of [haifaCeo, pmo, admin]) expect((await names(reader)).sort()).toEqual(['חסויה', 'מוצגת']);

      // What is not on the public page is refused field by field; the rest of the answer stands.
      const anonymous = await as(null, PRIVATE, { id: forumId });
      expect(anonymous.data!['forum'].members).toEqual([
        {
          name: { he: 'מוצגת' },
          termStart: null,
          termEnd: null,
          termEndsSoon: null,
          shownPublicly: null,
          person: null,
        },
      ]);
      expect(new Set(anonymous.errors!.map((e) => e.extensions?.['code']))).toEqual(new Set(['FORBIDDEN']));
      expect(anonymous.errors![0]!.message).toMatch(/seen only by the forum's managers/);
      const manager = await as(haifaCeo, PRIVATE, { id: forumId });
      expect(manager.errors).toBeUndefined();
      expect(manager.data!['forum'].members).toHaveLength(2);
    });

    it('records consent and its withdrawal, which hides the member again at once', async () => {
      const forumId = await createForum(db.dataSource, { clusterId: haifaBayId });
      const { id: memberId } = await createMember(db.dataSource, forumId, {
        personId: await createPerson(db.dataSource, 'מסכימה'),
      });
      const CONSENT = `mutation ($input: RecordForumMemberConsentInput!) {
        recordForumMemberConsent(input: $input) { shownPublicly publicConsentOn }
      }`;
      const visible = async () => (await as(null, MEMBERS, { id: forumId })).data!['forum'].members.length;
      expect(await visible()).toBe(0);
      const granted = await as(haifaCeo, CONSENT, {
        input: { memberId, shownPublicly: true, consentedOn: '2024-05-01' },
      });
      expect(granted.data!['recordForumMemberConsent']).toEqual({ shownPublicly: true, publicConsentOn: '2024-05-01' });
      expect(await visible()).toBe(1);
      const withdrawn = await as(haifaCeo, CONSENT, { input: { memberId, shownPublicly: false } });
      expect(withdrawn.data!['recordForumMemberConsent']).toEqual({ shownPublicly: false, publicConsentOn: null });
      expect(await visible()).toBe(0);
      const future = await as(haifaCeo, CONSENT, {
        input: { memberId, shownPublicly: true, consentedOn: addDays(today, 3) },
      });
      expect(codeOf(future)).toBe('BAD_USER_INPUT');
      expect(await auditCount('FORUM_MEMBER_CONSENT_CHANGED', memberId)).toBe(2);
    });
  });

  describe('meetings', () => {
    const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id title startsAt hasStarted } }`;
    const UPDATE = `mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id title summary location startsAt } }`;

    it('schedules, updates and deletes a meeting; its date and title are public, the rest its managers’', async () => {
      const forumId = await createForum(db.dataSource, { clusterId: haifaBayId });
      const startsAt = new Date(Date.now() + 10 * 86_400_000).toISOString();
      const scheduled = await as(haifaCeo, SCHEDULE, {
        input: { forumId, startsAt, title: ' מפגש פתיחה ', location: 'קריית אתא', agenda: 'היכרות' },
      });
      expect(scheduled.errors).toBeUndefined();
      const meetingId = scheduled.data!['scheduleMeeting'].id;
      expect(scheduled.data!['scheduleMeeting']).toMatchObject({ title: 'מפגש פתיחה', hasStarted: false });

      const next = await as(null, `query ($id: ID!) { forum(id: $id) { nextMeeting { title startsAt location } } }`, {
        id: forumId,
      });
      expect(next.data!['forum'].nextMeeting).toEqual({ title: 'מפגש פתיחה', startsAt, location: null });
      expect(codeOf(next)).toBe('FORBIDDEN');

      const updated = await as(haifaCeo, UPDATE, { input: { id: meetingId, summary: 'סוכם להמשיך', location: null } });
      expect(updated.data!['updateMeeting']).toMatchObject({
        title: 'מפגש פתיחה',
        summary: 'סוכם להמשיך',
        location: null,
      });
      expect(codeOf(await as(haifaCeo, UPDATE, { input: { id: meetingId, title: null } }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await as(negevCeo, UPDATE, { input: { id: meetingId, title: 'x' } }))).toBe('FORBIDDEN');
      const far = await as(haifaCeo, SCHEDULE, { input: { forumId, startsAt: '2099-01-01T10:00:00Z', title: 'x' } });
      expect(codeOf(far)).toBe('BAD_USER_INPUT');

      const deleted = await as(haifaCeo, `mutation ($id: ID!) { deleteMeeting(id: $id) { id title } }`, {
        id: meetingId,
      });
      expect(deleted.data!['deleteMeeting']).toEqual({ id: meetingId, title: 'מפגש פתיחה' });
      expect(await auditCount('MEETING_DELETED', meetingId)).toBe(1);
      const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM meeting WHERE id = $1`, [
        meetingId,
      ]);
      expect(count).toBe(0);
    });

    it("lists a forum's meetings, newest first, a page at a time, for its managers and readers only", async () => {
      const forumId = await createForum(db.dataSource, { clusterId: haifaBayId });
      for (const day of ['2024-01-10', '2024-03-10', '2024-05-10']) {
        await createMeeting(db.dataSource, forumId, `${day}T18:00:00+02:00`);
      }
      const PAGE = `query ($id: ID!, $after: String) { forum(id: $id) {
        meetings(first: 2, after: $after) { totalCount nodes { startsAt } pageInfo { hasNextPage endCursor } }
      } }`;
      const first = await as(haifaCeo, PAGE, { id: forumId });
      const page = first.data!['forum'].meetings;
      expect(page.totalCount).toBe(3);
      expect(page.nodes.map((n: { startsAt: string }) => n.startsAt.slice(0, 10))).toEqual([
        '2024-05-10',
        '2024-03-10',
      ]);
      expect(page.pageInfo.hasNextPage).toBe(true);
      const second = await as(pmo, PAGE, { id: forumId, after: page.pageInfo.endCursor });
      expect(second.data!['forum'].meetings).toMatchObject({
        totalCount: 3,
        nodes: [{ startsAt: expect.stringMatching(/^2024-01-10/) }],
        pageInfo: { hasNextPage: false },
      });
      expect((await as(admin, PAGE, { id: forumId })).errors).toBeUndefined();
      for (const outsider of [null, negevCeo, stakeholder]) {
        const refused = await as(outsider, PAGE, { id: forumId });
        expect(codeOf(refused)).toBe('FORBIDDEN');
        expect(refused.errors![0]!.message).toMatch(/A forum's meetings are seen only by the forum's managers/);
      }
      const cadence = await as(
        null,
        `query ($id: ID!) { forum(id: $id) { meetingCadence(months: 3) { month meetings } } }`,
        {
          id: forumId,
        },
      );
      expect(cadence.data!['forum'].meetingCadence).toHaveLength(3);
      expect(cadence.data!['forum'].meetingCadence.at(-1).month).toBe(today.slice(0, 7));
      expect(codeOf(await as(null, PAGE.replace('first: 2', 'first: 101'), { id: forumId }))).toBe('BAD_USER_INPUT');
    });

    it('counts meetings per month in Israel', async () => {
      const forumId = await createForum(db.dataSource, { clusterId: haifaBayId });
      const month = today.slice(0, 7);
      // 22:30 UTC on the last day of the previous month is already this month in Jerusalem.
      const [{ edge }] = await db.dataSource.query(
        `SELECT to_char((date_trunc('month', $1::date) - interval '1 day')::date, 'YYYY-MM-DD') AS edge`,
        [today],
      );
      await createMeeting(db.dataSource, forumId, `${edge}T22:30:00Z`);
      await createMeeting(db.dataSource, forumId, `${month}-01T12:00:00+02:00`);
      const cadence = await as(
        null,
        `query ($id: ID!) { forum(id: $id) { meetingCadence(months: 2) { month meetings } } }`,
        {
          id: forumId,
        },
      );
      expect(cadence.data!['forum'].meetingCadence.at(-1)).toEqual({ month, meetings: 2 });
      expect(cadence.data!['forum'].meetingCadence[0].meetings).toBe(0);
    });
  });

  describe('attendance (rule 3)', () => {
    it('records who came as a whole list, only for a meeting that started and members who sat on its date', async () => {
      const forumId = await createForum(db.dataSource, {
        clusterId: haifaBayId,
        seats: [
          { sector: 'BUSINESS', seats: 5 },
          { sector: 'CIVIL_SOCIETY', seats: 5 },
        ],
      });
      const a = await createMember(db.dataSource, forumId, { sector: 'BUSINESS', termStart: '2024-01-01' });
      const b = await createMember(db.dataSource, forumId, { sector: 'CIVIL_SOCIETY', termStart: '2024-01-01' });
      const late = await createMember(db.dataSource, forumId, { sector: 'BUSINESS', termStart: '2024-06-01' });
      const otherForum = await createForum(db.dataSource, { clusterId: haifaBayId });
      const stranger = await createMember(db.dataSource, otherForum);
      const meetingId = await createMeeting(db.dataSource, forumId, '2024-05-20T17:00:00+03:00');

      const recorded = await as(haifaCeo, RECORD, { input: { meetingId, memberIds: [a.id, b.id, a.id] } });
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data!['recordAttendance'].attendance.map((m: { id: string }) => m.id).sort()).toEqual(
        [a.id, b.id].sort(),
      );
      expect(await auditCount('ATTENDANCE_RECORDED', meetingId)).toBe(1);
      // The same list again changes nothing, not even the audit trail.
      expect((await as(haifaCeo, RECORD, { input: { meetingId, memberIds: [b.id, a.id] } })).errors).toBeUndefined();
      expect(await auditCount('ATTENDANCE_RECORDED', meetingId)).toBe(1);

      const balance = await as(
        haifaCeo,
        `query ($id: ID!) { forum(id: $id) {
        meetings { nodes { sectorBalance { sector seats attended } } } } }`,
        { id: forumId },
      );
      expect(balance.data!['forum'].meetings.nodes[0].sectorBalance).toEqual([
        { sector: 'BUSINESS', seats: 5, attended: 1 },
        { sector: 'CIVIL_SOCIETY', seats: 5, attended: 1 },
      ]);

      const refusals: [string[], RegExp][] = [
        [[stranger.id], /Only members of this forum/],
        [[late.id], /did not sit in the forum on 2024-05-20/],
      ];
      for (const [memberIds, message] of refusals) {
        const response = await as(haifaCeo, RECORD, { input: { meetingId, memberIds } });
        expect(codeOf(response)).toBe('BAD_USER_INPUT');
        expect(response.errors![0]!.message).toMatch(message);
      }
      const upcoming = await createMeeting(db.dataSource, forumId, new Date(Date.now() + 86_400_000));
      const early = await as(haifaCeo, RECORD, { input: { meetingId: upcoming, memberIds: [a.id] } });
      expect(codeOf(early)).toBe('BAD_USER_INPUT');
      expect(early.errors![0]!.message).toMatch(/once the meeting has started/);

      // The whole list replaces what was recorded.
      const replaced = await as(haifaCeo, RECORD, { input: { meetingId, memberIds: [b.id] } });
      expect(replaced.data!['recordAttendance'].attendance).toEqual([{ id: b.id }]);
      // A meeting with attendance stays in the past.
      const moved = await as(
        haifaCeo,
        `mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`,
        {
          input: { id: meetingId, startsAt: new Date(Date.now() + 86_400_000).toISOString() },
        },
      );
      expect(codeOf(moved)).toBe('BAD_USER_INPUT');
      // The database refuses a member of another forum whatever writes it (the composite foreign keys).
      await expect(markPresent(db.dataSource, meetingId, forumId, [stranger.id])).rejects.toThrow(
        /meeting_attendance_member_fk/,
      );
      await expect(markPresent(db.dataSource, meetingId, otherForum, [stranger.id])).rejects.toThrow(
        /meeting_attendance_meeting_fk/,
      );
    });

    it("counts each member's meetings per calendar year in Israel against the minimum, pro-rated to their term", async () => {
      const forumId = await createForum(db.dataSource, { clusterId: haifaBayId, minMeetingsPerYear: 4 });
      const all = await createMember(db.dataSource, forumId, { termStart: '2020-01-01' });
      const few = await createMember(db.dataSource, forumId, { termStart: '2020-01-01' });
      // From 1 July: 184 days of the year, 4 × 184 / 365 (or 366) rounds up to 3.
      const fromJuly = await createMember(db.dataSource, forumId, { termStart: `${lastYear}-07-01` });
      const notYet = await createMember(db.dataSource, forumId, { termStart: `${thisYear}-01-01` });
      const before = await createMember(db.dataSource, forumId, {
        termStart: '2020-01-01',
        endedOn: `${lastYear - 1}-06-01`,
      });
      await createMember(db.dataSource, forumId, { role: 'SECRETARY', sector: null, termStart: '2020-01-01' });
      const meetings = [];
      for (const day of ['02-10', '04-10', '09-10', '11-10']) {
        meetings.push(await createMeeting(db.dataSource, forumId, `${lastYear}-${day}T18:00:00+02:00`));
      }
      await markPresent(db.dataSource, meetings[0]!, forumId, [all.id, few.id]);
      await markPresent(db.dataSource, meetings[1]!, forumId, [all.id]);
      await markPresent(db.dataSource, meetings[2]!, forumId, [all.id, fromJuly.id]);
      await markPresent(db.dataSource, meetings[3]!, forumId, [all.id, fromJuly.id]);
      // 22:30 UTC on 31 December is 1 January in Jerusalem: this year's meeting, not last year's.
      const newYear = await createMeeting(db.dataSource, forumId, `${lastYear}-12-31T22:30:00Z`);
      await markPresent(db.dataSource, newYear, forumId, [few.id, notYet.id]);

      const ATTENDANCE = `query ($id: ID!, $year: Int) { forum(id: $id) {
        attendance(year: $year) { member { id } attended required expectedByNow status }
      } }`;
      const response = await as(haifaCeo, ATTENDANCE, { id: forumId, year: lastYear });
      expect(response.errors).toBeUndefined();
      const byMember = Object.fromEntries(
        response.data!['forum'].attendance.map((row: { member: { id: string } }) => [row.member.id, row]),
      );
      expect(Object.keys(byMember).sort()).toEqual([all.id, few.id, fromJuly.id].sort());
      expect(byMember[all.id]).toMatchObject({ attended: 4, required: 4, expectedByNow: 4, status: 'MET' });
      expect(byMember[few.id]).toMatchObject({ attended: 1, required: 4, status: 'MISSED' });
      expect(byMember[fromJuly.id]).toMatchObject({ attended: 2, required: 3, expectedByNow: 2, status: 'MISSED' });
      expect(byMember[before.id]).toBeUndefined();

      const current = await as(haifaCeo, ATTENDANCE, { id: forumId });
      const thisYearRows = Object.fromEntries(
        current.data!['forum'].attendance.map((row: { member: { id: string }; attended: number }) => [
          row.member.id,
          row.attended,
        ]),
      );
      expect(thisYearRows[few.id]).toBe(1);
      expect(thisYearRows[notYet.id]).toBe(1);
      expect(thisYearRows[all.id]).toBe(0);

      expect(codeOf(await as(haifaCeo, ATTENDANCE, { id: forumId, year: thisYear + 1 }))).toBe('BAD_USER_INPUT');
      expect((await as(pmo, ATTENDANCE, { id: forumId, year: lastYear })).errors).toBeUndefined();
      for (const outsider of [null, negevCeo]) {
        expect(codeOf(await as(outsider, ATTENDANCE, { id: forumId, year: lastYear }))).toBe('FORBIDDEN');
      }
      const noMinimum = await createForum(db.dataSource, { clusterId: haifaBayId });
      await createMember(db.dataSource, noMinimum);
      const unjudged = await as(haifaCeo, ATTENDANCE, { id: noMinimum, year: lastYear });
      expect(unjudged.data!['forum'].attendance).toEqual([
        { member: expect.any(Object), attended: 0, required: null, expectedByNow: null, status: null },
      ]);
    });

    it(`flags terms that end within 90 days, or ran out unrenewed`, async () => {
      const forumId = await createForum(db.dataSource, { clusterId: haifaBayId });
      const soon = await createMember(db.dataSource, forumId, { termStart: '2020-01-01', termEnd: addDays(today, 30) });
      const later = await createMember(db.dataSource, forumId, {
        termStart: '2020-01-01',
        termEnd: addDays(today, 200),
      });
      const overdue = await createMember(db.dataSource, forumId, {
        termStart: '2020-01-01',
        termEnd: addDays(today, -1),
      });
      const response = await as(haifaCeo, `query ($id: ID!) { forum(id: $id) { members { id termEndsSoon } } }`, {
        id: forumId,
      });
      const flags = Object.fromEntries(
        response.data!['forum'].members.map((m: { id: string; termEndsSoon: boolean }) => [m.id, m.termEndsSoon]),
      );
      expect(flags).toEqual({ [soon.id]: true, [later.id]: false, [overdue.id]: true });
    });
  });

  describe("the PMO's view of clusters' activity", () => {
    const ACTIVITY = `{ clusterActivity {
      total { forums meetingsLast12Months averageAttendance vacancies }
      districts {
        district { code } forums meetingsLast12Months averageAttendance vacancies
        clusters { cluster { slug } forums meetingsLast12Months averageAttendance vacancies }
      }
    } }`;

    it('sums forums, meetings of the last 12 months, attendance and vacancies per cluster and district, in one statement', async () => {
      const [{ id: southA }] = await db.dataSource.query(
        `INSERT INTO cluster (slug, name_he, district_code) VALUES ('activity-a', 'אשכול פעילות א', 'SOUTH') RETURNING id`,
      );
      await db.dataSource.query(
        `INSERT INTO cluster (slug, name_he, district_code) VALUES ('activity-b', 'אשכול פעילות ב', 'SOUTH')`,
      );
      const forumId = await createForum(db.dataSource, {
        clusterId: southA,
        seats: [
          { sector: 'LOCAL_GOVERNMENT', seats: 3 },
          { sector: 'CIVIL_SOCIETY', seats: 2 },
        ],
      });
      const members = [
        await createMember(db.dataSource, forumId, { sector: 'LOCAL_GOVERNMENT' }),
        await createMember(db.dataSource, forumId, { sector: 'LOCAL_GOVERNMENT' }),
        await createMember(db.dataSource, forumId, { sector: 'CIVIL_SOCIETY' }),
      ].map((m) => m.id);
      const secretary = await createMember(db.dataSource, forumId, { role: 'SECRETARY', sector: null });
      const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
      const full = await createMeeting(db.dataSource, forumId, daysAgo(30));
      await markPresent(db.dataSource, full, forumId, [...members, secretary.id]);
      const third = await createMeeting(db.dataSource, forumId, daysAgo(60));
      await markPresent(db.dataSource, third, forumId, [members[0]!]);
      await createMeeting(db.dataSource, forumId, daysAgo(90)); // no attendance recorded: counted, not averaged
      await createMeeting(db.dataSource, forumId, daysAgo(800)); // too long ago
      await createMeeting(db.dataSource, forumId, new Date(Date.now() + 86_400_000)); // not yet

      counter.reset();
      const response = await as(pmo, ACTIVITY);
      const statements = counter.statements.filter((s) => !/auth_session|role_grant|account/.test(s));
      expect(response.errors).toBeUndefined();
      const report = response.data!['clusterActivity'];
      const south = report.districts.find((d: { district: { code: string } | null }) => d.district?.code === 'SOUTH');
      expect(south).toEqual({
        district: { code: 'SOUTH' },
        forums: 1,
        meetingsLast12Months: 3,
        averageAttendance: expect.closeTo((1 + 1 / 3) / 2, 5),
        vacancies: 2,
        clusters: [
          {
            cluster: { slug: 'activity-a' },
            forums: 1,
            meetingsLast12Months: 3,
            averageAttendance: expect.closeTo(2 / 3, 5),
            vacancies: 2,
          },
          {
            cluster: { slug: 'activity-b' },
            forums: 0,
            meetingsLast12Months: 0,
            averageAttendance: null,
            vacancies: 0,
          },
        ],
      });
      const [{ count }] = await db.dataSource.query(
        `SELECT count(*)::int AS count FROM forum WHERE cluster_id IS NOT NULL`,
      );
      expect(report.total.forums).toBe(count);
      expect(report.districts.reduce((sum: number, d: { forums: number }) => sum + d.forums, 0)).toBe(count);
      // The report, the clusters and the districts: one statement each, however many clusters there are.
      expect(statements.length).toBeLessThanOrEqual(3);
      expect(statements.filter((s) => /GROUPING SETS/.test(s))).toHaveLength(1);
    });
  });

  it('answers a list of forums with every relation in a constant number of statements', async () => {
    const everything = `{ forums {
      cluster { slug } topic { code } source { code } goals { he } seats { sector filled }
      nextMeeting { title } meetingCadence { month meetings }
      members { name { he } localAuthority { name { he } } organisation { name { he } } }
    } }`;
    counter.reset();
    expect((await as(null, everything)).errors).toBeUndefined();
    const before = counter.count;
    for (let i = 0; i < 5; i += 1) {
      const forumId = await createForum(db.dataSource, {
        clusterId: westernNegevId,
        seats: [{ sector: 'BUSINESS', seats: 3 }],
      });
      await createMember(db.dataSource, forumId, { sector: 'BUSINESS', shownPublicly: true });
      await createMeeting(db.dataSource, forumId, new Date(Date.now() + 86_400_000));
    }
    counter.reset();
    expect((await as(null, everything)).errors).toBeUndefined();
    expect(counter.count).toBe(before);
  });

  it('lets an administrator make someone a committee member of a forum that exists', async () => {
    const target = await createAccount(db.dataSource);
    const GRANT = `mutation ($input: GrantRoleInput!) { grantRole(input: $input) { roles { role forumId } } }`;
    const granted = await as(admin, GRANT, {
      input: { accountId: target.id, role: 'COMMITTEE_MEMBER', forumId: haifaBayForumId },
    });
    expect(granted.errors).toBeUndefined();
    expect(granted.data!['grantRole'].roles).toEqual([{ role: 'COMMITTEE_MEMBER', forumId: haifaBayForumId }]);
    // The entry goes to the forum's cluster's history.
    const [entry] = await db.dataSource.query(
      `SELECT cluster_id FROM audit_event WHERE action = 'ROLE_GRANTED' AND subject_account_id = $1`,
      [target.id],
    );
    expect(entry.cluster_id).toBe(haifaBayId);
    const missing = await as(admin, GRANT, {
      input: { accountId: target.id, role: 'COMMITTEE_MEMBER', forumId: randomUUID() },
    });
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });
});
