import { z } from 'zod';
import { ROLE_SCOPES, ROLES, type Role } from '@roundtable/shared/identity';
import { FIELD_LIMITS } from '../../app/form-errors';
import { emailField } from '../account/account-schemas';

/** The roles an administrator grants from the dashboard: all of them, each with its scope. */
export const GRANTABLE_ROLES = ROLES;

function isGrantable(value: string): value is Role {
  return (GRANTABLE_ROLES as readonly string[]).includes(value);
}

/** A role and its scope: the cluster of a cluster CEO, the forum of a committee member. */
const roleFields = {
  role: z.string().refine(isGrantable, 'form.errors.roleRequired'),
  clusterId: z.string(),
  forumId: z.string(),
};

type RoleFieldValues = { role: string; clusterId: string; forumId: string };

function requireScope(values: RoleFieldValues, context: z.RefinementCtx): void {
  if (!isGrantable(values.role)) return;
  const scope = ROLE_SCOPES[values.role];
  if (scope === 'CLUSTER' && !values.clusterId) {
    context.addIssue({ code: 'custom', path: ['clusterId'], message: 'form.errors.clusterRequired' });
  }
  if (scope === 'FORUM' && !values.forumId) {
    context.addIssue({ code: 'custom', path: ['forumId'], message: 'form.errors.forumRequired' });
  }
}

export const inviteSchema = z
  .object({
    email: emailField,
    displayName: z
      .string()
      .trim()
      .min(1, 'form.errors.nameRequired')
      .max(FIELD_LIMITS.displayNameMax, 'form.errors.nameTooLong'),
    ...roleFields,
  })
  .superRefine(requireScope);
export type InviteValues = z.input<typeof inviteSchema>;

export const grantRoleSchema = z.object(roleFields).superRefine(requireScope);
export type GrantRoleValues = z.input<typeof grantRoleSchema>;

/** The API's RoleGrantInput: the cluster or forum only for a role scoped to one. */
export function roleGrantInput(values: RoleFieldValues): {
  role: Role;
  clusterId: string | null;
  forumId: string | null;
} {
  const role = values.role as Role;
  return {
    role,
    clusterId: ROLE_SCOPES[role] === 'CLUSTER' ? values.clusterId || null : null,
    forumId: ROLE_SCOPES[role] === 'FORUM' ? values.forumId || null : null,
  };
}

/** A role form with nothing chosen. */
export const NO_ROLE: RoleFieldValues = { role: '', clusterId: '', forumId: '' };
