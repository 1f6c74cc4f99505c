import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import {
  assertNoDemoAccounts,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  seedDemoAccounts,
} from '../../src/modules/identity/demo-accounts.js';
import { createAccount, createInvitation, sessionCookie, TEST_PASSWORD } from '../support/identity.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) { id displayName email roles { role cluster { slug } } }
}`;
const ME = `{ me { id email } }`;
const CHANGE_PASSWORD = `mutation ($current: String!, $next: String!) {
  changePassword(input: { currentPassword: $current, newPassword: $next })
}`;
const ACCEPT = `mutation ($token: String!, $password: String!) {
  acceptInvitation(input: { token: $token, password: $password }) { id status }
}`;

const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('signing in, sessions and tokens', () => {
  let db: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
    // A thousand sign-ins from one address below must meet the sign-in limiter, not the limit on
    // all requests per address (edge.int.test.ts tests that one).
    server = await startTestServer(db.dataSource, { RATE_LIMIT_REQUESTS_PER_MINUTE: '100000' });
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  const signIn = (email: string, password = TEST_PASSWORD, options = {}) =>
    server.request<{ signIn: { id: string; email: string } }>(SIGN_IN, { email, password }, options);

  it('signs in with email and password into an httpOnly, SameSite session cookie, and out again', async () => {
    const account = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
    const { body, headers } = await signIn(account.email.toUpperCase());
    expect(body.errors).toBeUndefined();
    expect(body.data?.signIn.email).toBe(account.email);
    const setCookie = headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/roundtable_session=rt_[\w-]+;/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const cookie = sessionCookie(headers)!;

    expect((await server.graphql<{ me: { id: string } }>(ME, {}, { cookie })).data?.me?.id).toBe(account.id);

    const signOut = await server.request(`mutation { signOut }`, {}, { cookie });
    expect(signOut.body.data).toEqual({ signOut: true });
    expect(signOut.headers.getSetCookie().join()).toMatch(/roundtable_session=;.*Expires=Thu, 01 Jan 1970/);
    // The token itself is dead, not only forgotten by the browser.
    expect((await server.graphql(ME, {}, { cookie })).data).toEqual({ me: null });
    expect(codeOf(await server.graphql(`{ myApiTokens { id } }`, {}, { cookie }))).toBe('SESSION_EXPIRED');
  });

  it('refuses a wrong password and an unknown email alike, with INVALID_CREDENTIALS and no cookie', async () => {
    const account = await createAccount(db.dataSource);
    const wrong = await signIn(account.email, 'not the password');
    const unknown = await signIn('nobody@example.org', 'not the password');
    expect(codeOf(wrong.body)).toBe('INVALID_CREDENTIALS');
    expect(codeOf(unknown.body)).toBe('INVALID_CREDENTIALS');
    expect(wrong.body.errors![0]!.message).toBe(unknown.body.errors![0]!.message);
    expect(wrong.headers.getSetCookie()).toEqual([]);
    expect(wrong.status).toBe(200);
  });

  it('says SESSION_EXPIRED for a session left unused too long, and clears its cookie', async () => {
    const account = await createAccount(db.dataSource);
    const cookie = sessionCookie((await signIn(account.email)).headers)!;
    await db.dataSource.query(
      `UPDATE auth_session SET last_used_at = now() - interval '1 day' WHERE account_id = $1 AND kind = 'SESSION'`,
      [account.id],
    );
    const response = await server.request(
      `mutation { createApiToken(input: { name: "x" }) { token } }`,
      {},
      { cookie },
    );
    expect(codeOf(response.body)).toBe('SESSION_EXPIRED');
    expect(response.body.errors![0]!.message).toMatch(/sign in again/i);
    expect(response.headers.getSetCookie().join()).toMatch(/roundtable_session=;/);
    // Public data still answers for someone whose session ran out.
    expect((await server.graphql(`{ sectors { code } }`, {}, { cookie })).errors).toBeUndefined();
  });

  it('ends a session at its maximum age even while it is in use', async () => {
    const account = await createAccount(db.dataSource);
    const cookie = sessionCookie((await signIn(account.email)).headers)!;
    await db.dataSource.query(
      `UPDATE auth_session SET created_at = now() - interval '2 days', expires_at = now() - interval '1 second' WHERE account_id = $1 AND kind = 'SESSION'`,
      [account.id],
    );
    expect((await server.graphql(ME, {}, { cookie })).data).toEqual({ me: null });
  });

  it('serves API clients with a bearer token, shown once and revoked at once', async () => {
    const account = await createAccount(db.dataSource);
    const created = await server.graphql<{ createApiToken: { token: string; apiToken: { id: string; name: string } } }>(
      `mutation { createApiToken(input: { name: "nightly export", expiresInDays: 30 }) { token apiToken { id name expiresAt } } }`,
      {},
      { token: account.token },
    );
    const { token, apiToken } = created.data!.createApiToken;
    expect(token).toMatch(/^rt_/);
    const stored: { token_hash: string }[] = await db.dataSource.query(
      `SELECT token_hash FROM auth_session WHERE id = $1`,
      [apiToken.id],
    );
    expect(stored[0]!.token_hash).not.toContain(token);
    expect((await server.graphql<{ me: { id: string } }>(ME, {}, { token })).data?.me?.id).toBe(account.id);

    const listed = await server.graphql<{ myApiTokens: { name: string }[] }>(`{ myApiTokens { name } }`, {}, { token });
    expect(listed.data?.myApiTokens.map((t) => t.name)).toContain('nightly export');

    await server.graphql(
      `mutation ($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`,
      { id: apiToken.id },
      { token: account.token },
    );
    expect(codeOf(await server.graphql(`{ myApiTokens { id } }`, {}, { token }))).toBe('SESSION_EXPIRED');
  });

  it("does not let one account revoke another's token", async () => {
    const owner = await createAccount(db.dataSource);
    const other = await createAccount(db.dataSource);
    const response = await server.graphql(
      `mutation ($id: ID!) { revokeApiToken(id: $id) { id } }`,
      { id: owner.tokenId },
      { token: other.token },
    );
    expect(codeOf(response)).toBe('NOT_FOUND');
    expect((await server.graphql(ME, {}, { token: owner.token })).data).toMatchObject({ me: { id: owner.id } });
  });

  it('changes the password with the current one, and ends the other sessions', async () => {
    const account = await createAccount(db.dataSource);
    const first = sessionCookie((await signIn(account.email)).headers)!;
    const second = sessionCookie((await signIn(account.email)).headers)!;

    const wrong = await server.graphql(
      CHANGE_PASSWORD,
      { current: 'not it', next: 'a brand new passphrase' },
      { cookie: first },
    );
    expect(codeOf(wrong)).toBe('INVALID_CREDENTIALS');
    const short = await server.graphql(CHANGE_PASSWORD, { current: TEST_PASSWORD, next: 'short' }, { cookie: first });
    expect(codeOf(short)).toBe('BAD_USER_INPUT');
    expect(short.errors![0]!.message).toMatch(/12/);

    const changed = await server.graphql(
      CHANGE_PASSWORD,
      { current: TEST_PASSWORD, next: 'a brand new passphrase' },
      { cookie: first },
    );
    expect(changed.data).toEqual({ changePassword: true });
    expect((await server.graphql(ME, {}, { cookie: first })).data).toMatchObject({ me: { id: account.id } });
    expect((await server.graphql(ME, {}, { cookie: second })).data).toEqual({ me: null });
    expect((await server.graphql(ME, {}, { token: account.token })).data).toEqual({ me: null });
    expect(codeOf((await signIn(account.email)).body)).toBe('INVALID_CREDENTIALS');
    expect((await signIn(account.email, 'a brand new passphrase')).body.errors).toBeUndefined();
  });

  it('accepts an invitation once: it sets the password and signs in', async () => {
    const invitation = await createInvitation(db.dataSource);
    const accepted = await server.request<{ acceptInvitation: { status: string } }>(ACCEPT, {
      token: invitation.token,
      password: 'my own long password',
    });
    expect(accepted.body.data?.acceptInvitation.status).toBe('ACTIVE');
    expect(sessionCookie(accepted.headers)).toBeDefined();
    const again = await server.graphql(ACCEPT, { token: invitation.token, password: 'another long password' });
    expect(codeOf(again)).toBe('NOT_FOUND');
    expect((await signIn(invitation.email, 'my own long password')).body.errors).toBeUndefined();
  });

  it('refuses an expired invitation with INVITATION_EXPIRED', async () => {
    const invitation = await createInvitation(db.dataSource, { expiresInHours: -1 });
    const response = await server.graphql(ACCEPT, { token: invitation.token, password: 'my own long password' });
    expect(codeOf(response)).toBe('INVITATION_EXPIRED');
    const [{ status }] = await db.dataSource.query(`SELECT status FROM account WHERE id = $1`, [invitation.id]);
    expect(status).toBe('INVITED');
  });

  it('lets only one of many simultaneous uses of an invitation link through', async () => {
    const invitation = await createInvitation(db.dataSource);
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        server.graphql(ACCEPT, { token: invitation.token, password: `long password number ${i}` }),
      ),
    );
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    for (const refused of responses.filter((r) => r.errors))
      expect(['NOT_FOUND', 'CONFLICT']).toContain(codeOf(refused));
    const [{ count }] = await db.dataSource.query(
      `SELECT count(*)::int AS count FROM auth_session WHERE account_id = $1 AND revoked_at IS NULL`,
      [invitation.id],
    );
    expect(count).toBe(1);
  });

  it('keeps a disabled account out, ending its sessions at once', async () => {
    const admin = await createAccount(db.dataSource, [{ role: 'ADMIN' }]);
    const account = await createAccount(db.dataSource);
    const cookie = sessionCookie((await signIn(account.email)).headers)!;
    const disabled = await server.graphql(
      `mutation ($id: ID!) { disableAccount(accountId: $id) { status } }`,
      { id: account.id },
      { token: admin.token },
    );
    expect(disabled.data).toEqual({ disableAccount: { status: 'DISABLED' } });
    expect((await server.graphql(ME, {}, { cookie })).data).toEqual({ me: null });
    const again = await signIn(account.email);
    expect(codeOf(again.body)).toBe('FORBIDDEN');
    expect(again.body.errors![0]!.message).toMatch(/disabled/);
  });

  it('refuses a batch of 1,000 sign-in attempts with RATE_LIMITED while it keeps serving everyone else', async () => {
    const target = await createAccount(db.dataSource);
    const codes: unknown[] = [];
    const publicAnswers: boolean[] = [];
    const attempts = Array.from({ length: 1000 }, (_, i) => i);
    // 50 clients at a time, each sending its share of the thousand guesses.
    await Promise.all(
      Array.from({ length: 50 }, async (_, client) => {
        for (const i of attempts.filter((n) => n % 50 === client)) {
          const response = await signIn(target.email, `guess number ${i}`);
          codes.push(codeOf(response.body));
          if (i % 100 === 0) publicAnswers.push(!(await server.graphql(`{ sectors { code } }`)).errors);
        }
      }),
    );
    expect(codes).toHaveLength(1000);
    expect(new Set(codes)).toEqual(new Set(['INVALID_CREDENTIALS', 'RATE_LIMITED']));
    // Only the account's allowance (10) was ever checked against the password.
    expect(codes.filter((code) => code === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(10);
    expect(publicAnswers.every(Boolean)).toBe(true);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    // Now even the right password waits, and the answer says for how long.
    const locked = await signIn(target.email);
    expect(codeOf(locked.body)).toBe('RATE_LIMITED');
    expect(locked.body.errors![0]!.extensions!['retryAfterSeconds']).toBeGreaterThan(0);
    expect(locked.status).toBe(429);
    // Another account from another address is not held up by it.
    const other = await createAccount(db.dataSource);
    expect(
      (await signIn(other.email, TEST_PASSWORD, { headers: { 'x-forwarded-for': '203.0.113.7' } })).body.errors,
    ).toBeUndefined();
  });
});

describe('the demo accounts', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
  });

  afterAll(async () => {
    await db?.destroy();
  });

  it('are created for every role outside production, once, and refused by a production start', async () => {
    await Promise.all([seedDemoAccounts(db.dataSource), seedDemoAccounts(db.dataSource)]);
    await seedDemoAccounts(db.dataSource);
    const rows: { email: string; roles: string[]; is_demo: boolean }[] = await db.dataSource.query(
      `SELECT a.email, a.is_demo, array_agg(g.role ORDER BY g.role) AS roles
         FROM account a JOIN role_grant g ON g.account_id = a.id GROUP BY a.id ORDER BY a.email`,
    );
    expect(rows.map((r) => r.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    expect(rows.every((r) => r.is_demo)).toBe(true);
    expect(new Set(rows.flatMap((r) => r.roles))).toEqual(
      new Set(['ADMIN', 'PMO_ANALYST', 'CLUSTER_CEO', 'COMMITTEE_MEMBER', 'STAKEHOLDER']),
    );
    const [{ seed_key: forumKey }] = await db.dataSource.query(
      `SELECT f.seed_key FROM role_grant g JOIN account a ON a.id = g.account_id JOIN forum f ON f.id = g.forum_id WHERE a.email = 'committee.haifa-bay@demo.roundtable.test'`,
    );
    expect(forumKey).toBe('haifa-bay-cross-sector-forum');
    const [{ slug }] = await db.dataSource.query(
      `SELECT c.slug FROM role_grant g JOIN account a ON a.id = g.account_id JOIN cluster c ON c.id = g.cluster_id WHERE a.email = 'ceo.haifa-bay@demo.roundtable.test'`,
    );
    expect(slug).toBe('haifa-bay');

    const server = await startTestServer(db.dataSource);
    try {
      const signedIn = await server.graphql(SIGN_IN, { email: 'pmo@demo.roundtable.test', password: DEMO_PASSWORD });
      expect(signedIn.errors).toBeUndefined();
    } finally {
      await server.close();
    }

    await expect(assertNoDemoAccounts(db.dataSource)).rejects.toThrow(/demo account/);
    await db.dataSource.query(`DELETE FROM account WHERE is_demo`);
    await expect(assertNoDemoAccounts(db.dataSource)).resolves.toBeUndefined();
  });
});
