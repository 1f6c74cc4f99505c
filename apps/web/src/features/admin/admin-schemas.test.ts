import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isCatalogueKey } from '../../i18n/catalogue-keys';
import { GRANTABLE_ROLES, grantRoleSchema, inviteSchema, roleGrantInput } from './admin-schemas';

function errorsOf(schema: z.ZodType, values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  const errors: Record<string, string> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return errors;
}

const HAIFA = '0b6f1b56-3c57-4c39-9a4e-2f0e0d3b7a11';
const FORUM = '5d1c2f0a-8e4b-4f3a-9c2d-1a7b6e5f4d33';

describe('GRANTABLE_ROLES', () => {
  it('offers every role', () => {
    expect(GRANTABLE_ROLES).toEqual(['ADMIN', 'PMO_ANALYST', 'CLUSTER_CEO', 'COMMITTEE_MEMBER', 'STAKEHOLDER']);
  });
});

describe('inviteSchema', () => {
  it('needs an email, a name and a role', () => {
    expect(errorsOf(inviteSchema, { email: '', displayName: ' ', role: '', clusterId: '', forumId: '' })).toEqual({
      email: 'form.errors.emailRequired',
      displayName: 'form.errors.nameRequired',
      role: 'form.errors.roleRequired',
    });
  });

  it("asks a cluster CEO's cluster, and no scope of other roles", () => {
    const person = { email: 'dana@example.org', displayName: 'דנה' };
    expect(errorsOf(inviteSchema, { ...person, role: 'CLUSTER_CEO', clusterId: '', forumId: '' })).toEqual({
      clusterId: 'form.errors.clusterRequired',
    });
    expect(errorsOf(inviteSchema, { ...person, role: 'CLUSTER_CEO', clusterId: HAIFA, forumId: '' })).toEqual({});
    expect(errorsOf(inviteSchema, { ...person, role: 'PMO_ANALYST', clusterId: '', forumId: '' })).toEqual({});
  });

  it("asks a committee member's forum", () => {
    const person = { email: 'dana@example.org', displayName: 'Dana', clusterId: '' };
    expect(errorsOf(inviteSchema, { ...person, role: 'COMMITTEE_MEMBER', forumId: '' })).toEqual({
      forumId: 'form.errors.forumRequired',
    });
    expect(errorsOf(inviteSchema, { ...person, role: 'COMMITTEE_MEMBER', forumId: FORUM })).toEqual({});
  });

  it('refuses a role that does not exist', () => {
    const values = { email: 'dana@example.org', displayName: 'Dana', role: 'OWNER', clusterId: '', forumId: '' };
    expect(errorsOf(inviteSchema, values)).toEqual({ role: 'form.errors.roleRequired' });
  });

  it('uses only messages the catalogues have', () => {
    const messages = [
      ...Object.values(
        errorsOf(inviteSchema, { email: 'x', displayName: 'x'.repeat(201), role: '', clusterId: '', forumId: '' }),
      ),
      ...Object.values(errorsOf(grantRoleSchema, { role: 'CLUSTER_CEO', clusterId: '', forumId: '' })),
      ...Object.values(errorsOf(grantRoleSchema, { role: 'COMMITTEE_MEMBER', clusterId: '', forumId: '' })),
    ];
    expect(messages).toHaveLength(5);
    for (const message of messages) expect(isCatalogueKey(message), message).toBe(true);
  });
});

describe('roleGrantInput', () => {
  it('sends the cluster with a cluster CEO role, and the forum with a committee member role', () => {
    expect(roleGrantInput({ role: 'CLUSTER_CEO', clusterId: HAIFA, forumId: '' })).toEqual({
      role: 'CLUSTER_CEO',
      clusterId: HAIFA,
      forumId: null,
    });
    expect(roleGrantInput({ role: 'COMMITTEE_MEMBER', clusterId: '', forumId: FORUM })).toEqual({
      role: 'COMMITTEE_MEMBER',
      clusterId: null,
      forumId: FORUM,
    });
    // A scope chosen before switching to another role is not sent (the API would refuse it).
    expect(roleGrantInput({ role: 'ADMIN', clusterId: HAIFA, forumId: FORUM })).toEqual({
      role: 'ADMIN',
      clusterId: null,
      forumId: null,
    });
  });
});
