import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { rebuildSearchDocuments } from './search-document.js';
import {
  SYNTHETIC_CHUNK,
  chunkCount,
  syntheticOrganisations,
  syntheticPeopleChunk,
  type SyntheticOrganisation,
  type SyntheticPerson,
} from './synthetic-pool.js';
import { syntheticRegistrationNumber } from './synthetic-pool.vocabulary.js';

/**
 * Writes the synthetic partner pool (synthetic-pool.ts) into the database and removes it again
 * (docs/pool.md, "Synthetic data and the benchmark"). Every row it writes is marked
 * `is_synthetic`; `removeSyntheticPool` deletes those rows and nothing else.
 */

export type SyntheticStage = 'organisations' | 'people' | 'people removed' | 'organisations removed';
export type SyntheticProgress = (stage: SyntheticStage, done: number, total: number) => void;

export interface SyntheticPoolOptions {
  seed: number;
  people: number;
  organisations: number;
  onProgress?: SyntheticProgress;
}

export interface SyntheticPoolReport {
  organisationsCreated: number;
  peopleCreated: number;
  /** Everything asked for was there already: nothing was written. */
  alreadyThere: boolean;
}

export interface SyntheticPoolStatus {
  people: number;
  organisations: number;
  /** The seeds the synthetic people were made from (one, unless someone wrote rows by hand). */
  seeds: number[];
}

/** A refusal that says what to do: the CLI prints its message and exits non-zero. */
export class SyntheticPoolRefused extends Error {}

const LOCK = `hashtext('roundtable:synthetic-pool')`;
/** Chunks written at once; the DataSource needs one connection more (the lock's). */
export const WRITERS = 2;

export async function syntheticPoolStatus(manager: EntityManager): Promise<SyntheticPoolStatus> {
  const [row]: { people: number; organisations: number; seeds: string[] }[] = await manager.query(
    `SELECT (SELECT count(*)::int FROM person WHERE is_synthetic) AS people,
            (SELECT count(*)::int FROM organisation WHERE is_synthetic) AS organisations,
            array(SELECT DISTINCT split_part(seed_key, ':', 2) FROM person WHERE is_synthetic ORDER BY 1) AS seeds`,
  );
  return { people: row!.people, organisations: row!.organisations, seeds: row!.seeds.map(Number) };
}

/**
 * Writes the organisations and people of `seed` that are not there yet: the organisations in one
 * transaction, then the people a chunk (1,000) per transaction, each with its search document as
 * the pool service builds it. A rerun with the same seed and counts writes nothing; an interrupted
 * run goes on where it stopped. Synthetic data of another seed or other counts is refused, since
 * mixing them would give rows no seed describes.
 */
export async function generateSyntheticPool(
  dataSource: DataSource,
  { seed, people, organisations, onProgress }: SyntheticPoolOptions,
): Promise<SyntheticPoolReport> {
  return withLock(dataSource, async (runner) => {
    const status = await syntheticPoolStatus(dataSource.manager);
    const orgRows = syntheticOrganisations(seed, organisations);
    await assertCompatible(dataSource.manager, status, { seed, people, organisations }, orgRows);
    if (status.organisations === organisations && status.people === people) {
      return { organisationsCreated: 0, peopleCreated: 0, alreadyThere: true };
    }
    const organisationsCreated =
      status.organisations === 0 ? await insertOrganisations(dataSource, orgRows, onProgress) : 0;
    const organisationIds = await syntheticOrganisationIds(dataSource.manager);
    const done = await peoplePerChunk(dataSource.manager);
    const pending = Array.from({ length: chunkCount(people) }, (_, chunk) => chunk).filter(
      (chunk) => (done.get(chunk) ?? 0) < Math.min(SYNTHETIC_CHUNK, people - chunk * SYNTHETIC_CHUNK),
    );
    let written = status.people;
    let peopleCreated = 0;
    onProgress?.('people', written, people);
    // Chunks are independent: WRITERS of them at once keep both the database and Node busy (one
    // builds rows and documents while the other's statements run).
    const writer = async () => {
      for (let chunk = pending.shift(); chunk !== undefined; chunk = pending.shift()) {
        const rows = syntheticPeopleChunk(seed, chunk, people, orgRows);
        const created = await dataSource.transaction((manager) => insertPeople(manager, rows, organisationIds));
        peopleCreated += created;
        written += created;
        onProgress?.('people', written, people);
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, writer));
    // The search document of every new profile was written twice (empty, then built): clear the
    // dead rows and give the planner the new numbers (the search's lexicon too).
    await runner.query('SET statement_timeout = 0');
    for (const table of [
      'organisation',
      'person',
      'stakeholder_profile',
      'stakeholder_topic',
      'stakeholder_district',
      'pool_search_word',
    ]) {
      await runner.query(`VACUUM (ANALYZE) ${table}`);
    }
    await runner.query('RESET statement_timeout');
    return { organisationsCreated, peopleCreated, alreadyThere: false };
  });
}

/**
 * Deletes every synthetic person (their profiles, topics, districts, positions and contact
 * details go with them) and organisation, in one transaction. Refuses, changing nothing, when a
 * real row points at a synthetic one (a real profile at a synthetic organisation, an account or a
 * forum's member record), since deleting would change that real row too.
 */
export async function removeSyntheticPool(
  dataSource: DataSource,
  onProgress?: SyntheticProgress,
): Promise<{ people: number; organisations: number }> {
  return withLock(dataSource, () =>
    dataSource.transaction(async (manager) => {
      const [links]: Record<string, number>[] = await manager.query(
        `SELECT (SELECT count(*)::int FROM stakeholder_profile p JOIN person per ON per.id = p.person_id
                   JOIN organisation o ON o.id = p.organisation_id WHERE o.is_synthetic AND NOT per.is_synthetic)
                  AS "real profiles at a synthetic organisation",
                (SELECT count(*)::int FROM account a JOIN person per ON per.id = a.person_id WHERE per.is_synthetic)
                  AS "accounts linked to a synthetic person",
                (SELECT count(*)::int FROM forum_member m LEFT JOIN person per ON per.id = m.person_id
                   LEFT JOIN organisation o ON o.id = m.organisation_id WHERE per.is_synthetic OR o.is_synthetic)
                  AS "forum member records naming a synthetic person or organisation",
                (SELECT count(*)::int FROM cluster c JOIN person per
                   ON per.id IN (c.ceo_person_id, c.program_manager_person_id) WHERE per.is_synthetic)
                  AS "clusters naming a synthetic person"`,
      );
      const [{ partnerships }]: { partnerships: number }[] = await manager.query(
        `SELECT count(DISTINCT pp.partnership_id)::int AS partnerships FROM partnership_partner pp
           JOIN organisation o ON o.id = pp.organisation_id WHERE o.is_synthetic`,
      );
      if (partnerships > 0) {
        throw new SyntheticPoolRefused(
          `${partnerships} partnerships have synthetic organisations as partners. Nothing was removed. ` +
            'Remove the synthetic partnerships first (npm run generate:partnerships -- --remove); a real one must ' +
            'lose those partners first.',
        );
      }
      const found = Object.entries(links!).filter(([, count]) => count > 0);
      if (found.length > 0) {
        throw new SyntheticPoolRefused(
          `Real data points at synthetic rows: ${found.map(([what, count]) => `${count} ${what}`).join('; ')}. ` +
            'Nothing was removed. Unlink those rows first (they are real), then remove again.',
        );
      }
      const status = await syntheticPoolStatus(manager);
      const people = await deleteInBatches(manager, 'person', status.people, 'people removed', onProgress);
      const organisations = await deleteInBatches(
        manager,
        'organisation',
        status.organisations,
        'organisations removed',
        onProgress,
      );
      return { people, organisations };
    }),
  );
}

async function deleteInBatches(
  manager: EntityManager,
  table: 'person' | 'organisation',
  total: number,
  stage: SyntheticStage,
  onProgress: SyntheticProgress | undefined,
): Promise<number> {
  let deleted = 0;
  onProgress?.(stage, 0, total);
  for (;;) {
    const [, count]: [unknown, number] = await manager.query(
      `DELETE FROM ${table} WHERE id IN (SELECT id FROM ${table} WHERE is_synthetic LIMIT 5000)`,
    );
    if (count === 0) return deleted;
    deleted += count;
    onProgress?.(stage, deleted, total);
  }
}

/** One generator or remover at a time: a second is refused rather than left waiting. */
async function withLock<T>(dataSource: DataSource, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }]: { locked: boolean }[] = await runner.query(`SELECT pg_try_advisory_lock(${LOCK}) AS locked`);
    if (!locked)
      throw new SyntheticPoolRefused('Another generate:pool is writing or removing synthetic data; wait for it.');
    try {
      return await work(runner);
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(${LOCK})`);
    }
  } finally {
    await runner.release();
  }
}

async function assertCompatible(
  manager: EntityManager,
  status: SyntheticPoolStatus,
  wanted: { seed: number; people: number; organisations: number },
  orgRows: SyntheticOrganisation[],
): Promise<void> {
  const removeFirst = 'Remove it first (npm run generate:pool -- --remove), or ask for what is there.';
  const other = status.seeds.filter((seed) => seed !== wanted.seed);
  if (other.length > 0) {
    throw new SyntheticPoolRefused(
      `The database holds synthetic data of seed ${other.join(', ')} (${status.people} people, ${status.organisations} organisations), not of seed ${wanted.seed}. ${removeFirst}`,
    );
  }
  if (status.organisations > 0) {
    const held: { registrationNumber: string; nameHe: string; sector: string }[] = await manager.query(
      `SELECT registration_number AS "registrationNumber", name_he AS "nameHe", sector_code AS sector
         FROM organisation WHERE is_synthetic ORDER BY registration_number`,
    );
    const same =
      held.length === orgRows.length &&
      held.every((row, i) => {
        const given = orgRows[i]!;
        return (
          row.registrationNumber === given.registrationNumber &&
          row.nameHe === given.name.he &&
          row.sector === given.sector
        );
      });
    if (!same) {
      throw new SyntheticPoolRefused(
        `The database holds ${status.organisations} synthetic organisations that seed ${wanted.seed} with ${wanted.organisations} organisations does not give. ${removeFirst}`,
      );
    }
  }
  if (status.people > wanted.people) {
    throw new SyntheticPoolRefused(
      `The database holds ${status.people} synthetic people, more than the ${wanted.people} asked for. ${removeFirst}`,
    );
  }
  const [{ taken }]: { taken: number }[] = await manager.query(
    `SELECT count(*)::int AS taken FROM organisation WHERE NOT is_synthetic AND registration_number = ANY($1::text[])`,
    [orgRows.map((row) => row.registrationNumber)],
  );
  if (taken > 0) {
    throw new SyntheticPoolRefused(
      `${taken} real organisation(s) have registration numbers the synthetic ones would take (99…); nothing was written.`,
    );
  }
}

async function insertOrganisations(
  dataSource: DataSource,
  rows: SyntheticOrganisation[],
  onProgress: SyntheticProgress | undefined,
): Promise<number> {
  return dataSource.transaction(async (manager) => {
    onProgress?.('organisations', 0, rows.length);
    for (let start = 0; start < rows.length; start += SYNTHETIC_CHUNK) {
      const chunk = rows.slice(start, start + SYNTHETIC_CHUNK).map((row) => ({
        registration_number: row.registrationNumber,
        name_he: row.name.he,
        name_ar: row.name.ar,
        name_en: row.name.en,
        sector_code: row.sector,
        topics: row.topics,
        districts: row.districts,
      }));
      const json = JSON.stringify(chunk);
      await manager.query(
        `INSERT INTO organisation (registration_number, name_he, name_ar, name_en, sector_code, is_synthetic)
         SELECT registration_number, name_he, name_ar, name_en, sector_code, true
           FROM json_to_recordset($1::json) AS r(registration_number text, name_he text, name_ar text, name_en text, sector_code text)`,
        [json],
      );
      for (const [table, column, list] of [
        ['organisation_topic', 'topic_code', 'topics'],
        ['organisation_district', 'district_code', 'districts'],
      ] as const) {
        await manager.query(
          `INSERT INTO ${table} (organisation_id, ${column})
           SELECT o.id, unnest(r.${list}) FROM json_to_recordset($1::json) AS r(registration_number text, ${list} text[])
             JOIN organisation o ON o.registration_number = r.registration_number`,
          [json],
        );
      }
      onProgress?.('organisations', Math.min(start + SYNTHETIC_CHUNK, rows.length), rows.length);
    }
    return rows.length;
  });
}

async function syntheticOrganisationIds(manager: EntityManager): Promise<Map<string, string>> {
  const rows: { id: string; registrationNumber: string }[] = await manager.query(
    `SELECT id, registration_number AS "registrationNumber" FROM organisation WHERE is_synthetic`,
  );
  return new Map(rows.map((row) => [row.registrationNumber, row.id]));
}

/** How many synthetic people each chunk has, by the index in their seed key. */
async function peoplePerChunk(manager: EntityManager): Promise<Map<number, number>> {
  const rows: { chunk: number; count: number }[] = await manager.query(
    `SELECT split_part(seed_key, ':', 3)::int / ${SYNTHETIC_CHUNK} AS chunk, count(*)::int AS count
       FROM person WHERE is_synthetic GROUP BY 1`,
  );
  return new Map(rows.map((row) => [row.chunk, row.count]));
}

/** Writes the people of a chunk not there yet; returns how many were new. */
async function insertPeople(
  manager: EntityManager,
  rows: SyntheticPerson[],
  organisationIds: Map<string, string>,
): Promise<number> {
  const inserted: { id: string; seedKey: string }[] = await manager.query(
    `INSERT INTO person (seed_key, name_he, name_ar, name_en, title_he, title_ar, title_en, is_synthetic)
     SELECT seed_key, name_he, name_ar, name_en, title_he, title_ar, title_en, true
       FROM json_to_recordset($1::json)
         AS r(seed_key text, name_he text, name_ar text, name_en text, title_he text, title_ar text, title_en text)
     ON CONFLICT ON CONSTRAINT person_seed_key_key DO NOTHING
     RETURNING id, seed_key AS "seedKey"`,
    [
      JSON.stringify(
        rows.map((row) => ({
          seed_key: row.seedKey,
          name_he: row.name.he,
          name_ar: row.name.ar,
          name_en: row.name.en,
          title_he: row.title?.he ?? null,
          title_ar: row.title?.ar ?? null,
          title_en: row.title?.en ?? null,
        })),
      ),
    ],
  );
  if (inserted.length === 0) return 0;
  const ids = new Map(inserted.map((row) => [row.seedKey, row.id]));
  const fresh = rows.filter((row) => ids.has(row.seedKey)).map((row) => ({ ...row, personId: ids.get(row.seedKey)! }));
  const organisationId = (index: number | null) =>
    index === null ? null : (organisationIds.get(syntheticRegistrationNumber(index)) ?? null);

  await manager.query(
    `INSERT INTO stakeholder_profile (person_id, organisation_id, sector_code, interests, expertise, languages, gender,
                                      birth_year, open_to_consultation, open_to_sector_move, bio)
     SELECT person_id, organisation_id, sector_code, interests, expertise, languages, gender, birth_year,
            open_to_consultation, open_to_sector_move, bio
       FROM json_to_recordset($1::json) AS r(person_id uuid, organisation_id uuid, sector_code text, interests text[],
            expertise text[], languages text[], gender text, birth_year smallint, open_to_consultation boolean,
            open_to_sector_move boolean, bio text)`,
    [
      JSON.stringify(
        fresh.map((row) => ({
          person_id: row.personId,
          organisation_id: organisationId(row.organisationIndex),
          sector_code: row.sector,
          interests: row.interests,
          expertise: row.expertise,
          languages: row.languages,
          gender: row.gender,
          birth_year: row.birthYear,
          open_to_consultation: row.openToConsultation,
          open_to_sector_move: row.openToSectorMove,
          bio: row.bio,
        })),
      ),
    ],
  );
  const lists = JSON.stringify(
    fresh.map((row) => ({
      person_id: row.personId,
      topics: row.topics,
      districts: row.districts,
      kinds: row.contacts.map((contact) => contact.kind),
      contact_values: row.contacts.map((contact) => contact.value),
      visibility: row.visibility,
      consented_on: row.consentedOn,
    })),
  );
  const recordset = `json_to_recordset($1::json) AS r(person_id uuid, topics text[], districts text[], kinds text[],
                     contact_values text[], visibility text, consented_on date)`;
  await manager.query(
    `INSERT INTO stakeholder_topic (person_id, topic_code, position)
     SELECT r.person_id, t.code, t.ordinal - 1 FROM ${recordset}
      CROSS JOIN LATERAL unnest(r.topics) WITH ORDINALITY AS t(code, ordinal)`,
    [lists],
  );
  await manager.query(
    `INSERT INTO stakeholder_district (person_id, district_code) SELECT r.person_id, unnest(r.districts) FROM ${recordset}`,
    [lists],
  );
  // The day of consent at midnight UTC, as the CSV import stores a source's date; none for ONLY_ME.
  await manager.query(
    `INSERT INTO contact_detail (person_id, kind, value, visibility, consented_at, position)
     SELECT r.person_id, c.kind, c.value, r.visibility, r.consented_on::timestamp AT TIME ZONE 'UTC', c.ordinal - 1
       FROM ${recordset} CROSS JOIN LATERAL unnest(r.kinds, r.contact_values) WITH ORDINALITY AS c(kind, value, ordinal)`,
    [lists],
  );
  await manager.query(
    `INSERT INTO stakeholder_position (person_id, sector_code, title, organisation_name, start_year, end_year)
     SELECT person_id, sector_code, title, organisation_name, start_year, end_year
       FROM json_to_recordset($1::json) AS r(person_id uuid, sector_code text, title text, organisation_name text,
            start_year smallint, end_year smallint)`,
    [
      JSON.stringify(
        fresh.flatMap((row) =>
          row.positions.map((position) => ({
            person_id: row.personId,
            sector_code: position.sector,
            title: position.title,
            organisation_name: position.organisationName,
            start_year: position.startYear,
            end_year: position.endYear,
          })),
        ),
      ),
    ],
  );
  await rebuildSearchDocuments(
    manager,
    fresh.map((row) => row.personId),
  );
  return fresh.length;
}
