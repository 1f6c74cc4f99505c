import { describe, expect, it } from 'vitest';
import { invitationLink, tokenFromFragment } from './invitation-link';

describe('invitationLink', () => {
  it('puts the token in the fragment of the page in the chosen language', () => {
    expect(invitationLink('https://roundtable.example', 'ar', 'rt_abc-DEF_123')).toBe(
      'https://roundtable.example/ar/invitation#token=rt_abc-DEF_123',
    );
  });

  it('reads back the token it wrote', () => {
    const link = new URL(invitationLink('http://127.0.0.1:4173', 'he', 'rt_a+b/c='));
    expect(link.search).toBe('');
    expect(tokenFromFragment(link.hash)).toBe('rt_a+b/c=');
  });
});

describe('tokenFromFragment', () => {
  it('finds nothing in an empty or unrelated fragment', () => {
    expect(tokenFromFragment('')).toBeNull();
    expect(tokenFromFragment('#main')).toBeNull();
    expect(tokenFromFragment('#token=')).toBeNull();
  });
});
