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
  'MALFORMED_FILE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
