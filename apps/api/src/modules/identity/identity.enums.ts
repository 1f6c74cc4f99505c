import { ACCOUNT_STATUSES, ROLES } from '@roundtable/shared/identity';
import { registerCodeEnum } from '../../common/graphql/enum.js';

export const RoleEnum = registerCodeEnum(
  ROLES,
  'Role',
  'What an account may do; CLUSTER_CEO is scoped to a cluster, COMMITTEE_MEMBER to the calls of a forum',
);
export const AccountStatusEnum = registerCodeEnum(
  ACCOUNT_STATUSES,
  'AccountStatus',
  'INVITED until the person sets a password; DISABLED lets no one in and keeps the history',
);
