import { describe, expect, it } from 'vitest';
import {
  callClosesAt,
  canTransition,
  closedReason,
  denseRanks,
  isAcceptingApplications,
  isValidScore,
  normaliseRegistrationNumber,
  startOfDayInIsrael,
} from './calls.js';

describe('a call closes at midnight at the end of its deadline day in Israel', () => {
  it('in summer (UTC+3): seed 000’s 2020-06-02 closes at 2020-06-02T21:00Z', () => {
    expect(callClosesAt('2020-06-02').toISOString()).toBe('2020-06-02T21:00:00.000Z');
  });

  it('in winter (UTC+2)', () => {
    expect(callClosesAt('2024-12-31').toISOString()).toBe('2024-12-31T22:00:00.000Z');
  });

  it('on the days the clocks change: summer time starts on the Friday, 2024-03-29, and ends on 2024-10-27', () => {
    // The day before the change is still winter at its end; the day of the change ends in summer time.
    expect(callClosesAt('2024-03-28').toISOString()).toBe('2024-03-28T22:00:00.000Z');
    expect(callClosesAt('2024-03-29').toISOString()).toBe('2024-03-29T21:00:00.000Z');
    expect(callClosesAt('2024-10-26').toISOString()).toBe('2024-10-26T21:00:00.000Z');
    expect(callClosesAt('2024-10-27').toISOString()).toBe('2024-10-27T22:00:00.000Z');
  });

  it('starts a day at midnight in Israel', () => {
    expect(startOfDayInIsrael('2024-03-29').toISOString()).toBe('2024-03-28T22:00:00.000Z');
    expect(startOfDayInIsrael('2024-10-28').toISOString()).toBe('2024-10-27T22:00:00.000Z');
  });
});

describe('accepting applications', () => {
  const call = { status: 'OPEN' as const, opensOn: null, closesAt: callClosesAt('2024-06-02') };

  it('accepts at 23:59:59.999 on the deadline day and refuses at midnight', () => {
    expect(isAcceptingApplications(call, new Date('2024-06-02T20:59:59.999Z'))).toBe(true);
    expect(closedReason(call, new Date('2024-06-02T21:00:00.000Z'))).toBe('PASSED');
  });

  it('waits for opensOn, in Israel: 2024-06-01 begins at 21:00Z the day before', () => {
    const later = { ...call, opensOn: '2024-06-01' };
    expect(closedReason(later, new Date('2024-05-31T20:59:59Z'))).toBe('NOT_YET');
    expect(closedReason(later, new Date('2024-05-31T21:00:00Z'))).toBeNull();
  });

  it('accepts nothing while a draft, closed or decided', () => {
    const now = new Date('2024-05-01T00:00:00Z');
    expect(closedReason({ ...call, status: 'DRAFT' }, now)).toBe('NOT_OPEN');
    expect(closedReason({ ...call, status: 'CLOSED' }, now)).toBe('CLOSED');
    expect(closedReason({ ...call, status: 'DECIDED' }, now)).toBe('CLOSED');
  });
});

describe('rules', () => {
  it('move a call DRAFT → OPEN → CLOSED → DECIDED and nowhere else', () => {
    expect(canTransition('DRAFT', 'OPEN')).toBe(true);
    expect(canTransition('OPEN', 'CLOSED')).toBe(true);
    expect(canTransition('CLOSED', 'DECIDED')).toBe(true);
    expect(canTransition('DRAFT', 'CLOSED')).toBe(false);
    expect(canTransition('DECIDED', 'OPEN')).toBe(false);
    expect(canTransition('CLOSED', 'OPEN')).toBe(false);
  });

  it('score from 1 to 5, whole numbers', () => {
    expect([0, 1, 3, 5, 6, 2.5].map(isValidScore)).toEqual([false, true, true, true, false, false]);
  });

  it('read a registration number with dashes or spaces as its nine digits', () => {
    expect(normaliseRegistrationNumber('58-012345-6')).toBe('580123456');
    expect(normaliseRegistrationNumber(' 580 123 456 ')).toBe('580123456');
    expect(normaliseRegistrationNumber('58012345')).toBeNull();
    expect(normaliseRegistrationNumber('58O123456')).toBeNull();
  });

  it('rank densely by average, best first, leaving the unscored out', () => {
    expect(denseRanks([4.5, 3, null, 4.5, 2])).toEqual([1, 2, null, 1, 3]);
  });
});
