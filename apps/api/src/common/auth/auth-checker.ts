import type { AuthCheckerFn } from 'type-graphql';
import type { Role } from '@roundtable/shared/identity';
import type { Context } from '../../context.js';
import { DomainError } from '../errors/domain-error.js';

/**
 * The rules `@Authorized(...)` takes: role names (any one of them is enough), PUBLIC for what
 * anyone may use, or nothing for "any signed-in account". Scope (which cluster) is the service's
 * to check; this answers only "may this kind of account call this at all".
 */
export const PUBLIC = 'PUBLIC';
export type AccessRule = Role | typeof PUBLIC;

export const authChecker: AuthCheckerFn<Context, AccessRule> = ({ context }, rules) => {
  if (rules.includes(PUBLIC)) return true;
  const { viewer } = context;
  viewer.requireAccountId();
  if (rules.length === 0 || rules.some((rule) => rule !== PUBLIC && viewer.hasRole(rule))) return true;
  throw new DomainError(
    'FORBIDDEN',
    'Your account may not do this. Ask an administrator if you need a role that allows it.',
    {
      requiredRoles: rules,
    },
  );
};
