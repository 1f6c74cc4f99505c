import { AUDIT_ACTIONS } from '@roundtable/shared/identity';
import type { AuditAction } from '../../gql/graphql';

/**
 * The actions the API's schema accepts as a filter. The shared list may run ahead of the schema
 * (a module in progress); a Record over the generated type makes the compiler say when the schema
 * gains or loses one, so the filter offers exactly what the API takes.
 */
const IN_SCHEMA: Record<AuditAction, true> = {
  SIGNED_IN: true,
  SIGN_IN_FAILED: true,
  SIGNED_OUT: true,
  PASSWORD_CHANGED: true,
  ACCOUNT_INVITED: true,
  INVITATION_REISSUED: true,
  INVITATION_ACCEPTED: true,
  ACCOUNT_DISABLED: true,
  ACCOUNT_ENABLED: true,
  ROLE_GRANTED: true,
  ROLE_REVOKED: true,
  API_TOKEN_CREATED: true,
  API_TOKEN_REVOKED: true,
  MILESTONE_CREATED: true,
  MILESTONE_UPDATED: true,
  MILESTONE_DELETED: true,
  PERSONAL_DATA_READ: true,
  FORUM_CREATED: true,
  FORUM_UPDATED: true,
  FORUM_MEMBER_APPOINTED: true,
  FORUM_MEMBER_RENEWED: true,
  FORUM_MEMBER_ENDED: true,
  FORUM_MEMBER_CONSENT_CHANGED: true,
  MEETING_SCHEDULED: true,
  MEETING_UPDATED: true,
  MEETING_DELETED: true,
  ATTENDANCE_RECORDED: true,
  PERSON_CREATED: true,
  ORGANISATION_CREATED: true,
  STAKEHOLDER_PROFILE_CREATED: true,
  STAKEHOLDER_PROFILE_UPDATED: true,
  STAKEHOLDER_PROFILE_ERASED: true,
  CONTACT_CONSENT_CHANGED: true,
  ORGANISATION_ACTIVITY_CHANGED: true,
  POOL_IMPORTED: true,
  POOL_EXPORTED: true,
  CALL_CREATED: true,
  CALL_UPDATED: true,
  CALL_OPENED: true,
  CALL_DEADLINE_EXTENDED: true,
  CALL_CLOSED: true,
  CALL_DECIDED: true,
  APPLICATION_SUBMITTED: true,
  APPLICATION_UPDATED: true,
  APPLICATION_WITHDRAWN: true,
  APPLICATION_SCORED: true,
  APPLICATION_DECIDED: true,
  PARTNERSHIP_CREATED: true,
  PARTNERSHIP_UPDATED: true,
  PARTNERSHIP_REPORTED: true,
  EVENT_CREATED: true,
  EVENT_UPDATED: true,
  EVENT_REGISTRATION_CLOSED: true,
  EVENT_REGISTRATION_REOPENED: true,
  EVENT_REGISTERED: true,
  EVENT_REGISTRATION_CANCELLED: true,
  EVENT_REGISTRATION_PROMOTED: true,
  EVENT_CHECKED_IN: true,
  EVENT_CHECK_IN_UNDONE: true,
  EVENT_ATTENDEES_EXPORTED: true,
};

/** In the shared list's order: sign-ins, accounts, roles, tokens, milestones, reads, forums, the partner pool, calls, partnerships, events. */
export const AUDIT_FILTER_ACTIONS: readonly AuditAction[] = AUDIT_ACTIONS.filter(
  (action): action is AuditAction => action in IN_SCHEMA,
);

export function isAuditFilterAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && value in IN_SCHEMA;
}
