import { describe, expect, it } from 'vitest';
import { CONTACT_FORMATS, PROFILE_LIMITS } from '@roundtable/shared/pool';
import {
  SYNTHETIC_CHUNK,
  SYNTHETIC_EMAIL_DOMAIN,
  chunkCount,
  syntheticOrganisations,
  syntheticPeopleChunk,
} from './synthetic-pool.js';
import {
  arabicFromHebrew,
  fill,
  hasValidCheckDigit,
  hebrewFromArabic,
  hebrewFromLatin,
  syntheticRegistrationNumber,
} from './synthetic-pool.vocabulary.js';

const HEBREW = /[\u05d0-\u05ea]/u;
const ARABIC = /[\u0621-\u064a]/u;
const LATIN = /[A-Za-z]/u;

describe('the synthetic pool', () => {
  const organisations = syntheticOrganisations(7, 50);
  const people = syntheticPeopleChunk(7, 0, 400, organisations);

  it('gives the same rows for the same seed, and others for another seed', () => {
    expect(syntheticOrganisations(7, 50)).toEqual(organisations);
    expect(syntheticPeopleChunk(7, 0, 400, syntheticOrganisations(7, 50))).toEqual(people);
    expect(syntheticPeopleChunk(8, 0, 400, syntheticOrganisations(8, 50))).not.toEqual(people);
  });

  it('makes a row from its seed and index alone, so asking for more people keeps the first ones', () => {
    const more = syntheticPeopleChunk(7, 0, 900, organisations);
    expect(more.slice(0, 400)).toEqual(people);
    expect(chunkCount(SYNTHETIC_CHUNK * 2 + 1)).toBe(3);
    expect(syntheticPeopleChunk(7, 1, 1500, organisations).map((person) => person.index)).toEqual(
      Array.from({ length: 500 }, (_, i) => SYNTHETIC_CHUNK + i),
    );
  });

  it('writes names in Hebrew, Arabic and English letters', () => {
    expect(people.every((person) => HEBREW.test(person.name.he))).toBe(true);
    expect(people.some((person) => person.name.ar && ARABIC.test(person.name.ar))).toBe(true);
    expect(people.some((person) => person.name.en && LATIN.test(person.name.en))).toBe(true);
  });

  it('keeps within the bounds the database holds and gives contacts in their forms', () => {
    for (const person of people) {
      expect(person.topics.length).toBeGreaterThan(0);
      expect(new Set(person.topics).size).toBe(person.topics.length);
      expect(person.expertise.length).toBeLessThanOrEqual(PROFILE_LIMITS.listItems);
      expect((person.bio ?? '').length).toBeLessThanOrEqual(PROFILE_LIMITS.bioLength);
      expect(person.consentedOn === null).toBe(person.visibility === 'ONLY_ME');
      for (const contact of person.contacts) expect(contact.value).toMatch(CONTACT_FORMATS[contact.kind].pattern);
      expect(person.contacts[0]).toEqual({
        kind: 'EMAIL',
        value: expect.stringMatching(`@${SYNTHETIC_EMAIL_DOMAIN}$`),
      });
      for (const position of person.positions) {
        expect(position.endYear === null || position.endYear >= position.startYear).toBe(true);
      }
    }
  });

  it('spreads people over every sector and all three visibilities', () => {
    expect(new Set(people.map((person) => person.sector)).size).toBe(6);
    expect(new Set(people.map((person) => person.visibility)).size).toBe(3);
    expect(people.some((person) => person.openToSectorMove)).toBe(true);
    expect(people.some((person) => person.positions.some((position) => position.sector !== person.sector))).toBe(true);
  });
});

describe('the synthetic vocabulary', () => {
  it('writes Arabic names in Hebrew letters with final forms', () => {
    expect(hebrewFromArabic('فاطمة')).toBe('פאטמה');
    expect(hebrewFromArabic('سليمان')).toBe('סלימאן');
    expect(hebrewFromArabic('جمال')).toBe("ג'מאל");
  });

  it('writes Hebrew names in Arabic letters', () => {
    expect(arabicFromHebrew('שרה כהן')).toBe('شره كهن');
  });

  it('writes English names in Hebrew letters', () => {
    expect(hebrewFromLatin('Johnson')).toBe("ג'והנסון");
    expect(hebrewFromLatin('Emily Shaw')).toBe('אמילי שו');
  });

  it('gives nine-digit registration numbers starting 99 with a valid check digit', () => {
    for (const index of [0, 1, 17, 19_999, 999_999]) {
      const number = syntheticRegistrationNumber(index);
      expect(number).toMatch(/^99\d{7}$/);
      expect(hasValidCheckDigit(number)).toBe(true);
    }
    expect(hasValidCheckDigit('990000003')).toBe(false);
    expect(() => syntheticRegistrationNumber(1_000_000)).toThrow(RangeError);
  });

  it('fills patterns and joins the Arabic لـ with the article', () => {
    expect(fill('جمعية {theme} لـ{topic}', { theme: 'جسور', topic: 'البيئة' })).toBe('جمعية جسور للبيئة');
  });
});
