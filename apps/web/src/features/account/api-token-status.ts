export type ApiTokenStatus = 'ACTIVE' | 'REVOKED' | 'EXPIRED';

interface TokenLike {
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string;
  revokedAt?: string | null;
}

/** Whether a token still lets its client in: revoked wins over expired, which wins over active. */
export function apiTokenStatus(token: TokenLike, now: Date = new Date()): ApiTokenStatus {
  if (token.revokedAt) return 'REVOKED';
  return new Date(token.expiresAt).getTime() <= now.getTime() ? 'EXPIRED' : 'ACTIVE';
}

/**
 * When the token was last used, or null when never: the API starts `lastUsedAt` at the moment it
 * creates the token, and moves it only when a request comes with it.
 */
export function apiTokenLastUse(token: TokenLike): string | null {
  return new Date(token.lastUsedAt).getTime() > new Date(token.createdAt).getTime() ? token.lastUsedAt : null;
}
