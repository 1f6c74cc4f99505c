import type { TFunction } from 'i18next';
import { dateInIsrael, daysBetween } from '@roundtable/shared/forums';

const MINUTE_MS = 60_000;

/**
 * "A and B": Hebrew joins ו to a word (ושעתיים) but with a hyphen to a number (ו-5 שעות), so the
 * catalogue has a form for a second part that starts with a digit.
 */
function both(t: TFunction, first: string, second: string): string {
  return t('calls.timeLeft.and', { first, second, context: /^\d/.test(second) ? 'number' : undefined });
}
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * How long a call still accepts applications. `closesAt` is the server's instant (midnight at the
 * end of the deadline day in Asia/Jerusalem), so the count never depends on the reader's time
 * zone; only "today" is decided on Israel's calendar, as the call's wording is.
 */
export type TimeLeft =
  | { kind: 'CLOSED' }
  /** The deadline is today in Israel: hours and minutes to midnight. */
  | { kind: 'TODAY'; hours: number; minutes: number }
  /** A later day: whole days and hours (not both 0) until closesAt, and the last day (Israel's calendar). */
  | { kind: 'LATER'; days: number; hours: number; lastDay: string };

/** The time left at `now` (milliseconds since the epoch); null for a closesAt that is not an instant. */
export function timeLeft(closesAt: string, now: number): TimeLeft | null {
  const closes = Date.parse(closesAt);
  if (Number.isNaN(closes)) return null;
  const remaining = closes - now;
  if (remaining <= 0) return { kind: 'CLOSED' };
  // The last moment applications are accepted falls on the deadline day, also at midnight exactly.
  const lastDay = dateInIsrael(new Date(closes - 1));
  const today = dateInIsrael(new Date(now));
  // Under an hour is counted in minutes whatever the day (a closesAt off midnight by a clock change).
  if (daysBetween(today, lastDay) <= 0 || remaining < HOUR_MS) {
    // Round up to the minute: "1 minute" rather than "0" in the last seconds.
    const minutesLeft = Math.ceil(remaining / MINUTE_MS);
    return { kind: 'TODAY', hours: Math.floor(minutesLeft / 60), minutes: minutesLeft % 60 };
  }
  return {
    kind: 'LATER',
    days: Math.floor(remaining / DAY_MS),
    hours: Math.floor((remaining % DAY_MS) / HOUR_MS),
    lastDay,
  };
}

/**
 * The time left as a sentence in the reader's language ("12 days and 5 hours left"), with the
 * catalogue's plural forms (Arabic has six). `formatDay` writes the last day as the page does.
 */
export function describeTimeLeft(left: TimeLeft, t: TFunction, formatDay: (date: string) => string): string {
  switch (left.kind) {
    case 'CLOSED':
      return t('calls.timeLeft.closed');
    case 'TODAY': {
      const parts: string[] = [];
      if (left.hours > 0) parts.push(t('calls.timeLeft.hours', { count: left.hours }));
      if (left.minutes > 0 || left.hours === 0) parts.push(t('calls.timeLeft.minutes', { count: left.minutes }));
      const time = parts.length === 2 ? both(t, parts[0]!, parts[1]!) : parts[0]!;
      return t('calls.timeLeft.today', { time });
    }
    case 'LATER': {
      const days = left.days > 0 ? t('calls.timeLeft.days', { count: left.days }) : null;
      const hours = left.hours > 0 ? t('calls.timeLeft.hours', { count: left.hours }) : null;
      const time = days && hours ? both(t, days, hours) : (days ?? hours ?? '');
      return t('calls.timeLeft.later', { time, date: formatDay(left.lastDay) });
    }
  }
}
