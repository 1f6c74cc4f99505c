import { describe, expect, it } from 'vitest';
import { isCatalogueKey } from '../../i18n/catalogue-keys';
import { callErrorText, INVALID_ARGUMENTS, type CallChange } from './review-errors';

describe("the API's refusals of a call's steps", () => {
  it('name the sector and its seats for SEAT_LIMIT', () => {
    expect(callErrorText('SEAT_LIMIT', { sector: 'CIVIL_SOCIETY', seats: 9 }, 'decide')).toEqual({
      key: 'callReview.errors.seatLimitTaken',
      sector: 'CIVIL_SOCIETY',
      count: 9,
    });
    expect(callErrorText('SEAT_LIMIT', { sector: 'ACADEMIA', seats: 0 }, 'decide')).toEqual({
      key: 'callReview.errors.seatLimitNoSeats',
      sector: 'ACADEMIA',
    });
    expect(callErrorText('SEAT_LIMIT', {}, 'decide')).toEqual({ key: 'callReview.errors.seatLimit' });
  });

  it('say how many applications wait when a call cannot be marked decided', () => {
    expect(callErrorText('CONFLICT', { undecided: 3 }, 'markDecided')).toEqual({
      key: 'callReview.errors.conflict.undecidedCount',
      count: 3,
    });
    expect(callErrorText('CONFLICT', {}, 'markDecided')).toEqual({ key: 'callReview.errors.conflict.undecided' });
    expect(callErrorText('CONFLICT', { deadline: '2020-06-02' }, 'open')).toEqual({
      key: 'callReview.errors.conflict.openDeadlinePassed',
    });
    expect(callErrorText('CONFLICT', { status: 'OPEN' }, 'score')).toEqual({ key: 'callReview.errors.conflict.score' });
  });

  it('tie BAD_USER_INPUT to the form field it names', () => {
    expect(callErrorText('BAD_USER_INPUT', { invalidArguments: ['newDeadline'] }, 'extend')).toEqual({
      key: 'callReview.errors.invalid.newDeadline',
      field: 'newDeadline',
    });
    expect(callErrorText('BAD_USER_INPUT', { invalidArguments: ['unknown'] }, 'form')).toEqual({
      key: 'callReview.errors.invalid.other',
    });
  });

  it('leave the general message to other codes', () => {
    expect(callErrorText('NETWORK', {}, 'form')).toBeNull();
    expect(callErrorText('RATE_LIMITED', {}, 'decide')).toBeNull();
  });

  it('use only keys the catalogues have', () => {
    const changes: CallChange[] = ['form', 'open', 'extend', 'close', 'markDecided', 'decide', 'score'];
    const keys = new Set<string>(Object.values(INVALID_ARGUMENTS).map((entry) => entry.key));
    for (const change of changes) {
      for (const [kind, extensions] of [
        ['SEAT_LIMIT', { sector: 'BUSINESS', seats: 2 }],
        ['SEAT_LIMIT', { sector: 'BUSINESS' }],
        ['CONFLICT', {}],
        ['CONFLICT', { undecided: 1, deadline: '2020-01-01' }],
        ['DEADLINE_PASSED', {}],
        ['FORBIDDEN', {}],
        ['BAD_USER_INPUT', {}],
      ] as const) {
        const text = callErrorText(kind, extensions, change);
        if (text) keys.add(text.key);
      }
    }
    expect(keys.size).toBeGreaterThan(20);
    for (const key of keys) expect(isCatalogueKey(key), key).toBe(true);
  });
});
