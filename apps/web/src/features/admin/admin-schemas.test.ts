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

describe('GRANTABLE_ROLES', () => {
  it('offers every role but the committee member, whose forum the dashboard cannot choose yet', () => {
    expect(GRANTABLE_ROLES).toEqual(['ADMIN', 'PMO_ANALYST', 'CLUSTER_CEO', 'STAKEHOLDER']);
  });
});

describe('inviteSchema', () => {
  it('needs an email, a name and a role', () => {
    expect(errorsOf(inviteSchema, { email: '', displayName: ' ', role: '', clusterId: '' })).toEqual({
      email: 'form.errors.emailRequired',
      displayName: 'form.errors.nameRequired',
      role: 'form.errors.roleRequired',
    });
  });

  it("asks a cluster CEO's cluster, and no scope of other roles", () => {
    const person = { email: 'dana@example.org', displayName: 'דנה' };
    expect(errorsOf(inviteSchema, { ...person, role: 'CLUSTER_CEO', clusterId: '' })).toEqual({
      clusterId: 'form.errors.clusterRequired',
    });
    expect(errorsOf(inviteSchema, { ...person, role: 'CLUSTER_CEO', clusterId: HAIFA })).toEqual({});
    expect(errorsOf(inviteSchema, { ...person, role: 'PMO_ANALYST', clusterId: '' })).toEqual({});
  });

  it('refuses a role the dashboard does not grant', () => {
    const values = { email: 'dana@example.org', displayName: 'Dana', role: 'COMMITTEE_MEMBER', clusterId: '' };
    expect(errorsOf(inviteSchema, values)).toEqual({ role: 'form.errors.roleRequired' });
  });

  it('uses only messages the catalogues have', () => {
    const messages = [
      ...Object.values(errorsOf(inviteSchema, { email: 'x', displayName: 'x'.repeat(201), role: '', clusterId: '' })),
      ...Object.values(errorsOf(grantRoleSchema, { role: 'CLUSTER_CEO', clusterId: '' })),
    ];
    expect(messages).toHaveLength(4);
    for (const message of messages) expect(isCatalogueKey(message), message).toBe(true);
  });
});

describe('roleGrantInput', () => {
  it('sends the cluster with a cluster CEO role only', () => {
    expect(roleGrantInput({ role: 'CLUSTER_CEO', clusterId: HAIFA })).toEqual({
      role: 'CLUSTER_CEO',
      clusterId: HAIFA,
    });
    // A cluster chosen before switching to another role is not sent (the API would refuse it).
    expect(roleGrantInput({ role: 'ADMIN', clusterId: HAIFA })).toEqual({ role: 'ADMIN', clusterId: null });
  });
});
