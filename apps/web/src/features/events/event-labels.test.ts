import { describe, expect, it } from 'vitest';
import {
  eventMonth,
  formatEventDays,
  forSector,
  groupByMonth,
  registrationLabel,
  seatsLabel,
  splitByTiming,
  type CalendarEvent,
} from './event-labels';

/** Intl puts direction marks around some parts (quality.md): compared without them. */
const plain = (text: string | null) => text?.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '') ?? null;

describe('formatEventDays', () => {
  it('writes one day in each language with Latin digits', () => {
    expect(plain(formatEventDays('2013-08-26', null, 'en'))).toBe('26 August 2013');
    expect(plain(formatEventDays('2013-08-26', null, 'he'))).toBe('26 באוגוסט 2013');
    expect(plain(formatEventDays('2013-08-26', null, 'ar'))).toMatch(/^26 .+ 2013$/);
  });

  it('writes a multi-day event as a range', () => {
    expect(plain(formatEventDays('2022-07-06', '2022-07-07', 'en'))).toBe('6–7 July 2022');
    expect(plain(formatEventDays('2022-07-06', '2022-07-07', 'he'))).toMatch(/^6.+7 ביולי 2022$/);
  });

  it('writes one day when the last day is the first', () => {
    expect(plain(formatEventDays('2022-07-06', '2022-07-06', 'en'))).toBe('6 July 2022');
  });

  it('gives no date (null) when the source gives none, never an invented one', () => {
    expect(formatEventDays(null, null, 'he')).toBeNull();
    expect(formatEventDays('not a date', null, 'en')).toBeNull();
  });

  it("keeps the day whatever the reader's time zone (a calendar day, not an instant)", () => {
    // Midnight UTC is still the evening before in the Americas: formatting in UTC keeps the day.
    expect(plain(formatEventDays('2013-08-26', null, 'en'))).toContain('26');
  });
});

const event = (id: string, timing: CalendarEvent['timing'], startsOn: string | null, sectors: string[] = []) => ({
  id,
  timing,
  startsOn,
  audienceSectors: sectors as CalendarEvent['audienceSectors'],
});

describe('the calendar groups', () => {
  it('takes the month from the first day', () => {
    expect(eventMonth('2022-07-06')).toBe('2022-07');
    expect(eventMonth(null)).toBeNull();
  });

  it('groups consecutive events of one month, keeping the order given', () => {
    const groups = groupByMonth([
      event('a', 'PAST', '2022-07-06'),
      event('b', 'PAST', '2022-07-01'),
      event('c', 'PAST', '2013-08-26'),
      event('d', 'UNDATED', null),
    ]);
    expect(groups.map((group) => [group.month, group.events.map((e) => e.id)])).toEqual([
      ['2022-07', ['a', 'b']],
      ['2013-08', ['c']],
      [null, ['d']],
    ]);
  });

  it('splits upcoming, past and undated events', () => {
    const parts = splitByTiming([
      event('a', 'UPCOMING', '2030-01-01'),
      event('b', 'PAST', '2013-08-26'),
      event('c', 'UNDATED', null),
    ]);
    expect(parts.UPCOMING.map((e) => e.id)).toEqual(['a']);
    expect(parts.PAST.map((e) => e.id)).toEqual(['b']);
    expect(parts.UNDATED.map((e) => e.id)).toEqual(['c']);
  });

  it('keeps the events for an audience sector, or all of them with none chosen', () => {
    const events = [event('a', 'PAST', null, ['BUSINESS']), event('b', 'PAST', null, ['ACADEMIA'])];
    expect(forSector(events, 'BUSINESS').map((e) => e.id)).toEqual(['a']);
    expect(forSector(events, null).map((e) => e.id)).toEqual(['a', 'b']);
  });
});

describe('registrationLabel', () => {
  const now = Date.parse('2026-12-03T10:00:00Z');
  const window = {
    registrationOpensAt: null,
    registrationClosesAt: null,
    registrationClosed: false,
  };

  it('is open without an end until the organiser closes it', () => {
    expect(registrationLabel({ ...window, registrationState: 'OPEN' }, now)).toEqual({ kind: 'OPEN' });
  });

  it('counts the time left to the end in days, hours and minutes (rounded up to the minute)', () => {
    const closesAt = '2026-12-05T13:30:30Z';
    expect(registrationLabel({ ...window, registrationState: 'OPEN', registrationClosesAt: closesAt }, now)).toEqual({
      kind: 'CLOSES_IN',
      closesAt,
      days: 2,
      hours: 3,
      minutes: 31,
    });
  });

  it('says "1 minute" in the last seconds, and "ended" once the end has passed on the page\'s clock', () => {
    const soon = new Date(now + 5_000).toISOString();
    expect(registrationLabel({ ...window, registrationState: 'OPEN', registrationClosesAt: soon }, now)).toMatchObject({
      kind: 'CLOSES_IN',
      days: 0,
      hours: 0,
      minutes: 1,
    });
    const past = new Date(now - 1).toISOString();
    expect(registrationLabel({ ...window, registrationState: 'OPEN', registrationClosesAt: past }, now)).toEqual({
      kind: 'ENDED',
      closedAt: past,
    });
  });

  it('says when a registration not yet open opens', () => {
    const opensAt = '2027-01-01T08:00:00Z';
    expect(
      registrationLabel({ ...window, registrationState: 'NOT_YET_OPEN', registrationOpensAt: opensAt }, now),
    ).toEqual({ kind: 'NOT_YET_OPEN', opensAt });
  });

  it('tells a registration closed by hand (the seeded online event) from one that ended', () => {
    expect(registrationLabel({ ...window, registrationState: 'CLOSED', registrationClosed: true }, now)).toEqual({
      kind: 'CLOSED_BY_HAND',
    });
    const closesAt = '2026-01-01T00:00:00Z';
    expect(registrationLabel({ ...window, registrationState: 'CLOSED', registrationClosesAt: closesAt }, now)).toEqual({
      kind: 'ENDED',
      closedAt: closesAt,
    });
  });
});

describe('seatsLabel', () => {
  it('says there is no limit without a capacity', () => {
    expect(seatsLabel({ capacity: null, seatsLeft: null, waitlistedCount: 0 })).toEqual({ kind: 'UNLIMITED' });
  });

  it('counts the seats left, and the waitlist once full', () => {
    expect(seatsLabel({ capacity: 100, seatsLeft: 3, waitlistedCount: 0 })).toEqual({
      kind: 'LEFT',
      capacity: 100,
      left: 3,
    });
    expect(seatsLabel({ capacity: 1, seatsLeft: 0, waitlistedCount: 2 })).toEqual({
      kind: 'FULL',
      capacity: 1,
      waitlisted: 2,
    });
  });
});
