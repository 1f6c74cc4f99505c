import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@roundtable/shared/identity';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { createSchema } from '../../src/schema.js';
import { createForum, createMeeting, createMember } from '../support/forums.js';
import { createAccount, createInvitation, TEST_PASSWORD, type TestAccount } from '../support/identity.js';
import { insertApplication, insertCall } from '../support/calls.js';
import { insertEvent } from '../support/events.js';
import { createOrganisation, insertPartnership } from '../support/partnerships.js';
import { createProfile } from '../support/pool.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server.js';

type Caller = 'ANONYMOUS' | Role;
type Outcome = 'ALLOWED' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'NOT_FOUND';

const CALLERS: readonly Caller[] = ['ANONYMOUS', ...ROLES];

/** What each caller gets: the roles listed may, other accounts are FORBIDDEN, no one is UNAUTHENTICATED. */
function onlyRoles(...allowed: Role[]): Record<Caller, Outcome> {
  return Object.fromEntries(
    CALLERS.map((caller) => [
      caller,
      caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : allowed.includes(caller) ? 'ALLOWED' : 'FORBIDDEN',
    ]),
  ) as Record<Caller, Outcome>;
}
const ANY_ACCOUNT = onlyRoles(...ROLES);
const EVERYONE = Object.fromEntries(CALLERS.map((caller) => [caller, 'ALLOWED'])) as Record<Caller, Outcome>;

interface Case {
  mutation: string;
  variant?: string;
  expected: Record<Caller, Outcome>;
  /** Arranges what the call needs (fresh for every cell) and returns the operation to send. */
  arrange(caller: TestAccount | null): Promise<{ query: string; variables?: Record<string, unknown> }>;
}

describe('the authorization matrix: every mutation × every role', () => {
  let db: TestDatabase;
  let server: TestServer;
  let haifaBayId: string;
  let westernNegevId: string;
  let haifaBayForumId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
    // One request per cell, hundreds a minute: the rate limit is edge.int.test.ts's to test.
    server = await startTestServer(db.dataSource, { RATE_LIMIT_REQUESTS_PER_MINUTE: '100000' });
    const clusters: { id: string; slug: string }[] = await db.dataSource.query(`SELECT id, slug FROM cluster`);
    haifaBayId = clusters.find((c) => c.slug === 'haifa-bay')!.id;
    westernNegevId = clusters.find((c) => c.slug === 'western-negev')!.id;
    [{ id: haifaBayForumId }] = await db.dataSource.query(
      `SELECT id FROM forum WHERE seed_key = 'haifa-bay-cross-sector-forum'`,
    );
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  const milestone = async (clusterId: string | null) => {
    const [{ id }] = await db.dataSource.query(
      `INSERT INTO milestone (cluster_id, occurred_on, title_he) VALUES ($1, '2024-05', 'אבן דרך לבדיקה') RETURNING id`,
      [clusterId],
    );
    return id as string;
  };
  const target = () => createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
  const title = { he: 'כנס שנתי' };

  const CASES: Case[] = [
    {
      mutation: 'signIn',
      expected: EVERYONE,
      arrange: async (caller) => ({
        query: `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`,
        variables: { input: { email: (caller ?? (await target())).email, password: TEST_PASSWORD } },
      }),
    },
    { mutation: 'signOut', expected: EVERYONE, arrange: async () => ({ query: `mutation { signOut }` }) },
    {
      mutation: 'acceptInvitation',
      expected: EVERYONE,
      arrange: async () => ({
        query: `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`,
        variables: { input: { token: (await createInvitation(db.dataSource)).token, password: 'a new long password' } },
      }),
    },
    {
      mutation: 'changePassword',
      expected: ANY_ACCOUNT,
      arrange: async () => ({
        query: `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`,
        variables: { input: { currentPassword: TEST_PASSWORD, newPassword: 'another long password' } },
      }),
    },
    {
      mutation: 'createApiToken',
      expected: ANY_ACCOUNT,
      arrange: async () => ({
        query: `mutation { createApiToken(input: { name: "reports" }) { token } }`,
      }),
    },
    {
      mutation: 'revokeApiToken',
      expected: ANY_ACCOUNT,
      arrange: async (caller) => ({
        query: `mutation ($id: ID!) { revokeApiToken(id: $id) { id } }`,
        variables: { id: caller?.tokenId ?? randomUUID() },
      }),
    },
    {
      mutation: 'inviteAccount',
      expected: onlyRoles('ADMIN'),
      arrange: async () => ({
        query: `mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) { token } }`,
        variables: {
          input: {
            email: `${randomUUID().slice(0, 8)}@example.org`,
            displayName: 'New',
            roles: [{ role: 'STAKEHOLDER' }],
          },
        },
      }),
    },
    {
      mutation: 'reissueInvitation',
      expected: onlyRoles('ADMIN'),
      arrange: async () => ({
        query: `mutation ($id: ID!) { reissueInvitation(accountId: $id) { token } }`,
        variables: { id: (await createInvitation(db.dataSource)).id },
      }),
    },
    {
      mutation: 'grantRole',
      expected: onlyRoles('ADMIN'),
      arrange: async () => ({
        query: `mutation ($input: GrantRoleInput!) { grantRole(input: $input) { id } }`,
        variables: { input: { accountId: (await target()).id, role: 'CLUSTER_CEO', clusterId: haifaBayId } },
      }),
    },
    {
      mutation: 'revokeRole',
      expected: onlyRoles('ADMIN'),
      arrange: async () => {
        const { id } = await target();
        const [{ id: grantId }] = await db.dataSource.query(`SELECT id FROM role_grant WHERE account_id = $1`, [id]);
        return { query: `mutation ($id: ID!) { revokeRole(id: $id) { id } }`, variables: { id: grantId } };
      },
    },
    {
      mutation: 'disableAccount',
      expected: onlyRoles('ADMIN'),
      arrange: async () => ({
        query: `mutation ($id: ID!) { disableAccount(accountId: $id) { status } }`,
        variables: { id: (await target()).id },
      }),
    },
    {
      mutation: 'enableAccount',
      expected: onlyRoles('ADMIN'),
      arrange: async () => {
        const { id } = await target();
        await db.dataSource.query(`UPDATE account SET status = 'DISABLED' WHERE id = $1`, [id]);
        return { query: `mutation ($id: ID!) { enableAccount(accountId: $id) { status } }`, variables: { id } };
      },
    },
    {
      mutation: 'addMilestone',
      variant: "to the CEO's own cluster",
      expected: onlyRoles('CLUSTER_CEO'),
      arrange: async () => ({
        query: `mutation ($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`,
        variables: { input: { clusterId: haifaBayId, occurredOn: '2024-06-01', title } },
      }),
    },
    {
      mutation: 'addMilestone',
      variant: "to another cluster (scope: Haifa Bay's CEO, Western Negev's data)",
      expected: onlyRoles(),
      arrange: async () => ({
        query: `mutation ($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`,
        variables: { input: { clusterId: westernNegevId, occurredOn: '2024-06-01', title } },
      }),
    },
    {
      mutation: 'addMilestone',
      variant: 'to the national timeline',
      expected: onlyRoles('PMO_ANALYST'),
      arrange: async () => ({
        query: `mutation ($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`,
        variables: { input: { occurredOn: '2024', title } },
      }),
    },
    {
      mutation: 'updateMilestone',
      expected: onlyRoles('CLUSTER_CEO'),
      arrange: async () => ({
        query: `mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }`,
        variables: { input: { id: await milestone(haifaBayId), occurredOn: '2024-07', title } },
      }),
    },
    {
      mutation: 'updateMilestone',
      variant: 'of another cluster',
      expected: onlyRoles(),
      arrange: async () => ({
        query: `mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }`,
        variables: { input: { id: await milestone(westernNegevId), occurredOn: '2024-07', title } },
      }),
    },
    {
      mutation: 'deleteMilestone',
      expected: onlyRoles('CLUSTER_CEO'),
      arrange: async () => ({
        query: `mutation ($id: ID!) { deleteMilestone(id: $id) { id } }`,
        variables: { id: await milestone(haifaBayId) },
      }),
    },
    {
      mutation: 'deleteMilestone',
      variant: 'of the national timeline',
      expected: onlyRoles('PMO_ANALYST'),
      arrange: async () => ({
        query: `mutation ($id: ID!) { deleteMilestone(id: $id) { id } }`,
        variables: { id: await milestone(null) },
      }),
    },
    // The partner pool: a person's own profile is theirs to create, change and erase (any account,
    // for itself: there is no way to name someone else's); erasing another's and organisations'
    // activity are the administrator's.
    {
      mutation: 'createMyProfile',
      expected: ANY_ACCOUNT,
      arrange: async () => ({
        query: `mutation ($input: CreateProfileInput!) { createMyProfile(input: $input) { id } }`,
        variables: { input: { name: { he: 'בעלת עניין' }, sector: 'CIVIL_SOCIETY' } },
      }),
    },
    {
      mutation: 'updateMyProfile',
      expected: ANY_ACCOUNT,
      arrange: async (caller) => {
        if (caller) await createProfile(db.dataSource, { accountId: caller.id });
        return {
          query: `mutation ($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }`,
          variables: { input: { bio: 'ביוגרפיה', topicCodes: ['EDUCATION'] } },
        };
      },
    },
    {
      mutation: 'withdrawMyContactConsent',
      expected: ANY_ACCOUNT,
      arrange: async (caller) => {
        if (caller) {
          await createProfile(db.dataSource, {
            accountId: caller.id,
            contacts: [{ kind: 'EMAIL', value: 'shown@example.org', visibility: 'EVERYONE' }],
          });
        }
        return { query: `mutation { withdrawMyContactConsent { id } }` };
      },
    },
    {
      mutation: 'deleteMyProfile',
      expected: ANY_ACCOUNT,
      arrange: async (caller) => {
        if (caller) await createProfile(db.dataSource, { accountId: caller.id });
        return { query: `mutation { deleteMyProfile }` };
      },
    },
    {
      mutation: 'eraseProfile',
      expected: onlyRoles('ADMIN'),
      arrange: async () => ({
        query: `mutation ($personId: ID!) { eraseProfile(personId: $personId) }`,
        variables: { personId: await createProfile(db.dataSource, { accountId: (await target()).id }) },
      }),
    },
    {
      mutation: 'setOrganisationActivity',
      expected: onlyRoles('ADMIN'),
      arrange: async () => {
        const [{ id }] = await db.dataSource.query(
          `INSERT INTO organisation (name_he, sector_code) VALUES ('ארגון לבדיקה', 'BUSINESS') RETURNING id`,
        );
        return {
          query: `mutation ($input: SetOrganisationActivityInput!) { setOrganisationActivity(input: $input) { id } }`,
          variables: { input: { organisationId: id, topicCodes: ['ENERGY'], districts: ['SOUTH'] } },
        };
      },
    },
    {
      mutation: 'importPool',
      expected: onlyRoles('ADMIN'),
      arrange: async () => ({
        query: `mutation ($csv: String!) { importPool(kind: ORGANISATIONS, fileName: "matrix.csv", csv: $csv) { written } }`,
        // A number of its own each time, so every allowed call writes a new organisation.
        variables: {
          csv: `registration_number,name_he,sector\n${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')},ארגון מיובא,BUSINESS\n`,
        },
      }),
    },
  ];

  /**
   * Forums: every mutation on Haifa Bay's forum (its CEO may), on Western Negev's (no one here may:
   * the CEO's scope is Haifa Bay, and the PMO runs only national forums), and on a national one
   * (the PMO only).
   */
  const FORUM_SCOPES = [
    { variant: "of the CEO's own cluster", cluster: () => haifaBayId, expected: () => onlyRoles('CLUSTER_CEO') },
    { variant: 'of another cluster', cluster: () => westernNegevId, expected: () => onlyRoles() },
    { variant: 'national', cluster: () => null, expected: () => onlyRoles('PMO_ANALYST') },
  ] as const;
  const forumIn = (clusterId: string | null) => createForum(db.dataSource, { clusterId, termYears: 3 });
  const memberIn = async (clusterId: string | null) =>
    (await createMember(db.dataSource, await forumIn(clusterId), { termStart: '2024-01-01', termEnd: '2027-01-01' }))
      .id;
  const FORUM_MUTATIONS: {
    mutation: string;
    arrange(clusterId: string | null): Promise<{ query: string; variables?: Record<string, unknown> }>;
  }[] = [
    {
      mutation: 'createForum',
      arrange: async (clusterId) => ({
        query: `mutation ($input: CreateForumInput!) { createForum(input: $input) { id } }`,
        variables: { input: { clusterId, kind: clusterId ? 'PROFESSIONAL' : 'ROUND_TABLE', name: { he: 'פורום' } } },
      }),
    },
    {
      mutation: 'updateForum',
      arrange: async (clusterId) => ({
        query: `mutation ($input: UpdateForumInput!) { updateForum(input: $input) { id } }`,
        variables: { input: { id: await forumIn(clusterId), minMeetingsPerYear: 4 } },
      }),
    },
    {
      mutation: 'appointForumMember',
      arrange: async (clusterId) => ({
        query: `mutation ($input: AppointForumMemberInput!) { appointForumMember(input: $input) { id } }`,
        variables: {
          input: {
            forumId: await forumIn(clusterId),
            newPerson: { name: { he: 'חברה חדשה' } },
            sector: 'CIVIL_SOCIETY',
            termStart: '2024-05-01',
          },
        },
      }),
    },
    {
      mutation: 'renewForumMember',
      arrange: async (clusterId) => ({
        query: `mutation ($input: RenewForumMemberInput!) { renewForumMember(input: $input) { id } }`,
        variables: { input: { memberId: await memberIn(clusterId) } },
      }),
    },
    {
      mutation: 'endForumMember',
      arrange: async (clusterId) => ({
        query: `mutation ($input: EndForumMemberInput!) { endForumMember(input: $input) { id } }`,
        variables: { input: { memberId: await memberIn(clusterId), reason: 'RESIGNED' } },
      }),
    },
    {
      mutation: 'recordForumMemberConsent',
      arrange: async (clusterId) => ({
        query: `mutation ($input: RecordForumMemberConsentInput!) { recordForumMemberConsent(input: $input) { id } }`,
        variables: { input: { memberId: await memberIn(clusterId), shownPublicly: true } },
      }),
    },
    {
      mutation: 'scheduleMeeting',
      arrange: async (clusterId) => ({
        query: `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
        variables: {
          input: { forumId: await forumIn(clusterId), startsAt: '2030-03-01T16:00:00+02:00', title: 'מפגש' },
        },
      }),
    },
    {
      mutation: 'updateMeeting',
      arrange: async (clusterId) => ({
        query: `mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`,
        variables: { input: { id: await createMeeting(db.dataSource, await forumIn(clusterId)), summary: 'סוכם' } },
      }),
    },
    {
      mutation: 'deleteMeeting',
      arrange: async (clusterId) => ({
        query: `mutation ($id: ID!) { deleteMeeting(id: $id) { id } }`,
        variables: { id: await createMeeting(db.dataSource, await forumIn(clusterId)) },
      }),
    },
    {
      mutation: 'recordAttendance',
      arrange: async (clusterId) => {
        const forumId = await forumIn(clusterId);
        const { id: memberId } = await createMember(db.dataSource, forumId);
        return {
          query: `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`,
          variables: { input: { meetingId: await createMeeting(db.dataSource, forumId), memberIds: [memberId] } },
        };
      },
    },
  ];
  /**
   * Calls: their managers' mutations in the same three scopes. A draft is NOT_FOUND to a manager of
   * another scope (its existence does not leak); past the draft, they are FORBIDDEN.
   */
  const callIn = async (clusterId: string | null, status: 'DRAFT' | 'OPEN' | 'CLOSED') =>
    (await insertCall(db.dataSource, await forumIn(clusterId), status)).callId;
  const CALL_MUTATIONS: {
    mutation: string;
    draft: boolean;
    arrange(clusterId: string | null): Promise<{ query: string; variables?: Record<string, unknown> }>;
  }[] = [
    {
      mutation: 'createCall',
      draft: false,
      arrange: async (clusterId) => ({
        query: `mutation ($input: CreateCallInput!) { createCall(input: $input) { id } }`,
        variables: {
          input: {
            forumId: await forumIn(clusterId),
            title: { he: 'קול קורא' },
            text: { he: 'טקסט' },
            deadline: '2099-12-31',
            eligibleSectors: ['BUSINESS'],
            criteria: [{ name: { he: 'זיקה' } }],
          },
        },
      }),
    },
    {
      mutation: 'updateCall',
      draft: true,
      arrange: async (clusterId) => ({
        query: `mutation ($input: UpdateCallInput!) { updateCall(input: $input) { id } }`,
        variables: { input: { callId: await callIn(clusterId, 'DRAFT'), rotation: 2 } },
      }),
    },
    {
      mutation: 'openCall',
      draft: true,
      arrange: async (clusterId) => ({
        query: `mutation ($id: ID!) { openCall(callId: $id) { id } }`,
        variables: { id: await callIn(clusterId, 'DRAFT') },
      }),
    },
    {
      mutation: 'extendCallDeadline',
      draft: false,
      arrange: async (clusterId) => ({
        query: `mutation ($input: ExtendCallDeadlineInput!) { extendCallDeadline(input: $input) { id } }`,
        variables: {
          input: { callId: await callIn(clusterId, 'OPEN'), newDeadline: '2100-01-31', reason: { he: 'החגים' } },
        },
      }),
    },
    {
      mutation: 'closeCall',
      draft: false,
      arrange: async (clusterId) => ({
        query: `mutation ($id: ID!) { closeCall(callId: $id) { id } }`,
        variables: { id: await callIn(clusterId, 'OPEN') },
      }),
    },
    {
      mutation: 'markCallDecided',
      draft: false,
      arrange: async (clusterId) => ({
        query: `mutation ($id: ID!) { markCallDecided(callId: $id) { id } }`,
        variables: { id: await callIn(clusterId, 'CLOSED') },
      }),
    },
  ];
  for (const { mutation, draft, arrange } of CALL_MUTATIONS) {
    for (const scope of FORUM_SCOPES) {
      const expected = scope.expected();
      if (draft) {
        for (const manager of ['CLUSTER_CEO', 'PMO_ANALYST'] as const) {
          if (expected[manager] === 'FORBIDDEN') expected[manager] = 'NOT_FOUND';
        }
      }
      CASES.push({ mutation, variant: scope.variant, expected, arrange: () => arrange(scope.cluster()) });
    }
  }

  /** Applications: any account applies and changes its own; Haifa Bay's committee (and CEO) scores and decides. */
  const openCallId = async () => (await insertCall(db.dataSource, await forumIn(haifaBayId), 'OPEN')).callId;
  const ownApplication = async (caller: TestAccount | null) =>
    insertApplication(db.dataSource, await openCallId(), (caller ?? (await target())).id);
  const underReview = async () => {
    const { callId, criterionId } = await insertCall(db.dataSource, haifaBayForumId, 'OPEN');
    const applicationId = await insertApplication(db.dataSource, callId, (await target()).id, 'UNDER_REVIEW');
    await db.dataSource.query(`UPDATE "call" SET status = 'CLOSED' WHERE id = $1`, [callId]);
    return { applicationId, criterionId };
  };
  CASES.push(
    {
      mutation: 'submitApplication',
      expected: ANY_ACCOUNT,
      arrange: async () => ({
        query: `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`,
        variables: {
          input: {
            callId: await openCallId(),
            idempotencyKey: randomUUID(),
            organisation: {
              name: { he: 'ארגון' },
              registrationNumber: String(Math.floor(Math.random() * 1e9)).padStart(9, '0'),
            },
            sector: 'BUSINESS',
            nomineeName: 'מועמד',
            nomineeEmail: 'nominee@example.org',
            regionalTies: 'זיקה',
            motivation: 'מניע',
          },
        },
      }),
    },
    {
      mutation: 'updateApplication',
      expected: ANY_ACCOUNT,
      arrange: async (caller) => ({
        query: `mutation ($input: UpdateApplicationInput!) { updateApplication(input: $input) { id } }`,
        variables: { input: { applicationId: await ownApplication(caller), motivation: 'מניע חדש' } },
      }),
    },
    {
      mutation: 'withdrawApplication',
      expected: ANY_ACCOUNT,
      arrange: async (caller) => ({
        query: `mutation ($id: ID!) { withdrawApplication(applicationId: $id) { id } }`,
        variables: { id: await ownApplication(caller) },
      }),
    },
    {
      mutation: 'scoreApplication',
      expected: onlyRoles('CLUSTER_CEO', 'COMMITTEE_MEMBER'),
      arrange: async () => {
        const { applicationId, criterionId } = await underReview();
        return {
          query: `mutation ($input: ScoreApplicationInput!) { scoreApplication(input: $input) { id } }`,
          variables: { input: { applicationId, scores: [{ criterionId, score: 4 }] } },
        };
      },
    },
    {
      mutation: 'decideApplication',
      expected: onlyRoles('CLUSTER_CEO', 'COMMITTEE_MEMBER'),
      arrange: async () => ({
        query: `mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) { id } }`,
        variables: {
          input: { applicationId: (await underReview()).applicationId, decision: 'REJECT', reason: 'מפת הייצוגים' },
        },
      }),
    },
  );

  for (const { mutation, arrange } of FORUM_MUTATIONS) {
    for (const scope of FORUM_SCOPES) {
      CASES.push({
        mutation,
        variant: scope.variant,
        expected: scope.expected(),
        arrange: () => arrange(scope.cluster()),
      });
    }
  }

  /**
   * Partnerships: the same three scopes (a cluster's CEO for their cluster's, the PMO unit for a
   * national one). A partner organisation's account may edit too; partnerships.int.test.ts covers
   * that, as no account here is linked to an organisation.
   */
  const partnershipIn = (clusterId: string | null) => insertPartnership(db.dataSource, { clusterId });
  const withChild = async (clusterId: string | null, table: 'partnership_milestone' | 'partnership_indicator') => {
    const partnershipId = await partnershipIn(clusterId);
    const column = table === 'partnership_milestone' ? 'title_he' : 'name_he';
    const [{ id }] = await db.dataSource.query(
      `INSERT INTO ${table} (partnership_id, ${column}) VALUES ($1, 'x') RETURNING id`,
      [partnershipId],
    );
    return id as string;
  };
  const PARTNERSHIP_MUTATIONS: {
    mutation: string;
    arrange(clusterId: string | null): Promise<{ query: string; variables?: Record<string, unknown> }>;
  }[] = [
    {
      mutation: 'createPartnership',
      arrange: async (clusterId) => ({
        query: `mutation ($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`,
        variables: { input: { kind: 'CROSS_SECTOR', clusterId, title: { he: 'שותפות' } } },
      }),
    },
    {
      mutation: 'updatePartnership',
      arrange: async (clusterId) => ({
        query: `mutation ($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { id } }`,
        variables: { input: { partnershipId: await partnershipIn(clusterId), status: 'ACTIVE' } },
      }),
    },
    {
      mutation: 'addPartnershipPartner',
      arrange: async (clusterId) => ({
        query: `mutation ($input: AddPartnershipPartnerInput!) { addPartnershipPartner(input: $input) { id } }`,
        variables: {
          input: {
            partnershipId: await partnershipIn(clusterId),
            organisationId: await createOrganisation(db.dataSource, 'BUSINESS'),
          },
        },
      }),
    },
    {
      mutation: 'removePartnershipPartner',
      arrange: async (clusterId) => {
        const partnershipId = await partnershipIn(clusterId);
        const organisationId = await createOrganisation(db.dataSource, 'BUSINESS');
        await db.dataSource.query(
          `INSERT INTO partnership_partner (partnership_id, organisation_id, role) VALUES ($1, $2, 'PARTNER')`,
          [partnershipId, organisationId],
        );
        return {
          query: `mutation ($p: ID!, $o: ID!) { removePartnershipPartner(partnershipId: $p, organisationId: $o) { id } }`,
          variables: { p: partnershipId, o: organisationId },
        };
      },
    },
    {
      mutation: 'addPartnershipMilestone',
      arrange: async (clusterId) => ({
        query: `mutation ($input: AddPartnershipMilestoneInput!) { addPartnershipMilestone(input: $input) { id } }`,
        variables: { input: { partnershipId: await partnershipIn(clusterId), title: { he: 'אבן דרך' } } },
      }),
    },
    {
      mutation: 'updatePartnershipMilestone',
      arrange: async (clusterId) => ({
        query: `mutation ($input: UpdatePartnershipMilestoneInput!) { updatePartnershipMilestone(input: $input) { id } }`,
        variables: { input: { milestoneId: await withChild(clusterId, 'partnership_milestone'), dueOn: '2030-01-01' } },
      }),
    },
    {
      mutation: 'removePartnershipMilestone',
      arrange: async (clusterId) => ({
        query: `mutation ($id: ID!) { removePartnershipMilestone(milestoneId: $id) { id } }`,
        variables: { id: await withChild(clusterId, 'partnership_milestone') },
      }),
    },
    {
      mutation: 'addPartnershipIndicator',
      arrange: async (clusterId) => ({
        query: `mutation ($input: AddPartnershipIndicatorInput!) { addPartnershipIndicator(input: $input) { id } }`,
        variables: { input: { partnershipId: await partnershipIn(clusterId), name: { he: 'מדד' } } },
      }),
    },
    {
      mutation: 'updatePartnershipIndicator',
      arrange: async (clusterId) => ({
        query: `mutation ($input: UpdatePartnershipIndicatorInput!) { updatePartnershipIndicator(input: $input) { id } }`,
        variables: { input: { indicatorId: await withChild(clusterId, 'partnership_indicator'), target: 5 } },
      }),
    },
    {
      mutation: 'removePartnershipIndicator',
      arrange: async (clusterId) => ({
        query: `mutation ($id: ID!) { removePartnershipIndicator(indicatorId: $id) { id } }`,
        variables: { id: await withChild(clusterId, 'partnership_indicator') },
      }),
    },
    {
      mutation: 'reportPartnershipProgress',
      arrange: async (clusterId) => ({
        query: `mutation ($input: ReportPartnershipProgressInput!) { reportPartnershipProgress(input: $input) { id } }`,
        variables: {
          input: {
            partnershipId: await partnershipIn(clusterId),
            reportedOn: '2020-01-01',
            text: { he: 'דיווח' },
            idempotencyKey: randomUUID(),
          },
        },
      }),
    },
  ];
  for (const { mutation, arrange } of PARTNERSHIP_MUTATIONS) {
    for (const scope of FORUM_SCOPES) {
      CASES.push({
        mutation,
        variant: scope.variant,
        expected: scope.expected(),
        arrange: () => arrange(scope.cluster()),
      });
    }
  }

  /** Events: the organiser's mutations in the same three scopes; registering is any account's, for themselves. */
  const eventIn = (clusterId: string | null, { closed = false } = {}) =>
    insertEvent(db.dataSource, { clusterId, capacity: 10 }).then(async (id) => {
      if (closed) await db.dataSource.query(`UPDATE event SET registration_closed = true WHERE id = $1`, [id]);
      return id;
    });
  /** A confirmed registration to an event that has begun (check-in opens on its first day). */
  const registrationIn = async (clusterId: string | null, { checkedIn = false } = {}) => {
    const eventId = await eventIn(clusterId);
    await db.dataSource.query(`UPDATE event SET starts_on = '2025-01-01' WHERE id = $1`, [eventId]);
    const [{ id: personId }] = await db.dataSource.query(`INSERT INTO person (name_he) VALUES ('א') RETURNING id`);
    const [{ id }] = await db.dataSource.query(
      `INSERT INTO event_registration (event_id, person_id, sector_code, status, registered_at, confirmed_at, checked_in_at)
       VALUES ($1, $2, 'BUSINESS', 'CONFIRMED', now(), now(), $3) RETURNING id`,
      [eventId, personId, checkedIn ? new Date() : null],
    );
    return id as string;
  };
  const EVENT_MUTATIONS: {
    mutation: string;
    arrange(clusterId: string | null): Promise<{ query: string; variables?: Record<string, unknown> }>;
  }[] = [
    {
      mutation: 'createEvent',
      arrange: async (clusterId) => ({
        query: `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
        variables: { input: { kind: 'WORKSHOP', clusterId, title: { he: 'סדנה' }, startsOn: '2030-06-01' } },
      }),
    },
    {
      mutation: 'updateEvent',
      arrange: async (clusterId) => ({
        query: `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { id } }`,
        variables: { input: { eventId: await eventIn(clusterId), capacity: 20 } },
      }),
    },
    {
      mutation: 'closeEventRegistration',
      arrange: async (clusterId) => ({
        query: `mutation ($id: ID!) { closeEventRegistration(eventId: $id) { id } }`,
        variables: { id: await eventIn(clusterId) },
      }),
    },
    {
      mutation: 'checkInEventRegistration',
      arrange: async (clusterId) => ({
        query: `mutation ($id: ID!) { checkInEventRegistration(registrationId: $id) { id } }`,
        variables: { id: await registrationIn(clusterId) },
      }),
    },
    {
      mutation: 'undoEventCheckIn',
      arrange: async (clusterId) => ({
        query: `mutation ($id: ID!) { undoEventCheckIn(registrationId: $id) { id } }`,
        variables: { id: await registrationIn(clusterId, { checkedIn: true }) },
      }),
    },
    {
      mutation: 'reopenEventRegistration',
      arrange: async (clusterId) => ({
        query: `mutation ($id: ID!) { reopenEventRegistration(eventId: $id) { id } }`,
        variables: { id: await eventIn(clusterId, { closed: true }) },
      }),
    },
  ];
  for (const { mutation, arrange } of EVENT_MUTATIONS) {
    for (const scope of FORUM_SCOPES) {
      CASES.push({
        mutation,
        variant: scope.variant,
        expected: scope.expected(),
        arrange: () => arrange(scope.cluster()),
      });
    }
  }
  CASES.push(
    {
      mutation: 'registerForEvent',
      expected: ANY_ACCOUNT,
      arrange: async () => ({
        query: `mutation ($id: ID!) { registerForEvent(eventId: $id, sector: BUSINESS) { id } }`,
        variables: { id: await eventIn(null) },
      }),
    },
    {
      mutation: 'cancelEventRegistration',
      variant: "of one's own registration",
      expected: ANY_ACCOUNT,
      arrange: async (caller) => {
        const eventId = await eventIn(null);
        const [{ id: personId }] = await db.dataSource.query(`INSERT INTO person (name_he) VALUES ('א') RETURNING id`);
        if (caller) await db.dataSource.query(`UPDATE account SET person_id = $1 WHERE id = $2`, [personId, caller.id]);
        const [{ id }] = await db.dataSource.query(
          `INSERT INTO event_registration (event_id, person_id, sector_code, status, registered_at, confirmed_at)
           VALUES ($1, $2, 'BUSINESS', 'CONFIRMED', now(), now()) RETURNING id`,
          [eventId, personId],
        );
        return {
          query: `mutation ($id: ID!) { cancelEventRegistration(registrationId: $id) { id } }`,
          variables: { id },
        };
      },
    },
  );

  it('covers every mutation in the schema', async () => {
    const mutations = Object.keys((await createSchema()).getMutationType()!.getFields()).sort();
    expect([...new Set(CASES.map((c) => c.mutation))].sort()).toEqual(mutations);
  });

  /** Sign-in's own entries are the only ones a refused call may write. */
  const auditCount = async () =>
    (await db.dataSource.query(`SELECT count(*)::int AS count FROM audit_event WHERE action <> 'SIGN_IN_FAILED'`))[0]
      .count as number;

  const grantsFor = (caller: Role) => [
    caller === 'CLUSTER_CEO'
      ? { role: caller, clusterId: haifaBayId }
      : caller === 'COMMITTEE_MEMBER'
        ? { role: caller, forumId: haifaBayForumId }
        : { role: caller },
  ];

  for (const testCase of CASES) {
    for (const caller of CALLERS) {
      const outcome = testCase.expected[caller];
      const name = `${testCase.mutation}${testCase.variant ? ` ${testCase.variant}` : ''} as ${caller}: ${outcome}`;
      it(name, async () => {
        const account = caller === 'ANONYMOUS' ? null : await createAccount(db.dataSource, grantsFor(caller));
        const { query, variables } = await testCase.arrange(account);
        const before = await auditCount();
        const response: GraphQLResponse<Record<string, unknown>> = await server.graphql(
          query,
          variables,
          account ? { token: account.token } : {},
        );
        if (outcome === 'ALLOWED') {
          expect(response.errors).toBeUndefined();
          expect(response.data?.[testCase.mutation]).toBeTruthy();
        } else {
          expect(response.errors?.[0]?.extensions?.['code']).toBe(outcome);
          expect(response.data).toBeNull();
          // A refused call changes nothing, so it leaves nothing in the audit trail either.
          expect(await auditCount()).toBe(before);
        }
      });
    }
  }

  it('guards the queries that are not public the same way', async () => {
    const admin = await createAccount(db.dataSource, [{ role: 'ADMIN' }]);
    const pmo = await createAccount(db.dataSource, [{ role: 'PMO_ANALYST' }]);
    const ceo = await createAccount(db.dataSource, [{ role: 'CLUSTER_CEO', clusterId: haifaBayId }]);
    const code = async (query: string, token?: string) =>
      (await server.graphql(query, {}, token ? { token } : {})).errors?.[0]?.extensions?.['code'] ?? 'ALLOWED';
    const accounts = `{ accounts { totalCount } }`;
    const audit = `{ auditEvents { nodes { id } } }`;
    const tokens = `{ myApiTokens { id } }`;
    expect(await code(accounts)).toBe('UNAUTHENTICATED');
    expect(await code(accounts, pmo.token)).toBe('FORBIDDEN');
    expect(await code(accounts, admin.token)).toBe('ALLOWED');
    expect(await code(audit)).toBe('UNAUTHENTICATED');
    expect(await code(audit, ceo.token)).toBe('FORBIDDEN');
    expect(await code(audit, pmo.token)).toBe('ALLOWED');
    expect(await code(audit, admin.token)).toBe('ALLOWED');
    expect(await code(tokens)).toBe('UNAUTHENTICATED');
    expect(await code(tokens, ceo.token)).toBe('ALLOWED');
    const activity = `{ clusterActivity { total { forums } } }`;
    expect(await code(activity)).toBe('UNAUTHENTICATED');
    expect(await code(activity, ceo.token)).toBe('FORBIDDEN');
    expect(await code(activity, pmo.token)).toBe('ALLOWED');
    expect(await code(activity, admin.token)).toBe('ALLOWED');
    const partnershipDashboard = `{ partnershipDashboard { total } }`;
    expect(await code(partnershipDashboard)).toBe('UNAUTHENTICATED');
    expect(await code(partnershipDashboard, ceo.token)).toBe('FORBIDDEN');
    expect(await code(partnershipDashboard, pmo.token)).toBe('ALLOWED');
    expect(await code(partnershipDashboard, admin.token)).toBe('ALLOWED');
    expect(await code(`{ partnerships(first: 1) { totalCount } }`)).toBe('ALLOWED');
    expect(await code(`{ events(first: 1) { totalCount } }`)).toBe('ALLOWED');
    const registrants = `{ eventRegistrations(eventId: "${await insertEvent(db.dataSource, { clusterId: westernNegevId })}") { totalCount nodes { id } } }`;
    expect(await code(registrants)).toBe('UNAUTHENTICATED');
    expect(await code(registrants, ceo.token)).toBe('FORBIDDEN');
    expect(await code(registrants, pmo.token)).toBe('ALLOWED');
    expect(await code(registrants, admin.token)).toBe('ALLOWED');
    const negevEvent = await insertEvent(db.dataSource, { clusterId: westernNegevId });
    for (const query of [
      `{ eventAttendeesExport(eventId: "${negevEvent}") { rowCount } }`,
      `{ event(id: "${negevEvent}") { participation { registrations } } }`,
    ]) {
      expect(await code(query)).toBe('UNAUTHENTICATED');
      expect(await code(query, ceo.token)).toBe('FORBIDDEN');
      expect(await code(query, pmo.token)).toBe('ALLOWED');
      expect(await code(query, admin.token)).toBe('ALLOWED');
    }
    const acrossEvents = `{ eventParticipation(from: "2025-01-01", to: "2025-12-31") { quarter } }`;
    expect(await code(acrossEvents)).toBe('UNAUTHENTICATED');
    expect(await code(acrossEvents, ceo.token)).toBe('FORBIDDEN');
    expect(await code(acrossEvents, pmo.token)).toBe('ALLOWED');
    expect(await code(acrossEvents, admin.token)).toBe('ALLOWED');
    expect(await code(`{ myEventRegistrations { id } }`)).toBe('UNAUTHENTICATED');
    const diversity = `{ poolDiversity { total byGender { gender count } } }`;
    const stakeholder = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
    expect(await code(diversity)).toBe('UNAUTHENTICATED');
    expect(await code(diversity, stakeholder.token)).toBe('FORBIDDEN');
    expect(await code(diversity, ceo.token)).toBe('ALLOWED');
    expect(await code(diversity, pmo.token)).toBe('ALLOWED');
    expect(await code(diversity, admin.token)).toBe('ALLOWED');
    const matches = `{ stakeholderMatches(topicCode: "EDUCATION") { score } }`;
    expect(await code(matches)).toBe('UNAUTHENTICATED');
    expect(await code(matches, stakeholder.token)).toBe('ALLOWED');
    expect(await code(`{ stakeholders(first: 1) { totalCount } }`)).toBe('ALLOWED');
    expect(await code(`{ myProfile { id } }`)).toBe('UNAUTHENTICATED');
    expect(await code(`{ myProfile { id } }`, stakeholder.token)).toBe('ALLOWED');
    // Personal fields: an account's email is its owner's and administrators' only.
    const auditWithEmails = `{ auditEvents { nodes { actor { email } } } }`;
    expect(await code(auditWithEmails, pmo.token)).toBe('FORBIDDEN');
    expect(await code(`{ me { email roles { role } } }`, ceo.token)).toBe('ALLOWED');
  });
});
