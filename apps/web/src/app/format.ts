import { parsePartialDate, type PartialDate } from '@roundtable/shared/partial-date';
import type { Language } from '@roundtable/shared/localized';

/** Locale tags: the language as spoken in Israel, so dates and separators read locally. */
const LOCALES: Record<Language, string> = { he: 'he-IL', ar: 'ar-IL', en: 'en-IL' };

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
