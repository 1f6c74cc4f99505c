import { describe, expect, it } from 'vitest';
import { eventTiming, registrationState } from './events.js';

const at = (iso: string) => new Date(iso);
const window = (overrides: Partial<Parameters<typeof registrationState>[0]> = {}) => ({
  registrationOpensAt: at('2030-03-01T08:00:00Z'),
  registrationClosesAt: at('2030-03-10T08:00:00Z'),
  registrationClosed: false,
  startsOn: '2030-04-01',
  endsOn: '2030-04-02',
  ...overrides,
});

describe('registrationState', () => {
  it('is not yet open before the window opens', () => {
    expect(registrationState(window(), at('2030-03-01T07:59:59.999Z'))).toBe('NOT_YET_OPEN');
  });

  it('is open from the instant the window opens until just before it closes', () => {
    expect(registrationState(window(), at('2030-03-01T08:00:00Z'))).toBe('OPEN');
    expect(registrationState(window(), at('2030-03-10T07:59:59.999Z'))).toBe('OPEN');
  });

  it('is closed from the instant the window ends', () => {
    expect(registrationState(window(), at('2030-03-10T08:00:00Z'))).toBe('CLOSED');
  });

  it('is closed when its organiser closed it by hand, even inside the window or before it opens', () => {
    expect(registrationState(window({ registrationClosed: true }), at('2030-03-05T08:00:00Z'))).toBe('CLOSED');
    expect(registrationState(window({ registrationClosed: true }), at('2030-02-01T08:00:00Z'))).toBe('CLOSED');
  });

  it('is open without a window until closed by hand', () => {
    const open = window({ registrationOpensAt: null, registrationClosesAt: null });
    expect(registrationState(open, at('1990-01-01T00:00:00Z'))).toBe('OPEN');
    expect(registrationState({ ...open, registrationClosed: true }, at('1990-01-01T00:00:00Z'))).toBe('CLOSED');
  });

  it('is closed once the event is over, even without a window or inside one', () => {
    const noWindow = window({ registrationOpensAt: null, registrationClosesAt: null });
    // The last day in Israel (UTC+3 in April): open through 23:59 there, closed from midnight.
    expect(registrationState(noWindow, at('2030-04-02T20:59:59Z'))).toBe('OPEN');
    expect(registrationState(noWindow, at('2030-04-02T21:00:00Z'))).toBe('CLOSED');
    const lateWindow = window({ registrationClosesAt: at('2030-05-01T00:00:00Z') });
    expect(registrationState(lateWindow, at('2030-04-03T08:00:00Z'))).toBe('CLOSED');
    // A one-day event is over after that day; an undated one never by the calendar.
    expect(registrationState(window({ endsOn: null, startsOn: '2030-04-01' }), at('2030-04-02T08:00:00Z'))).toBe(
      'CLOSED',
    );
    const undated = window({ startsOn: null, endsOn: null, registrationClosesAt: null });
    expect(registrationState(undated, at('2040-01-01T00:00:00Z'))).toBe('OPEN');
  });
});

describe('eventTiming', () => {
  it('is upcoming through its last day and past after it', () => {
    expect(eventTiming({ startsOn: '2022-07-06', endsOn: '2022-07-07' }, '2022-07-07')).toBe('UPCOMING');
    expect(eventTiming({ startsOn: '2022-07-06', endsOn: '2022-07-07' }, '2022-07-08')).toBe('PAST');
    expect(eventTiming({ startsOn: '2013-08-26', endsOn: null }, '2013-08-27')).toBe('PAST');
  });

  it('is undated when its source gives no date', () => {
    expect(eventTiming({ startsOn: null, endsOn: null }, '2030-01-01')).toBe('UNDATED');
  });
});
