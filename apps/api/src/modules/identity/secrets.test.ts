import { describe, expect, it } from 'vitest';
import { hashPassword, newToken, tokenHash, verifyPassword } from './secrets.js';

describe('secrets', () => {
  it('hashes passwords with argon2id and checks them', async () => {
    const stored = await hashPassword('a long enough passphrase');
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, 'a long enough passphrase')).toBe(true);
    expect(await verifyPassword(stored, 'a long enough passphrasE')).toBe(false);
  });

  it('answers no, not an error, when there is no hash or it is not one', async () => {
    expect(await verifyPassword(null, 'anything')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
  });

  it('makes tokens that differ, and keeps only a hash of them', () => {
    const [a, b] = [newToken(), newToken()];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^rt_[\w-]{43}$/);
    expect(tokenHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(a)).not.toBe(tokenHash(b));
  });
});
