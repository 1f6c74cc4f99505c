import { APPLICATION_DECISIONS, APPLICATION_STATUSES, CALL_STATUSES, NOMINEE_KINDS } from '@roundtable/shared/calls';
import { registerCodeEnum } from '../../common/graphql/enum.js';

export const CallStatusEnum = registerCodeEnum(
  CALL_STATUSES,
  'CallStatus',
  'DRAFT (only its managers see it) → OPEN → CLOSED → DECIDED',
);
export const ApplicationStatusEnum = registerCodeEnum(
  APPLICATION_STATUSES,
  'ApplicationStatus',
  'WITHDRAWN: the applicant took it back before the deadline (it can be submitted again until then)',
);
export const NomineeKindEnum = registerCodeEnum(
  NOMINEE_KINDS,
  'NomineeKind',
  'Who the application nominates: the head of an organisation, or a philanthropist as an individual (where the call allows)',
);
export const ApplicationDecisionEnum = registerCodeEnum(
  APPLICATION_DECISIONS,
  'ApplicationDecision',
  "The advisory committee's decision: ACCEPT seats the nominee, RESERVE keeps them in the reserves pool, REJECT",
);
