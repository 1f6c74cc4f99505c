import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeName } from '@roundtable/shared/names';
import { DomainError } from '../../src/common/errors/domain-error.js';
import { createLogger } from '../../src/common/logging/logger.js';
import { REPO_ROOT } from '../../src/config/env.js';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import {
  importCbsLocalities,
  importCbsLocalitiesFileOnStart,
  type CbsImportSummary,
} from '../../src/modules/geography/cbs-import/cbs-import.service.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// The real file stays beside the checkout (shared/data/README.md): never copied into the repository.
const CBS_FILE = path.resolve(REPO_ROOT, '..', 'shared', 'data', 'cbs-localities-2019.csv');
const CBS_TEXT = fs.readFileSync(CBS_FILE, 'utf8');
const CBS_AUTHORITIES = 255; // 201 municipalities and local councils, 54 regional councils
const CBS_MEMBERSHIPS = 152; // the authorities the file assigns to one of its 11 clusters
const TABLES = [
  'local_authority',
  'local_authority_name',
  'cluster',
  'cluster_name',
  'cluster_membership',
  'source',
] as const;

function importFile(dataSource: DataSource, text = CBS_TEXT, asOfYear = 2019): Promise<CbsImportSummary> {
  return importCbsLocalities(dataSource, { text, fileName: 'cbs-localities-2019.csv', asOfYear });
}

/** The real file with the row of locality `id` changed. */
function withRow(id: number, change: (row: string) => string): string {
  const lines = CBS_TEXT.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${id},`));
  expect(index).toBeGreaterThan(0);
  lines[index] = change(lines[index]!);
  return lines.join('\n');
}

async function checksums(dataSource: DataSource): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const [row]: { sum: string }[] = await dataSource.query(
      `SELECT md5(string_agg(t::text, ',' ORDER BY t.id)) AS sum FROM "${table}" t`,
    );
    result[table] = row!.sum;
  }
  return result;
}

async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of [...TABLES, 'data_import']) {
    const [row]: { count: number }[] = await dataSource.query(`SELECT count(*)::int AS count FROM "${table}"`);
    result[table] = row!.count;
  }
  return result;
}

/** The authority a spelling names, with its codes and every spelling it has. */
async function authorityNamed(dataSource: DataSource, name: string) {
  const rows: {
    id: string;
    name_he: string;
    kind: string | null;
    cbs_locality_code: number | null;
    cbs_regional_council_code: number | null;
  }[] = await dataSource.query(
    `SELECT a.id, a.name_he, a.kind, a.cbs_locality_code, a.cbs_regional_council_code
         FROM local_authority_name n JOIN local_authority a ON a.id = n.authority_id WHERE n.normalized = $1`,
    [normalizeName(name)],
  );
  expect(rows, `one authority named ${name}`).toHaveLength(1);
  const names: { name: string }[] = await dataSource.query(
    `SELECT name FROM local_authority_name WHERE authority_id = $1`,
    [rows[0]!.id],
  );
  return { ...rows[0]!, names: names.map((row) => row.name) };
}

/** Source code → the Hebrew names of the authorities that source lists in the cluster. */
async function membersBySource(dataSource: DataSource, slug: string): Promise<Record<string, string[]>> {
  const rows: { code: string; name_he: string }[] = await dataSource.query(
    `SELECT s.code, a.name_he FROM cluster_membership m
       JOIN cluster c ON c.id = m.cluster_id JOIN source s ON s.id = m.source_id JOIN local_authority a ON a.id = m.authority_id
      WHERE c.slug = $1 ORDER BY a.name_he`,
    [slug],
  );
  const result: Record<string, string[]> = {};
  for (const row of rows) (result[row.code] ??= []).push(row.name_he);
  return result;
}

async function expectNoDuplicateAuthorities(dataSource: DataSource): Promise<void> {
  const [row]: { authorities: number; codes: number; without_code: number }[] = await dataSource.query(
    `SELECT count(*)::int AS authorities,
            (count(DISTINCT cbs_locality_code) + count(DISTINCT cbs_regional_council_code))::int AS codes,
            count(*) FILTER (WHERE cbs_locality_code IS NULL AND cbs_regional_council_code IS NULL)::int AS without_code
       FROM local_authority`,
  );
  // Every authority the seed names is in the CBS file, so each one carries a CBS code.
  expect(row).toEqual({ authorities: CBS_AUTHORITIES, codes: CBS_AUTHORITIES, without_code: 0 });
}

describe('importing the CBS localities file after the seed', () => {
  let db: TestDatabase;
  let first: CbsImportSummary;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
    first = await importFile(db.dataSource);
  });

  afterAll(async () => {
    await db?.destroy();
  });

  it('reports what it created and what it matched', () => {
    expect(first).toMatchObject({
      sourceCode: 'CBS_LOCALITIES_2019',
      localities: 1228,
      // Five clusters come from the seed (Haifa Bay, Beit HaKerem, Western Negev, Western and Eastern Galilee).
      clustersCreated: 6,
      clustersUpdated: 5,
      clustersUnchanged: 0,
      membershipsAdded: CBS_MEMBERSHIPS,
      membershipsRemoved: 0,
    });
    expect(first.authoritiesCreated + first.authoritiesUpdated).toBe(CBS_AUTHORITIES);
    expect(first.authoritiesUnchanged).toBe(0);
    // The seed's 28 authorities (16 Haifa Bay, 3 Beit HaKerem, 9 Western Negev) are all in the file.
    expect(first.authoritiesUpdated).toBe(28);
    expect(first.authoritiesCreated).toBe(CBS_AUTHORITIES - 28);
    expect(first.alternativeNamesAdded).toBeGreaterThan(0);
  });

  it("keeps both sources' lists of the Haifa Bay cluster", async () => {
    const members = await membersBySource(db.dataSource, 'haifa-bay');
    expect(members['HAIFA_BAY_CALL_2020']).toHaveLength(16);
    expect(members['CBS_LOCALITIES_2019']).toHaveLength(17);
    expect(members['HAIFA_BAY_CALL_2020']).toContain('נשר');
    expect(members['CBS_LOCALITIES_2019']).not.toContain('נשר');
    for (const name of ['בסמת טבעון', "כעביה-טבאש-חג'אג'רה"]) {
      expect(members['CBS_LOCALITIES_2019']).toContain(name);
      expect(members['HAIFA_BAY_CALL_2020']).not.toContain(name);
    }
  });

  it("matches the seed's spellings to the CBS's instead of duplicating an authority", async () => {
    const pairs: [string, string, number][] = [
      ['תמרה', 'טמרה', 8900],
      ['עוספיא', 'עספיא', 534],
      ['יקנעם', 'יקנעם עילית', 240],
      ['דלית אל כרמל', 'דאלית אל-כרמל', 494],
    ];
    for (const [seedName, cbsName, code] of pairs) {
      const bySeed = await authorityNamed(db.dataSource, seedName);
      const byCbs = await authorityNamed(db.dataSource, cbsName);
      expect(byCbs.id).toBe(bySeed.id);
      expect(bySeed.cbs_locality_code).toBe(code);
      // The seed's name stays the authority's own; the CBS's is an alternative.
      expect(bySeed.name_he).toBe(seedName);
      expect(bySeed.names).toEqual(expect.arrayContaining([seedName, cbsName]));
    }
  });

  it('gives a seeded regional council its council code, kind and full CBS name', async () => {
    const zevulun = await authorityNamed(db.dataSource, 'זבולון');
    expect(zevulun).toMatchObject({ kind: 'REGIONAL_COUNCIL', cbs_regional_council_code: 12, cbs_locality_code: null });
    expect(zevulun.names).toContain('מועצה אזורית זבולון');
    const misgav = await authorityNamed(db.dataSource, 'משגב');
    // The seed did not know Misgav's kind; the CBS does.
    expect(misgav).toMatchObject({ kind: 'REGIONAL_COUNCIL', cbs_regional_council_code: 56 });
  });

  it('names all seven Beit HaKerem authorities from the CBS beside the three its page names', async () => {
    const members = await membersBySource(db.dataSource, 'beit-hakerem');
    expect(members['BEIT_HAKEREM_CLUSTER_PAGE']).toHaveLength(3);
    expect(members['CBS_LOCALITIES_2019']).toHaveLength(7);
    expect(members['CBS_LOCALITIES_2019']).toEqual(expect.arrayContaining(members['BEIT_HAKEREM_CLUSTER_PAGE']!));
  });

  it('lists 9 Western Negev authorities from its page and 11 from the CBS', async () => {
    const members = await membersBySource(db.dataSource, 'western-negev');
    expect(members['WESTERN_NEGEV_CLUSTER_PAGE']).toHaveLength(9);
    expect(members['CBS_LOCALITIES_2019']).toHaveLength(11);
  });

  it("sets a seeded cluster's CBS code and keeps its slug; creates the clusters the seed lacks", async () => {
    const clusters: { slug: string; cbs_code: number | null; district_code: string | null }[] =
      await db.dataSource.query(`SELECT slug, cbs_code, district_code FROM cluster ORDER BY cbs_code`);
    expect(clusters.map((cluster) => [cluster.cbs_code, cluster.slug])).toEqual([
      [210, 'beit-hakerem'],
      [211, 'eastern-galilee'],
      [212, 'western-galilee'],
      [213, 'cbs-213'],
      [214, 'cbs-214'],
      [310, 'haifa-bay'],
      [410, 'cbs-410'],
      [420, 'cbs-420'],
      [610, 'cbs-610'],
      [620, 'western-negev'],
      [710, 'cbs-710'],
    ]);
    expect(clusters.find((cluster) => cluster.slug === 'western-negev')!.district_code).toBe('SOUTH');
  });

  it('creates each authority once', async () => {
    await expectNoDuplicateAuthorities(db.dataSource);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await checksums(db.dataSource);
    const again = await importFile(db.dataSource);
    expect(again).toEqual({
      sourceCode: 'CBS_LOCALITIES_2019',
      localities: 1228,
      authoritiesCreated: 0,
      authoritiesUpdated: 0,
      authoritiesUnchanged: CBS_AUTHORITIES,
      clustersCreated: 0,
      clustersUpdated: 0,
      clustersUnchanged: 11,
      membershipsAdded: 0,
      membershipsRemoved: 0,
      alternativeNamesAdded: 0,
    });
    expect(await checksums(db.dataSource)).toEqual(before);
  });

  it('skips on start a file it has imported, and a default file that is absent', async () => {
    const logger = createLogger('silent');
    expect(await importCbsLocalitiesFileOnStart(db.dataSource, CBS_FILE, logger)).toBeNull();
    const absent = path.join(os.tmpdir(), 'no-such-cbs-localities-2019.csv');
    expect(await importCbsLocalitiesFileOnStart(db.dataSource, absent, logger)).toBeNull();
    await expect(importCbsLocalitiesFileOnStart(db.dataSource, absent, logger, { required: true })).rejects.toThrow(
      /does not exist/,
    );
  });

  it('writes nothing from a malformed file', async () => {
    const before = await rowCounts(db.dataSource);
    // The last locality's district is unknown: every row before it is valid, and none is written.
    const broken = withRow(778, (row) => row.replace('778,"תרום","Tarum",1,', '778,"תרום","Tarum",8,'));
    const error = await importFile(db.dataSource, broken, 2020).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'MALFORMED_FILE', extensions: { line: 1229 } });
    expect((error as Error).message).toMatch(/^Line 1229: district_id "8" is not a CBS district/);
    expect(await rowCounts(db.dataSource)).toEqual(before);
  });
});

describe('importing the CBS localities file before the seed', () => {
  let db: TestDatabase;
  let imported: CbsImportSummary;

  beforeAll(async () => {
    db = await createTestDatabase();
    imported = await importFile(db.dataSource);
    await seedDatabase(db.dataSource);
  });

  afterAll(async () => {
    await db?.destroy();
  });

  it('creates every authority and cluster into an empty database', () => {
    expect(imported).toMatchObject({
      authoritiesCreated: CBS_AUTHORITIES,
      authoritiesUpdated: 0,
      clustersCreated: 11,
      membershipsAdded: CBS_MEMBERSHIPS,
      alternativeNamesAdded: 0,
    });
  });

  it('lets the seed find the imported authorities and clusters instead of duplicating them', async () => {
    await expectNoDuplicateAuthorities(db.dataSource);
    const tamra = await authorityNamed(db.dataSource, 'טמרה');
    expect(tamra.cbs_locality_code).toBe(8900);
    expect(tamra.names).toEqual(expect.arrayContaining(['תמרה', 'טמרה']));
    // The CBS created it as טמרה; the sources' own spelling becomes its name once the seed runs.
    expect(tamra.name_he).toBe('תמרה');
    const [clusters]: { count: number }[] = await db.dataSource.query(`SELECT count(*)::int AS count FROM cluster`);
    expect(clusters!.count).toBe(11);
    const members = await membersBySource(db.dataSource, 'haifa-bay');
    expect(members['HAIFA_BAY_CALL_2020']).toHaveLength(16);
    expect(members['CBS_LOCALITIES_2019']).toHaveLength(17);
  });

  it("removes a membership the file no longer has, and only that source's", async () => {
    // Nahf leaves the Beit HaKerem cluster in an edited file; the cluster's page still lists it.
    const edited = withRow(522, (row) => row.replace(',210,"אשכול רשויות בית הכרם הגלילי"', ',,'));
    const summary = await importFile(db.dataSource, edited);
    expect(summary).toMatchObject({ membershipsAdded: 0, membershipsRemoved: 1 });
    const members = await membersBySource(db.dataSource, 'beit-hakerem');
    expect(members['CBS_LOCALITIES_2019']).not.toContain('נחף');
    expect(members['BEIT_HAKEREM_CLUSTER_PAGE']).toContain('נחף');

    expect(await importFile(db.dataSource)).toMatchObject({ membershipsAdded: 1, membershipsRemoved: 0 });
  });
});
