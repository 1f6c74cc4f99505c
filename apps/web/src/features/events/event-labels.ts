import type { Language } from '@roundtable/shared/localized';
import type { EventTiming, RegistrationState } from '@roundtable/shared/events';
import type { SectorCode } from '@roundtable/shared/sectors';
import { LOCALES } from '../../app/format';
import { localDate } from '../forums/forum-data';

/**
 * What the events pages compute from the API's answers, pure so they are tested on their own. The
 * rules (whether registration is open, rule 4's order) are the API's; these only put its answers
 * into words and groups.
 */

const dayFormats = new Map<Language, Intl.DateTimeFormat>();

function dayFormat(language: Language): Intl.DateTimeFormat {
  let format = dayFormats.get(language);
  if (!format) {
    // An event's days are calendar days in Israel, stored without a time: formatted in UTC so the
    // reader's time zone never moves them by a day.
    format = new Intl.DateTimeFormat(LOCALES[language], {
      numberingSystem: 'latn',
      calendar: 'gregory',
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    });
    dayFormats.set(language, format);
  }
  return format;
}

function utcDay(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * An event's days in the reader's language: "26 August 2013", or a range ("6–7 July 2022") for a
 * multi-day one. Null when the source gives no date (seed 004's online event): the page says so.
 */
export function formatEventDays(startsOn: unknown, endsOn: unknown, language: Language): string | null {
  const first = localDate(startsOn);
  if (!first) return null;
  const last = localDate(endsOn);
  const format = dayFormat(language);
  if (!last || last === first) return format.format(utcDay(first));
  return format.formatRange(utcDay(first), utcDay(last));
}

/** The month an event starts in (YYYY-MM), the calendar's grouping; null without a date. */
export function eventMonth(startsOn: unknown): string | null {
  return localDate(startsOn)?.slice(0, 7) ?? null;
}

export interface CalendarEvent {
  id: string;
  timing: EventTiming;
  startsOn?: unknown;
  audienceSectors: readonly SectorCode[];
}

export interface MonthGroup<T> {
  /** YYYY-MM, or null for the events without a date. */
  month: string | null;
  events: T[];
}

/** Consecutive events of one month together, in the order given (the API's order: soonest first upcoming, latest first past). */
export function groupByMonth<T extends CalendarEvent>(events: readonly T[]): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const event of events) {
    const month = eventMonth(event.startsOn);
    const last = groups.at(-1);
    if (last && last.month === month) last.events.push(event);
    else groups.push({ month, events: [event] });
  }
  return groups;
}

/** The calendar's three parts: upcoming, past, and those the sources give no date for. */
export function splitByTiming<T extends CalendarEvent>(events: readonly T[]): Record<EventTiming, T[]> {
  const parts: Record<EventTiming, T[]> = { UPCOMING: [], PAST: [], UNDATED: [] };
  for (const event of events) parts[event.timing].push(event);
  return parts;
}

/** The events for a sector: those whose audience names it. Every event when none is chosen. */
export function forSector<T extends CalendarEvent>(events: readonly T[], sector: SectorCode | null): T[] {
  return sector ? events.filter((event) => event.audienceSectors.includes(sector)) : [...events];
}

export interface RegistrationWindowLike {
  registrationState: RegistrationState;
  registrationOpensAt?: unknown;
  registrationClosesAt?: unknown;
  registrationClosed: boolean;
}

/** What the calendar and the event page say about registration, decided by the API's state. */
export type RegistrationLabel =
  /** Open without an end: until the organiser closes it. */
  | { kind: 'OPEN' }
  /** Open until an instant: how long is left, in whole days, hours and minutes. */
  | { kind: 'CLOSES_IN'; closesAt: string; days: number; hours: number; minutes: number }
  | { kind: 'NOT_YET_OPEN'; opensAt: string | null }
  | { kind: 'CLOSED_BY_HAND' }
  | { kind: 'ENDED'; closedAt: string | null };

const MINUTE_MS = 60_000;
const MINUTES_A_DAY = 24 * 60;

function instant(value: unknown): string | null {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;
}

/**
 * Registration in words at `now`: the server's state, with the time left counted on the page's
 * clock (a page left open counts down, and says "ended" once the end has passed).
 */
export function registrationLabel(event: RegistrationWindowLike, now: number): RegistrationLabel {
  const closesAt = instant(event.registrationClosesAt);
  switch (event.registrationState) {
    case 'NOT_YET_OPEN':
      return { kind: 'NOT_YET_OPEN', opensAt: instant(event.registrationOpensAt) };
    case 'CLOSED':
      return event.registrationClosed ? { kind: 'CLOSED_BY_HAND' } : { kind: 'ENDED', closedAt: closesAt };
    case 'OPEN': {
      if (!closesAt) return { kind: 'OPEN' };
      const remaining = Date.parse(closesAt) - now;
      if (remaining <= 0) return { kind: 'ENDED', closedAt: closesAt };
      // Rounded up to the minute: "1 minute" rather than "0" in the last seconds.
      const minutesLeft = Math.ceil(remaining / MINUTE_MS);
      return {
        kind: 'CLOSES_IN',
        closesAt,
        days: Math.floor(minutesLeft / MINUTES_A_DAY),
        hours: Math.floor((minutesLeft % MINUTES_A_DAY) / 60),
        minutes: minutesLeft % 60,
      };
    }
  }
}

/** Seats in words: none when there is no limit; how many are left, or that it is full and the waitlist is open. */
export type SeatsLabel =
  | { kind: 'UNLIMITED' }
  | { kind: 'LEFT'; capacity: number; left: number }
  | { kind: 'FULL'; capacity: number; waitlisted: number };

export function seatsLabel(event: {
  capacity: number | null;
  seatsLeft: number | null;
  waitlistedCount: number;
}): SeatsLabel {
  if (event.capacity === null) return { kind: 'UNLIMITED' };
  const left = event.seatsLeft ?? 0;
  return left > 0
    ? { kind: 'LEFT', capacity: event.capacity, left }
    : { kind: 'FULL', capacity: event.capacity, waitlisted: event.waitlistedCount };
}
