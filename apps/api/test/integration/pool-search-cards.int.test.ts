import { In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { referenceCache } from '../../src/modules/reference/reference-cache.js';
import { ContactDetail } from '../../src/modules/pool/contact-detail.entity.js';
import { readSearchCards } from '../../src/modules/pool/pool-search-cards.js';
import { StakeholderProfile } from '../../src/modules/pool/stakeholder-profile.entity.js';
import { createProfile } from '../support/pool.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe("the search page's cards, read without TypeORM's find (pool-search-cards.ts)", () => {
  let db: TestDatabase;
  const people: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
    const [{ id: organisationId }] = await db.dataSource.query(
      `INSERT INTO organisation (name_he, name_en, sector_code, registration_number)
       VALUES ('עמותת הכרטיסים', 'Cards association', 'CIVIL_SOCIETY', '580000077') RETURNING id`,
    );
    people.push(
      await createProfile(db.dataSource, {
        name: { he: 'נועה כרמלי', ar: 'نوعا كرملي', en: 'Noa Karmeli' },
        title: { he: 'רכזת קהילה' },
        organisationId,
        sector: 'CIVIL_SOCIETY',
        interests: ['קיימות'],
        expertise: ['חינוך סביבתי', 'גיוס משאבים'],
        languages: ['he', 'ar'],
        gender: 'FEMALE',
        birthYear: 1984,
        openToConsultation: true,
        bio: 'מלווה שותפויות בגליל',
        topics: ['EDUCATION'],
        contacts: [
          { kind: 'EMAIL', value: 'noa@example.org', visibility: 'EVERYONE' },
          { kind: 'PHONE', value: '050-1234567', visibility: 'ONLY_ME' },
        ],
      }),
      await createProfile(db.dataSource, { name: { he: 'עידו בלי ארגון' }, sector: 'BUSINESS' }),
      // Text arrays read as JSON and timestamps as milliseconds (readAs) must give what find gives,
      // for the characters an array's text form escapes and for a time to the microsecond.
      await createProfile(db.dataSource, {
        name: { he: 'מירב "הציטוט", פסיק' },
        interests: ['ציטוט "כפול", פסיק', 'קו נטוי \\ הפוך', '{סוגריים}', 'NULL', ''],
        expertise: ['  רווחים  '],
      }),
    );
    await db.dataSource.query(
      `UPDATE stakeholder_profile SET updated_at = '2026-03-01 09:15:30.123999+00' WHERE person_id = $1`,
      [people[2]],
    );
  });

  afterAll(async () => {
    await db?.destroy();
  });

  it('gives the entities find gives: the profile with its person and organisation, and the contacts in order', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const { profiles, contactsByPersonId } = await readSearchCards(db.dataSource, [...people, missing]);

    const expected = await db.dataSource.getRepository(StakeholderProfile).find({
      where: { personId: In(people) },
      relations: { person: true, organisation: true },
    });
    const byId = (list: StakeholderProfile[]) => [...list].sort((a, b) => (a.personId < b.personId ? -1 : 1));
    expect(byId(profiles)).toEqual(byId(expected));
    expect(profiles.every((profile) => profile instanceof StakeholderProfile)).toBe(true);
    expect(profiles.find((profile) => profile.personId === people[0])?.organisation?.name).toEqual({
      he: 'עמותת הכרטיסים',
      ar: null,
      en: 'Cards association',
    });

    for (const personId of people) {
      const contacts = await db.dataSource
        .getRepository(ContactDetail)
        .find({ where: { personId }, order: { position: 'ASC' } });
      expect(contactsByPersonId.get(personId)).toEqual(contacts);
    }
    expect(contactsByPersonId.get(people[0]!)?.map((contact) => contact.kind)).toEqual(['EMAIL', 'PHONE']);
    expect(contactsByPersonId.get(people[1]!)).toEqual([]);
    const escaped = profiles.find((profile) => profile.personId === people[2]);
    expect(escaped?.interests).toEqual(['ציטוט "כפול", פסיק', 'קו נטוי \\ הפוך', '{סוגריים}', 'NULL', '']);
    expect(escaped?.updatedAt.toISOString()).toBe('2026-03-01T09:15:30.123Z');
    expect(contactsByPersonId.has(missing)).toBe(false);
  });

  it('never reads the search document, which only SQL uses', async () => {
    const { profiles } = await readSearchCards(db.dataSource, people);
    expect(profiles[0]).not.toHaveProperty('searchDocument');
  });
});

describe('the reference cache (topics and districts by code)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
  });

  afterAll(async () => {
    await db?.destroy();
  });

  it('names known codes from memory, learns a code added since, and leaves out codes that do not exist', async () => {
    const cache = referenceCache(db.dataSource);
    const [education] = await cache.topics.get(['EDUCATION']);
    expect(education?.name.he).toBeTruthy();
    expect((await cache.districts.get(['NORTH', 'SOUTH'])).map((district) => district.code)).toEqual([
      'NORTH',
      'SOUTH',
    ]);

    // Read once: a name changed behind the cache's back is not seen (reference data is written only
    // by migrations and the seed, before the API serves).
    await db.dataSource.query(`UPDATE topic SET name_en = 'Changed' WHERE code = 'EDUCATION'`);
    expect((await cache.topics.get(['EDUCATION']))[0]?.name.en).toBe(education?.name.en);

    await db.dataSource.query(
      `INSERT INTO topic (code, position, name_he, name_ar, name_en) VALUES ('CACHE_TEST', 999, 'נושא חדש', 'موضوع جديد', 'A new topic')`,
    );
    expect((await cache.topics.get(['CACHE_TEST', 'NO_SUCH_TOPIC'])).map((topic) => topic.name.en)).toEqual([
      'A new topic',
    ]);
  });
});
