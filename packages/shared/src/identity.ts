/**
 * Who may do what (rule 6, domain.md). A person may hold several roles; CLUSTER_CEO is scoped to a
 * cluster and COMMITTEE_MEMBER to the calls of one forum, so each grant of those names its scope.
 */
export const ROLES = ['ADMIN', 'PMO_ANALYST', 'CLUSTER_CEO', 'COMMITTEE_MEMBER', 'STAKEHOLDER'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** What scope a grant of each role needs: none, a cluster, or a forum. */
export const ROLE_SCOPES: Record<Role, 'NONE' | 'CLUSTER' | 'FORUM'> = {
  ADMIN: 'NONE',
  PMO_ANALYST: 'NONE',
  CLUSTER_CEO: 'CLUSTER',
  COMMITTEE_MEMBER: 'FORUM',
  STAKEHOLDER: 'NONE',
};

/** INVITED until the person sets a password; DISABLED keeps the history but lets no one in. */
export const ACCOUNT_STATUSES = ['INVITED', 'ACTIVE', 'DISABLED'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/**
 * Long passphrases over composition rules (NIST SP 800-63B): at least 12 characters, and the
 * upper bound keeps hashing cheap enough that a long body cannot tie up the server.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** The kinds of entry in the audit trail; stored, so add, never rename. */
export const AUDIT_ACTIONS = [
  'SIGNED_IN',
  'SIGN_IN_FAILED',
  'SIGNED_OUT',
  'PASSWORD_CHANGED',
  'ACCOUNT_INVITED',
  'INVITATION_REISSUED',
  'INVITATION_ACCEPTED',
  'ACCOUNT_DISABLED',
  'ACCOUNT_ENABLED',
  'ROLE_GRANTED',
  'ROLE_REVOKED',
  'API_TOKEN_CREATED',
  'API_TOKEN_REVOKED',
  'MILESTONE_CREATED',
  'MILESTONE_UPDATED',
  'MILESTONE_DELETED',
  'PERSONAL_DATA_READ',
  'FORUM_CREATED',
  'FORUM_UPDATED',
  'FORUM_MEMBER_APPOINTED',
  'FORUM_MEMBER_RENEWED',
  'FORUM_MEMBER_ENDED',
  'FORUM_MEMBER_CONSENT_CHANGED',
  'MEETING_SCHEDULED',
  'MEETING_UPDATED',
  'MEETING_DELETED',
  'ATTENDANCE_RECORDED',
  'PERSON_CREATED',
  'ORGANISATION_CREATED',
  'STAKEHOLDER_PROFILE_CREATED',
  'STAKEHOLDER_PROFILE_UPDATED',
  'STAKEHOLDER_PROFILE_ERASED',
  'CONTACT_CONSENT_CHANGED',
  'ORGANISATION_ACTIVITY_CHANGED',
  'POOL_IMPORTED',
  'POOL_EXPORTED',
  'CALL_CREATED',
  'CALL_UPDATED',
  'CALL_OPENED',
  'CALL_DEADLINE_EXTENDED',
  'CALL_CLOSED',
  'CALL_DECIDED',
  'APPLICATION_SUBMITTED',
  'APPLICATION_UPDATED',
  'APPLICATION_WITHDRAWN',
  'APPLICATION_SCORED',
  'APPLICATION_DECIDED',
  'PARTNERSHIP_CREATED',
  'PARTNERSHIP_UPDATED',
  'PARTNERSHIP_REPORTED',
  'EVENT_CREATED',
  'EVENT_UPDATED',
  'EVENT_REGISTRATION_CLOSED',
  'EVENT_REGISTRATION_REOPENED',
  'EVENT_REGISTERED',
  'EVENT_REGISTRATION_CANCELLED',
  'EVENT_REGISTRATION_PROMOTED',
  'EVENT_CHECKED_IN',
  'EVENT_CHECK_IN_UNDONE',
  'EVENT_ATTENDEES_EXPORTED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
