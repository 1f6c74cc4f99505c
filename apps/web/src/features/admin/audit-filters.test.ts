import { describe, expect, it } from 'vitest';
import { auditFiltersToParams, auditTimeRange, israelDayStart, nextDay, parseAuditFilters } from './audit-filters';

describe('audit filters in the address', () => {
  it('reads what is valid and drops the rest', () => {
    const params = new URLSearchParams(
      'cluster=haifa-bay&account=8f0e1c2a-1b2c-4d3e-8f9a-0b1c2d3e4f5a&action=ACCOUNT_INVITED&from=2026-03-01&to=2026-03-31',
    );
    expect(parseAuditFilters(params)).toEqual({
      cluster: 'haifa-bay',
      account: '8f0e1c2a-1b2c-4d3e-8f9a-0b1c2d3e4f5a',
      action: 'ACCOUNT_INVITED',
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(
      parseAuditFilters(new URLSearchParams('account=1;drop&action=EVERYTHING&from=yesterday&to=2026-13-45')),
    ).toEqual({ cluster: null, account: null, action: null, from: null, to: null });
  });

  it('writes back only what is set', () => {
    const filters = { cluster: null, account: null, action: 'SIGNED_IN' as const, from: '2026-01-01', to: null };
    expect(auditFiltersToParams(filters).toString()).toBe('action=SIGNED_IN&from=2026-01-01');
    expect(parseAuditFilters(auditFiltersToParams(filters))).toEqual(filters);
  });
});

describe('israelDayStart', () => {
  it("starts the day at midnight on Israel's clock, in winter and in summer", () => {
    // Winter: UTC+2; summer (daylight saving): UTC+3.
    expect(israelDayStart('2026-01-15')).toBe('2026-01-14T22:00:00.000Z');
    expect(israelDayStart('2026-07-15')).toBe('2026-07-14T21:00:00.000Z');
  });

  it('is right on the days the clock changes', () => {
    // Israel moved to summer time on Friday 27 March 2026 at 02:00, and back on 25 October 2026.
    expect(israelDayStart('2026-03-27')).toBe('2026-03-26T22:00:00.000Z');
    expect(israelDayStart('2026-03-28')).toBe('2026-03-27T21:00:00.000Z');
    expect(israelDayStart('2026-10-25')).toBe('2026-10-24T21:00:00.000Z');
    expect(israelDayStart('2026-10-26')).toBe('2026-10-25T22:00:00.000Z');
  });
});

describe('auditTimeRange', () => {
  it('includes the whole last day', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(auditTimeRange('2026-01-01', '2026-01-31')).toEqual({
      since: '2025-12-31T22:00:00.000Z',
      until: '2026-01-31T22:00:00.000Z',
    });
  });

  it('leaves an open end open, and turns a backwards range around', () => {
    expect(auditTimeRange(null, null)).toEqual({ since: null, until: null });
    expect(auditTimeRange('2026-01-10', null).until).toBeNull();
    expect(auditTimeRange('2026-01-31', '2026-01-01')).toEqual(auditTimeRange('2026-01-01', '2026-01-31'));
  });
});
