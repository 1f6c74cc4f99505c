import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { TestClock } from '../support/calls.js';
import { CANCEL, CREATE_EVENT, insertEvent, REGISTER } from '../support/events.js';
import { createForum, createMember } from '../support/forums.js';
import { createAccount, type TestAccount } from '../support/identity.js';
import { createOrganisation } from '../support/partnerships.js';
import { createProfile } from '../support/pool.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server.js';

type Response = GraphQLResponse<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

const codeOf = (response: Response) => response.errors?.[0]?.extensions?.['code'];

const CHECK_IN = `mutation ($id: ID!) { checkInEventRegistration(registrationId: $id) { id status checkedInAt } }`;
const UNDO = `mutation ($id: ID!) { undoEventCheckIn(registrationId: $id) { id status checkedInAt } }`;
const COUNT_FIELDS = 'registrations confirmed attended';
const PARTICIPATION = `query ($id: ID!) { event(id: $id) { participation { ${COUNT_FIELDS}
  bySector { sector ${COUNT_FIELDS} } byDistrict { district ${COUNT_FIELDS} }
  byOrganisationType { organisationSector ${COUNT_FIELDS} } } } }`;
const ACROSS = `query ($from: LocalDate!, $to: LocalDate!, $kind: EventKind) {
  eventParticipation(from: $from, to: $to, kind: $kind) { quarter startsOn events ${COUNT_FIELDS}
    reportedParticipants eventsWithReportedFigures reportedApproximate bySector { sector events ${COUNT_FIELDS} } } }`;
const EXPORT = `query ($id: ID!) { eventAttendeesExport(eventId: $id) { fileName csv rowCount } }`;
const ATTENDANCE = `query ($id: ID!, $year: Int) { forum(id: $id) { attendance(year: $year) { member { id } attended } } }`;
const RECORD = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`;

describe('events: check-in, forum attendance, participation and the attendees CSV', () => {
  const clock = new TestClock(new Date('2025-03-10T08:00:00.000Z'));
  let db: TestDatabase;
  let server: TestServer;
  let haifaBayId: string;
  let negevId: string;
  let haifaCeo: TestAccount;
  let negevCeo: TestAccount;
  let pmo: TestAccount;

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
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  const as = (account: TestAccount | null, query: string, variables: Record<string, unknown> = {}) =>
    server.graphql(query, variables, account ? { token: account.token } : {}) as Promise<Response>;
  const ok = async (account: TestAccount | null, query: string, variables: Record<string, unknown> = {}) => {
    const response = await as(account, query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  /** An event on a given day, straight into the database. */
  const eventOn = async (
    day: string,
    { clusterId = haifaBayId as string | null, capacity = null as number | null } = {},
  ) => {
    const id = await insertEvent(db.dataSource, { clusterId, capacity });
    await db.dataSource.query(`UPDATE event SET starts_on = $2 WHERE id = $1`, [id, day]);
    return id;
  };
  /** A registration straight into the database, for a new person unless one is given. */
  const registration = async (
    eventId: string,
    {
      sector = 'BUSINESS',
      status = 'CONFIRMED',
      personId = null as string | null,
      organisationId = null as string | null,
      checkedIn = false,
    } = {},
  ) => {
    const person =
      personId ?? (await db.dataSource.query(`INSERT INTO person (name_he) VALUES ('נרשם') RETURNING id`))[0].id;
    const [{ id }] = await db.dataSource.query(
      `INSERT INTO event_registration (event_id, person_id, sector_code, organisation_id, status, registered_at,
                                       confirmed_at, cancelled_at, checked_in_at)
       VALUES ($1, $2, $3, $4, $5, now(), CASE WHEN $5 = 'CONFIRMED' THEN now() END,
               CASE WHEN $5 = 'CANCELLED' THEN now() END, CASE WHEN $6 THEN now() END) RETURNING id`,
      [eventId, person, sector, organisationId, status, checkedIn],
    );
    return id as string;
  };
  const auditRows = (action: string, entityId: string) =>
    db.dataSource.query(
      `SELECT actor_account_id, subject_account_id, before, after FROM audit_event WHERE action = $1 AND entity_id = $2`,
      [action, entityId],
    ) as Promise<{ actor_account_id: string; subject_account_id: string | null; before: unknown; after: unknown }[]>;

  describe('check-in', () => {
    it('lets the organiser check a confirmed registration in once, and undo it, each in the audit trail', async () => {
      const eventId = await eventOn('2025-03-10');
      const stakeholder = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }], { displayName: 'דנה' });
      const { registerForEvent } = await ok(stakeholder, REGISTER, { eventId, sector: 'CIVIL_SOCIETY' });
      const id = registerForEvent.id as string;

      const first = (await ok(haifaCeo, CHECK_IN, { id }))['checkInEventRegistration'];
      expect(first).toMatchObject({ id, status: 'CONFIRMED' });
      expect(first.checkedInAt).toBe(clock.now().toISOString());
      clock.set('2025-03-10T09:00:00.000Z');
      const again = (await ok(haifaCeo, CHECK_IN, { id }))['checkInEventRegistration'];
      expect(again.checkedInAt).toBe(first.checkedInAt);

      const checkedIn = await auditRows('EVENT_CHECKED_IN', id);
      expect(checkedIn).toHaveLength(1);
      expect(checkedIn[0]).toMatchObject({
        actor_account_id: haifaCeo.id,
        subject_account_id: stakeholder.id,
        after: { eventId, checkedIn: true, forumAttendance: false },
      });
      // No personal values: no name, sector or organisation of the person.
      expect(JSON.stringify(checkedIn[0])).not.toContain('דנה');
      expect(JSON.stringify(checkedIn[0])).not.toContain('CIVIL_SOCIETY');

      expect((await ok(haifaCeo, UNDO, { id }))['undoEventCheckIn'].checkedInAt).toBeNull();
      expect((await ok(haifaCeo, UNDO, { id }))['undoEventCheckIn'].checkedInAt).toBeNull();
      expect(await auditRows('EVENT_CHECK_IN_UNDONE', id)).toHaveLength(1);
      clock.set('2025-03-10T08:00:00.000Z');
    });

    it('refuses another cluster’s CEO, the registrant and the signed-out, and changes nothing', async () => {
      const eventId = await eventOn('2025-03-10');
      const stakeholder = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
      const { registerForEvent } = await ok(stakeholder, REGISTER, { eventId, sector: 'BUSINESS' });
      const id = registerForEvent.id as string;
      expect(codeOf(await as(negevCeo, CHECK_IN, { id }))).toBe('FORBIDDEN');
      expect(codeOf(await as(stakeholder, CHECK_IN, { id }))).toBe('FORBIDDEN');
      expect(codeOf(await as(null, CHECK_IN, { id }))).toBe('UNAUTHENTICATED');
      const [{ checked_in_at }] = await db.dataSource.query(
        `SELECT checked_in_at FROM event_registration WHERE id = $1`,
        [id],
      );
      expect(checked_in_at).toBeNull();
      expect(await auditRows('EVENT_CHECKED_IN', id)).toHaveLength(0);
      // The PMO unit reads a cluster's registrants but does not run its event.
      expect(codeOf(await as(pmo, CHECK_IN, { id }))).toBe('FORBIDDEN');
    });

    it('refuses a waitlisted or cancelled registration with NOT_CONFIRMED, and a check-in before the first day', async () => {
      const eventId = await eventOn('2025-03-10');
      const waitlisted = await registration(eventId, { status: 'WAITLISTED' });
      const cancelled = await registration(eventId, { status: 'CANCELLED' });
      const refusedWaitlisted = await as(haifaCeo, CHECK_IN, { id: waitlisted });
      expect(codeOf(refusedWaitlisted)).toBe('NOT_CONFIRMED');
      expect(refusedWaitlisted.errors![0]!.message).toMatch(/waitlist/);
      expect(codeOf(await as(haifaCeo, CHECK_IN, { id: cancelled }))).toBe('NOT_CONFIRMED');

      const tomorrow = await eventOn('2025-03-11');
      const early = await registration(tomorrow);
      const refusedEarly = await as(haifaCeo, CHECK_IN, { id: early });
      expect(codeOf(refusedEarly)).toBe('EVENT_NOT_STARTED');
      expect(refusedEarly.errors![0]!.extensions!['startsOn']).toBe('2025-03-11');
    });

    it('refuses to cancel a checked-in registration until the check-in is undone', async () => {
      const eventId = await eventOn('2025-03-10');
      const id = await registration(eventId, { checkedIn: true });
      expect(codeOf(await as(haifaCeo, CANCEL, { registrationId: id }))).toBe('CONFLICT');
      await ok(haifaCeo, UNDO, { id });
      expect((await ok(haifaCeo, CANCEL, { registrationId: id }))['cancelEventRegistration'].status).toBe('CANCELLED');
    });

    it('writes one promotion entry per registration promoted from the waitlist, naming it', async () => {
      const eventId = await eventOn('2025-03-10', { capacity: 1 });
      const confirmed = await registration(eventId);
      const next = await registration(eventId, { status: 'WAITLISTED' });
      await ok(haifaCeo, CANCEL, { registrationId: confirmed });
      const entries: { entity_id: string | null }[] = await db.dataSource.query(
        `SELECT entity_id FROM audit_event WHERE action = 'EVENT_REGISTRATION_PROMOTED' AND after->>'eventId' = $1`,
        [eventId],
      );
      expect(entries).toEqual([{ entity_id: next }]);
    });

    it('filters the registrants by status', async () => {
      const eventId = await eventOn('2025-03-10');
      const confirmed = await registration(eventId);
      await registration(eventId, { status: 'WAITLISTED' });
      await registration(eventId, { status: 'CANCELLED' });
      const data = await ok(
        haifaCeo,
        `query ($id: ID!) { all: eventRegistrations(eventId: $id) { totalCount nodes { id } }
          confirmed: eventRegistrations(eventId: $id, status: CONFIRMED) { totalCount nodes { id } } }`,
        { id: eventId },
      );
      expect(data['all'].nodes).toHaveLength(3);
      expect(data['all'].totalCount).toBe(3);
      expect(data['confirmed']).toEqual({ totalCount: 1, nodes: [{ id: confirmed }] });
    });
  });

  describe('an event held for a forum is its meeting (rule 3)', () => {
    let forumId: string;
    let member: { id: string; personId: string };
    let memberAccount: TestAccount;

    beforeAll(async () => {
      forumId = await createForum(db.dataSource, { clusterId: haifaBayId, termYears: 3, minMeetingsPerYear: 4 });
      memberAccount = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
      member = await createMember(db.dataSource, forumId, { termStart: '2024-01-01', termEnd: '2027-01-01' });
      await db.dataSource.query(`UPDATE account SET person_id = $1 WHERE id = $2`, [member.personId, memberAccount.id]);
    });

    const createForumEvent = async (startsOn: string) => {
      const { createEvent } = await ok(haifaCeo, CREATE_EVENT, {
        input: { kind: 'WORKSHOP', clusterId: haifaBayId, forumId, title: { he: 'מפגש הפורום ככנס' }, startsOn },
      });
      const [{ meeting_id: meetingId }] = await db.dataSource.query(`SELECT meeting_id FROM event WHERE id = $1`, [
        createEvent.id,
      ]);
      return { eventId: createEvent.id as string, meetingId: meetingId as string };
    };
    const attended = async (year: number) => {
      const { forum } = await ok(haifaCeo, ATTENDANCE, { id: forumId, year });
      return forum.attendance.find((row: { member: { id: string } }) => row.member.id === member.id).attended as number;
    };

    it('creates the forum’s meeting with the event, on its first day in Israel', async () => {
      const { meetingId } = await createForumEvent('2025-03-10');
      expect(meetingId).toBeTruthy();
      const [meeting] = await db.dataSource.query(
        `SELECT forum_id, (starts_at AT TIME ZONE 'Asia/Jerusalem')::date::text AS day, title FROM meeting WHERE id = $1`,
        [meetingId],
      );
      expect(meeting).toEqual({ forum_id: forumId, day: '2025-03-10', title: 'מפגש הפורום ככנס' });
      expect(await auditRows('MEETING_SCHEDULED', meetingId)).toHaveLength(1);
    });

    it('counts a member checked in at the event once toward their year, also when the meetings API records them', async () => {
      const { eventId, meetingId } = await createForumEvent('2025-03-10');
      const before = await attended(2025);
      const { registerForEvent } = await ok(memberAccount, REGISTER, { eventId, sector: 'CIVIL_SOCIETY' });
      const checkIn = await ok(haifaCeo, CHECK_IN, { id: registerForEvent.id });
      expect(checkIn['checkInEventRegistration'].checkedInAt).not.toBeNull();
      expect(await attended(2025)).toBe(before + 1);
      const [audit] = await auditRows('EVENT_CHECKED_IN', registerForEvent.id);
      expect(audit!.after).toMatchObject({ forumAttendance: true });

      // The CEO records the same meeting's attendance through the meetings API: still one.
      await ok(haifaCeo, RECORD, { input: { meetingId, memberIds: [member.id] } });
      expect(await attended(2025)).toBe(before + 1);
      const rows = await db.dataSource.query(
        `SELECT count(*)::int AS count FROM meeting_attendance WHERE meeting_id = $1 AND member_id = $2`,
        [meetingId, member.id],
      );
      expect(rows[0].count).toBe(1);

      // Undo takes the attendance back.
      await ok(haifaCeo, UNDO, { id: registerForEvent.id });
      expect(await attended(2025)).toBe(before);
    });

    it('writes no attendance for a registrant who is not a member', async () => {
      const { eventId, meetingId } = await createForumEvent('2025-03-10');
      const id = await registration(eventId);
      await ok(haifaCeo, CHECK_IN, { id });
      const rows = await db.dataSource.query(
        `SELECT count(*)::int AS count FROM meeting_attendance WHERE meeting_id = $1`,
        [meetingId],
      );
      expect(rows[0].count).toBe(0);
      const [audit] = await auditRows('EVENT_CHECKED_IN', id);
      expect(audit!.after).toMatchObject({ forumAttendance: false });
    });

    it('writes no attendance for a member whose seat ended before the event', async () => {
      const { eventId, meetingId } = await createForumEvent('2025-03-10');
      const former = await createMember(db.dataSource, forumId, { termStart: '2024-01-01', endedOn: '2025-02-01' });
      const id = await registration(eventId, { personId: former.personId });
      await ok(haifaCeo, CHECK_IN, { id });
      const rows = await db.dataSource.query(
        `SELECT count(*)::int AS count FROM meeting_attendance WHERE meeting_id = $1`,
        [meetingId],
      );
      expect(rows[0].count).toBe(0);
    });

    it('holds one meeting per event in the database', async () => {
      const { meetingId } = await createForumEvent('2025-03-10');
      const other = await eventOn('2025-03-10');
      await expect(
        db.dataSource.query(`UPDATE event SET forum_id = $2, meeting_id = $3 WHERE id = $1`, [
          other,
          forumId,
          meetingId,
        ]),
      ).rejects.toMatchObject({ code: '23505', constraint: 'event_meeting_id_key' });
    });

    it('moves the meeting with the event, and refuses to move an event whose people were checked in', async () => {
      const { eventId, meetingId } = await createForumEvent('2025-03-10');
      const UPDATE = `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { startsOn } }`;
      await ok(haifaCeo, UPDATE, { input: { eventId, startsOn: '2025-03-09' } });
      const [{ day }] = await db.dataSource.query(
        `SELECT (starts_at AT TIME ZONE 'Asia/Jerusalem')::date::text AS day FROM meeting WHERE id = $1`,
        [meetingId],
      );
      expect(day).toBe('2025-03-09');
      await ok(haifaCeo, CHECK_IN, { id: await registration(eventId) });
      const refused = await as(haifaCeo, UPDATE, { input: { eventId, startsOn: '2025-03-08' } });
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0]!.extensions!['invalidArguments']).toEqual(['startsOn']);
    });

    it('makes the meeting again at check-in when it was deleted through the meetings API', async () => {
      const { eventId, meetingId } = await createForumEvent('2025-03-10');
      await ok(haifaCeo, `mutation ($id: ID!) { deleteMeeting(id: $id) { id } }`, { id: meetingId });
      const { registerForEvent } = await ok(memberAccount, REGISTER, { eventId, sector: 'CIVIL_SOCIETY' });
      await ok(haifaCeo, CHECK_IN, { id: registerForEvent.id });
      const [{ meeting_id: again }] = await db.dataSource.query(`SELECT meeting_id FROM event WHERE id = $1`, [
        eventId,
      ]);
      expect(again).toBeTruthy();
      expect(again).not.toBe(meetingId);
      const rows = await db.dataSource.query(`SELECT member_id FROM meeting_attendance WHERE meeting_id = $1`, [again]);
      expect(rows).toEqual([{ member_id: member.id }]);
    });
  });

  describe('participation', () => {
    it('counts an event’s registrations and attendance by sector, district and organisation type as the rows are', async () => {
      const eventId = await eventOn('2025-03-10');
      const business = await createOrganisation(db.dataSource, 'BUSINESS');
      await db.dataSource.query(
        `INSERT INTO organisation_district (organisation_id, district_code) VALUES ($1, 'HAIFA'), ($1, 'NORTH')`,
        [business],
      );
      const association = await createOrganisation(db.dataSource, 'CIVIL_SOCIETY');
      const southerner = await createProfile(db.dataSource, { districts: ['SOUTH'] });
      await registration(eventId, { organisationId: business, checkedIn: true });
      await registration(eventId, { organisationId: business });
      await registration(eventId, { sector: 'CIVIL_SOCIETY', organisationId: association, checkedIn: true });
      await registration(eventId, { sector: 'ACADEMIA', personId: southerner, checkedIn: true });
      await registration(eventId, { sector: 'ACADEMIA', status: 'WAITLISTED' });
      await registration(eventId, { sector: 'LOCAL_GOVERNMENT', status: 'CANCELLED' });

      const { event } = await ok(haifaCeo, PARTICIPATION, { id: eventId });
      const p = event.participation;
      expect(p).toMatchObject({ registrations: 5, confirmed: 4, attended: 3 });

      // Against direct counts of the rows.
      const direct: { sector: string; registrations: number; confirmed: number; attended: number }[] =
        await db.dataSource.query(
          `SELECT sector_code AS sector, count(*)::int AS registrations,
                  count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed, count(checked_in_at)::int AS attended
             FROM event_registration WHERE event_id = $1 AND status <> 'CANCELLED' GROUP BY 1`,
          [eventId],
        );
      for (const row of p.bySector) {
        const expected = direct.find((d) => d.sector === row.sector) ?? { registrations: 0, confirmed: 0, attended: 0 };
        expect(row, row.sector).toMatchObject({
          registrations: expected.registrations,
          confirmed: expected.confirmed,
          attended: expected.attended,
        });
      }
      expect(p.bySector.map((row: { sector: string }) => row.sector)).toEqual([
        'GOVERNMENT',
        'LOCAL_GOVERNMENT',
        'BUSINESS',
        'CIVIL_SOCIETY',
        'PHILANTHROPY',
        'ACADEMIA',
      ]);
      const district = (code: string | null) =>
        p.byDistrict.find((row: { district: string | null }) => row.district === code);
      expect(district('HAIFA')).toMatchObject({ registrations: 2, confirmed: 2, attended: 1 });
      expect(district('NORTH')).toMatchObject({ registrations: 2, confirmed: 2, attended: 1 });
      expect(district('SOUTH')).toMatchObject({ registrations: 1, confirmed: 1, attended: 1 });
      expect(district(null)).toMatchObject({ registrations: 2, confirmed: 1, attended: 1 });
      expect(district('JERUSALEM')).toMatchObject({ registrations: 0 });
      const type = (code: string | null) =>
        p.byOrganisationType.find((row: { organisationSector: string | null }) => row.organisationSector === code);
      expect(type('BUSINESS')).toMatchObject({ registrations: 2, attended: 1 });
      expect(type('CIVIL_SOCIETY')).toMatchObject({ registrations: 1, attended: 1 });
      expect(type(null)).toMatchObject({ registrations: 2, confirmed: 1, attended: 1 });
    });

    it('is for the organiser, the PMO unit and administrators only', async () => {
      const eventId = await eventOn('2025-03-10');
      expect(codeOf(await as(negevCeo, PARTICIPATION, { id: eventId }))).toBe('FORBIDDEN');
      const stakeholder = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
      expect(codeOf(await as(stakeholder, PARTICIPATION, { id: eventId }))).toBe('FORBIDDEN');
      expect(codeOf(await as(null, PARTICIPATION, { id: eventId }))).toBe('UNAUTHENTICATED');
      expect((await ok(pmo, PARTICIPATION, { id: eventId }))['event'].participation.registrations).toBe(0);
    });

    it('gives the PMO unit each quarter’s events and sectors across events, as direct counts give them', async () => {
      // A year of its own, so other tests' events do not mix in.
      const national = await eventOn('2019-02-01', { clusterId: null });
      const cluster = await eventOn('2019-03-31');
      const autumn = await eventOn('2019-11-05');
      await eventOn('2019-05-01'); // held, no registrations
      await db.dataSource.query(`UPDATE event SET kind = 'CONFERENCE' WHERE id = $1`, [national]);
      await registration(national, { sector: 'BUSINESS', checkedIn: true });
      await registration(national, { sector: 'BUSINESS' });
      await registration(national, { sector: 'LOCAL_GOVERNMENT', checkedIn: true });
      await registration(cluster, { sector: 'BUSINESS', checkedIn: true });
      await registration(cluster, { sector: 'LOCAL_GOVERNMENT', status: 'CANCELLED' });
      await registration(autumn, { sector: 'ACADEMIA', status: 'WAITLISTED' });

      const { eventParticipation: quarters } = await ok(pmo, ACROSS, { from: '2019-01-01', to: '2019-12-31' });
      expect(quarters.map((q: { quarter: string }) => q.quarter)).toEqual(['2019-Q1', '2019-Q2', '2019-Q3', '2019-Q4']);
      expect(quarters.map((q: { events: number }) => q.events)).toEqual([2, 1, 0, 1]);

      const direct: { quarter: string; sector: string; registrations: number; attended: number; events: number }[] =
        await db.dataSource.query(
          `SELECT to_char(e.starts_on, 'YYYY-"Q"Q') AS quarter, r.sector_code AS sector, count(*)::int AS registrations,
                  count(r.checked_in_at)::int AS attended, count(DISTINCT e.id)::int AS events
             FROM event e JOIN event_registration r ON r.event_id = e.id
            WHERE e.starts_on BETWEEN '2019-01-01' AND '2019-12-31' AND r.status <> 'CANCELLED' GROUP BY 1, 2`,
        );
      for (const quarter of quarters) {
        for (const row of quarter.bySector) {
          const expected = direct.find((d) => d.quarter === quarter.quarter && d.sector === row.sector) ?? {
            registrations: 0,
            attended: 0,
            events: 0,
          };
          expect(row, `${quarter.quarter} ${row.sector}`).toMatchObject({
            registrations: expected.registrations,
            attended: expected.attended,
            events: expected.events,
          });
        }
      }
      const q1 = quarters[0];
      expect(q1).toMatchObject({ startsOn: '2019-01-01', registrations: 4, confirmed: 4, attended: 3 });
      expect(q1.bySector.find((row: { sector: string }) => row.sector === 'BUSINESS')).toMatchObject({
        registrations: 3,
        attended: 2,
        events: 2,
      });
      expect(q1.bySector.find((row: { sector: string }) => row.sector === 'LOCAL_GOVERNMENT')).toMatchObject({
        registrations: 1,
        events: 1,
      });

      const conferences = (await ok(pmo, ACROSS, { from: '2019-01-01', to: '2019-03-31', kind: 'CONFERENCE' }))[
        'eventParticipation'
      ];
      expect(conferences).toHaveLength(1);
      expect(conferences[0]).toMatchObject({ events: 1, registrations: 3, attended: 2 });
    });

    it('gives each quarter the participants its events’ sources report, apart from registrations, as direct counts give them', async () => {
      // A year of its own: two reported figures in Q1 (one approximate), one event without one, and registrations.
      const reported = await eventOn('2017-01-10', { clusterId: null });
      const approximate = await eventOn('2017-02-20');
      const plain = await eventOn('2017-03-01');
      const later = await eventOn('2017-08-01');
      await db.dataSource.query(`UPDATE event SET reported_participant_count = 135 WHERE id = $1`, [reported]);
      await db.dataSource.query(
        `UPDATE event SET reported_participant_count = 40, reported_participant_count_approximate = true WHERE id = $1`,
        [approximate],
      );
      await db.dataSource.query(`UPDATE event SET reported_participant_count = 12 WHERE id = $1`, [later]);
      await registration(reported, { sector: 'BUSINESS' });
      await registration(plain, { sector: 'ACADEMIA', checkedIn: true });

      const { eventParticipation: quarters } = await ok(pmo, ACROSS, { from: '2017-01-01', to: '2017-12-31' });
      const direct: { quarter: string; reported: number; withFigures: number; approximate: boolean }[] =
        await db.dataSource.query(
          `SELECT to_char(starts_on, 'YYYY-"Q"Q') AS quarter, sum(reported_participant_count)::int AS reported,
                  count(reported_participant_count)::int AS "withFigures",
                  bool_or(reported_participant_count_approximate) AS approximate
             FROM event WHERE starts_on BETWEEN '2017-01-01' AND '2017-12-31' AND reported_participant_count IS NOT NULL
            GROUP BY 1`,
        );
      for (const quarter of quarters) {
        const expected = direct.find((d) => d.quarter === quarter.quarter);
        expect(quarter, quarter.quarter).toMatchObject({
          reportedParticipants: expected?.reported ?? 0,
          eventsWithReportedFigures: expected?.withFigures ?? 0,
          reportedApproximate: expected?.approximate ?? false,
        });
      }
      expect(quarters[0]).toMatchObject({
        events: 3,
        reportedParticipants: 175,
        eventsWithReportedFigures: 2,
        reportedApproximate: true,
        // The registrations are the registrations alone: the reported 175 are not in them.
        registrations: 2,
        attended: 1,
      });
      expect(quarters[1]).toMatchObject({ events: 0, reportedParticipants: 0, reportedApproximate: false });
      expect(quarters[2]).toMatchObject({ reportedParticipants: 12, eventsWithReportedFigures: 1, registrations: 0 });
    });

    it('gives the sources’ conferences their reported figures in their quarters, and everything since 2013 in one question', async () => {
      const { eventParticipation: quarters } = await ok(pmo, ACROSS, { from: '2013-01-01', to: '2026-12-31' });
      expect(quarters).toHaveLength(56);
      const quarter = (name: string) => quarters.find((q: { quarter: string }) => q.quarter === name);
      // Seed 001: Beit HaKerem's exposure conference, 2013-08-26, 135 participants.
      expect(quarter('2013-Q3')).toMatchObject({
        reportedParticipants: 135,
        eventsWithReportedFigures: 1,
        reportedApproximate: false,
        registrations: 0,
      });
      // Seed 004: the Future Search conference, 2022-07-06/07, about 100 participants.
      expect(quarter('2022-Q3')).toMatchObject({
        reportedParticipants: 100,
        eventsWithReportedFigures: 1,
        reportedApproximate: true,
        registrations: 0,
      });
    });

    it('answers up to 80 quarters and refuses a cluster’s CEO, a range backwards and more than 80 quarters', async () => {
      expect(codeOf(await as(haifaCeo, ACROSS, { from: '2019-01-01', to: '2019-12-31' }))).toBe('FORBIDDEN');
      expect(codeOf(await as(pmo, ACROSS, { from: '2019-12-31', to: '2019-01-01' }))).toBe('BAD_USER_INPUT');
      expect((await ok(pmo, ACROSS, { from: '2000-01-01', to: '2019-12-31' }))['eventParticipation']).toHaveLength(80);
      const tooLong = await as(pmo, ACROSS, { from: '1999-12-31', to: '2019-12-31' });
      expect(codeOf(tooLong)).toBe('PERIOD_TOO_LONG');
      expect(tooLong.errors?.[0]?.extensions).toMatchObject({ maxQuarters: 80, invalidArguments: ['from', 'to'] });
    });
  });

  describe('the attendees CSV', () => {
    it('gives each contact detail only as its person allowed a signed-in viewer, and logs the reads and the export', async () => {
      const eventId = await eventOn('2025-03-10');
      const open = await createProfile(db.dataSource, {
        name: { he: 'פתוחה' },
        contacts: [{ kind: 'EMAIL', value: 'open@example.org', visibility: 'EVERYONE' }],
      });
      const members = await createProfile(db.dataSource, {
        name: { he: 'למחוברים' },
        contacts: [{ kind: 'PHONE', value: '+972-4-555-0101', visibility: 'SIGNED_IN' }],
      });
      const hidden = await createProfile(db.dataSource, {
        name: { he: 'פרטית' },
        contacts: [{ kind: 'EMAIL', value: 'private@example.org', visibility: 'ONLY_ME' }],
      });
      await registration(eventId, { personId: open, checkedIn: true });
      await registration(eventId, { personId: members });
      await registration(eventId, { personId: hidden, status: 'WAITLISTED' });
      await registration(eventId, { status: 'CANCELLED' });

      const { eventAttendeesExport: file } = await ok(haifaCeo, EXPORT, { id: eventId });
      expect(file.csv.startsWith('\uFEFF')).toBe(true);
      expect(file.rowCount).toBe(3);
      const parsed = Papa.parse<Record<string, string>>(file.csv.slice(1).trim(), { header: true });
      const byName = (name: string) => parsed.data.find((row) => row['name_he'] === name)!;
      expect(byName('פתוחה')).toMatchObject({ email: 'open@example.org', status: 'CONFIRMED' });
      expect(byName('פתוחה')['checked_in_at']).not.toBe('');
      // A leading + would run as a formula in a spreadsheet: neutralised, as the pool's export does.
      expect(byName('למחוברים')).toMatchObject({ phone: "'+972-4-555-0101", checked_in_at: '' });
      expect(byName('פרטית')).toMatchObject({ email: '', status: 'WAITLISTED', waitlist_position: '1' });
      expect(file.csv).not.toContain('private@example.org');

      const reads: { entity_id: string }[] = await db.dataSource.query(
        `SELECT entity_id FROM audit_event WHERE action = 'PERSONAL_DATA_READ' AND actor_account_id = $1 AND entity_id = ANY($2::text[])`,
        [haifaCeo.id, [open, members, hidden]],
      );
      expect(reads.map((row) => row.entity_id).sort()).toEqual([open, members].sort());
      const exported = await auditRows('EVENT_ATTENDEES_EXPORTED', eventId);
      expect(exported).toHaveLength(1);
      expect(exported[0]).toMatchObject({ actor_account_id: haifaCeo.id, after: { rows: 3 } });
    });

    it('refuses another cluster’s CEO and a stakeholder, and logs nothing', async () => {
      const eventId = await eventOn('2025-03-10');
      const person = await createProfile(db.dataSource, {
        contacts: [{ kind: 'EMAIL', value: 'someone@example.org', visibility: 'EVERYONE' }],
      });
      await registration(eventId, { personId: person });
      expect(codeOf(await as(negevCeo, EXPORT, { id: eventId }))).toBe('FORBIDDEN');
      const stakeholder = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
      expect(codeOf(await as(stakeholder, EXPORT, { id: eventId }))).toBe('FORBIDDEN');
      expect(await auditRows('EVENT_ATTENDEES_EXPORTED', eventId)).toHaveLength(0);
      expect(await auditRows('PERSONAL_DATA_READ', person)).toHaveLength(0);
    });
  });
});
