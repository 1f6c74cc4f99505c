import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { createAccount, type TestAccount } from '../support/identity.js';
import { tableChecksums } from '../support/checksum.js';
import { createProfile } from '../support/pool.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server.js';

type Response = GraphQLResponse<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pool');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

/** Every table an import writes, and the audit trail. */
const POOL_TABLES = [
  'person',
  'organisation',
  'organisation_topic',
  'organisation_district',
  'stakeholder_profile',
  'stakeholder_topic',
  'stakeholder_district',
  'contact_detail',
] as const;

const IMPORT = `mutation ($kind: PoolImportKind!, $fileName: String!, $csv: String!, $dryRun: Boolean) {
  importPool(kind: $kind, fileName: $fileName, csv: $csv, dryRun: $dryRun) {
    kind fileName dryRun written rows created unchanged problems { row column code message }
  }
}`;
const EXPORT = `query ($search: String, $sectors: [SectorCode!], $languages: [String!]) {
  stakeholderExport(search: $search, sectors: $sectors, languages: $languages) { fileName csv rowCount }
}`;

describe('the partner pool’s CSV import and export', () => {
  let db: TestDatabase;
  let server: TestServer;
  let admin: TestAccount;
  let pmo: TestAccount;
  let signedIn: TestAccount;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
    server = await startTestServer(db.dataSource, { RATE_LIMIT_REQUESTS_PER_MINUTE: '100000' });
    admin = await createAccount(db.dataSource, [{ role: 'ADMIN' }]);
    pmo = await createAccount(db.dataSource, [{ role: 'PMO_ANALYST' }]);
    signedIn = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  const as = (account: TestAccount | null, query: string, variables: Record<string, unknown> = {}) =>
    server.graphql(query, variables, account ? { token: account.token } : {}) as Promise<Response>;
  const importFile = (kind: string, fileName: string, csv = fixture(fileName), dryRun = false) =>
    as(admin, IMPORT, { kind, fileName, csv, dryRun });
  const checksums = () => tableChecksums(db.dataSource, [...POOL_TABLES, 'audit_event']);
  const exported = async (account: TestAccount | null, variables: Record<string, unknown>) => {
    const response = await as(account, EXPORT, variables);
    expect(response.errors).toBeUndefined();
    const { csv } = response.data!['stakeholderExport'] as { csv: string };
    expect(csv.startsWith('\uFEFF')).toBe(true);
    return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
  };

  describe('import', () => {
    it('rejects a file with errors in three languages with the exact report, and writes nothing', async () => {
      await createProfile(db.dataSource, {
        name: { he: 'קיימת כבר' },
        contacts: [{ kind: 'EMAIL', value: 'Existing@example.org', visibility: 'ONLY_ME' }],
      });
      const before = await checksums();
      const response = await importFile('PEOPLE', 'people-bad.csv');
      expect(response.errors).toBeUndefined();
      const report = response.data!['importPool'];
      expect(report).toMatchObject({ kind: 'PEOPLE', written: false, rows: 7, created: 0, unchanged: 0 });
      expect(report.problems).toEqual([
        { row: 2, column: 'name_he', code: 'REQUIRED', message: 'name_he is required: fill it in.' },
        {
          row: 2,
          column: 'sector',
          code: 'UNKNOWN_SECTOR',
          message:
            '"NGO" is not a sector code. Use one of GOVERNMENT, LOCAL_GOVERNMENT, BUSINESS, CIVIL_SOCIETY, PHILANTHROPY, ACADEMIA.',
        },
        {
          row: 3,
          column: 'email',
          code: 'INVALID_EMAIL',
          message: '"not-an-email" cannot be used as email: write it like name@example.org.',
        },
        {
          row: 3,
          column: 'topics',
          code: 'UNKNOWN_TOPIC',
          message: expect.stringMatching(/^FARMING is not a topic code\. Use: ENVIRONMENT, TOURISM, EDUCATION, /),
        },
        {
          row: 4,
          column: 'birth_year',
          code: 'BIRTH_YEAR_OUT_OF_RANGE',
          message: expect.stringMatching(/^"1850" is not a birth year the pool takes: a year from 1900 to \d{4}/),
        },
        {
          row: 4,
          column: 'districts',
          code: 'UNKNOWN_DISTRICT',
          message:
            'GALILEE is not a district code. Use: NORTH, HAIFA, CENTER, TEL_AVIV, JERUSALEM, SOUTH, JUDEA_AND_SAMARIA.',
        },
        {
          row: 4,
          column: 'languages',
          code: 'INVALID_LANGUAGE',
          message: 'heb: languages are two-letter ISO 639-1 codes, such as he;ar;en.',
        },
        {
          row: 5,
          column: 'contact_consented_on',
          code: 'CONSENT_DATE_REQUIRED',
          message:
            'Contact details shown to EVERYONE need the date the person consented (YYYY-MM-DD). Without it, leave contact_visibility empty: the details stay ONLY_ME.',
        },
        {
          row: 5,
          column: 'phone',
          code: 'INVALID_PHONE',
          message: '"12" cannot be used as phone: write it like +972-4-1234567 or 04-1234567.',
        },
        {
          row: 6,
          column: 'email',
          code: 'DUPLICATE_IN_FILE',
          message: 'Row 5 has the same email already. Keep one of the two rows.',
        },
        {
          row: 6,
          column: 'website',
          code: 'INVALID_WEBSITE',
          message: '"ftp://omer.example" cannot be used as website: write it like https://example.org.',
        },
        {
          row: 7,
          column: 'contact_consented_on',
          code: 'DATE_IN_FUTURE',
          message: 'The consent date 2999-01-01 is after today: correct it.',
        },
        {
          row: 7,
          column: 'open_to_consultation',
          code: 'INVALID_BOOLEAN',
          message: '"maybe" is not yes or no. Write true or false (or leave it empty for false).',
        },
        {
          row: 8,
          column: 'email',
          code: 'EXISTS_WITH_OTHER_DETAILS',
          message:
            'A profile with this email is in the pool already, with other details. The import does not change existing profiles (only the person changes their own): remove the row.',
        },
      ]);
      expect(await checksums()).toEqual(before);
    });

    it('reports a person naming an organisation the pool does not have, and writes nothing', async () => {
      const before = await checksums();
      const csv =
        'email,name_he,sector,organisation_registration_number\nrami@example.org,רמי נסאר,PHILANTHROPY,999999999\n';
      const report = (await importFile('PEOPLE', 'rami.csv', csv)).data!['importPool'];
      expect(report.problems).toEqual([
        {
          row: 2,
          column: 'organisation_registration_number',
          code: 'UNKNOWN_ORGANISATION',
          message:
            'No organisation in the pool has the registration number 999999999. Import the organisations file first, or correct the number.',
        },
      ]);
      expect(await checksums()).toEqual(before);
    });

    it('checks without writing on a dry run', async () => {
      const before = await checksums();
      const report = (await importFile('ORGANISATIONS', 'organisations.csv', undefined, true)).data!['importPool'];
      expect(report).toEqual(
        expect.objectContaining({ dryRun: true, written: false, rows: 3, created: 3, unchanged: 0, problems: [] }),
      );
      expect(await checksums()).toEqual(before);
    });

    it('imports organisations, then people, each file in one go, searchable, with contacts as the file says', async () => {
      const organisations = (await importFile('ORGANISATIONS', 'organisations.csv')).data!['importPool'];
      expect(organisations).toMatchObject({ written: true, rows: 3, created: 3, unchanged: 0, problems: [] });
      const [bridge] = await db.dataSource.query(
        `SELECT o.name_he, o.name_ar, o.name_en, o.sector_code,
                array(SELECT topic_code FROM organisation_topic WHERE organisation_id = o.id ORDER BY 1) AS topics,
                array(SELECT district_code FROM organisation_district WHERE organisation_id = o.id ORDER BY 1) AS districts
           FROM organisation o WHERE registration_number = '580000001'`,
      );
      expect(bridge).toEqual({
        name_he: 'עמותת גשר לחינוך',
        name_ar: 'جمعية الجسر للتربية',
        name_en: 'Bridge for Education',
        sector_code: 'CIVIL_SOCIETY',
        topics: ['EDUCATION', 'YOUTH_AT_RISK'],
        districts: ['HAIFA', 'NORTH'],
      });
      const [energy] = await db.dataSource.query(
        `SELECT name_he, name_en FROM organisation WHERE registration_number = '510000002'`,
      );
      expect(energy).toEqual({ name_he: 'אנרגיה ירוקה בע"מ', name_en: 'Green Energy, Ltd' });

      const people = (await importFile('PEOPLE', 'people.csv')).data!['importPool'];
      expect(people).toMatchObject({ written: true, rows: 3, created: 3, unchanged: 0, problems: [] });

      const contacts = await db.dataSource.query(
        `SELECT per.name_en AS name, c.kind, c.value, c.visibility, c.consented_at AS "consentedAt"
           FROM contact_detail c JOIN person per ON per.id = c.person_id
          WHERE per.name_en IN ('Dana Levi', 'Samir Haddad', 'Emma Cohen') ORDER BY per.name_en, c.position`,
      );
      expect(contacts).toEqual([
        {
          name: 'Dana Levi',
          kind: 'EMAIL',
          value: 'Dana.Levi@example.org',
          visibility: 'EVERYONE',
          consentedAt: new Date('2026-03-15T00:00:00Z'),
        },
        {
          name: 'Dana Levi',
          kind: 'PHONE',
          value: '04-1234567',
          visibility: 'EVERYONE',
          consentedAt: new Date('2026-03-15T00:00:00Z'),
        },
        {
          name: 'Emma Cohen',
          kind: 'EMAIL',
          value: 'emma.cohen@example.org',
          visibility: 'ONLY_ME',
          consentedAt: null,
        },
        {
          name: 'Emma Cohen',
          kind: 'WEBSITE',
          value: 'https://emma.example.org',
          visibility: 'ONLY_ME',
          consentedAt: null,
        },
        {
          name: 'Samir Haddad',
          kind: 'EMAIL',
          value: 'samir.haddad@example.org',
          visibility: 'SIGNED_IN',
          consentedAt: new Date('2026-01-02T00:00:00Z'),
        },
        {
          name: 'Samir Haddad',
          kind: 'PHONE',
          value: '+972-8-7654321',
          visibility: 'SIGNED_IN',
          consentedAt: new Date('2026-01-02T00:00:00Z'),
        },
        {
          name: 'Samir Haddad',
          kind: 'WEBSITE',
          value: 'https://green.example.org',
          visibility: 'SIGNED_IN',
          consentedAt: new Date('2026-01-02T00:00:00Z'),
        },
      ]);

      // The search documents were built in the import: Arabic, Hebrew (with a prefix) and the organisation's name.
      const search = `query ($search: String) { stakeholders(search: $search) { nodes { name { en } organisation { name { en } } } } }`;
      const names = async (text: string) =>
        ((await as(null, search, { search: text })).data!['stakeholders'].nodes as { name: { en: string } }[]).map(
          (node) => node.name.en,
        );
      expect(await names('طاقة')).toEqual(['Samir Haddad']);
      expect(await names('והנוער')).toEqual(['Dana Levi']);
      expect(await names('circular')).toEqual(['Emma Cohen']);
      expect(await names('גשר')).toEqual(['Dana Levi']);

      // One entry for each file: who, which file, the counts; no personal value. Consent entries for shown details.
      const entries = await db.dataSource.query(
        `SELECT actor_account_id AS actor, entity_type AS "entityType", after FROM audit_event
          WHERE action = 'POOL_IMPORTED' AND after->>'created' <> '0' ORDER BY id`,
      );
      expect(entries).toEqual([
        {
          actor: admin.id,
          entityType: 'PoolImport',
          after: { kind: 'ORGANISATIONS', fileName: 'organisations.csv', rows: 3, created: 3, unchanged: 0 },
        },
        {
          actor: admin.id,
          entityType: 'PoolImport',
          after: { kind: 'PEOPLE', fileName: 'people.csv', rows: 3, created: 3, unchanged: 0 },
        },
      ]);
      const consents = await db.dataSource.query(
        `SELECT after FROM audit_event WHERE action = 'CONTACT_CONSENT_CHANGED' AND after->>'source' = 'CSV_IMPORT'`,
      );
      expect(consents).toHaveLength(5);
      const trail = JSON.stringify(
        await db.dataSource.query(
          `SELECT before, after FROM audit_event WHERE request_id IS NOT NULL AND action IN ('POOL_IMPORTED', 'CONTACT_CONSENT_CHANGED')`,
        ),
      );
      for (const personal of ['example.org', '1234567', 'דנה', 'Samir', '1985']) expect(trail).not.toContain(personal);
    });

    it('changes nothing when the same files are imported again', async () => {
      const tables = () => tableChecksums(db.dataSource, POOL_TABLES);
      const before = await tables();
      expect((await importFile('ORGANISATIONS', 'organisations.csv')).data!['importPool']).toMatchObject({
        written: true,
        created: 0,
        unchanged: 3,
        problems: [],
      });
      expect((await importFile('PEOPLE', 'people.csv')).data!['importPool']).toMatchObject({
        written: true,
        created: 0,
        unchanged: 3,
        problems: [],
      });
      expect(await tables()).toEqual(before);
    });

    it('refuses to change an organisation the pool has with other details', async () => {
      const before = await checksums();
      const csv = 'registration_number,name_he,sector\n580000001,שם אחר,CIVIL_SOCIETY\n';
      const report = (await importFile('ORGANISATIONS', 'renamed.csv', csv)).data!['importPool'];
      expect(report.problems).toEqual([
        {
          row: 2,
          column: 'registration_number',
          code: 'EXISTS_WITH_OTHER_DETAILS',
          message:
            'The organisation 580000001 is in the pool already as "עמותת גשר לחינוך" (CIVIL_SOCIETY) with other details. The import does not change existing organisations: make the row match or remove it.',
        },
      ]);
      expect(await checksums()).toEqual(before);
    });

    it('sends a file too large for the API to the command line', async () => {
      const csv = `email,name_he,sector\n${'א'.repeat(45 * 1024)}`;
      const response = await importFile('PEOPLE', 'large.csv', csv);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('PAYLOAD_TOO_LARGE');
      expect(response.errors?.[0]?.message).toContain('npm run import:pool -- people <file.csv>');
    });
  });

  describe('export', () => {
    it('gives contact details only as each person allowed each viewer, and logs each read', async () => {
      const owner = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
      const ownerId = await createProfile(db.dataSource, {
        accountId: owner.id,
        name: { he: 'בעלת הפרופיל', en: 'Profile Owner' },
        languages: ['yi'],
        contacts: [
          { kind: 'EMAIL', value: 'owner-public@example.org', visibility: 'EVERYONE' },
          { kind: 'PHONE', value: '03-5555555', visibility: 'SIGNED_IN' },
          { kind: 'WEBSITE', value: 'https://owner.example.org', visibility: 'ONLY_ME' },
        ],
      });
      const contactsSeenBy = async (account: TestAccount | null) => {
        const [row] = await exported(account, { languages: ['yi'] });
        return [row!['email'], row!['phone'], row!['website']];
      };
      const reads = async () =>
        (
          await db.dataSource.query(
            `SELECT actor_account_id AS actor FROM audit_event WHERE action = 'PERSONAL_DATA_READ' AND entity_id = $1 ORDER BY id`,
            [ownerId],
          )
        ).map((row: { actor: string | null }) => row.actor);

      expect(await contactsSeenBy(null)).toEqual(['owner-public@example.org', '', '']);
      expect(await contactsSeenBy(signedIn)).toEqual(['owner-public@example.org', '03-5555555', '']);
      expect(await contactsSeenBy(pmo)).toEqual(['owner-public@example.org', '03-5555555', '']);
      expect(await contactsSeenBy(owner)).toEqual([
        'owner-public@example.org',
        '03-5555555',
        'https://owner.example.org',
      ]);
      // Every read by someone else is logged; the person's own is not.
      expect(await reads()).toEqual([null, signedIn.id, pmo.id]);
      const exports = await db.dataSource.query(
        `SELECT actor_account_id AS actor, after FROM audit_event WHERE action = 'POOL_EXPORTED' ORDER BY id`,
      );
      expect(exports.at(-1)).toEqual({
        actor: owner.id,
        after: { filters: { languages: ['yi'] }, hasText: false, rows: 1 },
      });
    });

    it('exports what the search finds, imported contacts by their visibility, formulas neutralised', async () => {
      const anonymous = await exported(null, { search: 'طاقة' });
      expect(anonymous).toHaveLength(1);
      expect(anonymous[0]).toMatchObject({
        name_he: 'סמיר חדאד',
        name_ar: 'سمير حداد',
        sector: 'BUSINESS',
        organisation_registration_number: '510000002',
        organisation_name_he: 'אנרגיה ירוקה בע"מ',
        topics: 'ENERGY',
        languages: 'ar;he;en',
        // SIGNED_IN details: not for an anonymous reader.
        email: '',
        phone: '',
      });
      const [samir] = await exported(signedIn, { search: 'طاقة' });
      // A phone starting with + is a formula to a spreadsheet: it is written with an apostrophe.
      expect(samir).toMatchObject({ email: 'samir.haddad@example.org', phone: "'+972-8-7654321" });

      const [emma] = await exported(pmo, { search: 'circular' });
      expect(emma).toMatchObject({
        name_en: 'Emma Cohen',
        interests: `'=HYPERLINK("http://evil.example","click")`,
        bio: "'@SUM(1+1) researcher",
        // ONLY_ME: imported without a visibility, so no one but the person sees them.
        email: '',
        website: '',
      });
    });

    it('neutralises a formula even when the cell has a line break', async () => {
      await createProfile(db.dataSource, { name: { he: 'נוסחה' }, languages: ['xh'], bio: '-2+3\n=cmd|"/c calc"!A1' });
      const [row] = await exported(null, { languages: ['xh'] });
      expect(row!['bio']).toBe(`'-2+3\n=cmd|"/c calc"!A1`);
    });

    it('refuses an export of more than 1000 profiles, asking to narrow it', async () => {
      await db.dataSource.query(
        `WITH people AS (INSERT INTO person (name_he) SELECT 'אדם ' || n FROM generate_series(1, 1001) n RETURNING id)
         INSERT INTO stakeholder_profile (person_id, sector_code, languages) SELECT id, 'GOVERNMENT', '{zu}' FROM people`,
      );
      const response = await as(pmo, EXPORT, { languages: ['zu'] });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toBe(
        'The search finds 1001 profiles; an export holds at most 1000. Narrow it with text or filters (sector, topic, district, language) and export each part.',
      );
      expect((await exported(pmo, { languages: ['zu'], sectors: ['BUSINESS'] })).length).toBe(0);
    });
  });
});
