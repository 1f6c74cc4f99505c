import { describe, expect, it } from 'vitest';
import {
  checkOrganisationRow,
  checkPersonRow,
  duplicatesInFile,
  header,
  personKey,
  readCsv,
  type CsvRecord,
  type ImportProblem,
} from './pool-import.rows.js';

const TODAY = '2026-12-02';

function person(
  cells: Record<string, string>,
  row = 2,
): { row: ReturnType<typeof checkPersonRow>; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const record: CsvRecord = {
    row,
    cells: { email: 'dana@example.org', name_he: 'דנה לוי', sector: 'CIVIL_SOCIETY', ...cells },
  };
  return { row: checkPersonRow(record, problems, TODAY), problems };
}

const codes = (problems: ImportProblem[]) => problems.map((item) => [item.column, item.code]);

describe('reading a pool CSV file', () => {
  it('drops a BOM and keys the cells by the header, in any order and case', () => {
    const { records, problems } = readCsv(
      'ORGANISATIONS',
      '\uFEFFSector,registration_number,name_he\r\nBUSINESS,580000001,"חברה, בע""מ"\r\n',
    );
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { row: 2, cells: { sector: 'BUSINESS', registration_number: '580000001', name_he: 'חברה, בע"מ' } },
    ]);
  });

  it('refuses a header with an unknown, repeated or missing column, saying which columns it reads', () => {
    const { records, problems } = readCsv('ORGANISATIONS', 'name_he,name_he,sectr\nא,ב,ג\n');
    expect(records).toEqual([]);
    expect(codes(problems)).toEqual([
      ['name_he', 'UNKNOWN_COLUMN'],
      ['sectr', 'UNKNOWN_COLUMN'],
      ['registration_number', 'MISSING_COLUMN'],
      ['sector', 'MISSING_COLUMN'],
    ]);
    expect(problems[1]!.message).toContain(header('ORGANISATIONS'));
  });

  it('reports an empty file and a file with a header alone', () => {
    expect(codes(readCsv('PEOPLE', '\uFEFF  \n').problems)).toEqual([[null, 'EMPTY_FILE']]);
    expect(codes(readCsv('PEOPLE', 'email,name_he,sector\n').problems)).toEqual([[null, 'EMPTY_FILE']]);
  });

  it('reports a row with more or fewer cells than the header by its row number', () => {
    const { problems } = readCsv('PEOPLE', 'email,name_he,sector\na@example.org,א,BUSINESS\nb@example.org,ב\n');
    expect(problems).toEqual([expect.objectContaining({ row: 3, column: null, code: 'MALFORMED_CSV' })]);
  });
});

describe('checking a person’s row', () => {
  it('reads a full row: lists split on semicolons, codes in any case, the email as the key in lower case', () => {
    const { row, problems } = person({
      email: 'Dana@Example.org',
      topics: 'education; youth_at_risk;EDUCATION',
      districts: 'north',
      languages: 'HE;en',
      interests: 'נוער;  חינוך ',
      open_to_consultation: 'כן',
      open_to_sector_move: '',
      birth_year: '1985',
      gender: 'female',
      phone: '04-1234567',
      contact_visibility: 'signed_in',
      contact_consented_on: '2026-03-15',
    });
    expect(problems).toEqual([]);
    expect(row).toMatchObject({
      email: 'dana@example.org',
      topics: ['EDUCATION', 'YOUTH_AT_RISK'],
      districts: ['NORTH'],
      languages: ['he', 'en'],
      interests: ['נוער', 'חינוך'],
      openToConsultation: true,
      openToSectorMove: false,
      birthYear: 1985,
      gender: 'FEMALE',
      contacts: [
        { kind: 'EMAIL', value: 'Dana@Example.org' },
        { kind: 'PHONE', value: '04-1234567' },
      ],
      visibility: 'SIGNED_IN',
      consentedOn: '2026-03-15',
    });
  });

  it('keeps contact details ONLY_ME when the file gives no visibility', () => {
    expect(person({ phone: '04-1234567' }).row).toMatchObject({ visibility: 'ONLY_ME', consentedOn: null });
  });

  it('needs a consent date to show contact details, and a visibility for a consent date', () => {
    expect(codes(person({ contact_visibility: 'EVERYONE' }).problems)).toEqual([
      ['contact_consented_on', 'CONSENT_DATE_REQUIRED'],
    ]);
    expect(codes(person({ contact_consented_on: '2026-01-01' }).problems)).toEqual([
      ['contact_consented_on', 'CONSENT_DATE_WITHOUT_VISIBILITY'],
    ]);
    expect(codes(person({ contact_visibility: 'EVERYONE', contact_consented_on: '2026-02-30' }).problems)).toEqual([
      ['contact_consented_on', 'INVALID_DATE'],
    ]);
    expect(codes(person({ contact_visibility: 'EVERYONE', contact_consented_on: '2026-12-03' }).problems)).toEqual([
      ['contact_consented_on', 'DATE_IN_FUTURE'],
    ]);
    expect(codes(person({ contact_visibility: 'FRIENDS' }).problems)).toEqual([
      ['contact_visibility', 'INVALID_VISIBILITY'],
    ]);
  });

  it('reports every problem of a row, each with its column and code', () => {
    const { row, problems } = person({
      email: 'dana-at-example.org',
      name_he: '',
      sector: 'NGO',
      topics: 'EDUCATION;FARMING',
      districts: 'GALILEE',
      languages: 'heb',
      open_to_consultation: 'maybe',
      birth_year: '2015',
      gender: 'X',
      phone: '12',
      website: 'ftp://example.org',
      linkedin: 'https://example.org/in/dana',
      bio: 'א'.repeat(2001),
      interests: 'ב'.repeat(101),
      title_en: 'Coordinator',
      organisation_registration_number: '12345',
    });
    expect(row).toBeNull();
    expect(codes(problems)).toEqual([
      ['email', 'INVALID_EMAIL'],
      ['phone', 'INVALID_PHONE'],
      ['website', 'INVALID_WEBSITE'],
      ['linkedin', 'INVALID_LINKEDIN'],
      ['name_he', 'REQUIRED'],
      ['sector', 'UNKNOWN_SECTOR'],
      ['organisation_registration_number', 'INVALID_REGISTRATION_NUMBER'],
      ['topics', 'UNKNOWN_TOPIC'],
      ['districts', 'UNKNOWN_DISTRICT'],
      ['languages', 'INVALID_LANGUAGE'],
      ['interests', 'TOO_LONG'],
      ['open_to_consultation', 'INVALID_BOOLEAN'],
      ['bio', 'TOO_LONG'],
      ['gender', 'INVALID_GENDER'],
      ['birth_year', 'BIRTH_YEAR_OUT_OF_RANGE'],
      ['title_he', 'REQUIRED'],
    ]);
    expect(problems.find((item) => item.code === 'UNKNOWN_TOPIC')!.message).toMatch(
      /^FARMING is not a topic code\. Use: /,
    );
    expect(problems.find((item) => item.code === 'BIRTH_YEAR_OUT_OF_RANGE')!.message).toContain('from 1900 to 2010');
  });

  it('takes birth years from 1900 to sixteen years ago', () => {
    expect(person({ birth_year: '1900' }).problems).toEqual([]);
    expect(person({ birth_year: '2010' }).problems).toEqual([]);
    expect(codes(person({ birth_year: '1899' }).problems)).toEqual([['birth_year', 'BIRTH_YEAR_OUT_OF_RANGE']]);
    expect(codes(person({ birth_year: '19x5' }).problems)).toEqual([['birth_year', 'BIRTH_YEAR_OUT_OF_RANGE']]);
  });

  it('bounds the lists: at most 20 entries', () => {
    const many = Array.from({ length: 21 }, (_, index) => `item ${index}`).join(';');
    expect(codes(person({ expertise: many }).problems)).toEqual([['expertise', 'TOO_MANY_ITEMS']]);
  });
});

describe('checking an organisation’s row', () => {
  it('takes the registration number with dashes or spaces as nine digits', () => {
    const problems: ImportProblem[] = [];
    const row = checkOrganisationRow(
      {
        row: 2,
        cells: { registration_number: '580-123 456', name_he: 'עמותה', sector: 'civil_society', topics: 'ENERGY' },
      },
      problems,
    );
    expect(problems).toEqual([]);
    expect(row).toMatchObject({
      registrationNumber: '580123456',
      sector: 'CIVIL_SOCIETY',
      topics: ['ENERGY'],
      districts: [],
    });
  });

  it('needs the number, the Hebrew name and the sector', () => {
    const problems: ImportProblem[] = [];
    expect(checkOrganisationRow({ row: 4, cells: {} }, problems)).toBeNull();
    expect(problems.map((item) => [item.row, item.column, item.code])).toEqual([
      [4, 'registration_number', 'REQUIRED'],
      [4, 'name_he', 'REQUIRED'],
      [4, 'sector', 'REQUIRED'],
    ]);
  });
});

describe('duplicates inside a file', () => {
  it('names the later row and the row it repeats, by the natural key', () => {
    const problems: ImportProblem[] = [];
    const records = ['a@example.org', 'b@example.org', 'A@Example.org', ''].map((email, index) => ({
      row: index + 2,
      cells: { email },
    }));
    duplicatesInFile(records, personKey, 'email', problems);
    expect(problems).toEqual([
      {
        row: 4,
        column: 'email',
        code: 'DUPLICATE_IN_FILE',
        message: 'Row 2 has the same email already. Keep one of the two rows.',
      },
    ]);
  });
});
