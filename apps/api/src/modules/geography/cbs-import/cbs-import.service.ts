import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthorityKind } from '@roundtable/shared/authority-kinds';
import { normalizeName } from '@roundtable/shared/names';
import { DomainError } from '../../../common/errors/domain-error.js';
import type { Logger } from '../../../common/logging/logger.js';
import {
  AUTHORITY_NAMES,
  CLUSTER_NAMES,
  addNames,
  findOwnerByNames,
  type NameIndex,
  type Spelling,
} from '../../../common/names/name-index.js';
import { seedReferenceData } from '../../../database/seeds/reference.seed.js';
import { upsertRows } from '../../../database/seeds/upsert.js';
import { parseCbsLocalities, type CbsAuthority, type CbsCluster } from './cbs-localities.parser.js';

/** `data_import.kind` of a CBS localities file. */
export const CBS_IMPORT_KIND = 'CBS_LOCALITIES';

export interface CbsImportOptions {
  /** The file's text, as read (a BOM is fine). */
  text: string;
  /** Recorded in data_import; a base name reads best. */
  fileName: string;
  /** The year the file describes: names the source (CBS_LOCALITIES_2019) and dates the population counts. */
  asOfYear: number;
  onProgress?: (done: number, total: number) => void;
}

/** What an import changed. All counts, so it is stored as it is in `data_import.summary`. */
export interface CbsImportCounts {
  localities: number;
  authoritiesCreated: number;
  /** Existing authorities whose row changed or that got a spelling they lacked. */
  authoritiesUpdated: number;
  authoritiesUnchanged: number;
  clustersCreated: number;
  clustersUpdated: number;
  clustersUnchanged: number;
  membershipsAdded: number;
  membershipsRemoved: number;
  /** Spellings added to authorities and clusters that existed before (a new one's names are not counted). */
  alternativeNamesAdded: number;
}

export interface CbsImportSummary extends CbsImportCounts {
  sourceCode: string;
}

export function cbsSourceCode(year: number): string {
  return `CBS_LOCALITIES_${year}`;
}

/**
 * Brings the CBS localities file into the database: the authorities it describes, the clusters it
 * assigns them to, and those memberships under the file's own source. Safe to rerun: a row is
 * touched only when a value differs. Other sources' memberships and an authority's own names are
 * never changed; the CBS spellings are added beside them.
 */
export async function importCbsLocalities(
  dataSource: DataSource,
  options: CbsImportOptions,
): Promise<CbsImportSummary> {
  const { text, fileName, asOfYear, onProgress } = options;
  assertYear(asOfYear);
  // Parsed in full before the transaction opens: a bad file writes nothing.
  const file = parseCbsLocalities(text);
  const sourceCode = cbsSourceCode(asOfYear);

  return dataSource.transaction(async (manager) => {
    // The seed takes the same lock: the two match authorities by name and must not interleave.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('roundtable:seed'))`);
    // Authorities refer to districts; an import into a database not seeded yet needs them too.
    await seedReferenceData(manager);
    const sourceId = await upsertSource(manager, asOfYear);

    const counts: CbsImportCounts = {
      localities: file.localities.length,
      authoritiesCreated: 0,
      authoritiesUpdated: 0,
      authoritiesUnchanged: 0,
      clustersCreated: 0,
      clustersUpdated: 0,
      clustersUnchanged: 0,
      membershipsAdded: 0,
      membershipsRemoved: 0,
      alternativeNamesAdded: 0,
    };

    const clusterIds = new Map<number, string>();
    for (const cluster of file.clusters) {
      const result = await importCluster(manager, cluster);
      clusterIds.set(cluster.code, result.id);
      counts[`clusters${result.outcome}`] += 1;
      counts.alternativeNamesAdded += result.namesAdded;
    }

    const total = file.authorities.length;
    onProgress?.(0, total);
    const pairs: { clusterId: string; authorityId: string }[] = [];
    const codeIndex = await loadAuthorityCodes(manager);
    for (const [index, authority] of file.authorities.entries()) {
      const result = await importAuthority(manager, authority, asOfYear, codeIndex);
      counts[`authorities${result.outcome}`] += 1;
      counts.alternativeNamesAdded += result.namesAdded;
      if (authority.clusterCode !== null) {
        pairs.push({ clusterId: clusterIds.get(authority.clusterCode)!, authorityId: result.id });
      }
      onProgress?.(index + 1, total);
    }

    const memberships = await syncMemberships(manager, sourceId, pairs);
    counts.membershipsAdded = memberships.added;
    counts.membershipsRemoved = memberships.removed;

    await recordImport(manager, { sourceId, fileName, text, rowCount: file.localities.length, counts });
    return { sourceCode, ...counts };
  });
}

export interface ImportOnStartOptions {
  /** The file was configured explicitly (CBS_LOCALITIES_FILE): its absence is an error, not a skip. */
  required?: boolean;
}

/**
 * The server's first start: imports the CBS file unless this very file (by content) was imported
 * already. The default copy beside the checkout may be absent; the server then starts without it.
 */
export async function importCbsLocalitiesFileOnStart(
  dataSource: DataSource,
  filePath: string,
  logger: Logger,
  { required = false }: ImportOnStartOptions = {},
): Promise<CbsImportSummary | null> {
  let text: string;
  try {
    text = await fs.readFile(filePath, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'does not exist'
        : `cannot be read (${(error as Error).message})`;
    if (required) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `The CBS localities file ${filePath} (CBS_LOCALITIES_FILE) ${reason}. Correct the path or unset the variable.`,
      );
    }
    logger.info({ filePath }, `The CBS localities file ${reason}: authorities keep the data they have`);
    return null;
  }
  const [existing]: { imported_at: Date }[] = await dataSource.query(
    `SELECT imported_at FROM data_import WHERE kind = $1 AND file_sha256 = $2`,
    [CBS_IMPORT_KIND, sha256(text)],
  );
  if (existing) {
    logger.debug({ filePath, importedAt: existing.imported_at }, 'The CBS localities file was imported already');
    return null;
  }
  const asOfYear = yearFromFileName(filePath);
  if (asOfYear === null) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `Cannot tell which year the CBS localities file ${filePath} describes. Put the year in its name (cbs-localities-2019.csv) or import it with: npm run import:cbs -- ${filePath} --year <year>`,
    );
  }
  logger.info({ filePath, asOfYear }, 'Importing the CBS localities file');
  const summary = await importCbsLocalities(dataSource, { text, fileName: path.basename(filePath), asOfYear });
  logger.info({ summary }, 'Imported the CBS localities file');
  return summary;
}

/** The one 4-digit year in a file's name ("cbs-localities-2019.csv"), or null when there is none or several. */
export function yearFromFileName(filePath: string): number | null {
  const years = new Set(path.basename(filePath).match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? []);
  return years.size === 1 ? Number([...years][0]) : null;
}

function assertYear(year: number): void {
  // The CBS has published localities files since the state's first years; smallint and the
  // partial-date format of source.published_on need four digits.
  if (!Number.isInteger(year) || year < 1948 || year > 2100) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `The year ${year} is not a year of a CBS localities file. Give a four-digit year such as 2019.`,
    );
  }
}

async function upsertSource(manager: EntityManager, year: number): Promise<string> {
  await upsertRows(
    manager,
    'source',
    ['code'],
    [
      {
        code: cbsSourceCode(year),
        kind: 'STATISTICS',
        title_he: `קובץ היישובים ${year} – הלשכה המרכזית לסטטיסטיקה`,
        title_ar: null,
        title_en: `Localities file ${year} – Central Bureau of Statistics`,
        publisher_he: 'הלשכה המרכזית לסטטיסטיקה',
        publisher_ar: null,
        publisher_en: 'Central Bureau of Statistics',
        published_on: String(year),
      },
    ],
  );
  const [row]: { id: string }[] = await manager.query(`SELECT id FROM source WHERE code = $1`, [cbsSourceCode(year)]);
  return row!.id;
}

type Outcome = 'Created' | 'Updated' | 'Unchanged';

interface ImportResult {
  id: string;
  outcome: Outcome;
  namesAdded: number;
}

async function importCluster(manager: EntityManager, cluster: CbsCluster): Promise<ImportResult> {
  const spellings: Spelling[] = [{ name: cluster.name, language: 'he' }];
  const [byCode]: { id: string }[] = await manager.query(`SELECT id FROM cluster WHERE cbs_code = $1`, [cluster.code]);
  // The seed keeps the CBS's name of a cluster it knows ("אשכול רשויות בית הכרם הגלילי") as an alternative.
  const id = byCode?.id ?? (await findOwnerByNames(manager, CLUSTER_NAMES, [cluster.name]));
  if (!id) {
    const [created]: { id: string }[] = await manager.query(
      `INSERT INTO cluster (slug, cbs_code, name_he, district_code) VALUES ($1, $2, $3, $4) RETURNING id`,
      [`cbs-${cluster.code}`, cluster.code, cluster.name, cluster.districtCode],
    );
    await addNames(manager, CLUSTER_NAMES, created!.id, spellings);
    return { id: created!.id, outcome: 'Created', namesAdded: 0 };
  }
  if (!byCode) {
    const [found]: { cbs_code: number | null; slug: string }[] = await manager.query(
      `SELECT cbs_code, slug FROM cluster WHERE id = $1`,
      [id],
    );
    if (found!.cbs_code !== null) {
      throw new DomainError(
        'CONFLICT',
        `The CBS cluster ${cluster.code} "${cluster.name}" has the name of the cluster ${found!.slug}, which is CBS cluster ${found!.cbs_code}. Correct the alternative names of ${found!.slug}.`,
      );
    }
  }
  // The district is the cluster's own fact where a source gave it; the CBS only fills a gap.
  const changed = await countReturned(
    manager,
    `UPDATE cluster SET cbs_code = $2, district_code = COALESCE(district_code, $3), updated_at = now()
     WHERE id = $1 AND (cbs_code IS DISTINCT FROM $2 OR (district_code IS NULL AND $3::text IS NOT NULL))
     RETURNING id`,
    [id, cluster.code, cluster.districtCode],
  );
  const namesAdded = await addMissingNames(manager, CLUSTER_NAMES, id, spellings);
  return { id, outcome: changed > 0 || namesAdded > 0 ? 'Updated' : 'Unchanged', namesAdded };
}

/** Which CBS code column holds an authority's code: the two numbering spaces overlap. */
function codeColumn(kind: AuthorityKind): 'cbs_locality_code' | 'cbs_regional_council_code' {
  return kind === 'REGIONAL_COUNCIL' ? 'cbs_regional_council_code' : 'cbs_locality_code';
}

interface AuthorityCodeIndex {
  cbs_locality_code: Map<number, string>;
  cbs_regional_council_code: Map<number, string>;
}

async function loadAuthorityCodes(manager: EntityManager): Promise<AuthorityCodeIndex> {
  const rows: { id: string; cbs_locality_code: number | null; cbs_regional_council_code: number | null }[] =
    await manager.query(
      `SELECT id, cbs_locality_code, cbs_regional_council_code FROM local_authority
     WHERE cbs_locality_code IS NOT NULL OR cbs_regional_council_code IS NOT NULL`,
    );
  const index: AuthorityCodeIndex = { cbs_locality_code: new Map(), cbs_regional_council_code: new Map() };
  for (const row of rows) {
    if (row.cbs_locality_code !== null) index.cbs_locality_code.set(row.cbs_locality_code, row.id);
    if (row.cbs_regional_council_code !== null)
      index.cbs_regional_council_code.set(row.cbs_regional_council_code, row.id);
  }
  return index;
}

async function importAuthority(
  manager: EntityManager,
  authority: CbsAuthority,
  year: number,
  codeIndex: AuthorityCodeIndex,
): Promise<ImportResult> {
  const column = codeColumn(authority.kind);
  const spellings: Spelling[] = [
    { name: authority.nameHe, language: 'he' },
    ...authority.alternativeNamesHe.map((name): Spelling => ({ name, language: 'he' })),
    ...(authority.nameEn ? [{ name: authority.nameEn, language: 'en' } as const] : []),
  ];
  // A population the file leaves out keeps the one the authority has, with its year.
  const populationYear = authority.population === null ? null : year;

  const byCode = codeIndex[column].get(authority.cbsCode);
  const id =
    byCode ??
    (await findOwnerByNames(
      manager,
      AUTHORITY_NAMES,
      spellings.map((spelling) => spelling.name),
    ));
  if (!id) {
    const [created]: { id: string }[] = await manager.query(
      `INSERT INTO local_authority (${column}, name_he, name_en, kind, district_code, population, population_year, latitude, longitude)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        authority.cbsCode,
        authority.nameHe,
        authority.nameEn,
        authority.kind,
        authority.districtCode,
        authority.population,
        populationYear,
        authority.latitude,
        authority.longitude,
      ],
    );
    await addNames(manager, AUTHORITY_NAMES, created!.id, spellings);
    codeIndex[column].set(authority.cbsCode, created!.id);
    return { id: created!.id, outcome: 'Created', namesAdded: 0 };
  }
  if (!byCode) await assertNoOtherCode(manager, id, authority);
  codeIndex[column].set(authority.cbsCode, id);

  // The CBS is the authority on kind, code, district, population and location; names stay the
  // authority's own (an English name is only filled where there is none).
  const changed = await countReturned(
    manager,
    `UPDATE local_authority AS t
        SET kind = $2, ${column} = $3, district_code = $4,
            population = COALESCE($5, t.population), population_year = COALESCE($6, t.population_year),
            latitude = $7, longitude = $8, name_en = COALESCE(t.name_en, $9), updated_at = now()
      WHERE t.id = $1
        AND (t.kind, t.${column}, t.district_code, t.population, t.population_year, t.latitude, t.longitude, t.name_en)
            IS DISTINCT FROM
            ($2::text, $3::integer, $4::text, COALESCE($5::integer, t.population), COALESCE($6::smallint, t.population_year),
             $7::double precision, $8::double precision, COALESCE(t.name_en, $9::text))
      RETURNING t.id`,
    [
      id,
      authority.kind,
      authority.cbsCode,
      authority.districtCode,
      authority.population,
      populationYear,
      authority.latitude,
      authority.longitude,
      authority.nameEn,
    ],
  );
  const namesAdded = await addMissingNames(manager, AUTHORITY_NAMES, id, spellings);
  return { id, outcome: changed > 0 || namesAdded > 0 ? 'Updated' : 'Unchanged', namesAdded };
}

/**
 * An authority found by name must not already stand for another CBS code: that would mean two CBS
 * entities share a spelling, and moving the code would silently merge them.
 */
async function assertNoOtherCode(manager: EntityManager, id: string, authority: CbsAuthority): Promise<void> {
  const [found]: { name_he: string; cbs_locality_code: number | null; cbs_regional_council_code: number | null }[] =
    await manager.query(
      `SELECT name_he, cbs_locality_code, cbs_regional_council_code FROM local_authority WHERE id = $1`,
      [id],
    );
  const own = found![codeColumn(authority.kind)];
  const other = authority.kind === 'REGIONAL_COUNCIL' ? found!.cbs_locality_code : found!.cbs_regional_council_code;
  if ((own !== null && own !== authority.cbsCode) || other !== null) {
    const held = own ?? other;
    throw new DomainError(
      'CONFLICT',
      `The CBS's "${authority.nameHe}" (code ${authority.cbsCode}) has a name of the authority "${found!.name_he}", which has CBS code ${held}. Correct that authority's alternative names so each spelling names one authority.`,
    );
  }
}

/** `addNames`, counting the spellings the owner did not have. */
async function addMissingNames(
  manager: EntityManager,
  index: NameIndex,
  ownerId: string,
  spellings: readonly Spelling[],
): Promise<number> {
  const rows: { normalized: string }[] = await manager.query(
    `SELECT normalized FROM "${index.table}" WHERE "${index.ownerColumn}" = $1`,
    [ownerId],
  );
  const had = new Set(rows.map((row) => row.normalized));
  const missing = new Set(
    spellings.map((spelling) => normalizeName(spelling.name)).filter((key) => key !== '' && !had.has(key)),
  );
  // addNames refuses a spelling that names another owner, so after it every missing one was added.
  await addNames(manager, index, ownerId, spellings);
  return missing.size;
}

/** The file's memberships become exactly the source's: missing pairs are added, dropped ones removed. */
async function syncMemberships(
  manager: EntityManager,
  sourceId: string,
  pairs: readonly { clusterId: string; authorityId: string }[],
): Promise<{ added: number; removed: number }> {
  const clusterIds = pairs.map((pair) => pair.clusterId);
  const authorityIds = pairs.map((pair) => pair.authorityId);
  const removed = await countReturned(
    manager,
    `DELETE FROM cluster_membership m
      WHERE m.source_id = $3
        AND NOT EXISTS (SELECT 1 FROM unnest($1::uuid[], $2::uuid[]) AS p(cluster_id, authority_id)
                         WHERE p.cluster_id = m.cluster_id AND p.authority_id = m.authority_id)
      RETURNING m.id`,
    [clusterIds, authorityIds, sourceId],
  );
  const added = await countReturned(
    manager,
    `INSERT INTO cluster_membership (cluster_id, authority_id, source_id)
     SELECT p.cluster_id, p.authority_id, $3 FROM unnest($1::uuid[], $2::uuid[]) AS p(cluster_id, authority_id)
     ON CONFLICT (cluster_id, authority_id, source_id) DO NOTHING
     RETURNING id`,
    [clusterIds, authorityIds, sourceId],
  );
  return { added, removed };
}

/**
 * How many rows a data-changing statement with RETURNING touched. Wrapped in a CTE because
 * TypeORM answers an UPDATE or DELETE with [rows, count] and an INSERT with rows.
 */
async function countReturned(manager: EntityManager, statement: string, parameters: unknown[]): Promise<number> {
  const [row]: { count: number }[] = await manager.query(
    `WITH changed AS (${statement}) SELECT count(*)::int AS count FROM changed`,
    parameters,
  );
  return row!.count;
}

/**
 * One row per file content: a rerun of the same file updates it to the latest run (what that run
 * changed, usually nothing), and the start-up import finds the file there and skips it.
 */
async function recordImport(
  manager: EntityManager,
  record: { sourceId: string; fileName: string; text: string; rowCount: number; counts: CbsImportCounts },
): Promise<void> {
  await manager.query(
    `INSERT INTO data_import (kind, source_id, file_name, file_sha256, row_count, summary)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (kind, file_sha256) DO UPDATE
        SET source_id = EXCLUDED.source_id, file_name = EXCLUDED.file_name, row_count = EXCLUDED.row_count,
            summary = EXCLUDED.summary, imported_at = now()`,
    [
      CBS_IMPORT_KIND,
      record.sourceId,
      record.fileName,
      sha256(record.text),
      record.rowCount,
      JSON.stringify(record.counts),
    ],
  );
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
