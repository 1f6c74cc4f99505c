import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../../context.js';
import type { Logger } from '../logging/logger.js';
import { DomainError } from './domain-error.js';

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
 * The one place errors become responses: a DomainError keeps its code and message; class-validator
 * failures say which argument and why; anything else is masked as INTERNAL_SERVER_ERROR (logged
 * by `errorLoggingPlugin` with the request id the person can quote).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return { message: original.message, path: formatted.path, extensions: { ...original.extensions } };
  }
  const code = formatted.extensions?.['code'];
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
    message: 'Something went wrong on our side. Try again; if it keeps happening, quote the request id to support.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
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
