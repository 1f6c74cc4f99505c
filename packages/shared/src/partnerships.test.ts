import { describe, expect, it } from 'vitest';
import { addMonths, lateMilestones, nextReportDue, statusLight, type StatusLightInput } from './partnerships.js';

const active = (extra: Partial<StatusLightInput> = {}): StatusLightInput => ({
  status: 'ACTIVE',
  startOn: '2030-01-15',
  registeredOn: '2029-12-01',
  lastReportOn: null,
  reportingPeriodMonths: 3,
  milestones: [],
  ...extra,
});

describe('addMonths', () => {
  it('keeps the day, or the month’s last day when it has fewer, as PostgreSQL does', () => {
    expect(addMonths('2030-01-15', 3)).toBe('2030-04-15');
    expect(addMonths('2030-01-31', 1)).toBe('2030-02-28');
    expect(addMonths('2032-01-31', 1)).toBe('2032-02-29');
    expect(addMonths('2030-11-30', 14)).toBe('2032-01-30');
  });
});

describe('the status light', () => {
  it('is ON_TRACK up to and on the day a report is due, OVERDUE the day after', () => {
    expect(statusLight(active(), '2030-04-15')).toBe('ON_TRACK');
    expect(statusLight(active(), '2030-04-16')).toBe('OVERDUE');
  });

  it('measures from the last report once there is one', () => {
    expect(statusLight(active({ lastReportOn: '2030-04-10' }), '2030-07-10')).toBe('ON_TRACK');
    expect(statusLight(active({ lastReportOn: '2030-04-10' }), '2030-07-11')).toBe('OVERDUE');
    expect(nextReportDue(active({ lastReportOn: '2030-04-10' }))).toBe('2030-07-10');
  });

  it('is INACTIVE twelve months after the last report, also with a longer silence allowed', () => {
    const yearly = active({ reportingPeriodMonths: 12, lastReportOn: '2030-02-01' });
    expect(statusLight(yearly, '2031-01-31')).toBe('ON_TRACK');
    expect(statusLight(yearly, '2031-02-01')).toBe('INACTIVE');
    expect(statusLight(active({ lastReportOn: '2030-02-01' }), '2031-02-01')).toBe('INACTIVE');
  });

  it('is AT_RISK while a milestone is past due and not done, from the day after its due day', () => {
    const late = active({ milestones: [{ dueOn: '2030-03-01', isDone: false }] });
    expect(statusLight(late, '2030-03-01')).toBe('ON_TRACK');
    expect(statusLight(late, '2030-03-02')).toBe('AT_RISK');
    expect(statusLight(active({ milestones: [{ dueOn: '2030-03-01', isDone: true }] }), '2030-03-02')).toBe('ON_TRACK');
    expect(lateMilestones([{ dueOn: null, isDone: false }], '2099-01-01')).toBe(0);
  });

  it('puts INACTIVE before OVERDUE before AT_RISK', () => {
    const late = active({ milestones: [{ dueOn: '2030-02-01', isDone: false }] });
    expect(statusLight(late, '2030-03-01')).toBe('AT_RISK');
    expect(statusLight(late, '2030-05-01')).toBe('OVERDUE');
    expect(statusLight(late, '2031-01-15')).toBe('INACTIVE');
  });

  it('measures from the registration day when the start is unknown, and owes nothing before a future start', () => {
    expect(statusLight(active({ startOn: null }), '2030-03-02')).toBe('OVERDUE');
    expect(statusLight(active({ startOn: '2031-01-01' }), '2030-12-31')).toBe('ON_TRACK');
  });

  it('without a reporting period, only turns INACTIVE', () => {
    const open = active({ reportingPeriodMonths: null });
    expect(statusLight(open, '2030-12-01')).toBe('ON_TRACK');
    expect(nextReportDue(open)).toBeNull();
    expect(statusLight(open, '2031-01-15')).toBe('INACTIVE');
  });

  it('is null for a partnership not expected to report', () => {
    for (const status of ['IDEA', 'COMPLETED', 'PAUSED', null] as const) {
      expect(statusLight(active({ status }), '2035-01-01')).toBeNull();
    }
    expect(statusLight(active({ status: 'PLANNING' }), '2035-01-01')).toBe('INACTIVE');
  });
});
