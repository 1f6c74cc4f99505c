import {
  ATTENDANCE_STATUSES,
  FORUM_KINDS,
  FORUM_MEMBER_END_REASONS,
  FORUM_MEMBER_ROLES,
  FORUM_MEMBER_STATUSES,
} from '@roundtable/shared/forums';
import { registerCodeEnum } from '../../common/graphql/enum.js';

export const ForumKindEnum = registerCodeEnum(
  FORUM_KINDS,
  'ForumKind',
  "A cluster's heads', coordinating, professional or cross-sector forum, or the PMO's national round table",
);
export const ForumMemberRoleEnum = registerCodeEnum(
  FORUM_MEMBER_ROLES,
  'ForumMemberRole',
  'CHAIR, a CO_CHAIR for a sector, SECRETARY (staff: holds no seat) or MEMBER',
);
export const ForumMemberEndReasonEnum = registerCodeEnum(
  FORUM_MEMBER_END_REASONS,
  'ForumMemberEndReason',
  'Why a membership ended',
);
export const ForumMemberStatusEnum = registerCodeEnum(
  FORUM_MEMBER_STATUSES,
  'ForumMemberStatus',
  'ACTIVE until the membership is ended; ended memberships stay, so the forum keeps who sat when',
);
export const AttendanceStatusEnum = registerCodeEnum(
  ATTENDANCE_STATUSES,
  'AttendanceStatus',
  "A member's attendance in a year against the forum's minimum: MET, ON_TRACK, AT_RISK (behind the pace) or MISSED",
);
