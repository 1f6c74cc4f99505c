import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Role } from '@roundtable/shared/identity';
import { hashPassword, newToken, tokenHash } from '../../src/modules/identity/secrets.js';

export const TEST_PASSWORD = 'correct horse battery staple';
let testPasswordHash: Promise<string> | undefined;

export interface TestAccount {
  id: string;
  email: string;
  /** A bearer token for the account, valid for a day, and its id. */
  token: string;
  tokenId: string;
}

/** An active account with the given grants and TEST_PASSWORD, straight into the database. */
export async function createAccount(
  dataSource: DataSource,
  grants: { role: Role; clusterId?: string; forumId?: string }[] = [],
  { email = `${randomUUID().slice(0, 8)}@example.org`, displayName = 'Test account' } = {},
): Promise<TestAccount> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const [{ id }] = await dataSource.query(
    `INSERT INTO account (email, display_name, password_hash, status) VALUES ($1, $2, $3, 'ACTIVE') RETURNING id`,
    [email, displayName, await testPasswordHash],
  );
  for (const grant of grants) {
    await dataSource.query(`INSERT INTO role_grant (account_id, role, cluster_id, forum_id) VALUES ($1, $2, $3, $4)`, [
      id,
      grant.role,
      grant.clusterId ?? null,
      grant.forumId ?? null,
    ]);
  }
  const token = newToken();
  const [{ id: tokenId }] = await dataSource.query(
    `INSERT INTO auth_session (account_id, kind, name, token_hash, expires_at)
     VALUES ($1, 'API_TOKEN', 'test', $2, now() + interval '1 day') RETURNING id`,
    [id, tokenHash(token)],
  );
  return { id, email, token, tokenId };
}

/** The session cookie from a response's Set-Cookie headers, ready to send back as a Cookie header. */
export function sessionCookie(headers: Headers): string | undefined {
  const cookie = headers
    .getSetCookie()
    .find((value) => value.startsWith('roundtable_session=') && !/Expires=Thu, 01 Jan 1970/.test(value));
  return cookie?.split(';')[0];
}

/** An invited account and the token of its invitation link. */
export async function createInvitation(
  dataSource: DataSource,
  { expiresInHours = 24 } = {},
): Promise<{ id: string; email: string; token: string }> {
  const token = newToken();
  const email = `${randomUUID().slice(0, 8)}@example.org`;
  const [{ id }] = await dataSource.query(
    `INSERT INTO account (email, display_name, status, invitation_token_hash, invitation_expires_at)
     VALUES ($1, 'Invited', 'INVITED', $2, now() + make_interval(hours => $3)) RETURNING id`,
    [email, tokenHash(token), expiresInHours],
  );
  return { id, email, token };
}
