import { parsePartialDate, type PartialDate } from '@roundtable/shared/partial-date';
import type { Language } from '@roundtable/shared/localized';

/** Locale tags: the language as spoken in Israel, so dates and separators read locally. */
export const LOCALES: Record<Language, string> = { he: 'he-IL', ar: 'ar-IL', en: 'en-IL' };

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** A number with Latin digits in every language (quality.md). */
export function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], { numberingSystem: 'latn' });
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/**
 * A partial date as precise as its source: "2013", "October 2013" or "7 January 2013".
 * Formatted in UTC because the value is a calendar date, not an instant.
 */
export function formatPartialDate(value: PartialDate, language: Language): string {
  const parsed = parsePartialDate(value);
  if (!parsed) return value;
  const { year, month, day, precision } = parsed;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = {
    numberingSystem: 'latn',
    calendar: 'gregory',
    timeZone: 'UTC',
    year: 'numeric',
  };
  if (precision !== 'YEAR') options.month = 'long';
  if (precision === 'DAY') options.day = 'numeric';
  return new Intl.DateTimeFormat(LOCALES[language], options).format(date);
}

/** Wraps a number in LRI…PDI so it keeps its order inside right-to-left text (quality.md). */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}

const TIME_ZONE = 'Asia/Jerusalem';

/**
 * An instant (a sign-in, an audit entry) as Israel's clock shows it, with Latin digits: stored in
 * UTC, shown in Asia/Jerusalem (quality.md).
 */
export function formatDateTime(value: string | Date, language: Language): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(LOCALES[language], {
    numberingSystem: 'latn',
    calendar: 'gregory',
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** The calendar day of an instant in Israel (an expiry, a creation date). */
export function formatDate(value: string | Date, language: Language): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(LOCALES[language], {
    numberingSystem: 'latn',
    calendar: 'gregory',
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(date);
}
