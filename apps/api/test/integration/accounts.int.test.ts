import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { createAccount, type TestAccount } from '../support/identity.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const INVITE = `mutation ($input: InviteAccountInput!) {
  inviteAccount(input: $input) { token expiresAt account { id email status roles { role cluster { slug } } } }
}`;
const GRANT = `mutation ($input: GrantRoleInput!) { grantRole(input: $input) { roles { id role cluster { slug } } } }`;
const REVOKE = `mutation ($id: ID!) { revokeRole(id: $id) { id } }`;

const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('administering accounts and roles', () => {
  let db: TestDatabase;
  let server: TestServer;
  let admin: TestAccount;
  let haifaBayId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
    server = await startTestServer(db.dataSource);
    admin = await createAccount(db.dataSource, [{ role: 'ADMIN' }], { displayName: 'Admin' });
    [{ id: haifaBayId }] = await db.dataSource.query(`SELECT id FROM cluster WHERE slug = 'haifa-bay'`);
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  const asAdmin = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
    server.graphql<T>(query, variables, { token: admin.token });

  it('invites a person with a scoped role, and the invitation lets them in', async () => {
    const invited = await asAdmin<{
      inviteAccount: { token: string; account: { id: string; email: string; status: string; roles: unknown[] } };
    }>(INVITE, {
      input: {
        email: '  Rivka@Example.org ',
        displayName: 'Rivka',
        roles: [{ role: 'CLUSTER_CEO', clusterId: haifaBayId }],
      },
    });
    expect(invited.errors).toBeUndefined();
    const { token, account } = invited.data!.inviteAccount;
    expect(account).toMatchObject({
      email: 'rivka@example.org',
      status: 'INVITED',
      roles: [{ role: 'CLUSTER_CEO', cluster: { slug: 'haifa-bay' } }],
    });
    const accepted = await server.graphql(
      `mutation ($t: String!) { acceptInvitation(input: { token: $t, password: "twelve chars at least" }) { status } }`,
      { t: token },
    );
    expect(accepted.data).toEqual({ acceptInvitation: { status: 'ACTIVE' } });
  });

  it('refuses a second account for the same email, also when both are invited at once', async () => {
    const input = { email: 'same@example.org', displayName: 'Same', roles: [] };
    const responses = await Promise.all(Array.from({ length: 8 }, () => asAdmin(INVITE, { input })));
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    for (const refused of responses.filter((r) => r.errors)) expect(codeOf(refused)).toBe('CONFLICT');
    const [{ count }] = await db.dataSource.query(
      `SELECT count(*)::int AS count FROM account WHERE email = 'same@example.org'`,
    );
    expect(count).toBe(1);
  });

  it('checks each role against its scope, and writes nothing when one is wrong', async () => {
    const target = await createAccount(db.dataSource);
    const noCluster = await asAdmin(GRANT, { input: { accountId: target.id, role: 'CLUSTER_CEO' } });
    expect(codeOf(noCluster)).toBe('BAD_USER_INPUT');
    expect(noCluster.errors![0]!.message).toMatch(/clusterId/);
    const scopedAdmin = await asAdmin(GRANT, { input: { accountId: target.id, role: 'ADMIN', clusterId: haifaBayId } });
    expect(codeOf(scopedAdmin)).toBe('BAD_USER_INPUT');
    const noForum = await asAdmin(GRANT, {
      input: { accountId: target.id, role: 'COMMITTEE_MEMBER', forumId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(codeOf(noForum)).toBe('NOT_FOUND');
    const [{ id: forumId }] = await db.dataSource.query(
      `SELECT id FROM forum WHERE seed_key = 'haifa-bay-cross-sector-forum'`,
    );
    const committee = await asAdmin<{
      grantRole: { roles: { role: string; forum: { name: { en: string } } | null }[] };
    }>(`mutation ($input: GrantRoleInput!) { grantRole(input: $input) { roles { role forum { name { en } } } } }`, {
      input: { accountId: target.id, role: 'COMMITTEE_MEMBER', forumId },
    });
    expect(committee.errors).toBeUndefined();
    expect(committee.data!.grantRole.roles).toEqual([
      { role: 'COMMITTEE_MEMBER', forum: { name: { en: 'Regional cross-sector forum' } } },
    ]);
    // An invitation whose second role is wrong leaves no account behind.
    const halfWrong = await asAdmin(INVITE, {
      input: {
        email: 'half@example.org',
        displayName: 'Half',
        roles: [{ role: 'STAKEHOLDER' }, { role: 'CLUSTER_CEO' }],
      },
    });
    expect(codeOf(halfWrong)).toBe('BAD_USER_INPUT');
    const [{ count }] = await db.dataSource.query(
      `SELECT count(*)::int AS count FROM account WHERE email = 'half@example.org'`,
    );
    expect(count).toBe(0);

    expect((await asAdmin(GRANT, { input: { accountId: target.id, role: 'PMO_ANALYST' } })).errors).toBeUndefined();
    expect(codeOf(await asAdmin(GRANT, { input: { accountId: target.id, role: 'PMO_ANALYST' } }))).toBe('CONFLICT');
  });

  it('never leaves the platform without an active administrator, even when two remove each other at once', async () => {
    const first = await createAccount(db.dataSource, [{ role: 'ADMIN' }]);
    const second = await createAccount(db.dataSource, [{ role: 'ADMIN' }]);
    // Leave these two as the only administrators.
    await db.dataSource.query(`DELETE FROM role_grant WHERE role = 'ADMIN' AND account_id NOT IN ($1, $2)`, [
      first.id,
      second.id,
    ]);
    const grantOf = async (accountId: string) =>
      (await db.dataSource.query(`SELECT id FROM role_grant WHERE account_id = $1 AND role = 'ADMIN'`, [accountId]))[0]
        .id;
    const [firstGrant, secondGrant] = [await grantOf(first.id), await grantOf(second.id)];

    const responses = await Promise.all([
      server.graphql(REVOKE, { id: secondGrant }, { token: first.token }),
      server.graphql(REVOKE, { id: firstGrant }, { token: second.token }),
    ]);
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    const refused = responses.find((r) => r.errors)!;
    expect(['CONFLICT', 'FORBIDDEN']).toContain(codeOf(refused));
    const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM role_grant WHERE role = 'ADMIN'`);
    expect(count).toBe(1);

    const survivor = responses[0]!.errors ? second : first;
    const lastGrant = await grantOf(survivor.id);
    const alone = await server.graphql(REVOKE, { id: lastGrant }, { token: survivor.token });
    expect(codeOf(alone)).toBe('CONFLICT');
    expect(alone.errors![0]!.message).toMatch(/no active administrator/);
    const self = await server.graphql(
      `mutation ($id: ID!) { disableAccount(accountId: $id) { id } }`,
      { id: survivor.id },
      { token: survivor.token },
    );
    expect(codeOf(self)).toBe('CONFLICT');
    // Give the rest of the file its administrator back.
    await db.dataSource.query(`INSERT INTO role_grant (account_id, role) VALUES ($1, 'ADMIN')`, [admin.id]);
  });

  it('lists accounts by name with search, role and status filters, a page at a time', async () => {
    await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }], {
      displayName: 'Zehava Filter',
      email: 'zehava@example.org',
    });
    const page = await asAdmin<{ accounts: { totalCount: number; nodes: { displayName: string; email: string }[] } }>(
      `{ accounts(search: "zehava", role: STAKEHOLDER, status: ACTIVE) { totalCount nodes { displayName email } } }`,
    );
    expect(page.data?.accounts).toEqual({
      totalCount: 1,
      nodes: [{ displayName: 'Zehava Filter', email: 'zehava@example.org' }],
    });
    const first = await asAdmin<{
      accounts: { nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
    }>(`{ accounts(first: 2) { nodes { id } pageInfo { endCursor hasNextPage } } }`);
    expect(first.data?.accounts.pageInfo.hasNextPage).toBe(true);
    const next = await asAdmin<{ accounts: { nodes: { id: string }[] } }>(
      `query ($after: String) { accounts(first: 2, after: $after) { nodes { id } } }`,
      { after: first.data!.accounts.pageInfo.endCursor },
    );
    const firstIds = first.data!.accounts.nodes.map((n) => n.id);
    expect(next.data!.accounts.nodes.some((n) => firstIds.includes(n.id))).toBe(false);
  });
});
