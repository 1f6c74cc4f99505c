import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { TestClock } from '../support/calls.js';
import {
  CANCEL,
  CLOSE,
  CREATE_EVENT,
  EVENT_FIELDS,
  insertEvent,
  REGISTER,
  REGISTRANTS,
  REOPEN,
  UPDATE_EVENT,
} from '../support/events.js';
import { createAccount, type TestAccount } from '../support/identity.js';
import { createOrganisation } from '../support/partnerships.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server.js';

type Response = GraphQLResponse<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Registration = { id: string; status: string; arrival: string; waitlistPosition: number | null };

const codeOf = (response: Response) => response.errors?.[0]?.extensions?.['code'];
const START = '2030-01-15T09:00:00.000Z';

describe('events: capacity, an ordered waitlist, closing and the sources’ events', () => {
  const clock = new TestClock(new Date(START));
  let db: TestDatabase;
  let server: TestServer;
  let haifaBayId: string;
  let negevId: string;
  let haifaCeo: TestAccount;
  let negevCeo: TestAccount;
  let pmo: TestAccount;
  let stakeholder: TestAccount;
  let other: TestAccount;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
    server = await startTestServer(db.dataSource, { RATE_LIMIT_REQUESTS_PER_MINUTE: '100000' }, { clock });
    const clusters: { id: string; slug: string }[] = await db.dataSource.query(`SELECT id, slug FROM cluster`);
    haifaBayId = clusters.find((c) => c.slug === 'haifa-bay')!.id;
    negevId = clusters.find((c) => c.slug === 'western-negev')!.id;
    haifaCeo = await createAccount(db.dataSource, [{ role: 'CLUSTER_CEO', clusterId: haifaBayId }]);
    negevCeo = await createAccount(db.dataSource, [{ role: 'CLUSTER_CEO', clusterId: negevId }]);
    pmo = await createAccount(db.dataSource, [{ role: 'PMO_ANALYST' }]);
    stakeholder = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }], { displayName: 'נועה' });
    other = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  const as = (account: TestAccount | null, query: string, variables: Record<string, unknown> = {}) =>
    server.graphql(query, variables, account ? { token: account.token } : {}) as Promise<Response>;
  const register = async (account: TestAccount, eventId: string, sector = 'BUSINESS') => {
    const response = await as(account, REGISTER, { eventId, sector });
    expect(response.errors).toBeUndefined();
    return response.data!['registerForEvent'] as Registration;
  };
  const accounts = (count: number) =>
    Promise.all(Array.from({ length: count }, () => createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }])));
  const rows = (eventId: string) =>
    db.dataSource.query(
      `SELECT r.id, r.status, r.arrival::text AS arrival, a.id AS account
         FROM event_registration r JOIN account a ON a.person_id = r.person_id
        WHERE r.event_id = $1 ORDER BY r.arrival`,
      [eventId],
    ) as Promise<{ id: string; status: string; arrival: string; account: string }[]>;

  describe('the events of the sources', () => {
    it('holds the exposure conference, the Future Search and its online follow-up as seeds 001 and 004 give them', async () => {
      const response = await as(null, `{ events(first: 100) { totalCount nodes { ${EVENT_FIELDS} } } }`);
      expect(response.errors).toBeUndefined();
      const seeded = response.data!['events'].nodes.filter((e: { source: unknown }) => e.source);
      expect(seeded).toHaveLength(3);
      const [exposure] = seeded.filter((e: { kind: string }) => e.kind === 'EXPOSURE_CONFERENCE');
      expect(exposure).toMatchObject({
        cluster: { slug: 'beit-hakerem' },
        startsOn: '2013-08-26',
        endsOn: null,
        venue: { he: 'המרכז לאומנויות ע"ש ברוך ונגר' },
        localAuthority: { name: { he: 'כרמיאל' } },
        reportedParticipantCount: 135,
        reportedParticipantCountApproximate: false,
        confirmedCount: 0,
        capacity: null,
        timing: 'PAST',
        source: { code: 'BEIT_HAKEREM_CLUSTER_PAGE' },
      });
      expect(exposure.tracks.map((t: { topic: { he: string } }) => t.topic.he)).toEqual([
        'איכות הסביבה',
        'חינוך תרבות וספורט',
        'רווחה ובריאות',
        'תשתיות ותכנון',
        'תעשייה תעסוקה ותיירות',
      ]);
      expect(
        exposure.tracks.every((t: { facilitator: { he: string } }) => t.facilitator.he.includes('צוות המכון')),
      ).toBe(true);
      expect(exposure.tracks.every((t: { outcomeSummary: unknown }) => t.outcomeSummary === null)).toBe(true);

      const [futureSearch] = seeded.filter((e: { kind: string }) => e.kind === 'CONFERENCE');
      expect(futureSearch).toMatchObject({
        cluster: null,
        startsOn: '2022-07-06',
        endsOn: '2022-07-07',
        reportedParticipantCount: 100,
        reportedParticipantCountApproximate: true,
        venue: null,
      });
      expect(futureSearch.outcomeDirections.map((d: { number: number }) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);

      const [online] = seeded.filter((e: { kind: string }) => e.kind === 'ONLINE_EVENT');
      expect(online).toMatchObject({
        cluster: null,
        isOnline: true,
        onlineLink: null,
        startsOn: null,
        endsOn: null,
        timing: 'UNDATED',
        capacity: 100,
        confirmedCount: 0,
        registrationClosed: true,
        registrationState: 'CLOSED',
        reportedParticipantCount: null,
        audienceSectors: ['GOVERNMENT', 'LOCAL_GOVERNMENT', 'BUSINESS', 'CIVIL_SOCIETY', 'PHILANTHROPY', 'ACADEMIA'],
      });
    });

    it('refuses registration to the online event, whose source says registration has ended', async () => {
      const [{ id }] = await db.dataSource.query(
        `SELECT id FROM event WHERE kind = 'ONLINE_EVENT' AND source_id IS NOT NULL`,
      );
      const response = await as(stakeholder, REGISTER, { eventId: id, sector: 'CIVIL_SOCIETY' });
      expect(codeOf(response)).toBe('REGISTRATION_CLOSED');
    });

    it('seeds again without adding or changing an event', async () => {
      const before = await db.dataSource.query(`SELECT id, updated_at FROM event ORDER BY id`);
      await seedDatabase(db.dataSource);
      expect(await db.dataSource.query(`SELECT id, updated_at FROM event ORDER BY id`)).toEqual(before);
    });
  });

  describe('capacity and the waitlist (rule 4)', () => {
    it('confirms exactly 100 of 300 concurrent registrations for 100 seats and waitlists the rest in arrival order', async () => {
      const eventId = await insertEvent(db.dataSource, { capacity: 100 });
      const people = await accounts(300);
      const responses = await Promise.all(
        people.map((account) => as(account, REGISTER, { eventId, sector: 'CIVIL_SOCIETY' })),
      );
      expect(responses.filter((r) => r.errors)).toEqual([]);
      const stored = await rows(eventId);
      expect(stored).toHaveLength(300);
      // Arrival is the order the database committed them: the first 100 are the confirmed ones.
      expect(stored.slice(0, 100).every((row) => row.status === 'CONFIRMED')).toBe(true);
      expect(stored.slice(100).every((row) => row.status === 'WAITLISTED')).toBe(true);
      const [{ confirmed_count }] = await db.dataSource.query(`SELECT confirmed_count FROM event WHERE id = $1`, [
        eventId,
      ]);
      expect(confirmed_count).toBe(100);
      // Each answer agrees with what was stored, and the waitlist positions run 1…200 in arrival order.
      const answered = new Map(
        responses.map((r) => [r.data!['registerForEvent'].id as string, r.data!['registerForEvent'] as Registration]),
      );
      const waitlisted = stored.filter((row) => row.status === 'WAITLISTED');
      const positions = await Promise.all(
        waitlisted.slice(0, 3).map(async (row) => {
          const mine = await as(
            people.find((p) => p.id === row.account)!,
            `{ myEventRegistrations { id waitlistPosition } }`,
          );
          return mine.data!['myEventRegistrations'][0].waitlistPosition;
        }),
      );
      expect(positions).toEqual([1, 2, 3]);
      for (const row of stored) expect(answered.get(row.id)!.status).toBe(row.status);

      // Cancelling confirmed ones promotes the earliest waitlisted, in arrival order.
      const firstConfirmed = stored.slice(0, 2);
      for (const row of firstConfirmed) {
        const response = await as(
          people.find((p) => p.id === row.account)!,
          CANCEL,
          { registrationId: row.id },
        );
        expect(response.data!['cancelEventRegistration'].status).toBe('CANCELLED');
      }
      const after = await rows(eventId);
      const promoted = after.filter((row) => waitlisted.slice(0, 2).some((w) => w.id === row.id));
      expect(promoted.map((row) => row.status)).toEqual(['CONFIRMED', 'CONFIRMED']);
      expect(after.find((row) => row.id === waitlisted[2]!.id)!.status).toBe('WAITLISTED');
      expect(after.filter((row) => row.status === 'CONFIRMED')).toHaveLength(100);
    });

    it('never registers a person twice, also when their retries come at once', async () => {
      const eventId = await insertEvent(db.dataSource, { capacity: 5 });
      const [person] = await accounts(1);
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => as(person!, REGISTER, { eventId, sector: 'BUSINESS' })),
      );
      expect(responses.filter((r) => r.errors)).toEqual([]);
      expect(new Set(responses.map((r) => r.data!['registerForEvent'].id)).size).toBe(1);
      const again = await register(person!, eventId);
      expect(again.id).toBe(responses[0]!.data!['registerForEvent'].id);
      expect(await rows(eventId)).toHaveLength(1);
    });

    it('waitlists when full and promotes the first waitlisted when a confirmed one cancels', async () => {
      const eventId = await insertEvent(db.dataSource, { capacity: 1 });
      const [first, second, third] = await accounts(3);
      const a = await register(first!, eventId);
      const b = await register(second!, eventId);
      const c = await register(third!, eventId);
      expect([a.status, b.status, c.status]).toEqual(['CONFIRMED', 'WAITLISTED', 'WAITLISTED']);
      expect([b.waitlistPosition, c.waitlistPosition]).toEqual([1, 2]);
      // A waitlisted one cancelling promotes no one.
      await as(third!, CANCEL, { registrationId: c.id });
      expect((await rows(eventId)).map((r) => r.status)).toEqual(['CONFIRMED', 'WAITLISTED', 'CANCELLED']);
      await as(first!, CANCEL, { registrationId: a.id });
      expect((await rows(eventId)).map((r) => r.status)).toEqual(['CANCELLED', 'CONFIRMED', 'CANCELLED']);
      // Cancelling again changes nothing.
      const twice = await as(first!, CANCEL, { registrationId: a.id });
      expect(twice.data!['cancelEventRegistration'].status).toBe('CANCELLED');
    });

    it('promotes the waitlist in order when the organiser raises the capacity, and refuses one below the confirmed', async () => {
      const eventId = await insertEvent(db.dataSource, { clusterId: haifaBayId, capacity: 1 });
      const people = await accounts(3);
      for (const person of people) await register(person, eventId);
      const lower = await as(haifaCeo, UPDATE_EVENT, { input: { eventId, capacity: 1 } });
      expect(lower.errors).toBeUndefined();
      const raised = await as(haifaCeo, UPDATE_EVENT, { input: { eventId, capacity: 2 } });
      expect(raised.data!['updateEvent']).toMatchObject({ confirmedCount: 2, waitlistedCount: 1 });
      expect((await rows(eventId)).map((r) => r.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
      const refused = await db.dataSource
        .query(`UPDATE event SET capacity = 1 WHERE id = $1`, [eventId])
        .catch((error: { constraint?: string }) => error.constraint);
      expect(refused).toBe('event_confirmed_within_capacity');
    });

    it('refuses an over-capacity registration inserted directly in SQL, and a direct change of the count', async () => {
      const eventId = await insertEvent(db.dataSource, { capacity: 1 });
      const [{ id: personA }] = await db.dataSource.query(`INSERT INTO person (name_he) VALUES ('א') RETURNING id`);
      const [{ id: personB }] = await db.dataSource.query(`INSERT INTO person (name_he) VALUES ('ב') RETURNING id`);
      const insert = (personId: string) =>
        db.dataSource.query(
          `INSERT INTO event_registration (event_id, person_id, sector_code, status, registered_at, confirmed_at)
           VALUES ($1, $2, 'BUSINESS', 'CONFIRMED', now(), now())`,
          [eventId, personId],
        );
      await insert(personA);
      const error = await insert(personB).catch((e: { constraint?: string }) => e);
      expect((error as { constraint?: string }).constraint).toBe('event_confirmed_within_capacity');
      const direct = await db.dataSource
        .query(`UPDATE event SET confirmed_count = 0 WHERE id = $1`, [eventId])
        .catch((e: { code?: string }) => e.code);
      expect(direct).toBe('42501');
    });
  });

  describe('closing', () => {
    it('refuses registration before the window, accepts it inside, and refuses it from the window’s end', async () => {
      const eventId = await insertEvent(db.dataSource, {
        capacity: 10,
        opensAt: '2030-02-01T08:00:00Z',
        closesAt: '2030-02-10T08:00:00Z',
      });
      const [person, late] = await accounts(2);
      try {
        clock.set('2030-02-01T07:59:59.999Z');
        const early = await as(person!, REGISTER, { eventId, sector: 'ACADEMIA' });
        expect(codeOf(early)).toBe('REGISTRATION_CLOSED');
        expect(early.errors![0]!.extensions!['state']).toBe('NOT_YET_OPEN');
        clock.set('2030-02-10T07:59:59.999Z');
        expect((await register(person!, eventId, 'ACADEMIA')).status).toBe('CONFIRMED');
        clock.set('2030-02-10T08:00:00.000Z');
        expect(codeOf(await as(late!, REGISTER, { eventId, sector: 'ACADEMIA' }))).toBe('REGISTRATION_CLOSED');
        // A retry after the close still finds the registration made in time.
        expect((await register(person!, eventId, 'ACADEMIA')).status).toBe('CONFIRMED');
      } finally {
        clock.set(START);
      }
    });

    it('refuses registration once the event is over, also without a window, and a retry still finds the registration', async () => {
      // insertEvent's workshop is on 2030-06-01 and has no window.
      const eventId = await insertEvent(db.dataSource, { capacity: 10 });
      const [person, late] = await accounts(2);
      try {
        // 23:59 in Israel (UTC+3 in June) on the event's day: still open.
        clock.set('2030-06-01T20:59:59.000Z');
        expect((await register(person!, eventId, 'BUSINESS')).status).toBe('CONFIRMED');
        clock.set('2030-06-01T21:00:00.000Z');
        const after = await as(late!, REGISTER, { eventId, sector: 'BUSINESS' });
        expect(codeOf(after)).toBe('REGISTRATION_CLOSED');
        expect(after.errors![0]!.extensions!['state']).toBe('CLOSED');
        expect(after.errors![0]!.message).toBe('Registration to this event has ended.');
        expect((await register(person!, eventId, 'BUSINESS')).status).toBe('CONFIRMED');
        const [{ count }] = await db.dataSource.query(
          `SELECT count(*)::int AS count FROM event_registration WHERE event_id = $1`,
          [eventId],
        );
        expect(count).toBe(1);
      } finally {
        clock.set(START);
      }
    });

    it('is closed and reopened by hand by its organiser only', async () => {
      const eventId = await insertEvent(db.dataSource, { clusterId: haifaBayId, capacity: 10 });
      expect(codeOf(await as(negevCeo, CLOSE, { eventId }))).toBe('FORBIDDEN');
      expect(codeOf(await as(stakeholder, CLOSE, { eventId }))).toBe('FORBIDDEN');
      const closed = await as(haifaCeo, CLOSE, { eventId });
      expect(closed.data!['closeEventRegistration']).toEqual({ registrationState: 'CLOSED', registrationClosed: true });
      expect(codeOf(await as(stakeholder, REGISTER, { eventId, sector: 'BUSINESS' }))).toBe('REGISTRATION_CLOSED');
      const reopened = await as(haifaCeo, REOPEN, { eventId });
      expect(reopened.data!['reopenEventRegistration']).toEqual({
        registrationState: 'OPEN',
        registrationClosed: false,
      });
      expect((await register(stakeholder, eventId)).status).toBe('CONFIRMED');
      const actions = await db.dataSource.query(
        `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at, id`,
        [eventId],
      );
      expect(actions.map((a: { action: string }) => a.action)).toEqual([
        'EVENT_REGISTRATION_CLOSED',
        'EVENT_REGISTRATION_REOPENED',
      ]);
    });
  });

  describe('access', () => {
    const input = (extra: Record<string, unknown> = {}) => ({
      kind: 'WORKSHOP',
      title: { he: 'סדנת שותפויות', en: 'Partnerships workshop' },
      startsOn: '2030-05-01',
      capacity: 30,
      audienceSectors: ['BUSINESS', 'CIVIL_SOCIETY'],
      tracks: [{ topic: { he: 'מימון' }, facilitator: { he: 'צוות האשכול' } }],
      outcomeDirections: [3],
      ...extra,
    });

    it("lets a cluster's CEO create their cluster's events and the PMO unit national ones, and no one else", async () => {
      const cluster = await as(haifaCeo, CREATE_EVENT, { input: input({ clusterId: haifaBayId }) });
      expect(cluster.errors).toBeUndefined();
      expect(cluster.data!['createEvent']).toMatchObject({
        cluster: { slug: 'haifa-bay' },
        audienceSectors: ['BUSINESS', 'CIVIL_SOCIETY'],
        tracks: [{ position: 1, topic: { he: 'מימון' }, facilitator: { he: 'צוות האשכול' } }],
        outcomeDirections: [{ number: 3 }],
        registrationState: 'OPEN',
        timing: 'UPCOMING',
      });
      expect(codeOf(await as(negevCeo, CREATE_EVENT, { input: input({ clusterId: haifaBayId }) }))).toBe('FORBIDDEN');
      expect(codeOf(await as(haifaCeo, CREATE_EVENT, { input: input() }))).toBe('FORBIDDEN');
      expect(codeOf(await as(stakeholder, CREATE_EVENT, { input: input() }))).toBe('FORBIDDEN');
      expect(codeOf(await as(null, CREATE_EVENT, { input: input() }))).toBe('UNAUTHENTICATED');
      const national = await as(pmo, CREATE_EVENT, { input: input() });
      expect(national.data!['createEvent'].cluster).toBeNull();
      expect(
        codeOf(await as(haifaCeo, UPDATE_EVENT, { input: { eventId: national.data!['createEvent'].id, capacity: 5 } })),
      ).toBe('FORBIDDEN');
    });

    it("shows registrants' names to the organiser and the PMO unit, and to no other person", async () => {
      const eventId = await insertEvent(db.dataSource, { clusterId: haifaBayId, capacity: 10 });
      const mine = await register(stakeholder, eventId);
      const byOrganiser = await as(haifaCeo, REGISTRANTS, { eventId });
      expect(byOrganiser.data!['eventRegistrations']).toMatchObject({
        totalCount: 1,
        pageInfo: { hasNextPage: false },
        nodes: [{ id: mine.id, person: { name: { he: 'נועה' } } }],
      });
      expect((await as(pmo, REGISTRANTS, { eventId })).errors).toBeUndefined();
      expect(codeOf(await as(negevCeo, REGISTRANTS, { eventId }))).toBe('FORBIDDEN');
      expect(codeOf(await as(other, REGISTRANTS, { eventId }))).toBe('FORBIDDEN');
      expect(codeOf(await as(null, REGISTRANTS, { eventId }))).toBe('UNAUTHENTICATED');
      // Another person neither cancels it nor sees it as theirs; the organiser may cancel it.
      expect(codeOf(await as(other, CANCEL, { registrationId: mine.id }))).toBe('FORBIDDEN');
      const viewer = await as(
        other,
        `query ($id: ID!) { event(id: $id) { viewerRegistration { id } viewerCanOrganise } }`,
        {
          id: eventId,
        },
      );
      expect(viewer.data!['event']).toEqual({ viewerRegistration: null, viewerCanOrganise: false });
      const cancelled = await as(haifaCeo, CANCEL, { registrationId: mine.id });
      expect(cancelled.data!['cancelEventRegistration'].status).toBe('CANCELLED');
    });

    it('refuses registration with an organisation of another sector', async () => {
      const eventId = await insertEvent(db.dataSource, { capacity: 10 });
      const organisationId = await createOrganisation(db.dataSource, 'BUSINESS', 'חברה');
      const [person] = await accounts(1);
      const response = await as(person!, REGISTER, { eventId, sector: 'ACADEMIA', organisationId });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
    });
  });

  describe("paging and searching an event's registrations", () => {
    type Node = { id: string; status: string; arrival: string; waitlistPosition: number | null };
    /** Registrations straight into the database, in this order of arrival. */
    const insertRegistrations = async (
      eventId: string,
      people: {
        status: 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED';
        he?: string;
        ar?: string | null;
        en?: string | null;
      }[],
    ) => {
      const ids: string[] = [];
      for (const [index, { status, he = `נרשם ${index + 1}`, ar = null, en = null }] of people.entries()) {
        const [{ id: personId }] = await db.dataSource.query(
          `INSERT INTO person (name_he, name_ar, name_en) VALUES ($1, $2, $3) RETURNING id`,
          [he, ar, en],
        );
        const [{ id }] = await db.dataSource.query(
          `INSERT INTO event_registration (event_id, person_id, sector_code, status, registered_at, confirmed_at, cancelled_at)
           VALUES ($1, $2, 'BUSINESS', $3, now(), CASE WHEN $3 = 'CONFIRMED' THEN now() END,
                   CASE WHEN $3 = 'CANCELLED' THEN now() END) RETURNING id`,
          [eventId, personId, status],
        );
        ids.push(id);
      }
      return ids;
    };
    const page = async (account: TestAccount, variables: Record<string, unknown>) => {
      const response = await as(account, REGISTRANTS, variables);
      expect(response.errors).toBeUndefined();
      return response.data!['eventRegistrations'] as {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: Node[];
      };
    };
    const rank = (status: string) => ['CONFIRMED', 'WAITLISTED', 'CANCELLED'].indexOf(status);

    it('pages through 250 registrations confirmed first, then the waitlist, each by arrival, with no repeats or gaps', async () => {
      const eventId = await insertEvent(db.dataSource, { clusterId: haifaBayId });
      // The two statuses interleaved in arrival, as promotions and a raised capacity leave them.
      const ids = await insertRegistrations(
        eventId,
        Array.from({ length: 250 }, (_, index) => ({ status: index % 5 < 3 ? 'CONFIRMED' : 'WAITLISTED' }) as const),
      );
      const seen: Node[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const result = await page(haifaCeo, { eventId, first: 100, after });
        expect(result.totalCount).toBe(pages === 0 ? 250 : 251);
        seen.push(...result.nodes);
        pages += 1;
        after = result.pageInfo.hasNextPage ? result.pageInfo.endCursor : null;
        if (pages === 1) {
          // A registration arriving while the organiser pages goes to the end of its status, never repeats a row.
          ids.push(...(await insertRegistrations(eventId, [{ status: 'WAITLISTED', he: 'מאוחר' }])));
        }
      } while (after);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(251);
      expect(new Set(seen.map((node) => node.id)).size).toBe(251);
      expect(new Set(seen.map((node) => node.id))).toEqual(new Set(ids));
      const sorted = [...seen].sort(
        (a, b) => rank(a.status) - rank(b.status) || Number(BigInt(a.arrival) - BigInt(b.arrival)),
      );
      expect(seen.map((node) => node.id)).toEqual(sorted.map((node) => node.id));
      expect(seen.slice(0, 150).every((node) => node.status === 'CONFIRMED')).toBe(true);
      expect(seen.slice(150).map((node) => node.waitlistPosition)).toEqual(
        Array.from({ length: 101 }, (_, i) => i + 1),
      );
      expect(seen.at(-1)!.id).toBe(ids.at(-1));

      // Small pages and a status filter page the same way; the last page says there is no next.
      const waitlist: Node[] = [];
      after = null;
      do {
        const result = await page(pmo, { eventId, status: 'WAITLISTED', first: 30, after });
        expect(result.totalCount).toBe(101);
        waitlist.push(...result.nodes);
        after = result.pageInfo.hasNextPage ? result.pageInfo.endCursor : null;
      } while (after);
      expect(waitlist.map((node) => node.id)).toEqual(seen.slice(150).map((node) => node.id));
      const defaults = await page(haifaCeo, { eventId });
      expect(defaults.nodes).toHaveLength(50);
      expect(defaults.pageInfo.hasNextPage).toBe(true);
    });

    it('refuses more than 100 a page, fewer than 1, and a cursor it did not give', async () => {
      const eventId = await insertEvent(db.dataSource, { clusterId: haifaBayId });
      await insertRegistrations(eventId, [{ status: 'CONFIRMED' }]);
      for (const first of [101, 0]) {
        const response = await as(haifaCeo, REGISTRANTS, { eventId, first });
        expect(codeOf(response)).toBe('BAD_USER_INPUT');
        expect(response.data).toBeFalsy();
      }
      const forged = Buffer.from(JSON.stringify([0, '1) OR 1=1 --'])).toString('base64url');
      for (const after of ['nonsense', forged, Buffer.from('[7,"1"]').toString('base64url')]) {
        const response = await as(haifaCeo, REGISTRANTS, { eventId, after });
        expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
      }
      expect((await page(haifaCeo, { eventId, first: 100 })).nodes).toHaveLength(1);
    });

    it("finds a registrant by any of their names' parts, in Hebrew, Arabic or English, whatever the case", async () => {
      const eventId = await insertEvent(db.dataSource, { clusterId: haifaBayId });
      const [dana, yousef] = await insertRegistrations(eventId, [
        { status: 'CONFIRMED', he: 'דנה לוי', en: 'Dana Levi' },
        { status: 'WAITLISTED', he: 'יוסף חורי', ar: 'يوسف خوري', en: 'Yousef Khoury' },
        { status: 'CONFIRMED', he: 'רון כהן' },
        { status: 'CANCELLED', he: 'דנה שמיר', en: 'Dana Shamir' },
      ]);
      const ids = async (search: string, extra: Record<string, unknown> = {}) =>
        (await page(haifaCeo, { eventId, search, ...extra })).nodes.map((node) => node.id);
      expect(await ids('לוי')).toEqual([dana]);
      expect(await ids('dana')).toHaveLength(2);
      expect(await ids('LEVI')).toEqual([dana]);
      expect(await ids('يوسف')).toEqual([yousef]);
      expect(await ids('khoury')).toEqual([yousef]);
      expect(await ids('  דנה ', { status: 'CONFIRMED' })).toEqual([dana]);
      expect(await ids('%')).toEqual([]);
      expect((await page(haifaCeo, { eventId, search: 'דנה' })).totalCount).toBe(2);
      expect((await page(haifaCeo, { eventId, search: '' })).totalCount).toBe(4);
      expect(codeOf(await as(haifaCeo, REGISTRANTS, { eventId, search: 'א'.repeat(101) }))).toBe('BAD_USER_INPUT');
      // Searching does not widen who reads the names.
      expect(codeOf(await as(negevCeo, REGISTRANTS, { eventId, search: 'דנה' }))).toBe('FORBIDDEN');
      expect(codeOf(await as(other, REGISTRANTS, { eventId, search: 'דנה' }))).toBe('FORBIDDEN');
      expect(codeOf(await as(null, REGISTRANTS, { eventId, search: 'דנה' }))).toBe('UNAUTHENTICATED');
      expect(await page(pmo, { eventId, search: 'Levi' })).toMatchObject({ totalCount: 1 });
    });
  });
});
