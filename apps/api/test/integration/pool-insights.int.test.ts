import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { createAccount, type TestAccount } from '../support/identity.js';
import { createProfile, type ProfileFixture } from '../support/pool.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server.js';

type Response = GraphQLResponse<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

const MATCHES = `query ($personId: ID, $organisationId: ID, $topicCode: String, $first: Int) {
  stakeholderMatches(personId: $personId, organisationId: $organisationId, topicCode: $topicCode, first: $first) {
    score
    stakeholder { id name { he } }
    reason { sharedTopics { code } sharedDistricts sector complementarySector openToConsultation }
  }
}`;

describe('the partner pool: matches across sectors', () => {
  let db: TestDatabase;
  let server: TestServer;
  let viewer: TestAccount;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
    server = await startTestServer(db.dataSource);
    viewer = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
    const [{ id: organisationId }] = await db.dataSource.query(
      `INSERT INTO organisation (name_he, sector_code) VALUES ('חברת אנרגיה ירוקה', 'BUSINESS') RETURNING id`,
    );
    people['organisation'] = organisationId;
    const fixtures: Record<string, ProfileFixture> = {
      subject: {
        name: { he: 'ראש מחלקה' },
        sector: 'LOCAL_GOVERNMENT',
        topics: ['EDUCATION', 'YOUTH_AT_RISK'],
        districts: ['HAIFA'],
      },
      twoTopicsSameDistrict: {
        name: { he: 'מנהלת עמותה' },
        sector: 'CIVIL_SOCIETY',
        topics: ['YOUTH_AT_RISK', 'EDUCATION'],
        districts: ['HAIFA'],
      },
      oneTopicOpen: {
        name: { he: 'חוקר' },
        sector: 'ACADEMIA',
        topics: ['EDUCATION'],
        districts: ['CENTER'],
        openToConsultation: true,
      },
      oneTopic: { name: { he: 'נציגת קרן' }, sector: 'PHILANTHROPY', topics: ['EDUCATION'], districts: ['SOUTH'] },
      sameSector: {
        name: { he: 'עמית ברשות' },
        sector: 'LOCAL_GOVERNMENT',
        topics: ['EDUCATION'],
        districts: ['HAIFA'],
      },
      otherTopic: { name: { he: 'יזם' }, sector: 'BUSINESS', topics: ['ENERGY'], districts: ['HAIFA'] },
      ofOrganisation: { name: { he: 'עובד החברה' }, sector: 'BUSINESS', topics: ['ENERGY'], organisationId },
    };
    for (const [key, fixture] of Object.entries(fixtures)) people[key] = await createProfile(db.dataSource, fixture);
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  const matches = async (variables: Record<string, unknown>) => {
    const response = (await server.graphql(MATCHES, variables, { token: viewer.token })) as Response;
    expect(response.errors).toBeUndefined();
    return response.data!['stakeholderMatches'] as {
      score: number;
      stakeholder: { id: string };
      reason: Record<string, unknown>;
    }[];
  };
  const who = (id: string) => Object.entries(people).find(([, value]) => value === id)![0];

  it('suggests, for a person, people of other sectors on their topics, ranked, with the reason shown', async () => {
    const result = await matches({ personId: people['subject'] });
    expect(result.map((match) => who(match.stakeholder.id))).toEqual([
      'twoTopicsSameDistrict',
      'oneTopicOpen',
      'oneTopic',
    ]);
    expect(result[0]).toMatchObject({
      score: 3 * 2 + 2 + 1,
      reason: {
        sharedTopics: [{ code: 'YOUTH_AT_RISK' }, { code: 'EDUCATION' }],
        sharedDistricts: ['HAIFA'],
        sector: 'CIVIL_SOCIETY',
        complementarySector: true,
        openToConsultation: false,
      },
    });
    expect(result[1]!.reason).toMatchObject({
      sharedTopics: [{ code: 'EDUCATION' }],
      sharedDistricts: [],
      openToConsultation: true,
    });
    expect(result[1]!.score).toBeGreaterThan(result[2]!.score);
  });

  it('never suggests the person themselves, their own sector, or someone with no shared topic', async () => {
    const ids = (await matches({ personId: people['subject'] })).map((match) => who(match.stakeholder.id));
    expect(ids).not.toContain('subject');
    expect(ids).not.toContain('sameSector');
    expect(ids).not.toContain('otherTopic');
  });

  it('suggests, for an organisation, people of other sectors on its topics of activity, not its own people', async () => {
    const admin = await createAccount(db.dataSource, [{ role: 'ADMIN' }]);
    const set = (await server.graphql(
      `mutation ($input: SetOrganisationActivityInput!) { setOrganisationActivity(input: $input) { topics { code } districts { code } } }`,
      { input: { organisationId: people['organisation'], topicCodes: ['EDUCATION'], districts: ['HAIFA'] } },
      { token: admin.token },
    )) as Response;
    expect(set.data!['setOrganisationActivity']).toEqual({
      topics: [{ code: 'EDUCATION' }],
      districts: [{ code: 'HAIFA' }],
    });
    const ids = (await matches({ organisationId: people['organisation'] })).map((match) => who(match.stakeholder.id));
    // Its own topic (education) and its employee's (energy); a business organisation is not matched to business people.
    expect(ids.sort()).toEqual(['oneTopic', 'oneTopicOpen', 'sameSector', 'subject', 'twoTopicsSameDistrict'].sort());
  });

  it('suggests, for a topic, the people on it, the fewest-represented sectors marked complementary', async () => {
    const result = await matches({ topicCode: 'EDUCATION', first: 10 });
    const bySector = Object.fromEntries(
      result.map((match) => [match.reason['sector'], match.reason['complementarySector']]),
    );
    expect(result).toHaveLength(5);
    expect(bySector).toMatchObject({
      LOCAL_GOVERNMENT: false,
      CIVIL_SOCIETY: true,
      ACADEMIA: true,
      PHILANTHROPY: true,
    });
  });

  it('takes exactly one subject, and says which thing it cannot find', async () => {
    const both = (await server.graphql(
      MATCHES,
      { personId: people['subject'], topicCode: 'EDUCATION' },
      { token: viewer.token },
    )) as Response;
    expect(both.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const missing = (await server.graphql(MATCHES, { topicCode: 'NO_SUCH' }, { token: viewer.token })) as Response;
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', what: 'topic' });
  });
});

const DIVERSITY = `query ($topicCode: String) {
  poolDiversity(topicCode: $topicCode) {
    topic { code } minimumGroupSize total
    bySector { sector count } byGender { gender count } byAgeBand { ageBand count } byDistrict { district count }
    sectorGaps { sector isMissing }
  }
}`;

describe('the partner pool: diversity in aggregate, groups of five or more', () => {
  let db: TestDatabase;
  let server: TestServer;
  let pmo: TestAccount;
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
    server = await startTestServer(db.dataSource);
    pmo = await createAccount(db.dataSource, [{ role: 'PMO_ANALYST' }]);
    // 20 people: 8 civil society, 7 local government, 3 business, 2 academia.
    // Gender: 9 women, 8 men, 1 other, 2 not given. Education: 12 of them.
    const plan: ProfileFixture[] = [];
    const add = (count: number, fixture: ProfileFixture) => {
      for (let i = 0; i < count; i += 1) plan.push({ ...fixture, name: { he: `אדם ${plan.length + 1}` } });
    };
    add(6, {
      sector: 'CIVIL_SOCIETY',
      gender: 'FEMALE',
      birthYear: year - 35,
      districts: ['NORTH'],
      topics: ['EDUCATION'],
    });
    add(2, { sector: 'CIVIL_SOCIETY', gender: 'MALE', birthYear: year - 50, districts: ['NORTH'], topics: ['ENERGY'] });
    add(5, {
      sector: 'LOCAL_GOVERNMENT',
      gender: 'MALE',
      birthYear: year - 35,
      districts: ['HAIFA'],
      topics: ['EDUCATION'],
    });
    add(2, { sector: 'LOCAL_GOVERNMENT', gender: 'FEMALE', birthYear: year - 62, districts: ['HAIFA'] });
    add(1, { sector: 'BUSINESS', gender: 'OTHER', birthYear: year - 25, districts: ['CENTER'], topics: ['EDUCATION'] });
    add(1, { sector: 'BUSINESS', gender: 'FEMALE', birthYear: year - 40, topics: ['ENERGY'] });
    add(1, { sector: 'BUSINESS', gender: 'MALE', birthYear: year - 40, topics: ['ENERGY'] });
    add(2, { sector: 'ACADEMIA', gender: null, birthYear: null, districts: ['CENTER'] });
    for (const fixture of plan) await createProfile(db.dataSource, fixture);
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  const diversity = async (topicCode?: string) => {
    const response = (await server.graphql(DIVERSITY, { topicCode }, { token: pmo.token })) as Response;
    expect(response.errors).toBeUndefined();
    return response.data!['poolDiversity'];
  };
  const counts = (cells: Record<string, unknown>[], key: string) =>
    Object.fromEntries(cells.map((cell) => [String(cell[key]), cell['count']]));

  /** No hidden cell of a partition can be worked out: at least two hidden, and together at least five. */
  const expectUnrecoverable = (total: number, cells: { count: number | null }[]) => {
    const hidden = cells.filter((cell) => cell.count === null);
    if (hidden.length === 0) return;
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(total - cells.reduce((sum, cell) => sum + (cell.count ?? 0), 0)).toBeGreaterThanOrEqual(5);
  };

  it('counts the whole pool, hiding groups under five and the cells that would give them away', async () => {
    const result = await diversity();
    expect(result.total).toBe(20);
    expect(result.minimumGroupSize).toBe(5);
    // Sectors 8, 7, 3, 2 (and two zero): business and academia are small, so hidden with the zeros.
    expect(counts(result.bySector, 'sector')).toEqual({
      GOVERNMENT: null,
      LOCAL_GOVERNMENT: 7,
      BUSINESS: null,
      CIVIL_SOCIETY: 8,
      PHILANTHROPY: null,
      ACADEMIA: null,
    });
    // Gender 9, 8, 1, 2 not given: "other" and "not given" hidden; together 3, so one more goes.
    expect(counts(result.byGender, 'gender')).toEqual({ FEMALE: 9, MALE: null, OTHER: null, null: null });
    for (const table of [result.bySector, result.byGender, result.byAgeBand]) expectUnrecoverable(20, table);
  });

  it('protects a topic’s counts against subtraction from the whole pool’s', async () => {
    const result = await diversity('EDUCATION');
    expect(result.topic).toEqual({ code: 'EDUCATION' });
    expect(result.total).toBe(12);
    // Education: 6 women (the pool has 9: the other 3 are a small group whole minus topic would
    // reveal), 5 men (pool 8: 3 outside), 1 other: everything is hidden.
    const gender = counts(result.byGender, 'gender');
    expect(gender['FEMALE']).toBeNull();
    expect(gender['MALE']).toBeNull();
    // Sectors: civil society 6 (pool 8: 2 outside, small) and local government 5 (pool 7: 2 outside) hidden too.
    const sectors = counts(result.bySector, 'sector');
    expect(sectors['CIVIL_SOCIETY']).toBeNull();
    expect(sectors['LOCAL_GOVERNMENT']).toBeNull();
    for (const table of [result.bySector, result.byGender, result.byAgeBand]) expectUnrecoverable(12, table);
  });

  it('shows the sectors a topic lacks: none at all, or fewer than five', async () => {
    const result = await diversity('EDUCATION');
    expect(result.sectorGaps).toEqual([
      { sector: 'GOVERNMENT', isMissing: true },
      { sector: 'BUSINESS', isMissing: false },
      { sector: 'PHILANTHROPY', isMissing: true },
      { sector: 'ACADEMIA', isMissing: true },
    ]);
  });

  it('shows nothing of a group smaller than five', async () => {
    const result = await diversity('ENERGY'); // 4 people
    expect(result.total).toBeNull();
    for (const table of [result.bySector, result.byGender, result.byAgeBand, result.byDistrict]) {
      expect(table.every((cell: { count: number | null }) => cell.count === null)).toBe(true);
    }
  });
});
