import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { syntheticOrganisations, syntheticPeopleChunk } from '../../src/modules/pool/synthetic-pool.js';
import {
  SyntheticPoolRefused,
  generateSyntheticPool,
  removeSyntheticPool,
  syntheticPoolStatus,
} from '../../src/modules/pool/synthetic-pool.service.js';
import { createProfile } from '../support/pool.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const SMALL = { people: 200, organisations: 20 };

/** Everything the generator writes that a seed decides, without ids and timestamps, in a stable order. */
const SNAPSHOT = `
  SELECT json_build_object(
    'organisations', (SELECT json_agg(json_build_array(o.registration_number, o.name_he, o.name_ar, o.name_en, o.sector_code,
        array(SELECT topic_code FROM organisation_topic WHERE organisation_id = o.id ORDER BY 1),
        array(SELECT district_code FROM organisation_district WHERE organisation_id = o.id ORDER BY 1))
        ORDER BY o.registration_number) FROM organisation o WHERE o.is_synthetic),
    'people', (SELECT json_agg(json_build_array(per.seed_key, per.name_he, per.name_ar, per.name_en, per.title_he,
        per.title_ar, per.title_en, o.registration_number, p.sector_code, p.interests, p.expertise, p.languages,
        p.gender, p.birth_year, p.open_to_consultation, p.open_to_sector_move, p.bio, p.search_document,
        array(SELECT topic_code FROM stakeholder_topic WHERE person_id = p.person_id ORDER BY position),
        array(SELECT district_code FROM stakeholder_district WHERE person_id = p.person_id ORDER BY 1),
        (SELECT json_agg(json_build_array(d.kind, d.value, d.visibility, d.consented_at) ORDER BY d.position)
           FROM contact_detail d WHERE d.person_id = p.person_id),
        (SELECT json_agg(json_build_array(sp.sector_code, sp.title, sp.organisation_name, sp.start_year, sp.end_year)
           ORDER BY sp.start_year, sp.title) FROM stakeholder_position sp WHERE sp.person_id = p.person_id))
        ORDER BY per.seed_key)
      FROM person per JOIN stakeholder_profile p ON p.person_id = per.id
      LEFT JOIN organisation o ON o.id = p.organisation_id WHERE per.is_synthetic)
  )::text AS snapshot`;

const REAL_ROWS = `
  SELECT json_build_object(
    'people', (SELECT json_agg(row_to_json(per) ORDER BY per.id) FROM person per WHERE NOT per.is_synthetic),
    'profiles', (SELECT json_agg(row_to_json(p) ORDER BY p.person_id) FROM stakeholder_profile p
                   JOIN person per ON per.id = p.person_id WHERE NOT per.is_synthetic),
    'organisations', (SELECT json_agg(row_to_json(o) ORDER BY o.id) FROM organisation o WHERE NOT o.is_synthetic),
    'contacts', (SELECT count(*) FROM contact_detail d JOIN person per ON per.id = d.person_id WHERE NOT per.is_synthetic)
  )::text AS rows`;

describe('the synthetic partner pool (npm run generate:pool)', () => {
  let db: TestDatabase;
  let server: TestServer;
  let realPersonId: string;

  const snapshot = async (): Promise<string> => (await db.dataSource.query(SNAPSHOT))[0].snapshot;
  const realRows = async (): Promise<string> => (await db.dataSource.query(REAL_ROWS))[0].rows;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
    server = await startTestServer(db.dataSource, { RATE_LIMIT_REQUESTS_PER_MINUTE: '100000' });
    const [{ id: organisationId }] = await db.dataSource.query(
      `INSERT INTO organisation (name_he, sector_code, registration_number) VALUES ('עמותה אמיתית', 'CIVIL_SOCIETY', '580000001') RETURNING id`,
    );
    realPersonId = await createProfile(db.dataSource, {
      name: { he: 'רותם אמיתית' },
      organisationId,
      topics: ['EDUCATION'],
      contacts: [{ kind: 'EMAIL', value: 'rotem@example.com', visibility: 'EVERYONE' }],
    });
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  it('writes the same rows for the same seed, changes nothing on a rerun, and other rows for another seed', async () => {
    const first = await generateSyntheticPool(db.dataSource, { seed: 5, ...SMALL });
    expect(first).toEqual({ organisationsCreated: 20, peopleCreated: 200, alreadyThere: false });
    const written = await snapshot();

    expect(await generateSyntheticPool(db.dataSource, { seed: 5, ...SMALL })).toEqual({
      organisationsCreated: 0,
      peopleCreated: 0,
      alreadyThere: true,
    });
    expect(await snapshot()).toBe(written);

    await removeSyntheticPool(db.dataSource);
    await generateSyntheticPool(db.dataSource, { seed: 5, ...SMALL });
    expect(await snapshot()).toBe(written);

    await removeSyntheticPool(db.dataSource);
    await generateSyntheticPool(db.dataSource, { seed: 6, ...SMALL });
    expect(await snapshot()).not.toBe(written);
    await removeSyntheticPool(db.dataSource);
  });

  it('refuses to mix seeds or counts, and goes on with more people of the same seed', async () => {
    await generateSyntheticPool(db.dataSource, { seed: 5, ...SMALL });
    await expect(generateSyntheticPool(db.dataSource, { seed: 6, ...SMALL })).rejects.toThrow(SyntheticPoolRefused);
    await expect(generateSyntheticPool(db.dataSource, { seed: 5, people: 200, organisations: 30 })).rejects.toThrow(
      /20 synthetic organisations/,
    );
    await expect(generateSyntheticPool(db.dataSource, { seed: 5, people: 100, organisations: 20 })).rejects.toThrow(
      /more than the 100/,
    );
    expect(await generateSyntheticPool(db.dataSource, { seed: 5, people: 250, organisations: 20 })).toMatchObject({
      peopleCreated: 50,
    });
    expect(await syntheticPoolStatus(db.dataSource.manager)).toEqual({ people: 250, organisations: 20, seeds: [5] });
    await removeSyntheticPool(db.dataSource);
  });

  it('marks every row it writes as synthetic, with reserved addresses and names in all three scripts', async () => {
    await generateSyntheticPool(db.dataSource, { seed: 5, ...SMALL });
    const [counts] = await db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM person WHERE is_synthetic) AS people,
              (SELECT count(*)::int FROM stakeholder_profile p JOIN person per ON per.id = p.person_id WHERE per.is_synthetic) AS profiles,
              (SELECT count(*)::int FROM organisation WHERE is_synthetic) AS organisations,
              (SELECT count(*)::int FROM organisation WHERE is_synthetic AND registration_number !~ '^99') AS "otherNumbers",
              (SELECT count(*)::int FROM contact_detail d JOIN person per ON per.id = d.person_id
                WHERE per.is_synthetic AND d.kind IN ('EMAIL', 'WEBSITE') AND d.value !~ 'synthetic\\.example\\.org$') AS "otherAddresses",
              (SELECT count(*)::int FROM person WHERE is_synthetic AND name_he ~ '[א-ת]') AS hebrew,
              (SELECT count(*)::int FROM person WHERE is_synthetic AND name_ar ~ '[ء-ي]') AS arabic,
              (SELECT count(*)::int FROM person WHERE is_synthetic AND name_en ~ '[A-Za-z]') AS english,
              (SELECT count(*)::int FROM stakeholder_profile p JOIN person per ON per.id = p.person_id
                WHERE per.is_synthetic AND p.search_document = '') AS "emptyDocuments"`,
    );
    expect(counts).toMatchObject({ people: 200, profiles: 200, organisations: 20, otherNumbers: 0, otherAddresses: 0 });
    expect(counts.hebrew).toBe(200);
    expect(counts.arabic).toBeGreaterThan(0);
    expect(counts.english).toBeGreaterThan(0);
    expect(counts.emptyDocuments).toBe(0);
  });

  it('is found by the search, which says that it is synthetic', async () => {
    const [person] = syntheticPeopleChunk(5, 0, SMALL.people, syntheticOrganisations(5, SMALL.organisations));
    const response = await server.graphql<{
      stakeholders: { totalCount: number; nodes: { id: string; isSynthetic: boolean; name: { he: string } }[] };
    }>(
      `query ($search: String) {
        stakeholders(search: $search, first: 5) { totalCount nodes { id isSynthetic name { he } organisation { isSynthetic } } }
      }`,
      { search: person!.name.he },
    );
    expect(response.errors).toBeUndefined();
    const found = response.data!.stakeholders.nodes.find((node) => node.name.he === person!.name.he);
    expect(found).toMatchObject({ isSynthetic: true });
    const real = await server.graphql<{
      stakeholder: { isSynthetic: boolean; organisation: { isSynthetic: boolean } };
    }>(`query ($id: ID!) { stakeholder(id: $id) { isSynthetic organisation { isSynthetic } } }`, { id: realPersonId });
    expect(real.data!.stakeholder).toEqual({ isSynthetic: false, organisation: { isSynthetic: false } });
  });

  it('counts each facet as the search with that value for its own filter would, with text and without', async () => {
    const SEARCH = `query ($search: String, $sectors: [SectorCode!], $topics: [String!], $districts: [DistrictCode!],
                          $languages: [String!], $openToConsultation: Boolean, $openToSectorMove: Boolean) {
      stakeholders(search: $search, sectors: $sectors, topics: $topics, districts: $districts, languages: $languages,
                   openToConsultation: $openToConsultation, openToSectorMove: $openToSectorMove, first: 1) {
        totalCount
        facets { sectors { sector count } topics { topic { code } count } districts { district count }
                 languages { language count } openToConsultation { value count } openToSectorMove { value count } }
      }
    }`;
    type Facets = Record<string, { count: number; [key: string]: unknown }[]>;
    const run = async (variables: Record<string, unknown>) => {
      const response = await server.graphql<{ stakeholders: { totalCount: number; facets: Facets } }>(
        SEARCH,
        variables,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.stakeholders;
    };
    const valueOf: Record<string, (item: Record<string, unknown>) => unknown> = {
      sectors: (item) => [item['sector']],
      topics: (item) => [(item['topic'] as { code: string }).code],
      districts: (item) => [item['district']],
      languages: (item) => [item['language']],
      openToConsultation: (item) => item['value'],
      openToSectorMove: (item) => item['value'],
    };
    for (const search of ['חינוך', 'education', null]) {
      const filters = { search, sectors: ['CIVIL_SOCIETY', 'BUSINESS'], openToConsultation: true, languages: ['he'] };
      const { facets } = await run(filters);
      for (const [facet, items] of Object.entries(facets)) {
        expect(items.length).toBeGreaterThan(0);
        for (const item of items) {
          const { totalCount } = await run({ ...filters, [facet]: valueOf[facet]!(item) });
          expect({ search, facet, item, count: totalCount }).toEqual({ search, facet, item, count: item.count });
        }
      }
    }
  });

  it('removes every synthetic row and leaves the real ones exactly as they were', async () => {
    const before = await realRows();
    expect(await removeSyntheticPool(db.dataSource)).toEqual({ people: 200, organisations: 20 });
    expect(await syntheticPoolStatus(db.dataSource.manager)).toEqual({ people: 0, organisations: 0, seeds: [] });
    const [{ orphans }] = await db.dataSource.query(
      `SELECT (SELECT count(*) FROM contact_detail) + (SELECT count(*) FROM stakeholder_topic)
            + (SELECT count(*) FROM stakeholder_position) - (SELECT count(*) FROM contact_detail d JOIN person per ON per.id = d.person_id)
            - (SELECT count(*) FROM stakeholder_topic t JOIN person per ON per.id = t.person_id)
            - (SELECT count(*) FROM stakeholder_position s JOIN person per ON per.id = s.person_id) AS orphans`,
    );
    expect(Number(orphans)).toBe(0);
    expect(await realRows()).toBe(before);
  });

  it('refuses to remove, changing nothing, while a real profile works for a synthetic organisation', async () => {
    await generateSyntheticPool(db.dataSource, { seed: 5, ...SMALL });
    await db.dataSource.query(
      `UPDATE stakeholder_profile SET organisation_id = (SELECT id FROM organisation WHERE is_synthetic LIMIT 1) WHERE person_id = $1`,
      [realPersonId],
    );
    await expect(removeSyntheticPool(db.dataSource)).rejects.toThrow(/1 real profiles at a synthetic organisation/);
    expect(await syntheticPoolStatus(db.dataSource.manager)).toMatchObject({ people: 200, organisations: 20 });
  });
});
