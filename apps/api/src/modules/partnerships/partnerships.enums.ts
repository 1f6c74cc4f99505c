import {
  FUNDING_MECHANISMS,
  PARTNER_ROLES,
  PARTNERSHIP_KINDS,
  PARTNERSHIP_STATUSES,
  STATUS_LIGHTS,
} from '@roundtable/shared/partnerships';
import { registerCodeEnum } from '../../common/graphql/enum.js';

export const PartnershipKindEnum = registerCodeEnum(
  PARTNERSHIP_KINDS,
  'PartnershipKind',
  "CROSS_SECTOR: partners from several sectors; INTER_MUNICIPAL: a cluster's joint project of its authorities",
);
export const PartnershipStatusEnum = registerCodeEnum(
  PARTNERSHIP_STATUSES,
  'PartnershipStatus',
  'IDEA → PLANNING → ACTIVE → COMPLETED, or PAUSED; only PLANNING and ACTIVE ones are expected to report',
);
export const PartnerRoleEnum = registerCodeEnum(
  PARTNER_ROLES,
  'PartnerRole',
  'What a partner organisation does in a partnership: leads it, takes part, or funds it',
);
export const FundingMechanismEnum = registerCodeEnum(
  FUNDING_MECHANISMS,
  'FundingMechanism',
  'How a partnership is funded: a tender, a joint tender of several authorities, a grant, philanthropy, in kind, or a mix',
);
export const StatusLightEnum = registerCodeEnum(
  STATUS_LIGHTS,
  'StatusLight',
  'Computed by the server’s clock, first that holds: INACTIVE (12 months without a report), OVERDUE (no report within its reporting period), AT_RISK (a milestone past due and not done), ON_TRACK',
);
