import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { createAccount, type TestAccount } from '../support/identity.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

interface AuditRow {
  action: string;
  actor: { id: string } | null;
  subjectAccount: { id: string } | null;
  cluster: { slug: string } | null;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
}

const AUDIT = `query ($clusterId: ID, $accountId: ID, $action: AuditAction, $first: Int) {
  auditEvents(clusterId: $clusterId, accountId: $accountId, action: $action, first: $first) {
    nodes { action actor { id } subjectAccount { id } cluster { slug } entityType entityId before after requestId }
  }
}`;

describe('the audit trail', () => {
  let db: TestDatabase;
  let server: TestServer;
  let admin: TestAccount;
  let pmo: TestAccount;
  let ceo: TestAccount;
  let haifaBayId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
    server = await startTestServer(db.dataSource);
    [{ id: haifaBayId }] = await db.dataSource.query(`SELECT id FROM cluster WHERE slug = 'haifa-bay'`);
    admin = await createAccount(db.dataSource, [{ role: 'ADMIN' }]);
    pmo = await createAccount(db.dataSource, [{ role: 'PMO_ANALYST' }]);
    ceo = await createAccount(db.dataSource, [{ role: 'CLUSTER_CEO', clusterId: haifaBayId }]);
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  const events = async (variables: Record<string, unknown>, token = pmo.token) =>
    (await server.graphql<{ auditEvents: { nodes: AuditRow[] } }>(AUDIT, variables, { token })).data!.auditEvents.nodes;

  it('records who changed what, with the values before and after, and the request id', async () => {
    const added = await server.request<{ addMilestone: { id: string } }>(
      `mutation ($c: ID!) { addMilestone(input: { clusterId: $c, occurredOn: "2024-03", title: { he: "מפגש פתיחה" } }) { id } }`,
      { c: haifaBayId },
      { token: ceo.token },
    );
    const id = added.body.data!.addMilestone.id;
    await server.graphql(
      `mutation ($id: ID!) { updateMilestone(input: { id: $id, occurredOn: "2024-04", title: { he: "מפגש פתיחה", en: "Opening meeting" } }) { id } }`,
      { id },
      { token: ceo.token },
    );
    await server.graphql(`mutation ($id: ID!) { deleteMilestone(id: $id) { id } }`, { id }, { token: ceo.token });

    const trail = (await events({ clusterId: haifaBayId })).filter((e) => e.entityId === id);
    expect(trail.map((e) => e.action)).toEqual(['MILESTONE_DELETED', 'MILESTONE_UPDATED', 'MILESTONE_CREATED']);
    expect(trail.every((e) => e.actor?.id === ceo.id && e.cluster?.slug === 'haifa-bay')).toBe(true);
    expect(trail[2]).toMatchObject({ before: null, after: { occurredOn: '2024-03', title: { he: 'מפגש פתיחה' } } });
    expect(trail[2]!.requestId).toBe(added.headers.get('x-request-id'));
    expect(trail[1]).toMatchObject({
      before: { occurredOn: '2024-03' },
      after: { occurredOn: '2024-04', title: { en: 'Opening meeting' } },
    });
    expect(trail[0]).toMatchObject({ before: { occurredOn: '2024-04' }, after: null });
  });

  it('writes nothing when the change fails', async () => {
    const [{ count: before }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM audit_event`);
    const target = await createAccount(db.dataSource);
    const granted = await server.graphql(
      `mutation ($a: ID!) { grantRole(input: { accountId: $a, role: ADMIN }) { id } }`,
      { a: target.id },
      { token: admin.token },
    );
    expect(granted.errors).toBeUndefined();
    const again = await server.graphql(
      `mutation ($a: ID!) { grantRole(input: { accountId: $a, role: ADMIN }) { id } }`,
      { a: target.id },
      { token: admin.token },
    );
    expect(again.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    const [{ count: after }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM audit_event`);
    expect(after - before).toBe(1);
  });

  it('cannot be changed or erased, not even by the application itself', async () => {
    await expect(db.dataSource.query(`UPDATE audit_event SET action = 'SIGNED_IN'`)).rejects.toThrow(/append-only/);
    await expect(db.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(db.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
  });

  it("logs an administrator's reads of someone's email, but not a person's reads of their own", async () => {
    const person = await createAccount(db.dataSource, [], { email: 'private@example.org' });
    await server.graphql(`{ me { email } }`, {}, { token: person.token });
    expect(await events({ accountId: person.id, action: 'PERSONAL_DATA_READ' })).toEqual([]);
    await server.graphql(`{ accounts(search: "private@") { nodes { email } } }`, {}, { token: admin.token });
    const reads = await events({ accountId: person.id, action: 'PERSONAL_DATA_READ' });
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({
      actor: { id: admin.id },
      subjectAccount: { id: person.id },
      after: { fields: ['email'] },
    });
  });

  it('filters by account, as the one who acted or the one it is about', async () => {
    const target = await createAccount(db.dataSource);
    await server.graphql(
      `mutation ($a: ID!) { disableAccount(accountId: $a) { id } }`,
      { a: target.id },
      { token: admin.token },
    );
    const aboutTarget = await events({ accountId: target.id });
    expect(aboutTarget.map((e) => e.action)).toEqual(['ACCOUNT_DISABLED']);
    expect(aboutTarget[0]).toMatchObject({ before: { status: 'ACTIVE' }, after: { status: 'DISABLED' } });
    const byAdmin = await events({ accountId: admin.id, action: 'ACCOUNT_DISABLED' });
    expect(byAdmin.some((e) => e.subjectAccount?.id === target.id)).toBe(true);
  });
});
