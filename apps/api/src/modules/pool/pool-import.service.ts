import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import type { AuditEntry, AuditTrail } from '../audit/audit-trail.js';
import type { Viewer } from '../identity/viewer.js';
import {
  checkOrganisationRow,
  checkPersonRow,
  duplicatesInFile,
  organisationKey,
  personKey,
  problem,
  readCsv,
  sortProblems,
  type ImportProblem,
  type OrganisationRow,
  type PersonRow,
  type PoolImportKind,
} from './pool-import.rows.js';
import { CONSENT_PURPOSE } from './pool.service.js';
import { rebuildSearchDocument } from './search-document.js';

/** The most a file sent through the API may weigh; larger files go through the command line. */
export const MAX_IMPORT_BYTES = 80 * 1024;

export interface PoolImportOptions {
  kind: PoolImportKind;
  /** The file's text as read (a BOM is fine). */
  text: string;
  /** Recorded in the audit entry; a base name reads best. */
  fileName: string;
  /** Check everything, write nothing. */
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** "Today" in the import's calendar (YYYY-MM-DD), for consent dates and birth years. */
  today?: string;
}

export interface PoolImportReport {
  kind: PoolImportKind;
  fileName: string;
  dryRun: boolean;
  /** Whether the file was written: no problems and not a dry run. */
  written: boolean;
  rows: number;
  /** Rows that are new (written, or that would be on a dry run). */
  created: number;
  /** Rows already in the pool exactly as the file has them (a rerun of the same file). */
  unchanged: number;
  problems: ImportProblem[];
}

/**
 * Imports a CSV file of organisations or people into the partner pool: all or nothing. Every row
 * is checked (pool-import.rows.ts) and against the database (natural keys: an organisation's
 * registration number, a person's email); with any problem nothing is written and the report
 * says what to correct. A valid file is written in one transaction with each new profile's
 * search document and one audit entry for the import (who, file, counts; never a personal value).
 * A row already in the pool as the file has it is left alone, so a rerun changes nothing; one in
 * the pool with other details is a problem: the import never changes an existing profile or
 * organisation (rule 6: only the person changes their own).
 */
export async function importPool(
  dataSource: DataSource,
  audit: AuditTrail,
  options: PoolImportOptions,
): Promise<PoolImportReport> {
  const { kind, text, fileName, dryRun = false, onProgress } = options;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { records, problems } = readCsv(kind, text);
  const report = (created: number, unchanged: number, written: boolean): PoolImportReport => ({
    kind,
    fileName,
    dryRun,
    written,
    rows: records.length,
    created,
    unchanged,
    problems: sortProblems(problems),
  });

  return dataSource.transaction(async (manager) => {
    // Two imports at once would both find a key free and both write it.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('roundtable:pool-import'))`);
    if (kind === 'ORGANISATIONS') {
      const rows = records
        .map((record) => checkOrganisationRow(record, problems))
        .filter((row): row is OrganisationRow => row !== null);
      duplicatesInFile(records, organisationKey, 'registration_number', problems);
      const { fresh, unchanged } = await matchOrganisations(manager, rows, problems);
      if (problems.length > 0) return report(0, 0, false);
      if (dryRun) return report(fresh.length, unchanged, false);
      onProgress?.(0, fresh.length);
      for (const [index, row] of fresh.entries()) {
        await insertOrganisation(manager, row);
        onProgress?.(index + 1, fresh.length);
      }
      await recordImport(manager, audit, report(fresh.length, unchanged, true), []);
      return report(fresh.length, unchanged, true);
    }

    const rows = records
      .map((record) => checkPersonRow(record, problems, today))
      .filter((row): row is PersonRow => row !== null);
    duplicatesInFile(records, personKey, 'email', problems);
    const organisations = await organisationIds(manager, rows, problems);
    const { fresh, unchanged } = await matchPeople(manager, rows, organisations, problems);
    if (problems.length > 0) return report(0, 0, false);
    if (dryRun) return report(fresh.length, unchanged, false);
    onProgress?.(0, fresh.length);
    const consents: AuditEntry[] = [];
    for (const [index, row] of fresh.entries()) {
      const personId = await insertPerson(manager, row, organisations);
      consents.push(...consentEntries(personId, row));
      onProgress?.(index + 1, fresh.length);
    }
    await recordImport(manager, audit, report(fresh.length, unchanged, true), consents);
    return report(fresh.length, unchanged, true);
  });
}

/** Refuses a file too large for the API, pointing to the command line. */
export function assertImportSize(kind: PoolImportKind, text: string): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_IMPORT_BYTES) {
    throw new DomainError(
      'PAYLOAD_TOO_LARGE',
      `The file has ${Math.ceil(bytes / 1024)} KB; the API takes up to ${MAX_IMPORT_BYTES / 1024} KB. Import it from the command line: npm run import:pool -- ${kind.toLowerCase()} <file.csv>`,
      { maximumBytes: MAX_IMPORT_BYTES },
    );
  }
}

/** A canonical form of what a row says, to compare with what the database holds under its key. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function matchOrganisations(
  manager: EntityManager,
  rows: OrganisationRow[],
  problems: ImportProblem[],
): Promise<{ fresh: OrganisationRow[]; unchanged: number }> {
  const existing: {
    registrationNumber: string;
    nameHe: string;
    nameAr: string | null;
    nameEn: string | null;
    sector: string;
    topics: string[];
    districts: string[];
  }[] = await manager.query(
    `SELECT o.registration_number AS "registrationNumber", o.name_he AS "nameHe", o.name_ar AS "nameAr",
            o.name_en AS "nameEn", o.sector_code AS sector,
            array(SELECT topic_code FROM organisation_topic WHERE organisation_id = o.id ORDER BY 1) AS topics,
            array(SELECT district_code FROM organisation_district WHERE organisation_id = o.id ORDER BY 1) AS districts
       FROM organisation o WHERE o.registration_number = ANY($1::text[])`,
    [rows.map((row) => row.registrationNumber)],
  );
  const byNumber = new Map(existing.map((row) => [row.registrationNumber, row]));
  const fresh: OrganisationRow[] = [];
  let unchanged = 0;
  for (const row of rows) {
    const found = byNumber.get(row.registrationNumber);
    if (!found) {
      fresh.push(row);
      continue;
    }
    const held = [found.nameHe, found.nameAr, found.nameEn, found.sector, found.topics, found.districts];
    const given = [
      row.name.he,
      row.name.ar,
      row.name.en,
      row.sector,
      [...row.topics].sort(),
      [...row.districts].sort(),
    ];
    if (same(held, given)) unchanged += 1;
    else {
      problems.push(
        problem(
          row.row,
          'registration_number',
          'EXISTS_WITH_OTHER_DETAILS',
          `The organisation ${row.registrationNumber} is in the pool already as "${found.nameHe}" (${found.sector}) with other details. The import does not change existing organisations: make the row match or remove it.`,
        ),
      );
    }
  }
  return { fresh, unchanged };
}

async function insertOrganisation(manager: EntityManager, row: OrganisationRow): Promise<void> {
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO organisation (registration_number, name_he, name_ar, name_en, sector_code) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [row.registrationNumber, row.name.he, row.name.ar, row.name.en, row.sector],
  );
  await manager.query(`INSERT INTO organisation_topic (organisation_id, topic_code) SELECT $1, unnest($2::text[])`, [
    id,
    row.topics,
  ]);
  await manager.query(
    `INSERT INTO organisation_district (organisation_id, district_code) SELECT $1, unnest($2::text[])`,
    [id, row.districts],
  );
}

/** The organisations people's rows name, by number; a number not in the pool is a problem. */
async function organisationIds(
  manager: EntityManager,
  rows: PersonRow[],
  problems: ImportProblem[],
): Promise<Map<string, string>> {
  const numbers = [...new Set(rows.map((row) => row.organisationRegistrationNumber).filter((n) => n !== null))];
  const found: { id: string; registrationNumber: string }[] = numbers.length
    ? await manager.query(
        `SELECT id, registration_number AS "registrationNumber" FROM organisation WHERE registration_number = ANY($1::text[])`,
        [numbers],
      )
    : [];
  const ids = new Map(found.map((row) => [row.registrationNumber, row.id]));
  for (const row of rows) {
    const number = row.organisationRegistrationNumber;
    if (number !== null && !ids.has(number)) {
      problems.push(
        problem(
          row.row,
          'organisation_registration_number',
          'UNKNOWN_ORGANISATION',
          `No organisation in the pool has the registration number ${number}. Import the organisations file first, or correct the number.`,
        ),
      );
    }
  }
  return ids;
}

interface HeldPerson {
  personId: string;
  email: string;
  snapshot: unknown[];
}

/** What a person's row says, in the order and form `heldPeople` reads it from the database. */
function personSnapshot(row: PersonRow, organisations: Map<string, string>): unknown[] {
  return [
    row.name.he,
    row.name.ar,
    row.name.en,
    row.title.he,
    row.title.ar,
    row.title.en,
    row.sector,
    row.organisationRegistrationNumber ? (organisations.get(row.organisationRegistrationNumber) ?? null) : null,
    row.topics,
    [...row.districts].sort(),
    row.languages,
    row.interests,
    row.expertise,
    row.openToConsultation,
    row.openToSectorMove,
    row.bio,
    row.gender,
    row.birthYear,
    row.contacts.map((contact) => [contact.kind, contact.value, row.visibility, row.consentedOn]),
  ];
}

async function matchPeople(
  manager: EntityManager,
  rows: PersonRow[],
  organisations: Map<string, string>,
  problems: ImportProblem[],
): Promise<{ fresh: PersonRow[]; unchanged: number }> {
  const held: HeldPerson[] = await manager.query(
    `SELECT p.person_id AS "personId", lower(c.value) AS email,
              json_build_array(per.name_he, per.name_ar, per.name_en, per.title_he, per.title_ar, per.title_en,
                p.sector_code, p.organisation_id,
                array(SELECT topic_code FROM stakeholder_topic WHERE person_id = p.person_id ORDER BY position),
                array(SELECT district_code FROM stakeholder_district WHERE person_id = p.person_id ORDER BY 1),
                p.languages, p.interests, p.expertise, p.open_to_consultation, p.open_to_sector_move, p.bio, p.gender,
                p.birth_year,
                coalesce((SELECT json_agg(json_build_array(d.kind, d.value, d.visibility,
                                   to_char(d.consented_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')) ORDER BY d.position)
                            FROM contact_detail d WHERE d.person_id = p.person_id), '[]'::json)) AS snapshot
         FROM contact_detail c
         JOIN stakeholder_profile p ON p.person_id = c.person_id
         JOIN person per ON per.id = p.person_id
        WHERE c.kind = 'EMAIL' AND lower(c.value) = ANY($1::text[])`,
    [rows.map((row) => row.email)],
  );
  const byEmail = new Map<string, HeldPerson[]>();
  for (const person of held) byEmail.set(person.email, [...(byEmail.get(person.email) ?? []), person]);
  const fresh: PersonRow[] = [];
  let unchanged = 0;
  for (const row of rows) {
    const found = byEmail.get(row.email);
    if (!found) {
      fresh.push(row);
      continue;
    }
    const snapshot = personSnapshot(row, organisations);
    if (found.some((person) => same(person.snapshot, snapshot))) unchanged += 1;
    else {
      problems.push(
        problem(
          row.row,
          'email',
          'EXISTS_WITH_OTHER_DETAILS',
          'A profile with this email is in the pool already, with other details. The import does not change existing profiles (only the person changes their own): remove the row.',
        ),
      );
    }
  }
  return { fresh, unchanged };
}

async function insertPerson(
  manager: EntityManager,
  row: PersonRow,
  organisations: Map<string, string>,
): Promise<string> {
  const [{ id: personId }]: { id: string }[] = await manager.query(
    `INSERT INTO person (name_he, name_ar, name_en, title_he, title_ar, title_en) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [row.name.he, row.name.ar, row.name.en, row.title.he, row.title.ar, row.title.en],
  );
  await manager.query(
    `INSERT INTO stakeholder_profile (person_id, organisation_id, sector_code, interests, expertise, languages, gender,
                                      birth_year, open_to_consultation, open_to_sector_move, bio)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      personId,
      row.organisationRegistrationNumber ? organisations.get(row.organisationRegistrationNumber)! : null,
      row.sector,
      row.interests,
      row.expertise,
      row.languages,
      row.gender,
      row.birthYear,
      row.openToConsultation,
      row.openToSectorMove,
      row.bio,
    ],
  );
  await manager.query(
    `INSERT INTO stakeholder_topic (person_id, topic_code, position)
     SELECT $1, t.code, t.position - 1 FROM unnest($2::text[]) WITH ORDINALITY AS t(code, position)`,
    [personId, row.topics],
  );
  await manager.query(`INSERT INTO stakeholder_district (person_id, district_code) SELECT $1, unnest($2::text[])`, [
    personId,
    row.districts,
  ]);
  // The source's date of consent, at midnight UTC; none for ONLY_ME (contact_detail_consent_when_shown).
  await manager.query(
    `INSERT INTO contact_detail (person_id, kind, value, visibility, consented_at, position)
     SELECT $1, c.kind, c.value, $4, $5::date::timestamp AT TIME ZONE 'UTC', c.position - 1
       FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS c(kind, value, position)`,
    [
      personId,
      row.contacts.map((contact) => contact.kind),
      row.contacts.map((contact) => contact.value),
      row.visibility,
      row.consentedOn,
    ],
  );
  await rebuildSearchDocument(manager, personId);
  return personId;
}

/**
 * The consent record of each detail the source says the person agreed to show: as the pool's own
 * consent entries, with the source's date; the notice was the source's, not ours (noticeVersion null).
 */
function consentEntries(personId: string, row: PersonRow): AuditEntry[] {
  if (row.visibility === 'ONLY_ME') return [];
  return row.contacts.map((contact) => ({
    action: 'CONTACT_CONSENT_CHANGED' as const,
    entityType: 'Stakeholder',
    entityId: personId,
    before: { kind: contact.kind, visibility: null },
    after: {
      kind: contact.kind,
      visibility: row.visibility,
      purpose: CONSENT_PURPOSE,
      noticeVersion: null,
      language: null,
      granted: true,
      source: 'CSV_IMPORT',
      consentedOn: row.consentedOn,
    },
  }));
}

async function recordImport(
  manager: EntityManager,
  audit: AuditTrail,
  report: PoolImportReport,
  consents: AuditEntry[],
): Promise<void> {
  const entries: AuditEntry[] = [
    {
      action: 'POOL_IMPORTED',
      entityType: 'PoolImport',
      after: {
        kind: report.kind,
        fileName: report.fileName,
        rows: report.rows,
        created: report.created,
        unchanged: report.unchanged,
      },
    },
    ...consents,
  ];
  // One statement per thousand entries: PostgreSQL takes at most 65,535 parameters in one.
  for (let start = 0; start < entries.length; start += 1000) {
    await audit.record(manager, entries.slice(start, start + 1000));
  }
}

/** The API's edge of the import: an administrator sends the file's text (bounded); the CLI has no bound. */
export class PoolImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly audit: AuditTrail,
  ) {}

  import(args: { kind: PoolImportKind; fileName: string; csv: string; dryRun: boolean }): Promise<PoolImportReport> {
    this.viewer.requireAccountId();
    assertImportSize(args.kind, args.csv);
    return importPool(this.dataSource, this.audit, {
      kind: args.kind,
      text: args.csv,
      fileName: args.fileName,
      dryRun: args.dryRun,
    });
  }
}
