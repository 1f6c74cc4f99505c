import { describe, expect, it } from 'vitest';
import { isLanguage, pickLocalized } from './localized.js';

describe('pickLocalized', () => {
  it('gives the text in the language asked for when it exists', () => {
    const text = { he: 'חיפה', ar: 'حيفا', en: 'Haifa' };
    expect(pickLocalized(text, 'en')).toEqual({ text: 'Haifa', language: 'en' });
    expect(pickLocalized(text, 'ar')).toEqual({ text: 'حيفا', language: 'ar' });
    expect(pickLocalized(text, 'he')).toEqual({ text: 'חיפה', language: 'he' });
  });

  it('falls back from English to Hebrew and says so', () => {
    expect(pickLocalized({ he: 'חיפה', ar: 'حيفا', en: null }, 'en')).toEqual({
      text: 'חיפה',
      language: 'he',
    });
  });

  it('falls back from English to Arabic when Hebrew is empty too', () => {
    expect(pickLocalized({ he: '', ar: 'حيفا', en: null }, 'en')).toEqual({
      text: 'حيفا',
      language: 'ar',
    });
  });

  it('falls back from Arabic to Hebrew before English', () => {
    expect(pickLocalized({ he: 'חיפה', ar: null, en: 'Haifa' }, 'ar')).toEqual({
      text: 'חיפה',
      language: 'he',
    });
  });
});

describe('isLanguage', () => {
  it('recognises he, ar and en only', () => {
    expect(['he', 'ar', 'en'].every(isLanguage)).toBe(true);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage('HE')).toBe(false);
    expect(isLanguage(null)).toBe(false);
  });
});
