import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/**
 * A new secret for a session, an API token or an invitation: 256 random bits. The `rt_` prefix
 * lets secret scanners recognise a leaked one.
 */
export function newToken(): string {
  return `rt_${randomBytes(32).toString('base64url')}`;
}

/** Tokens are long and random, so a fast hash is enough to keep them unusable from a database copy. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** argon2id, the library's default, with its defaults of 19 MiB and 2 passes (OWASP's recommendation). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no hash (no such account, or one not yet
 * activated) it still spends the time of a real check, so the answer's timing does not tell
 * whether an email has an account.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword(newToken());
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
