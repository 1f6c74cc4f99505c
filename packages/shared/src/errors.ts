/**
 * The one error vocabulary (conventions.md). The API puts the code in `extensions.code`; the
 * dashboard turns it into a message in the reader's language. Codes are stable: add, never rename.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'DEADLINE_PASSED',
  'SEAT_LIMIT',
  // An event's registration is not open: before its window, after it, or closed by hand (issue #8).
  'REGISTRATION_CLOSED',
  // Check-in is for a CONFIRMED registration only (a waitlisted or cancelled one has no seat).
  'NOT_CONFIRMED',
  // Check-in opens on the event's first day (in Israel).
  'EVENT_NOT_STARTED',
  // A question about more calendar quarters than the API answers at once (eventParticipation: 80).
  'PERIOD_TOO_LONG',
  'MALFORMED_FILE',
  // The request itself: malformed, too large, too deep or costly, or too many of them.
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  // Identity: a wrong email or password, a session past its time, an invitation past its time.
  'INVALID_CREDENTIALS',
  'SESSION_EXPIRED',
  'INVITATION_EXPIRED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
