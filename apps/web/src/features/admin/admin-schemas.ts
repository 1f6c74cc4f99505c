import { z } from 'zod';
import { ROLE_SCOPES, ROLES, type Role } from '@roundtable/shared/identity';
import { FIELD_LIMITS } from '../../app/form-errors';
import { emailField } from '../account/account-schemas';

/**
 * The roles an administrator can grant from the dashboard. A committee member's scope is a forum;
 * the dashboard has no forum pages yet to choose one from (and a grant names its forum only by
 * id), so that role is granted once forums have their pages.
 */
export const GRANTABLE_ROLES = ROLES.filter((role) => ROLE_SCOPES[role] !== 'FORUM');

function isGrantable(value: string): value is Role {
  return (GRANTABLE_ROLES as readonly string[]).includes(value);
}

/** A role and, for a cluster CEO, the cluster: the scope travels with the role. */
const roleFields = {
  role: z.string().refine(isGrantable, 'form.errors.roleRequired'),
  clusterId: z.string(),
};

function requireScope(values: { role: string; clusterId: string }, context: z.RefinementCtx): void {
  if (isGrantable(values.role) && ROLE_SCOPES[values.role] === 'CLUSTER' && !values.clusterId) {
    context.addIssue({ code: 'custom', path: ['clusterId'], message: 'form.errors.clusterRequired' });
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

/** The API's RoleGrantInput: the cluster only for a role scoped to one. */
export function roleGrantInput(values: { role: string; clusterId: string }): { role: Role; clusterId: string | null } {
  const role = values.role as Role;
  return { role, clusterId: ROLE_SCOPES[role] === 'CLUSTER' ? values.clusterId || null : null };
}
