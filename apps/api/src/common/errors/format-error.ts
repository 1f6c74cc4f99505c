import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Context } from '../../context.js';
import { queryLimitRefusalFor } from '../graphql/query-limits.js';
import type { Logger } from '../logging/logger.js';
import { DomainError } from './domain-error.js';

/** What a person sees of an unexpected error; the details go to the log under the request id. */
export const MASKED_ERROR_MESSAGE =
  'Something went wrong on our side. Try again; if it keeps happening, quote the request id to support.';

/**
 * An unexpected failure before any resolver ran (the request's context could not be made, say
 * because the database does not answer), already logged: it carries the request id to show.
 */
export class RequestFailedError extends GraphQLError {
  constructor(
    readonly requestId: string,
    cause: unknown,
  ) {
    super(MASKED_ERROR_MESSAGE, {
      extensions: { code: 'INTERNAL_SERVER_ERROR', http: { status: 500 } },
      ...(cause instanceof Error ? { originalError: cause } : {}),
    });
    this.name = 'RequestFailedError';
  }
}

/** Codes that describe the request, not a fault of ours: shown as they are. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

/**
 * The one place errors become responses: a DomainError keeps its code and message (also when a
 * validation rule reported it: the query limits); class-validator failures say which argument and
 * why; graphql's own limits (tokens, introspection depth) become QUERY_TOO_COMPLEX; anything else is masked as
 * INTERNAL_SERVER_ERROR (logged by `errorLoggingPlugin` with the request id the person can quote).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = domainErrorIn(error) ?? unwrapResolverError(error);
  if (original instanceof DomainError) return fromDomainError(original, formatted);
  const code = formatted.extensions?.['code'];
  const refusal = queryLimitRefusalFor(code, formatted.message);
  if (refusal) return fromDomainError(refusal, formatted);
  const validationErrors = formatted.extensions?.['validationErrors'] as ValidationFailure[] | undefined;
  if (code === 'BAD_USER_INPUT' && validationErrors) {
    const messages = flatten(validationErrors);
    return {
      message: messages.join('; ') || 'An argument is not valid.',
      path: formatted.path,
      extensions: { code, invalidArguments: validationErrors.map((v) => v.property) },
    };
  }
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  return {
    message: MASKED_ERROR_MESSAGE,
    path: formatted.path,
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      ...(original instanceof RequestFailedError ? { requestId: original.requestId } : {}),
    },
  };
}

function fromDomainError(error: DomainError, formatted: GraphQLFormattedError): GraphQLFormattedError {
  // `http` (a status such as 429, and headers) is for Apollo's response, not for the client's JSON.
  const { http: _http, ...extensions } = error.extensions;
  return { message: error.message, path: formatted.path, extensions };
}

/** The DomainError behind an error: a resolver's (located by graphql) or a validation rule's (wrapped by Apollo). */
function domainErrorIn(error: unknown): DomainError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current instanceof Error; depth += 1) {
    if (current instanceof DomainError) return current;
    current = current instanceof GraphQLError ? current.originalError : undefined;
  }
  return undefined;
}

function flatten(failures: ValidationFailure[]): string[] {
  return failures.flatMap((failure) => [
    ...Object.values(failure.constraints ?? {}),
    ...flatten(failure.children ?? []),
  ]);
}

/** Logs the unexpected errors with the request id, and adds that id to the masked errors. */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const code = error.extensions?.['code'];
            if (original instanceof DomainError || (typeof code === 'string' && CLIENT_CODES.has(code))) continue;
            logger.error(
              { err: original, requestId: contextValue?.requestId, path: error.path },
              'Unexpected error in a GraphQL request',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.['code'] === 'INTERNAL_SERVER_ERROR' && contextValue?.requestId) {
              (error.extensions as Record<string, unknown>)['requestId'] = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}
