import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from './next-path';

describe('safeNextPath', () => {
  it('returns to a page of the site in the same language, with its query', () => {
    expect(safeNextPath('/he/account', 'he')).toBe('/he/account');
    expect(safeNextPath('/he/admin/audit?action=SIGNED_IN', 'he')).toBe('/he/admin/audit?action=SIGNED_IN');
  });

  it('goes home when there is nowhere to return to', () => {
    expect(safeNextPath(null, 'ar')).toBe('/ar');
    expect(safeNextPath('', 'ar')).toBe('/ar');
  });

  it('refuses other sites however they are spelled', () => {
    for (const next of [
      'https://evil.example/he/account',
      '//evil.example/he/account',
      '/\\evil.example/he',
      '\\\\evil.example',
      'javascript:alert(1)',
      '/he/account\n//evil.example',
      ' /he/account',
      'he/account',
    ]) {
      expect(safeNextPath(next, 'he'), next).toBe('/he');
    }
  });

  it('refuses paths outside the language prefix, and the sign-in page itself', () => {
    expect(safeNextPath('/graphql', 'he')).toBe('/he');
    expect(safeNextPath('/he', 'he')).toBe('/he');
    expect(safeNextPath('/he/sign-in?next=/he/account', 'he')).toBe('/he');
  });

  it('keeps the page but in the language of the sign-in page', () => {
    expect(safeNextPath('/he/account', 'en')).toBe('/en/account');
  });

  it('resolves dot segments before checking', () => {
    expect(safeNextPath('/he/../graphql', 'he')).toBe('/he');
    expect(safeNextPath('/he/./account', 'he')).toBe('/he/account');
  });
});

describe('signInPath', () => {
  it('carries the page to return to, encoded', () => {
    expect(signInPath('he', '/he/admin?q=a&b=c')).toBe('/he/sign-in?next=%2Fhe%2Fadmin%3Fq%3Da%26b%3Dc');
    expect(signInPath('en')).toBe('/en/sign-in');
  });
});
