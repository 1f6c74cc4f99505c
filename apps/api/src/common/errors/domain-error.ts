import { GraphQLError } from 'graphql';
import type { ErrorCode } from '@roundtable/shared/errors';

/**
 * A mistake the person can act on, with a stable code from packages/shared/src/errors.ts.
 * Services throw it; `format-error.ts` is the one place that turns it into `extensions.code`.
 */
export class DomainError extends GraphQLError {
  constructor(code: Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
    this.name = 'DomainError';
  }

  get code(): ErrorCode {
    return this.extensions['code'] as ErrorCode;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, key: string) {
    super('NOT_FOUND', `No ${what} matches "${key}". Check the link or search again.`, { what });
  }
}
