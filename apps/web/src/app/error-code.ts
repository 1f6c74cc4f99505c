import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { isErrorCode, type ErrorCode } from '@roundtable/shared/errors';

/** What the page can say about a failure: an API code, the network, or something unknown. */
export type ErrorKind = ErrorCode | 'NETWORK' | 'UNKNOWN';

export function errorKind(error: unknown): ErrorKind {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.['code'];
    return isErrorCode(code) ? code : 'UNKNOWN';
  }
  // Anything else reached no GraphQL answer: the server is down, unreachable or not GraphQL.
  return error ? 'NETWORK' : 'UNKNOWN';
}
