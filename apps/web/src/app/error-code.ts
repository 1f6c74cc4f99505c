import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { isErrorCode, type ErrorCode } from '@roundtable/shared/errors';

/** What the page can say about a failure: an API code, the network, or something unknown. */
export type ErrorKind = ErrorCode | 'NETWORK' | 'UNKNOWN';

type Extensions = Record<string, unknown>;

/**
 * The first GraphQL error's extensions. A refusal with an HTTP status (429 for RATE_LIMITED) sent
 * as plain `application/json` reaches the client as a ServerError; its body may still be a
 * GraphQL answer with a code.
 */
function firstExtensions(error: unknown): Extensions | null {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.extensions ?? {};
  if (ServerError.is(error)) {
    try {
      const body: unknown = JSON.parse(error.bodyText);
      const errors = (body as { errors?: Array<{ extensions?: Extensions }> } | null)?.errors;
      const extensions = Array.isArray(errors) ? errors[0]?.extensions : undefined;
      if (extensions && isErrorCode(extensions['code'])) return extensions;
    } catch {
      // Not JSON: a proxy's error page, a gateway timeout.
    }
  }
  return null;
}

export function errorKind(error: unknown): ErrorKind {
  const extensions = firstExtensions(error);
  if (extensions) {
    const code = extensions['code'];
    return isErrorCode(code) ? code : 'UNKNOWN';
  }
  // Anything else reached no GraphQL answer: the server is down, unreachable or not GraphQL.
  return error ? 'NETWORK' : 'UNKNOWN';
}

/** The code and what the API adds to some codes: when to retry, which fields were wrong. */
export interface ErrorDetails {
  kind: ErrorKind;
  /** RATE_LIMITED: seconds until another attempt is allowed. */
  retryAfterSeconds: number | null;
  /** BAD_USER_INPUT: the arguments (fields) the API refused. */
  invalidArguments: string[];
}

export function errorDetails(error: unknown): ErrorDetails {
  const kind = errorKind(error);
  const extensions = firstExtensions(error) ?? {};
  const retry = extensions['retryAfterSeconds'];
  const invalid = extensions['invalidArguments'];
  return {
    kind,
    retryAfterSeconds: typeof retry === 'number' && retry > 0 ? retry : null,
    invalidArguments: Array.isArray(invalid) ? invalid.filter((name): name is string => typeof name === 'string') : [],
  };
}

/** Whole minutes to wait, never 0: "try again in 1 minute" rather than "in 0". */
export function minutesToWait(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

/** The codes that mean "sign in (again)": the session ran out, or none came with the request. */
export function isSessionLoss(error: unknown): error is CombinedGraphQLErrors {
  const kind = errorKind(error);
  return kind === 'SESSION_EXPIRED' || kind === 'UNAUTHENTICATED';
}
