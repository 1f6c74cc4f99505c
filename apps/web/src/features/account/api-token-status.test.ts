import { describe, expect, it } from 'vitest';
import { apiTokenLastUse, apiTokenStatus } from './api-token-status';

const token = {
  createdAt: '2026-03-01T10:00:00.000Z',
  lastUsedAt: '2026-03-01T10:00:00.000Z',
  expiresAt: '2026-05-30T10:00:00.000Z',
  revokedAt: null,
};
const now = new Date('2026-04-01T00:00:00Z');

describe('apiTokenStatus', () => {
  it('is active until it expires', () => {
    expect(apiTokenStatus(token, now)).toBe('ACTIVE');
    expect(apiTokenStatus(token, new Date('2026-05-30T10:00:00Z'))).toBe('EXPIRED');
  });

  it('calls a revoked token revoked, even past its expiry', () => {
    const revoked = { ...token, revokedAt: '2026-03-02T10:00:00Z' };
    expect(apiTokenStatus(revoked, now)).toBe('REVOKED');
    expect(apiTokenStatus(revoked, new Date('2027-01-01T00:00:00Z'))).toBe('REVOKED');
  });
});

describe('apiTokenLastUse', () => {
  it('says never for a token used by no request yet', () => {
    expect(apiTokenLastUse(token)).toBeNull();
  });

  it('gives the last use once a request came with it', () => {
    expect(apiTokenLastUse({ ...token, lastUsedAt: '2026-03-03T08:00:00.000Z' })).toBe('2026-03-03T08:00:00.000Z');
  });
});
