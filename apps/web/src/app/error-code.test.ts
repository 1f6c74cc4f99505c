import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { errorKind } from './error-code';

describe('errorKind', () => {
  it('reads the stable code from extensions', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'No cluster', extensions: { code: 'NOT_FOUND' } }],
    });
    expect(errorKind(error)).toBe('NOT_FOUND');
  });

  it('treats a code outside the vocabulary as unknown', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Bad', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });
    expect(errorKind(error)).toBe('UNKNOWN');
  });

  it('calls a failed request a network problem', () => {
    const response = new Response('Bad gateway', { status: 502 });
    expect(errorKind(new ServerError('Bad gateway', { response, bodyText: 'Bad gateway' }))).toBe('NETWORK');
    expect(errorKind(new TypeError('Failed to fetch'))).toBe('NETWORK');
  });
});
