import { describe, expect, it } from 'vitest';
import { languageOfPath, pathInLanguage } from './language';

describe('pathInLanguage', () => {
  it('swaps the language segment and keeps the rest of the address', () => {
    expect(pathInLanguage('/he/clusters/haifa-bay', '', 'ar')).toBe('/ar/clusters/haifa-bay');
    expect(pathInLanguage('/he/authorities', '?district=HAIFA', 'en')).toBe('/en/authorities?district=HAIFA');
    expect(pathInLanguage('/he', '', 'en')).toBe('/en');
  });

  it('adds a language to a path that has none', () => {
    expect(pathInLanguage('/nowhere', '', 'en')).toBe('/en/nowhere');
    expect(pathInLanguage('/', '', 'ar')).toBe('/ar');
  });
});

describe('languageOfPath', () => {
  it('reads only the three languages', () => {
    expect(languageOfPath('/ar/directions')).toBe('ar');
    expect(languageOfPath('/fr/directions')).toBeNull();
    expect(languageOfPath('/')).toBeNull();
  });
});
