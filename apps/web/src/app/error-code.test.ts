import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { errorDetails, errorKind, isSessionLoss, minutesToWait } from './error-code';

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

  it('reads the code from a refusal sent with an HTTP error status', () => {
    const bodyText = JSON.stringify({
      errors: [{ message: 'Slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 90 } }],
    });
    const error = new ServerError('Too many', { response: new Response(bodyText, { status: 429 }), bodyText });
    expect(errorKind(error)).toBe('RATE_LIMITED');
    expect(errorDetails(error).retryAfterSeconds).toBe(90);
  });
});

describe('isSessionLoss', () => {
  it('is true for an expired session and a missing one, and nothing else', () => {
    const withCode = (code: string) =>
      new CombinedGraphQLErrors({ data: null, errors: [{ message: code, extensions: { code } }] });
    expect(isSessionLoss(withCode('SESSION_EXPIRED'))).toBe(true);
    expect(isSessionLoss(withCode('UNAUTHENTICATED'))).toBe(true);
    expect(isSessionLoss(withCode('FORBIDDEN'))).toBe(false);
    expect(isSessionLoss(new TypeError('Failed to fetch'))).toBe(false);
  });
});

describe('errorDetails', () => {
  it('reads when to retry and which fields were refused', () => {
    const limited = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 125 } }],
    });
    expect(errorDetails(limited)).toEqual({ kind: 'RATE_LIMITED', retryAfterSeconds: 125, invalidArguments: [] });
    const invalid = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Bad', extensions: { code: 'BAD_USER_INPUT', invalidArguments: ['input', 7] } }],
    });
    expect(errorDetails(invalid).invalidArguments).toEqual(['input']);
  });

  it('gives nothing extra for a network failure', () => {
    expect(errorDetails(new TypeError('Failed to fetch'))).toEqual({
      kind: 'NETWORK',
      retryAfterSeconds: null,
      invalidArguments: [],
    });
  });
});

describe('minutesToWait', () => {
  it('rounds up to whole minutes, at least one', () => {
    expect(minutesToWait(1)).toBe(1);
    expect(minutesToWait(60)).toBe(1);
    expect(minutesToWait(61)).toBe(2);
    expect(minutesToWait(900)).toBe(15);
  });
});
