import { describe, expect, it } from 'vitest';
import { isCatalogueKey } from '../../i18n/catalogue-keys';
import {
  linesOf,
  profileFormValues,
  profileSchema,
  toCreateProfileInput,
  toUpdateProfileInput,
  type OwnProfile,
  type ProfileValues,
} from './profile-schema';

const valid = (): ProfileValues => ({
  ...profileFormValues(null, 'דנה לוי'),
  sector: 'CIVIL_SOCIETY',
  titleHe: 'מנהלת תוכניות',
  organisationName: 'עמותת גשר',
  topicCodes: ['EDUCATION'],
  districts: ['NORTH'],
  languages: ['he', 'ar'],
  expertise: 'חינוך\n  הערכה \n\nחינוך',
  contacts: [{ kind: 'EMAIL', value: 'dana@example.org', visibility: 'SIGNED_IN' }],
  positions: [{ sector: 'GOVERNMENT', title: 'רכזת', organisationName: '', startYear: '2015', endYear: '2019' }],
});

const messages = (values: ProfileValues) => {
  const result = profileSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

const saved: OwnProfile = {
  name: { he: 'דנה לוי', ar: null, en: 'Dana Levi' },
  title: null,
  sector: 'CIVIL_SOCIETY',
  organisation: { name: { he: 'עמותת גשר' } },
  topics: [{ code: 'EDUCATION' }],
  districts: [{ code: 'NORTH' }],
  languages: ['he'],
  expertise: ['חינוך'],
  interests: [],
  bio: null,
  openToConsultation: true,
  openToSectorMove: false,
  gender: 'FEMALE',
  birthYear: 1980,
  positions: [{ sector: 'GOVERNMENT', title: 'רכזת', organisationName: null, startYear: 2015, endYear: null }],
  contacts: [{ kind: 'WEBSITE', value: 'https://example.org', visibility: 'EVERYONE' }],
};

describe('profileSchema', () => {
  it('accepts a complete profile', () => {
    expect(messages(valid())).toEqual([]);
  });

  it('asks for a Hebrew name and a sector', () => {
    expect(messages({ ...valid(), nameHe: '  ', sector: '' })).toEqual([
      'nameHe: pool.errors.nameHeRequired',
      'sector: pool.errors.sectorRequired',
    ]);
  });

  it('refuses a birth year under the minimum age, and accepts none', () => {
    const tooYoung = String(new Date().getUTCFullYear() - 10);
    expect(messages({ ...valid(), birthYear: tooYoung })).toEqual(['birthYear: pool.errors.birthYearInvalid']);
    expect(messages({ ...valid(), birthYear: '80' })).toEqual(['birthYear: pool.errors.birthYearInvalid']);
    expect(messages({ ...valid(), birthYear: '' })).toEqual([]);
  });

  it("names a position's missing sector, a future start and an end before the start", () => {
    const future = String(new Date().getUTCFullYear() + 1);
    expect(
      messages({
        ...valid(),
        positions: [
          { sector: '', title: 'x', organisationName: '', startYear: future, endYear: '' },
          { sector: 'BUSINESS', title: 'y', organisationName: '', startYear: '2010', endYear: '2005' },
        ],
      }),
    ).toEqual([
      'positions.0.sector: pool.errors.sectorRequired',
      'positions.0.startYear: pool.errors.startYearInvalid',
      'positions.1.endYear: pool.errors.endBeforeStart',
    ]);
  });

  it('checks each contact detail against its kind, and refuses one given twice', () => {
    expect(
      messages({
        ...valid(),
        contacts: [
          { kind: 'EMAIL', value: 'not an email', visibility: 'EVERYONE' },
          { kind: 'WEBSITE', value: 'example.org', visibility: 'EVERYONE' },
          { kind: 'LINKEDIN', value: 'https://www.linkedin.com/in/dana', visibility: 'ONLY_ME' },
          { kind: 'PHONE', value: '04-1234567', visibility: 'SIGNED_IN' },
          { kind: 'EMAIL', value: 'Dana@example.org', visibility: 'EVERYONE' },
          { kind: 'EMAIL', value: 'dana@example.org', visibility: 'SIGNED_IN' },
        ],
      }),
    ).toEqual([
      'contacts.0.value: pool.errors.contactFormat.EMAIL',
      'contacts.1.value: pool.errors.contactFormat.WEBSITE',
      'contacts.5.value: pool.errors.contactTwice',
    ]);
  });

  it('says every message with a key of the catalogues', () => {
    const keys = [
      'pool.errors.nameHeRequired',
      'pool.errors.nameTooLong',
      'pool.errors.sectorRequired',
      'pool.errors.birthYearInvalid',
      'pool.errors.startYearInvalid',
      'pool.errors.endYearInvalid',
      'pool.errors.endBeforeStart',
      'pool.errors.positionTitleRequired',
      'pool.errors.contactRequired',
      'pool.errors.contactTwice',
      'pool.errors.tooManyItems',
      'pool.errors.itemTooLong',
      'pool.errors.bioTooLong',
      'pool.errors.tooManyPositions',
      'pool.errors.tooManyContacts',
      ...['EMAIL', 'PHONE', 'WEBSITE', 'LINKEDIN'].map((kind) => `pool.errors.contactFormat.${kind}`),
    ];
    for (const key of keys) expect(isCatalogueKey(key), key).toBe(true);
    const source = profileSchema.safeParse({
      ...valid(),
      nameHe: '',
      sector: '',
      birthYear: 'x',
      bio: 'x'.repeat(2001),
    });
    for (const issue of source.error!.issues) expect(isCatalogueKey(issue.message), issue.message).toBe(true);
  });

  it('takes at most 20 words of expertise, each up to 100 characters', () => {
    const many = Array.from({ length: 21 }, (_, index) => `word ${index}`).join('\n');
    expect(messages({ ...valid(), expertise: many })).toEqual(['expertise: pool.errors.tooManyItems']);
    expect(messages({ ...valid(), interests: 'x'.repeat(101) })).toEqual(['interests: pool.errors.itemTooLong']);
  });
});

describe('linesOf', () => {
  it('keeps each non-empty line once, trimmed', () => {
    expect(linesOf('חינוך\n  הערכה \n\nחינוך')).toEqual(['חינוך', 'הערכה']);
  });
});

describe('toCreateProfileInput', () => {
  it('sends every field, a new organisation in the sector, and the language of the consent notice', () => {
    const input = toCreateProfileInput(valid(), 'ar');
    expect(input).toMatchObject({
      name: { he: 'דנה לוי', ar: null, en: null },
      title: { he: 'מנהלת תוכניות', ar: null, en: null },
      sector: 'CIVIL_SOCIETY',
      newOrganisation: { name: { he: 'עמותת גשר' }, sector: 'CIVIL_SOCIETY' },
      expertise: ['חינוך', 'הערכה'],
      bio: null,
      gender: null,
      birthYear: null,
      positions: [{ sector: 'GOVERNMENT', title: 'רכזת', organisationName: null, startYear: 2015, endYear: 2019 }],
      contacts: [{ kind: 'EMAIL', value: 'dana@example.org', visibility: 'SIGNED_IN' }],
      consentLanguage: 'ar',
    });
  });

  it('leaves the organisation out when none is named', () => {
    expect(toCreateProfileInput({ ...valid(), organisationName: ' ' }, 'he')).not.toHaveProperty('newOrganisation');
  });
});

describe('toUpdateProfileInput', () => {
  it('round-trips a saved profile and keeps its organisation untouched', () => {
    const values = profileFormValues(saved);
    expect(profileSchema.safeParse(values).success).toBe(true);
    const input = toUpdateProfileInput(values, 'he', saved);
    expect(input).not.toHaveProperty('newOrganisation');
    expect(input).not.toHaveProperty('organisationId');
    expect(input).toMatchObject({
      name: { he: 'דנה לוי', ar: null, en: 'Dana Levi' },
      gender: 'FEMALE',
      birthYear: 1980,
      positions: [{ sector: 'GOVERNMENT', title: 'רכזת', organisationName: null, startYear: 2015, endYear: null }],
      contacts: [{ kind: 'WEBSITE', value: 'https://example.org', visibility: 'EVERYONE' }],
    });
  });

  it('names a new organisation when the name changed, and clears it when emptied', () => {
    const values = profileFormValues(saved);
    expect(toUpdateProfileInput({ ...values, organisationName: 'חברה אחרת' }, 'he', saved).newOrganisation).toEqual({
      name: { he: 'חברה אחרת' },
      sector: 'CIVIL_SOCIETY',
    });
    expect(toUpdateProfileInput({ ...values, organisationName: '' }, 'he', saved).organisationId).toBeNull();
  });
});
