import pg from 'pg';
import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDataSource, postgresPool } from '../../src/database/data-source.js';
import { assertTrigramsSeeHebrewAndArabic } from '../../src/database/trigram-check.js';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { PoolSearchIndexStore } from '../../src/modules/pool/pool-search-index-store.js';
import { withDatabase } from '../support/database-url.js';
import { createForum, createMember } from '../support/forums.js';
import { createAccount, type TestAccount } from '../support/identity.js';
import { createOrganisation } from '../support/partnerships.js';
import { createProfile } from '../support/pool.js';
import { QueryCounter } from '../support/query-counter.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server.js';

type Response = GraphQLResponse<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

const codeOf = (response: Response) => response.errors?.[0]?.extensions?.['code'];

const CREATE = `mutation ($input: CreateProfileInput!) {
  createMyProfile(input: $input) {
    id name { he ar en } title { he } sector organisation { name { he } sector } topics { code } districts { code }
    languages interests expertise bio openToConsultation openToSectorMove gender birthYear isMine sectorMoves
    positions { sector title startYear endYear } contacts { kind value visibility consentedAt }
  }
}`;
const UPDATE = `mutation ($input: UpdateProfileInput!) {
  updateMyProfile(input: $input) { id name { he } bio topics { code } contacts { kind value visibility consentedAt } }
}`;
const PROFILE = `query ($id: ID!) { stakeholder(id: $id) { id name { he } contacts { kind value visibility } } }`;
const SEARCH = `query ($search: String, $sectors: [SectorCode!], $topics: [String!], $districts: [DistrictCode!],
                      $languages: [String!], $openToConsultation: Boolean, $first: Int, $after: String) {
  stakeholders(search: $search, sectors: $sectors, topics: $topics, districts: $districts, languages: $languages,
               openToConsultation: $openToConsultation, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor score node { id name { he ar en } } }
  }
}`;

describe('the partner pool: profiles, consent, privacy, erasure', () => {
  let db: TestDatabase;
  let server: TestServer;
  let pmo: TestAccount;
  let admin: TestAccount;
  let signedIn: TestAccount;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
    server = await startTestServer(db.dataSource, { RATE_LIMIT_REQUESTS_PER_MINUTE: '100000' });
    pmo = await createAccount(db.dataSource, [{ role: 'PMO_ANALYST' }]);
    admin = await createAccount(db.dataSource, [{ role: 'ADMIN' }]);
    signedIn = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  const as = (account: TestAccount | null, query: string, variables: Record<string, unknown> = {}) =>
    server.graphql(query, variables, account ? { token: account.token } : {}) as Promise<Response>;
  const audit = async (action: string, entityId: string) =>
    db.dataSource.query(
      `SELECT actor_account_id AS actor, subject_account_id AS subject, before, after FROM audit_event
        WHERE action = $1 AND entity_id = $2 ORDER BY id`,
      [action, entityId],
    ) as Promise<{ actor: string | null; subject: string | null; before: unknown; after: Record<string, unknown> }[]>;

  describe('creating and changing a profile', () => {
    it('creates the signed-in person’s profile, linked to their account, with its search document', async () => {
      const owner = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
      const response = await as(owner, CREATE, {
        input: {
          name: { he: 'נועה ברק', en: 'Noa Barak' },
          title: { he: 'רכזת קהילה' },
          sector: 'CIVIL_SOCIETY',
          newOrganisation: { name: { he: 'עמותת גשרים בגליל' }, sector: 'CIVIL_SOCIETY' },
          topicCodes: ['EDUCATION', 'YOUTH_AT_RISK'],
          districts: ['NORTH', 'HAIFA', 'NORTH'],
          languages: ['he', 'ar'],
          interests: [' חינוך משותף ', 'שיתופי פעולה'],
          expertise: ['הנחיית קבוצות'],
          bio: 'עובדת עם בני נוער בגליל',
          gender: 'FEMALE',
          birthYear: 1985,
          openToConsultation: true,
          positions: [
            { sector: 'GOVERNMENT', title: 'מפקחת', startYear: 2008, endYear: 2014 },
            { sector: 'CIVIL_SOCIETY', title: 'רכזת קהילה', startYear: 2014 },
          ],
          contacts: [
            { kind: 'EMAIL', value: 'noa@example.org', visibility: 'SIGNED_IN' },
            { kind: 'PHONE', value: '04-1234567' },
          ],
          consentLanguage: 'he',
        },
      });
      expect(response.errors).toBeUndefined();
      const profile = response.data!['createMyProfile'];
      expect(profile).toMatchObject({
        name: { he: 'נועה ברק', ar: null, en: 'Noa Barak' },
        title: { he: 'רכזת קהילה' },
        sector: 'CIVIL_SOCIETY',
        organisation: { name: { he: 'עמותת גשרים בגליל' }, sector: 'CIVIL_SOCIETY' },
        topics: [{ code: 'EDUCATION' }, { code: 'YOUTH_AT_RISK' }],
        languages: ['he', 'ar'],
        interests: ['חינוך משותף', 'שיתופי פעולה'],
        gender: 'FEMALE',
        birthYear: 1985,
        openToConsultation: true,
        openToSectorMove: false,
        isMine: true,
        sectorMoves: 1,
      });
      expect(profile.districts.map((d: { code: string }) => d.code).sort()).toEqual(['HAIFA', 'NORTH']);
      expect(profile.contacts).toMatchObject([
        { kind: 'EMAIL', value: 'noa@example.org', visibility: 'SIGNED_IN' },
        { kind: 'PHONE', value: '04-1234567', visibility: 'ONLY_ME', consentedAt: null },
      ]);
      expect(profile.contacts[0].consentedAt).toBeTruthy();
      const [{ personId }] = await db.dataSource.query(`SELECT person_id AS "personId" FROM account WHERE id = $1`, [
        owner.id,
      ]);
      expect(personId).toBe(profile.id);
      const [{ document }] = await db.dataSource.query(
        `SELECT search_document AS document FROM stakeholder_profile WHERE person_id = $1`,
        [profile.id],
      );
      expect(document).toContain('גשרימ'); // normalised: final letters in their ordinary form
      expect(document).toContain('education'); // the topic's English name
      // The audit entries name the fields and the consent, never the values.
      const [created] = await audit('STAKEHOLDER_PROFILE_CREATED', profile.id);
      expect(created).toMatchObject({ actor: owner.id, subject: owner.id });
      expect(JSON.stringify(created)).not.toMatch(/נועה|noa@|1985|FEMALE/);
      const consents = await audit('CONTACT_CONSENT_CHANGED', profile.id);
      expect(consents.map((entry) => entry.after)).toEqual([
        {
          kind: 'EMAIL',
          visibility: 'SIGNED_IN',
          purpose: 'PARTNER_POOL_CONTACT',
          noticeVersion: expect.any(String),
          language: 'he',
          granted: true,
        },
      ]);
    });

    it('refuses a second profile for the same account, also when two are sent at once', async () => {
      const owner = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
      const input = { name: { he: 'אדם אחד' }, sector: 'BUSINESS' };
      const responses = await Promise.all([1, 2, 3].map(() => as(owner, CREATE, { input })));
      expect(responses.filter((response) => !response.errors)).toHaveLength(1);
      expect(responses.filter((response) => codeOf(response) === 'CONFLICT')).toHaveLength(2);
      const [{ count }] = await db.dataSource.query(
        `SELECT count(*)::int AS count FROM stakeholder_profile p JOIN account a ON a.person_id = p.person_id WHERE a.id = $1`,
        [owner.id],
      );
      expect(count).toBe(1);
    });

    it('refuses a contact detail it cannot use, a birth year under sixteen and a position that ends before it starts', async () => {
      const owner = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
      const base = { name: { he: 'פלונית' }, sector: 'BUSINESS' };
      const bad = [
        { contacts: [{ kind: 'EMAIL', value: 'not-an-email', visibility: 'EVERYONE' }] },
        { contacts: [{ kind: 'WEBSITE', value: 'javascript:alert(1)', visibility: 'EVERYONE' }] },
        { birthYear: new Date().getUTCFullYear() - 10 },
        { positions: [{ sector: 'BUSINESS', title: 'מנהלת', startYear: 2020, endYear: 2019 }] },
        { languages: ['hebrew'] },
        { topicCodes: ['NO_SUCH_TOPIC'] },
      ];
      for (const extra of bad) {
        const response = await as(owner, CREATE, { input: { ...base, ...extra } });
        expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(codeOf(response));
      }
      const [{ count }] = await db.dataSource.query(
        `SELECT count(*)::int AS count FROM account WHERE id = $1 AND person_id IS NOT NULL`,
        [owner.id],
      );
      expect(count).toBe(0);
    });

    it('changes only what the update gives, keeps a consent’s time while its choice stands, and sets a new one when it changes', async () => {
      const owner = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
      const personId = await createProfile(db.dataSource, {
        accountId: owner.id,
        name: { he: 'יעל שמיר' },
        bio: 'ביוגרפיה',
        topics: ['ENERGY'],
        contacts: [{ kind: 'EMAIL', value: 'yael@example.org', visibility: 'EVERYONE' }],
      });
      await db.dataSource.query(
        `UPDATE contact_detail SET consented_at = '2024-01-01T00:00:00Z' WHERE person_id = $1`,
        [personId],
      );
      const unchanged = await as(owner, UPDATE, {
        input: {
          bio: 'ביוגרפיה חדשה',
          contacts: [{ kind: 'EMAIL', value: 'yael@example.org', visibility: 'EVERYONE' }],
        },
      });
      expect(unchanged.errors).toBeUndefined();
      expect(unchanged.data!['updateMyProfile']).toMatchObject({
        name: { he: 'יעל שמיר' },
        bio: 'ביוגרפיה חדשה',
        topics: [{ code: 'ENERGY' }],
        contacts: [{ visibility: 'EVERYONE', consentedAt: '2024-01-01T00:00:00.000Z' }],
      });
      const changed = await as(owner, UPDATE, {
        input: { contacts: [{ kind: 'EMAIL', value: 'yael@example.org', visibility: 'SIGNED_IN' }] },
      });
      const consentedAt = changed.data!['updateMyProfile'].contacts[0].consentedAt as string;
      expect(Date.now() - Date.parse(consentedAt)).toBeLessThan(60_000);
      expect((await audit('CONTACT_CONSENT_CHANGED', personId)).map((entry) => entry.after['visibility'])).toEqual([
        'SIGNED_IN',
      ]);
    });

    it('refuses to clear the name or the sector', async () => {
      const owner = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
      await createProfile(db.dataSource, { accountId: owner.id });
      const response = await as(owner, UPDATE, { input: { name: null, sector: null } });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        invalidArguments: ['name', 'sector'],
      });
    });

    it('answers NOT_FOUND to an update from someone with no profile', async () => {
      const response = await as(signedIn, UPDATE, { input: { bio: 'x' } });
      expect(codeOf(response)).toBe('NOT_FOUND');
    });
  });

  describe('who sees which contact details (rule 5)', () => {
    let owner: TestAccount;
    let personId: string;
    const CONTACTS = [
      { kind: 'EMAIL', value: 'public@example.org', visibility: 'EVERYONE' },
      { kind: 'PHONE', value: '050-1234567', visibility: 'SIGNED_IN' },
      { kind: 'WEBSITE', value: 'https://private.example.org', visibility: 'ONLY_ME' },
    ] as const;

    beforeAll(async () => {
      owner = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
      personId = await createProfile(db.dataSource, {
        accountId: owner.id,
        name: { he: 'אורית נחום' },
        contacts: [...CONTACTS],
      });
    });

    const seen = async (viewer: TestAccount | null) =>
      ((await as(viewer, PROFILE, { id: personId })).data!['stakeholder'].contacts as { value: string }[]).map(
        (contact) => contact.value,
      );

    it('shows anonymous viewers only what the person shows to everyone', async () => {
      expect(await seen(null)).toEqual(['public@example.org']);
    });

    it('shows signed-in accounts what the person shows to everyone and to accounts', async () => {
      expect(await seen(signedIn)).toEqual(['public@example.org', '050-1234567']);
    });

    it('shows the PMO unit and administrators no more than any signed-in account', async () => {
      expect(await seen(pmo)).toEqual(['public@example.org', '050-1234567']);
      expect(await seen(admin)).toEqual(['public@example.org', '050-1234567']);
    });

    it('shows the owner everything, ONLY_ME included', async () => {
      expect(await seen(owner)).toEqual(CONTACTS.map((contact) => contact.value));
    });

    it('logs every read of contact details by someone else, and none by the owner', async () => {
      const count = async () => (await audit('PERSONAL_DATA_READ', personId)).length;
      const before = await count();
      await seen(null);
      await seen(pmo);
      expect(await count()).toBe(before + 2);
      const [last] = (await audit('PERSONAL_DATA_READ', personId)).slice(-1);
      expect(last).toMatchObject({ actor: pmo.id, subject: owner.id, after: { fields: ['contacts'] } });
      await seen(owner);
      expect(await count()).toBe(before + 2);
    });

    it('gives a search card the contacts, the read log and isMine the profile gives, for every viewer', async () => {
      const count = async () => (await audit('PERSONAL_DATA_READ', personId)).length;
      const card = async (viewer: TestAccount | null) => {
        const response = await as(
          viewer,
          `query { stakeholders(search: "אורית נחום", first: 20) { nodes { id isMine contacts { value } } } }`,
        );
        expect(response.errors).toBeUndefined();
        const nodes = response.data!['stakeholders'].nodes as {
          id: string;
          isMine: boolean;
          contacts: { value: string }[];
        }[];
        return nodes.find((node) => node.id === personId)!;
      };
      for (const viewer of [null, signedIn, pmo, owner]) {
        const before = await count();
        const found = await card(viewer);
        expect(await count()).toBe(viewer === owner ? before : before + 1);
        expect(found.isMine).toBe(viewer === owner);
        expect(found.contacts.map((contact) => contact.value)).toEqual(await seen(viewer));
      }
    });

    it('keeps gender and birth year the owner’s alone', async () => {
      await db.dataSource.query(
        `UPDATE stakeholder_profile SET gender = 'FEMALE', birth_year = 1970 WHERE person_id = $1`,
        [personId],
      );
      const query = `query ($id: ID!) { stakeholder(id: $id) { name { he } gender birthYear } }`;
      const mine = await as(owner, query, { id: personId });
      expect(mine.data!['stakeholder']).toMatchObject({ gender: 'FEMALE', birthYear: 1970 });
      for (const viewer of [null, signedIn, pmo, admin]) {
        const response = await as(viewer, query, { id: personId });
        expect(response.data!['stakeholder']).toMatchObject({
          name: { he: 'אורית נחום' },
          gender: null,
          birthYear: null,
        });
        expect(response.errors?.map((error) => error.extensions?.['code']).sort()).toEqual(
          viewer ? ['FORBIDDEN', 'FORBIDDEN'] : ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
        );
      }
    });

    it('hides every detail at once when the person withdraws consent, and records each withdrawal', async () => {
      const response = await as(owner, `mutation { withdrawMyContactConsent { contacts { visibility consentedAt } } }`);
      expect(response.errors).toBeUndefined();
      expect(response.data!['withdrawMyContactConsent'].contacts).toEqual(
        CONTACTS.map(() => ({ visibility: 'ONLY_ME', consentedAt: null })),
      );
      expect(await seen(null)).toEqual([]);
      expect(await seen(signedIn)).toEqual([]);
      expect(await seen(pmo)).toEqual([]);
      const withdrawals = (await audit('CONTACT_CONSENT_CHANGED', personId)).filter(
        (entry) => entry.after['granted'] === false,
      );
      expect(withdrawals.map((entry) => entry.after['kind']).sort()).toEqual(['EMAIL', 'PHONE']);
    });
  });

  describe('choosing an organisation (organisations)', () => {
    const ORGANISATIONS = `query ($search: String!, $first: Int) {
      organisations(search: $search, first: $first) { id name { he ar en } sector registrationNumber }
    }`;

    it('finds organisations by part of any language’s name or by registration number, by Hebrew name, at most first', async () => {
      const unique = randomUUID().slice(0, 8);
      const [{ id: second }] = await db.dataSource.query(
        `INSERT INTO organisation (name_he, name_ar, name_en, sector_code, registration_number)
         VALUES ($1, $2, $3, 'CIVIL_SOCIETY', $4) RETURNING id`,
        [
          `עמותת ב ${unique}`,
          `جمعية ${unique}`,
          `Association ${unique}`,
          String(randomInt(100_000_000, 1_000_000_000)),
        ],
      );
      const [{ id: first, registration_number: number }] = await db.dataSource.query(
        `INSERT INTO organisation (name_he, name_en, sector_code, registration_number)
         VALUES ($1, $2, 'BUSINESS', $3) RETURNING id, registration_number`,
        [`חברת א ${unique}`, `Company ${unique}`, String(randomInt(100_000_000, 1_000_000_000))],
      );

      const byHebrew = await as(signedIn, ORGANISATIONS, { search: unique });
      expect(byHebrew.errors).toBeUndefined();
      expect(byHebrew.data!['organisations'].map((o: { id: string }) => o.id)).toEqual([first, second]);
      expect(byHebrew.data!['organisations'][0]).toMatchObject({
        sector: 'BUSINESS',
        name: { en: `Company ${unique}` },
      });

      const byArabic = await as(signedIn, ORGANISATIONS, { search: `جمعية ${unique}` });
      expect(byArabic.data!['organisations'].map((o: { id: string }) => o.id)).toEqual([second]);
      const byNumber = await as(signedIn, ORGANISATIONS, { search: number });
      expect(byNumber.data!['organisations'].map((o: { id: string }) => o.id)).toEqual([first]);
      const limited = await as(signedIn, ORGANISATIONS, { search: unique, first: 1 });
      expect(limited.data!['organisations'].map((o: { id: string }) => o.id)).toEqual([first]);
    });

    it('treats % and _ as text, finds none for a blank search, and needs an account', async () => {
      const everything = await as(signedIn, ORGANISATIONS, { search: '%' });
      expect(everything.data!['organisations']).toEqual([]);
      const blank = await as(signedIn, ORGANISATIONS, { search: '   ' });
      expect(blank.data!['organisations']).toEqual([]);
      expect(codeOf(await as(null, ORGANISATIONS, { search: 'א' }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await as(signedIn, ORGANISATIONS, { search: 'א', first: 51 }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('erasure', () => {
    it('deletes the profile and its personal data, unlinks the account and keeps only the audit’s who and when', async () => {
      const owner = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
      const personId = await createProfile(db.dataSource, {
        accountId: owner.id,
        name: { he: 'שרון ייחודית' },
        topics: ['ENERGY'],
        districts: ['SOUTH'],
        bio: 'ביו ייחודי למחיקה',
        contacts: [{ kind: 'EMAIL', value: 'erase-me@example.org', visibility: 'EVERYONE' }],
      });
      await as(null, PROFILE, { id: personId }); // a logged read, before the erasure
      const response = await as(owner, `mutation { deleteMyProfile }`);
      expect(response.errors).toBeUndefined();
      expect(response.data!['deleteMyProfile']).toBe(personId);
      for (const table of [
        'stakeholder_profile',
        'stakeholder_topic',
        'stakeholder_district',
        'contact_detail',
        'stakeholder_position',
      ]) {
        const [{ count }] = await db.dataSource.query(
          `SELECT count(*)::int AS count FROM ${table} WHERE person_id = $1`,
          [personId],
        );
        expect(count, table).toBe(0);
      }
      const [{ count: persons }] = await db.dataSource.query(
        `SELECT count(*)::int AS count FROM person WHERE id = $1`,
        [personId],
      );
      expect(persons).toBe(0);
      const [{ personLink }] = await db.dataSource.query(
        `SELECT person_id AS "personLink" FROM account WHERE id = $1`,
        [owner.id],
      );
      expect(personLink).toBeNull();
      const trail = JSON.stringify(
        await db.dataSource.query(`SELECT * FROM audit_event WHERE entity_id = $1`, [personId]),
      );
      expect(trail).toContain('STAKEHOLDER_PROFILE_ERASED');
      expect(trail).not.toMatch(/שרון|erase-me|ביו ייחודי/);
      expect(codeOf(await as(null, PROFILE, { id: personId }))).toBe('NOT_FOUND');
      // The account may start afresh.
      const again = await as(owner, CREATE, { input: { name: { he: 'שרון' }, sector: 'BUSINESS' } });
      expect(again.errors).toBeUndefined();
    });

    it('keeps the name and public role of a person a forum’s record names, and erases the rest', async () => {
      const owner = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
      const personId = await createProfile(db.dataSource, {
        accountId: owner.id,
        name: { he: 'חבר פורום' },
        bio: 'ביו',
      });
      await createMember(db.dataSource, await createForum(db.dataSource), { personId });
      expect((await as(owner, `mutation { deleteMyProfile }`)).errors).toBeUndefined();
      const [{ count }] = await db.dataSource.query(
        `SELECT count(*)::int AS count FROM stakeholder_profile WHERE person_id = $1`,
        [personId],
      );
      expect(count).toBe(0);
      const [person] = await db.dataSource.query(`SELECT name_he FROM person WHERE id = $1`, [personId]);
      expect(person).toEqual({ name_he: 'חבר פורום' });
      expect((await audit('STAKEHOLDER_PROFILE_ERASED', personId))[0]!.after).toEqual({ personKept: true });
    });

    it('lets an administrator erase a person’s profile on their request, and no one else', async () => {
      const personId = await createProfile(db.dataSource, { name: { he: 'ללא חשבון' } });
      const mutation = `mutation ($personId: ID!) { eraseProfile(personId: $personId) }`;
      expect(codeOf(await as(pmo, mutation, { personId }))).toBe('FORBIDDEN');
      expect((await as(admin, mutation, { personId })).data!['eraseProfile']).toBe(personId);
      expect(codeOf(await as(admin, mutation, { personId }))).toBe('NOT_FOUND');
    });
  });
});

describe('the partner pool: search in Hebrew, Arabic and English', () => {
  const counter = new QueryCounter();
  let db: TestDatabase;
  let server: TestServer;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase({ logger: counter });
    await seedDatabase(db.dataSource);
    server = await startTestServer(db.dataSource, { RATE_LIMIT_REQUESTS_PER_MINUTE: '100000' });
    people['dana'] = await createProfile(db.dataSource, {
      name: { he: 'דנה כהן', en: 'Dana Cohen' },
      title: { he: 'רכזת החינוך בעיריית נשר' },
      sector: 'LOCAL_GOVERNMENT',
      topics: ['EDUCATION'],
      districts: ['HAIFA'],
      languages: ['he', 'en'],
      expertise: ['חינוך בלתי פורמלי'],
    });
    people['sami'] = await createProfile(db.dataSource, {
      name: { he: 'סאמי ח׳ורי', ar: 'سامي خوري' },
      title: { he: 'מנהל עמותה', ar: 'مدير جمعية للتربية والتعليم' },
      sector: 'CIVIL_SOCIETY',
      topics: ['EDUCATION'],
      districts: ['NORTH'],
      languages: ['ar', 'he'],
      openToConsultation: true,
    });
    people['rachel'] = await createProfile(db.dataSource, {
      name: { he: 'רחל גרין', en: 'Rachel Green' },
      title: { he: 'יועצת', en: 'Environmental sustainability consultant' },
      sector: 'BUSINESS',
      topics: ['ENVIRONMENT'],
      districts: ['CENTER'],
      languages: ['en'],
      openToConsultation: true,
    });
    people['yossi'] = await createProfile(db.dataSource, {
      name: { he: 'יוסי לוי' },
      title: { he: 'מנהל מחלקת איכות הסביבה' },
      sector: 'LOCAL_GOVERNMENT',
      topics: ['ENVIRONMENT', 'WASTE_MANAGEMENT'],
      districts: ['SOUTH'],
      languages: ['he'],
      interests: ['מיחזור פסולת'],
    });
    people['miriam'] = await createProfile(db.dataSource, {
      name: { he: 'מרים אבו' },
      sector: 'ACADEMIA',
      topics: ['TOURISM'],
      districts: ['NORTH'],
      languages: ['he', 'ar'],
      bio: 'חוקרת תיירות כפרית בגליל',
    });
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  const search = async (variables: Record<string, unknown>) => {
    const response = (await server.graphql(SEARCH, { first: 20, ...variables })) as Response;
    expect(response.errors).toBeUndefined();
    return response.data!['stakeholders'] as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; score: number | null; node: { id: string } }[];
    };
  };
  const found = async (text: string) => {
    const ids = (await search({ search: text })).edges.map((edge) => edge.node.id);
    return Object.entries(people)
      .filter(([, id]) => ids.includes(id))
      .map(([key]) => key)
      .sort();
  };

  it('runs on a database whose locale lets trigrams see Hebrew and Arabic letters', async () => {
    const [row] = await db.dataSource.query(
      `SELECT similarity('חינוך', 'החינוך') AS hebrew, similarity('التعليم', 'والتعليم') AS arabic, show_trgm('חינוך') AS trigrams`,
    );
    expect(row.hebrew).toBeGreaterThan(0);
    expect(row.arabic).toBeGreaterThan(0);
    expect(row.trigrams.length).toBeGreaterThan(0);
    await expect(assertTrigramsSeeHebrewAndArabic(db.dataSource)).resolves.toBeUndefined();
  });

  it('refuses to run on a database with the C locale, where Hebrew has no trigrams', async () => {
    const adminUrl = inject('adminDatabaseUrl');
    const name = `roundtable_c_${randomUUID().replaceAll('-', '').slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(
      `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER libc LC_COLLATE 'C' LC_CTYPE 'C'`,
    );
    const cDatabase = createDataSource({ url: withDatabase(adminUrl, name), poolSize: 1 });
    try {
      await cDatabase.initialize();
      await cDatabase.query(`CREATE EXTENSION pg_trgm`);
      const [row] = await cDatabase.query(`SELECT similarity('חינוך', 'החינוך') AS hebrew`);
      expect(row.hebrew).toBe(0);
      await expect(assertTrigramsSeeHebrewAndArabic(cDatabase)).rejects.toThrow(/does not let pg_trgm see Hebrew/);
    } finally {
      await cDatabase.destroy();
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    }
  });

  it('finds a word behind Hebrew prefixes: "והחינוך" finds "החינוך" and the topic חינוך', async () => {
    expect(await found('והחינוך')).toEqual(['dana', 'sami']);
    expect(await found('בתיירות')).toEqual(['miriam']);
  });

  it('forgives misspelled and defectively spelled words', async () => {
    expect(await found('חנוך')).toEqual(['dana', 'sami']);
    expect(await found('מחזור')).toEqual(['yossi']);
    expect(await found('sustainabilty')).toEqual(['rachel']);
    expect(await found('חִנּוּךְ')).toEqual(['dana', 'sami']); // with niqqud
    expect(await found('جمعيت')).toEqual(['sami']); // ت written for the taa marbuta of جمعية
    expect(await found('التربيا')).toEqual(['dana', 'sami']); // ا for ة; the topic's Arabic name is in both
    expect(await found('enviromental')).toEqual(['rachel', 'yossi']); // both work on the environment
  });

  it('finds Arabic with or without the article and the conjunction, and across hamza forms', async () => {
    expect(await found('والتعليم')).toEqual(['dana', 'sami']); // the topic's Arabic name is in both documents
    expect(await found('جمعية')).toEqual(['sami']);
    expect(await found('خوري')).toEqual(['sami']);
    expect(await found('خورى')).toEqual(['sami']); // alef maqsura for yeh
    expect(await found('جمعيه')).toEqual(['sami']); // heh for taa marbuta
    expect(await found('مدير')).toEqual(['sami']);
  });

  it('finds names, roles, organisations, interests and bios, every word of the query', async () => {
    expect(await found('כהן')).toEqual(['dana']);
    expect(await found('Green')).toEqual(['rachel']);
    expect(await found('נשר')).toEqual(['dana']);
    expect(await found('כפרית בגליל')).toEqual(['miriam']);
    expect(await found('חינוך כפרית')).toEqual([]);
    expect(await found('פסולת')).toEqual(['yossi']);
  });

  it('ranks a word as typed above a misspelling of it', async () => {
    const result = await search({ search: 'איכות הסביבה' });
    expect(result.edges[0]!.node.id).toBe(people['yossi']);
    expect(result.edges[0]!.score).toBeGreaterThan(result.edges.at(-1)!.score! - 1e-9);
  });

  it('filters by sector, topic, district, language and openness, each list by any of its values', async () => {
    const ids = async (variables: Record<string, unknown>) =>
      (await search(variables)).edges
        .map((edge) => Object.entries(people).find(([, id]) => id === edge.node.id)![0])
        .sort();
    expect(await ids({ sectors: ['LOCAL_GOVERNMENT'] })).toEqual(['dana', 'yossi']);
    expect(await ids({ topics: ['ENVIRONMENT'] })).toEqual(['rachel', 'yossi']);
    expect(await ids({ districts: ['NORTH'] })).toEqual(['miriam', 'sami']);
    expect(await ids({ languages: ['ar'] })).toEqual(['miriam', 'sami']);
    expect(await ids({ openToConsultation: true })).toEqual(['rachel', 'sami']);
    expect(await ids({ sectors: ['LOCAL_GOVERNMENT'], search: 'סביבה' })).toEqual(['yossi']);
  });

  it('counts each facet with the other filters but not its own', async () => {
    const response = (await server.graphql(
      `query { stakeholders(sectors: [LOCAL_GOVERNMENT], first: 1) {
        totalCount
        facets { sectors { sector count } topics { topic { code } count } districts { district count }
                 languages { language count } openToConsultation { value count } openToSectorMove { value count } }
      } }`,
    )) as Response;
    expect(response.errors).toBeUndefined();
    const { totalCount, facets } = response.data!['stakeholders'];
    expect(totalCount).toBe(2);
    // Sectors: the sector filter is its own, so every sector is counted.
    expect(facets.sectors).toEqual(
      expect.arrayContaining([
        { sector: 'LOCAL_GOVERNMENT', count: 2 },
        { sector: 'CIVIL_SOCIETY', count: 1 },
        { sector: 'BUSINESS', count: 1 },
        { sector: 'ACADEMIA', count: 1 },
      ]),
    );
    // The others are within local government.
    expect(facets.topics).toEqual(
      expect.arrayContaining([
        { topic: { code: 'EDUCATION' }, count: 1 },
        { topic: { code: 'ENVIRONMENT' }, count: 1 },
        { topic: { code: 'WASTE_MANAGEMENT' }, count: 1 },
      ]),
    );
    expect(facets.topics).toHaveLength(3);
    expect(facets.languages).toEqual([
      { language: 'he', count: 2 },
      { language: 'en', count: 1 },
    ]);
    expect(facets.openToConsultation).toEqual([{ value: false, count: 2 }]);
  });

  it('pages with a cursor, with and without search text, never repeating or skipping a profile', async () => {
    for (const text of [null, 'חינוך']) {
      const all = await search({ search: text });
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page = await search({ search: text, first: 1, after });
        expect(page.totalCount).toBe(all.totalCount);
        seen.push(...page.edges.map((edge) => edge.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(all.edges.map((edge) => edge.node.id));
      expect(new Set(seen).size).toBe(all.totalCount);
    }
  });

  it('finds a word’s look-alikes by the lexicon’s trigram index', async () => {
    const plan: { 'QUERY PLAN': string }[] = await db.dataSource.transaction(async (manager) => {
      // A few rows: without these, reading them all is cheapest.
      for (const kind of ['seqscan', 'indexscan', 'indexonlyscan'])
        await manager.query(`SET LOCAL enable_${kind} = off`);
      return manager.query(`EXPLAIN SELECT word FROM pool_search_word l WHERE 'חינוכ' <% l.word`);
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('pool_search_word_trgm');
  });

  it('keeps the lexicon to the words some profile holds, each with how many hold it', async () => {
    const lexicon = async (word: string) =>
      (await db.dataSource.query(`SELECT profiles FROM pool_search_word WHERE word = $1`, [word]))[0]?.profiles ?? 0;
    const before = await lexicon('חינוכ');
    const personId = await createProfile(db.dataSource, { name: { he: 'זלמנסון טסטר' }, topics: ['EDUCATION'] });
    expect(await lexicon('זלמנסונ')).toBe(1);
    expect(await lexicon('חינוכ')).toBe(before + 1);
    expect(await found('זלמנסון')).toEqual([]); // not one of the people above, but found:
    expect((await search({ search: 'זלמנסון' })).totalCount).toBe(1);
    // A changed document moves its words; a change to anything else leaves the counts.
    await db.dataSource.query(
      `UPDATE stakeholder_profile SET search_document = replace(search_document, 'זלמנסונ', 'זלמנוביצ') WHERE person_id = $1`,
      [personId],
    );
    await db.dataSource.query(`UPDATE stakeholder_profile SET open_to_consultation = true WHERE person_id = $1`, [
      personId,
    ]);
    expect([await lexicon('זלמנסונ'), await lexicon('זלמנוביצ'), await lexicon('חינוכ')]).toEqual([0, 1, before + 1]);
    expect((await search({ search: 'זלמנוביץ' })).totalCount).toBe(1);
    await db.dataSource.query(`DELETE FROM stakeholder_profile WHERE person_id = $1`, [personId]);
    expect(await lexicon('זלמנוביצ')).toBe(0);
    expect(await lexicon('חינוכ')).toBe(before);
    expect((await search({ search: 'זלמנסון' })).totalCount).toBe(0);
  });

  it('loads a page of profiles with all their relations in the same number of statements, however long the page', async () => {
    const query = `query ($first: Int) { stakeholders(first: $first) { nodes {
      name { he } title { he } organisation { name { he } } topics { code } districts { code } positions { title }
      contacts { value } sectorMoves isMine } } }`;
    const statements = async (first: number) => {
      counter.reset();
      const response = (await server.graphql(query, { first })) as Response;
      expect(response.errors).toBeUndefined();
      expect(response.data!['stakeholders'].nodes).toHaveLength(first);
      return counter.count;
    };
    expect(await statements(5)).toBe(await statements(1));
  });

  it('rebuilds the search documents when the seed gives a topic new wording', async () => {
    await db.dataSource.query(`UPDATE topic SET name_en = 'Schooling' WHERE code = 'EDUCATION'`);
    const personId = await createProfile(db.dataSource, { name: { he: 'בודקת ניסוח' }, topics: ['EDUCATION'] });
    const document = async () =>
      (
        await db.dataSource.query(`SELECT search_document AS d FROM stakeholder_profile WHERE person_id = $1`, [
          personId,
        ])
      )[0].d as string;
    expect(await document()).toContain('schooling');
    await seedDatabase(db.dataSource); // back to the shared list's "Education"
    expect(await document()).not.toContain('schooling');
    expect(await document()).toContain('education');
    await db.dataSource.query(`DELETE FROM stakeholder_profile WHERE person_id = $1`, [personId]);
  });

  it('shows on a search card exactly what the profile itself shows, contacts as the person chose', async () => {
    const organisationId = await createOrganisation(db.dataSource, 'BUSINESS', 'קרן כרטיס');
    const personId = await createProfile(db.dataSource, {
      name: { he: 'כרטיסיה מלאה', ar: 'بطاقة كاملة', en: 'Full Card' },
      title: { he: 'מנהלת תוכניות', en: 'Programme manager' },
      sector: 'BUSINESS',
      organisationId,
      topics: ['TOURISM', 'EDUCATION'],
      districts: ['NORTH', 'HAIFA'],
      contacts: [
        { kind: 'EMAIL', value: 'card@example.org', visibility: 'EVERYONE' },
        { kind: 'PHONE', value: '050-0000000', visibility: 'SIGNED_IN' },
        { kind: 'WEBSITE', value: 'https://example.org/card', visibility: 'ONLY_ME' },
      ],
    });
    const card = `id isMine sector name { he ar en } title { he ar en } organisation { id name { he } sector }
      topics { code name { he ar en } } districts { code name { he } } openToConsultation openToSectorMove
      contacts { kind value visibility consentedAt }`;
    const both = async () => {
      const searched = (await server.graphql(
        `query { stakeholders(search: "כרטיסיה", first: 5) { nodes { ${card} } } }`,
      )) as Response;
      const shown = (await server.graphql(`query ($id: ID!) { stakeholder(id: $id) { ${card} } }`, {
        id: personId,
      })) as Response;
      expect(searched.errors).toBeUndefined();
      expect(shown.errors).toBeUndefined();
      return { searched: searched.data!['stakeholders'].nodes, shown: shown.data!['stakeholder'] };
    };
    const { searched, shown } = await both();
    expect(searched).toEqual([shown]);
    expect(shown.topics.map((topic: { code: string }) => topic.code)).toEqual(['TOURISM', 'EDUCATION']);
    // Topics in the person's order; districts by code, on both (the search's come from its index).
    expect(shown.districts.map((district: { code: string }) => district.code)).toEqual(['HAIFA', 'NORTH']);
    expect(shown.organisation.name.he).toMatch(/^קרן כרטיס/);
    // Anonymous: only what the person shows to everyone, with the time of consent.
    expect(shown.contacts).toEqual([
      { kind: 'EMAIL', value: 'card@example.org', visibility: 'EVERYONE', consentedAt: expect.any(String) },
    ]);
    await db.dataSource.query(`DELETE FROM stakeholder_profile WHERE person_id = $1`, [personId]);
  });

  it('refuses a page over 100 and an invalid cursor', async () => {
    const over = (await server.graphql(SEARCH, { first: 101 })) as Response;
    expect(codeOf(over)).toBe('BAD_USER_INPUT');
    const cursor = (await server.graphql(SEARCH, { first: 1, after: 'nonsense' })) as Response;
    expect(codeOf(cursor)).toBe('BAD_USER_INPUT');
  });
});

describe('the partner pool: the search index keeps in step with the database', () => {
  let db: TestDatabase;
  const everyone = { words: [], filters: {}, limit: 1000 };
  const consulting = { words: [], filters: { openToConsultation: true }, limit: 1000 };
  const ids = async (store: PoolSearchIndexStore, query = everyone) =>
    (await store.index())
      .search(query)
      .rows.map((row) => row.personId)
      .sort();

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
  });

  afterAll(async () => {
    await db?.destroy();
  });

  it('sees every write committed before a search, from any connection, a late commit included', async () => {
    const early = await createProfile(db.dataSource, { name: { he: 'מוקדמת' } });
    const late = await createProfile(db.dataSource, { name: { he: 'מאוחרת' } });
    // Two processes' indexes: this one and another's.
    const store = new PoolSearchIndexStore(db.dataSource);
    const other = new PoolSearchIndexStore(db.dataSource);
    expect(await ids(store, consulting)).toEqual([]);
    const first = await postgresPool(db.dataSource).connect();
    const second = await postgresPool(db.dataSource).connect();
    try {
      // The first writer begins before the second and commits after it: its transaction id is
      // the lower, so "changes after the last one seen" would miss it.
      await first.query('BEGIN');
      await first.query(`UPDATE stakeholder_profile SET open_to_consultation = true WHERE person_id = $1`, [late]);
      await second.query('BEGIN');
      await second.query(`UPDATE stakeholder_profile SET open_to_consultation = true WHERE person_id = $1`, [early]);
      await second.query('COMMIT');
      expect(await ids(store, consulting)).toEqual([early]);
      await first.query('COMMIT');
      expect(await ids(store, consulting)).toEqual([early, late].sort());
      expect(await ids(other, consulting)).toEqual([early, late].sort());
    } finally {
      first.release();
      second.release();
    }
    // A rename moves the profile in the order of pages without text; an erasure takes it out.
    await db.dataSource.query(`UPDATE person SET name_he = 'א מוקדמת' WHERE id = $1`, [early]);
    const index = await store.index();
    expect(index.search(everyone).rows[0]).toMatchObject({ personId: early, nameHe: 'א מוקדמת' });
    await db.dataSource.query(`DELETE FROM stakeholder_profile WHERE person_id = $1`, [early]);
    expect(await ids(store)).not.toContain(early);
    expect(await ids(other)).not.toContain(early);
  });

  it('loads afresh in the background when many profiles changed, and after a large change at once', async () => {
    const people = await Promise.all([1, 2, 3].map((n) => createProfile(db.dataSource, { name: { he: `רבים ${n}` } })));
    const store = new PoolSearchIndexStore(db.dataSource, { overlay: 1, reloadAt: 2 });
    const before = await ids(store);
    await db.dataSource.query(`UPDATE stakeholder_profile SET open_to_consultation = true WHERE person_id = ANY($1)`, [
      people.slice(0, 2),
    ]);
    expect((await store.index()).overlaySize).toBe(2);
    await store.reload;
    expect((await store.index()).overlaySize).toBe(0);
    expect(await ids(store, consulting)).toEqual(expect.arrayContaining(people.slice(0, 2)));
    // More than `reloadAt` (every profile) at once: read as a fresh load, not one by one.
    await db.dataSource.query(`UPDATE stakeholder_profile SET open_to_consultation = false`);
    const index = await store.index();
    expect(index.overlaySize).toBe(0);
    expect(index.search(consulting).totalCount).toBe(0);
    expect(await ids(store)).toEqual(before);
  });

  it('keeps the log of changes for an hour', async () => {
    await db.dataSource.query(
      `INSERT INTO pool_search_change (person_id, changed_at) VALUES (NULL, now() - interval '61 minutes'), (NULL, now() - interval '59 minutes')`,
    );
    const count = async () =>
      (await db.dataSource.query(`SELECT count(*)::int AS n FROM pool_search_change WHERE person_id IS NULL`))[0].n;
    expect(await count()).toBe(2);
    await new PoolSearchIndexStore(db.dataSource).prune();
    expect(await count()).toBe(1);
  });
});
