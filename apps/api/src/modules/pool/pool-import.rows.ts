import Papa from 'papaparse';
import { DISTRICT_CODES, type DistrictCode } from '@roundtable/shared/districts';
import {
  CONTACT_FORMATS,
  CONTACT_VISIBILITIES,
  GENDERS,
  LANGUAGE_CODE,
  MIN_AGE,
  MIN_BIRTH_YEAR,
  PROFILE_LIMITS,
  type ContactKind,
  type ContactVisibility,
  type Gender,
} from '@roundtable/shared/pool';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import { TOPIC_CODES } from '@roundtable/shared/topics';

/**
 * Reading and checking a partner-pool CSV file, row by row (docs/pool.md, "Import and export").
 * Pure: what needs the database (duplicates against it, organisations named by number) is checked
 * by pool-import.service.ts. Every problem names its row, its column, a stable code and what to do.
 */

export const POOL_IMPORT_KINDS = ['ORGANISATIONS', 'PEOPLE'] as const;
export type PoolImportKind = (typeof POOL_IMPORT_KINDS)[number];

/** Stable codes of the report's problems: add, never rename. */
export const IMPORT_PROBLEM_CODES = [
  'MALFORMED_CSV',
  'EMPTY_FILE',
  'MISSING_COLUMN',
  'UNKNOWN_COLUMN',
  'REQUIRED',
  'TOO_LONG',
  'TOO_MANY_ITEMS',
  'UNKNOWN_SECTOR',
  'UNKNOWN_TOPIC',
  'UNKNOWN_DISTRICT',
  'INVALID_LANGUAGE',
  'INVALID_REGISTRATION_NUMBER',
  'INVALID_EMAIL',
  'INVALID_PHONE',
  'INVALID_WEBSITE',
  'INVALID_LINKEDIN',
  'INVALID_BOOLEAN',
  'INVALID_GENDER',
  'BIRTH_YEAR_OUT_OF_RANGE',
  'INVALID_VISIBILITY',
  'CONSENT_DATE_REQUIRED',
  'CONSENT_DATE_WITHOUT_VISIBILITY',
  'INVALID_DATE',
  'DATE_IN_FUTURE',
  'DUPLICATE_IN_FILE',
  'UNKNOWN_ORGANISATION',
  'EXISTS_WITH_OTHER_DETAILS',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export interface ImportProblem {
  /** The row as a spreadsheet numbers it: the header is row 1, the first record row 2. */
  row: number;
  /** The column's header, or null for a problem of the whole row or file. */
  column: string | null;
  code: ImportProblemCode;
  message: string;
}

export const ORGANISATION_COLUMNS = [
  'registration_number',
  'name_he',
  'name_ar',
  'name_en',
  'sector',
  'topics',
  'districts',
] as const;
const ORGANISATION_REQUIRED = ['registration_number', 'name_he', 'sector'] as const;

export const PERSON_COLUMNS = [
  'email',
  'name_he',
  'name_ar',
  'name_en',
  'title_he',
  'title_ar',
  'title_en',
  'sector',
  'organisation_registration_number',
  'topics',
  'districts',
  'languages',
  'interests',
  'expertise',
  'open_to_consultation',
  'open_to_sector_move',
  'bio',
  'gender',
  'birth_year',
  'phone',
  'website',
  'linkedin',
  'contact_visibility',
  'contact_consented_on',
] as const;
const PERSON_REQUIRED = ['email', 'name_he', 'sector'] as const;

export const IMPORT_COLUMNS: Record<PoolImportKind, readonly string[]> = {
  ORGANISATIONS: ORGANISATION_COLUMNS,
  PEOPLE: PERSON_COLUMNS,
};
const REQUIRED_COLUMNS: Record<PoolImportKind, readonly string[]> = {
  ORGANISATIONS: ORGANISATION_REQUIRED,
  PEOPLE: PERSON_REQUIRED,
};

/** Lists inside a cell are separated by semicolons ("EDUCATION;HEALTH"). */
export const LIST_SEPARATOR = ';';
/** Names and role titles, as the API's LocalizedTextInput takes them. */
export const NAME_LENGTH = 500;

export interface OrganisationRow {
  row: number;
  registrationNumber: string;
  name: { he: string; ar: string | null; en: string | null };
  sector: SectorCode;
  topics: string[];
  districts: DistrictCode[];
}

export interface PersonRow {
  row: number;
  /** Lower case: the natural key of a person in the pool. */
  email: string;
  name: { he: string; ar: string | null; en: string | null };
  title: { he: string | null; ar: string | null; en: string | null };
  sector: SectorCode;
  organisationRegistrationNumber: string | null;
  topics: string[];
  districts: DistrictCode[];
  languages: string[];
  interests: string[];
  expertise: string[];
  openToConsultation: boolean;
  openToSectorMove: boolean;
  bio: string | null;
  gender: Gender | null;
  birthYear: number | null;
  /** The email first, then phone, website and LinkedIn as given. */
  contacts: { kind: ContactKind; value: string }[];
  /** ONLY_ME unless the file says otherwise, with the date of consent. */
  visibility: ContactVisibility;
  /** YYYY-MM-DD, or null for ONLY_ME. */
  consentedOn: string | null;
}

export interface CsvRecord {
  row: number;
  cells: Record<string, string>;
}

/**
 * Parses the text (a UTF-8 BOM is dropped) into records keyed by the header, checking the header
 * against the kind's columns: each required column present, no unknown or repeated one.
 */
export function readCsv(kind: PoolImportKind, text: string): { records: CsvRecord[]; problems: ImportProblem[] } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    return {
      records: [],
      problems: [problem(1, null, 'EMPTY_FILE', `The file is empty. Its first row is the header: ${header(kind)}`)],
    };
  }
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy' });
  const problems: ImportProblem[] = parsed.errors.map((error) =>
    problem(
      (error.row ?? 0) + 1,
      null,
      'MALFORMED_CSV',
      `The CSV cannot be read here (${error.message}). Check the quotes: a cell with a comma, quote or line break is written inside "…", a quote inside as "".`,
    ),
  );
  const [head = [], ...lines] = parsed.data;
  const names = head.map((name) => name.trim().toLowerCase());
  const known = IMPORT_COLUMNS[kind];
  names.forEach((name, index) => {
    if (!known.includes(name)) {
      problems.push(
        problem(
          1,
          name,
          'UNKNOWN_COLUMN',
          `The column "${name}" is not one the import reads. The columns are: ${header(kind)}`,
        ),
      );
    } else if (names.indexOf(name) !== index) {
      problems.push(problem(1, name, 'UNKNOWN_COLUMN', `The column "${name}" appears twice. Keep one.`));
    }
  });
  for (const name of REQUIRED_COLUMNS[kind]) {
    if (!names.includes(name)) {
      problems.push(problem(1, name, 'MISSING_COLUMN', `The header has no "${name}" column, which every row needs.`));
    }
  }
  if (problems.some((item) => item.row === 1)) return { records: [], problems };
  const records = lines.map((line, index) => {
    const row = index + 2;
    if (line.length !== names.length) {
      problems.push(
        problem(
          row,
          null,
          'MALFORMED_CSV',
          `This row has ${line.length} cells and the header ${names.length}. Check for a missing or extra comma, or a comma in a cell that is not inside "…".`,
        ),
      );
    }
    const cells: Record<string, string> = {};
    names.forEach((name, column) => {
      cells[name] = (line[column] ?? '').trim();
    });
    return { row, cells };
  });
  if (records.length === 0) {
    problems.push(problem(1, null, 'EMPTY_FILE', 'The file has a header and no rows.'));
  }
  return { records, problems };
}

export function header(kind: PoolImportKind): string {
  return IMPORT_COLUMNS[kind].join(',');
}

/** Checks one row of an organisations file; the row, or null with its problems added. */
export function checkOrganisationRow(record: CsvRecord, problems: ImportProblem[]): OrganisationRow | null {
  const check = new RowChecker(record, problems);
  const registrationNumber = check.registrationNumber('registration_number', true);
  const nameHe = check.text('name_he', NAME_LENGTH, true);
  const row: OrganisationRow = {
    row: record.row,
    registrationNumber: registrationNumber ?? '',
    name: { he: nameHe ?? '', ar: check.text('name_ar', NAME_LENGTH), en: check.text('name_en', NAME_LENGTH) },
    sector: check.sector('sector') as SectorCode,
    topics: check.topics('topics'),
    districts: check.districts('districts'),
  };
  return check.ok ? row : null;
}

/**
 * Checks one row of a people file. `today` (YYYY-MM-DD) bounds the consent date and the birth year.
 * Contact details are shown only with an explicit visibility and the date the person consented.
 */
export function checkPersonRow(record: CsvRecord, problems: ImportProblem[], today: string): PersonRow | null {
  const check = new RowChecker(record, problems);
  const email = check.contact('email', 'EMAIL', true);
  const contacts: { kind: ContactKind; value: string }[] = [];
  if (email) contacts.push({ kind: 'EMAIL', value: email });
  for (const [column, kind] of [
    ['phone', 'PHONE'],
    ['website', 'WEBSITE'],
    ['linkedin', 'LINKEDIN'],
  ] as const) {
    const value = check.contact(column, kind);
    if (value) contacts.push({ kind, value });
  }
  const { visibility, consentedOn } = check.consent(today);
  const row: PersonRow = {
    row: record.row,
    email: email?.toLowerCase() ?? '',
    name: {
      he: check.text('name_he', NAME_LENGTH, true) ?? '',
      ar: check.text('name_ar', NAME_LENGTH),
      en: check.text('name_en', NAME_LENGTH),
    },
    title: {
      he: check.text('title_he', NAME_LENGTH),
      ar: check.text('title_ar', NAME_LENGTH),
      en: check.text('title_en', NAME_LENGTH),
    },
    sector: check.sector('sector') as SectorCode,
    organisationRegistrationNumber: check.registrationNumber('organisation_registration_number'),
    topics: check.topics('topics'),
    districts: check.districts('districts'),
    languages: check.languages('languages'),
    interests: check.items('interests'),
    expertise: check.items('expertise'),
    openToConsultation: check.boolean('open_to_consultation'),
    openToSectorMove: check.boolean('open_to_sector_move'),
    bio: check.text('bio', PROFILE_LIMITS.bioLength),
    gender: check.gender('gender'),
    birthYear: check.birthYear('birth_year', Number(today.slice(0, 4))),
    contacts,
    visibility,
    consentedOn,
  };
  if (row.title.he === null && (row.title.ar !== null || row.title.en !== null)) {
    check.fail('title_he', 'REQUIRED', 'A role title in Arabic or English needs the Hebrew one too (title_he).');
  }
  return check.ok ? row : null;
}

/**
 * Rows whose natural key another row of the file has too (checked over every row, valid or not,
 * so a duplicate is reported beside the row's other problems). `key` gives null for no key.
 */
export function duplicatesInFile(
  records: readonly CsvRecord[],
  key: (record: CsvRecord) => string | null,
  column: string,
  problems: ImportProblem[],
): void {
  const first = new Map<string, number>();
  for (const record of records) {
    const value = key(record);
    if (value === null || value === '') continue;
    const seen = first.get(value);
    if (seen === undefined) first.set(value, record.row);
    else {
      problems.push(
        problem(
          record.row,
          column,
          'DUPLICATE_IN_FILE',
          `Row ${seen} has the same ${column} already. Keep one of the two rows.`,
        ),
      );
    }
  }
}

/** The natural key of an organisations file's row: the registration number's digits. */
export const organisationKey = (record: CsvRecord): string | null =>
  record.cells['registration_number']?.replace(/[\s-]/g, '') || null;

/** The natural key of a people file's row: the email, in lower case. */
export const personKey = (record: CsvRecord): string | null => record.cells['email']?.toLowerCase() || null;

export function problem(row: number, column: string | null, code: ImportProblemCode, message: string): ImportProblem {
  return { row, column, code, message };
}

/** In the report's order: by row, then column, then code. */
export function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return problems.sort(
    (a, b) => a.row - b.row || (a.column ?? '').localeCompare(b.column ?? '') || a.code.localeCompare(b.code),
  );
}

const TRUE_WORDS = ['true', 'yes', '1', 'כן', 'نعم'];
const FALSE_WORDS = ['false', 'no', '0', 'לא', 'لا', ''];

class RowChecker {
  ok = true;

  constructor(
    private readonly record: CsvRecord,
    private readonly problems: ImportProblem[],
  ) {}

  fail(column: string, code: ImportProblemCode, message: string): null {
    this.ok = false;
    this.problems.push(problem(this.record.row, column, code, message));
    return null;
  }

  private cell(column: string): string {
    return this.record.cells[column] ?? '';
  }

  text(column: string, maxLength: number, required = false): string | null {
    const value = this.cell(column);
    if (value === '') return required ? this.fail(column, 'REQUIRED', `${column} is required: fill it in.`) : null;
    if (value.length > maxLength) {
      return this.fail(
        column,
        'TOO_LONG',
        `${column} has ${value.length} characters; at most ${maxLength} fit. Shorten it.`,
      );
    }
    return value;
  }

  private list(column: string): string[] {
    return [
      ...new Set(
        this.cell(column)
          .split(LIST_SEPARATOR)
          .map((item) => item.trim())
          .filter((item) => item !== ''),
      ),
    ];
  }

  private codes(
    column: string,
    known: readonly string[],
    code: ImportProblemCode,
    what: string,
    max: number,
  ): string[] {
    const values = [...new Set(this.list(column).map((value) => value.toUpperCase()))];
    const unknown = values.filter((value) => !known.includes(value));
    if (unknown.length) {
      this.fail(
        column,
        code,
        `${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not ${what}. Use: ${known.join(', ')}.`,
      );
      return [];
    }
    if (values.length > max) {
      this.fail(column, 'TOO_MANY_ITEMS', `${column} has ${values.length} entries; at most ${max}.`);
      return [];
    }
    return values;
  }

  sector(column: string): SectorCode | null {
    const value = this.cell(column).toUpperCase();
    if (value === '') return this.fail(column, 'REQUIRED', `${column} is required: one of ${SECTOR_CODES.join(', ')}.`);
    if (!(SECTOR_CODES as readonly string[]).includes(value)) {
      return this.fail(
        column,
        'UNKNOWN_SECTOR',
        `"${value}" is not a sector code. Use one of ${SECTOR_CODES.join(', ')}.`,
      );
    }
    return value as SectorCode;
  }

  topics(column: string): string[] {
    return this.codes(column, TOPIC_CODES, 'UNKNOWN_TOPIC', 'a topic code', PROFILE_LIMITS.listItems);
  }

  districts(column: string): DistrictCode[] {
    return this.codes(
      column,
      DISTRICT_CODES,
      'UNKNOWN_DISTRICT',
      'a district code',
      DISTRICT_CODES.length,
    ) as DistrictCode[];
  }

  languages(column: string): string[] {
    const values = [...new Set(this.list(column).map((value) => value.toLowerCase()))];
    const wrong = values.filter((value) => !LANGUAGE_CODE.test(value));
    if (wrong.length) {
      this.fail(
        column,
        'INVALID_LANGUAGE',
        `${wrong.join(', ')}: languages are two-letter ISO 639-1 codes, such as he;ar;en.`,
      );
      return [];
    }
    if (values.length > PROFILE_LIMITS.listItems) {
      this.fail(
        column,
        'TOO_MANY_ITEMS',
        `${column} has ${values.length} entries; at most ${PROFILE_LIMITS.listItems}.`,
      );
      return [];
    }
    return values;
  }

  items(column: string): string[] {
    const values = this.list(column);
    const long = values.find((value) => value.length > PROFILE_LIMITS.itemLength);
    if (long) {
      this.fail(
        column,
        'TOO_LONG',
        `An entry of ${column} has ${long.length} characters; each fits ${PROFILE_LIMITS.itemLength}. Shorten it or split it with ;.`,
      );
      return [];
    }
    if (values.length > PROFILE_LIMITS.listItems) {
      this.fail(
        column,
        'TOO_MANY_ITEMS',
        `${column} has ${values.length} entries; at most ${PROFILE_LIMITS.listItems}.`,
      );
      return [];
    }
    return values;
  }

  registrationNumber(column: string, required = false): string | null {
    const value = this.cell(column);
    if (value === '') return required ? this.fail(column, 'REQUIRED', `${column} is required: nine digits.`) : null;
    const digits = value.replace(/[\s-]/g, '');
    if (!/^[0-9]{9}$/.test(digits)) {
      return this.fail(
        column,
        'INVALID_REGISTRATION_NUMBER',
        `"${value}" is not a registration number: nine digits, such as 580123456.`,
      );
    }
    return digits;
  }

  contact(column: string, kind: ContactKind, required = false): string | null {
    const value = this.cell(column);
    if (value === '')
      return required
        ? this.fail(column, 'REQUIRED', `${column} is required: it tells one person from another.`)
        : null;
    const format = CONTACT_FORMATS[kind];
    if (value.length > PROFILE_LIMITS.contactLength || !format.pattern.test(value)) {
      return this.fail(
        column,
        `INVALID_${kind}` as ImportProblemCode,
        `"${value}" cannot be used as ${column}: write it like ${format.example}.`,
      );
    }
    return value;
  }

  boolean(column: string): boolean {
    const value = this.cell(column).toLowerCase();
    if (TRUE_WORDS.includes(value)) return true;
    if (!FALSE_WORDS.includes(value)) {
      this.fail(
        column,
        'INVALID_BOOLEAN',
        `"${value}" is not yes or no. Write true or false (or leave it empty for false).`,
      );
    }
    return false;
  }

  gender(column: string): Gender | null {
    const value = this.cell(column).toUpperCase();
    if (value === '') return null;
    if (!(GENDERS as readonly string[]).includes(value)) {
      return this.fail(column, 'INVALID_GENDER', `"${value}" is not one of ${GENDERS.join(', ')}; or leave it empty.`);
    }
    return value as Gender;
  }

  birthYear(column: string, thisYear: number): number | null {
    const value = this.cell(column);
    if (value === '') return null;
    const latest = thisYear - MIN_AGE;
    if (!/^[0-9]{4}$/.test(value) || Number(value) < MIN_BIRTH_YEAR || Number(value) > latest) {
      return this.fail(
        column,
        'BIRTH_YEAR_OUT_OF_RANGE',
        `"${value}" is not a birth year the pool takes: a year from ${MIN_BIRTH_YEAR} to ${latest} (the pool is for people aged ${MIN_AGE} and over), or empty.`,
      );
    }
    return Number(value);
  }

  consent(today: string): { visibility: ContactVisibility; consentedOn: string | null } {
    const given = this.cell('contact_visibility').toUpperCase();
    const date = this.cell('contact_consented_on');
    if (given !== '' && !(CONTACT_VISIBILITIES as readonly string[]).includes(given)) {
      this.fail(
        'contact_visibility',
        'INVALID_VISIBILITY',
        `"${given}" is not a visibility. Use ${CONTACT_VISIBILITIES.join(', ')}, or leave it empty (ONLY_ME).`,
      );
      return { visibility: 'ONLY_ME', consentedOn: null };
    }
    const visibility = (given || 'ONLY_ME') as ContactVisibility;
    if (visibility === 'ONLY_ME') {
      if (date !== '') {
        this.fail(
          'contact_consented_on',
          'CONSENT_DATE_WITHOUT_VISIBILITY',
          'A consent date without a contact_visibility of EVERYONE or SIGNED_IN: give the visibility the person consented to, or leave the date empty.',
        );
      }
      return { visibility, consentedOn: null };
    }
    if (date === '') {
      this.fail(
        'contact_consented_on',
        'CONSENT_DATE_REQUIRED',
        `Contact details shown to ${visibility} need the date the person consented (YYYY-MM-DD). Without it, leave contact_visibility empty: the details stay ONLY_ME.`,
      );
      return { visibility: 'ONLY_ME', consentedOn: null };
    }
    if (!isDate(date)) {
      this.fail(
        'contact_consented_on',
        'INVALID_DATE',
        `"${date}" is not a date: write it as YYYY-MM-DD, such as 2026-03-15.`,
      );
      return { visibility: 'ONLY_ME', consentedOn: null };
    }
    if (date > today) {
      this.fail('contact_consented_on', 'DATE_IN_FUTURE', `The consent date ${date} is after today: correct it.`);
      return { visibility: 'ONLY_ME', consentedOn: null };
    }
    return { visibility, consentedOn: date };
  }
}

function isDate(value: string): boolean {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
