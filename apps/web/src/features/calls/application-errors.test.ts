import { describe, expect, it } from 'vitest';
import { isCatalogueKey } from '../../i18n/catalogue-keys';
import { applicationErrorKey } from './application-errors';

describe('applicationErrorKey', () => {
  it('says what to do after the deadline, for a second application and for a withdrawal', () => {
    expect(applicationErrorKey('DEADLINE_PASSED', 'submit')).toBe('calls.errors.deadlinePassed');
    expect(applicationErrorKey('DEADLINE_PASSED', 'withdraw')).toBe('calls.errors.withdrawDeadlinePassed');
    expect(applicationErrorKey('CONFLICT', 'submit')).toBe('calls.errors.alreadyApplied');
    expect(applicationErrorKey('CONFLICT', 'update')).toBe('calls.errors.changed');
  });

  it('leaves the other codes to the general messages, and names only keys the catalogues have', () => {
    expect(applicationErrorKey('NETWORK', 'submit')).toBeNull();
    expect(applicationErrorKey('RATE_LIMITED', 'update')).toBeNull();
    for (const kind of ['DEADLINE_PASSED', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'] as const) {
      for (const action of ['submit', 'update', 'withdraw'] as const) {
        expect(isCatalogueKey(applicationErrorKey(kind, action)!)).toBe(true);
      }
    }
  });
});
