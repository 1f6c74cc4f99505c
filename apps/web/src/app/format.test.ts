import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatPartialDate, isolateLtr } from './format';

// Formatted text may carry invisible direction marks; compare without them (quality.md).
const strip = (text: string) => text.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '');

describe('formatNumber', () => {
  it('uses Latin digits in Arabic too', () => {
    expect(strip(formatNumber(12345, 'ar'))).toMatch(/^12.345$/);
    expect(strip(formatNumber(12345, 'he'))).toBe('12,345');
  });
});

describe('formatPartialDate', () => {
  it('keeps the precision the source gives', () => {
    expect(strip(formatPartialDate('2013', 'en'))).toBe('2013');
    expect(strip(formatPartialDate('2013-10', 'en'))).toBe('October 2013');
    expect(strip(formatPartialDate('2013-01-07', 'en'))).toMatch(/7 January 2013/);
  });

  it('writes Hebrew and Arabic month names with Latin digits', () => {
    expect(strip(formatPartialDate('2013-10', 'he'))).toContain('2013');
    expect(strip(formatPartialDate('2013-10', 'he'))).toContain('אוקטובר');
    expect(strip(formatPartialDate('2020-06-02', 'ar'))).toMatch(/2020/);
  });

  it('shows a value it cannot parse as it came', () => {
    expect(formatPartialDate('soon', 'he')).toBe('soon');
  });
});

describe('isolateLtr', () => {
  it('wraps text in a left-to-right isolate', () => {
    expect(isolateLtr('16')).toBe('\u206616\u2069');
  });
});

describe('formatDateTime', () => {
  it("shows an instant on Israel's clock, with Latin digits", () => {
    // 22:30 UTC in January is 00:30 the next day in Israel (UTC+2).
    expect(strip(formatDateTime('2026-01-15T22:30:00Z', 'en'))).toBe('16 Jan 2026, 00:30');
    expect(strip(formatDateTime('2026-07-15T22:30:00Z', 'he'))).toMatch(/16.*2026.*01:30/);
    expect(formatDateTime('2026-01-15T22:30:00Z', 'ar')).not.toMatch(/[\u0660-\u0669]/);
  });

  it('shows a value it cannot parse as it came', () => {
    expect(formatDateTime('soon', 'he')).toBe('soon');
  });
});

describe('formatDate', () => {
  it('gives the day in Israel, not in UTC', () => {
    expect(strip(formatDate('2026-01-15T22:30:00Z', 'en'))).toBe('16 January 2026');
  });
});
