import { describe, expect, it } from 'vitest';
import { splitPeriod } from './partnership-dashboard.service.js';

describe('a dashboard period split into the months of the rollup and the days at its ends', () => {
  it('is every month when open at both ends', () => {
    expect(splitPeriod(null, null)).toEqual({ months: { from: '-infinity', to: 'infinity' }, days: [] });
  });

  it('takes a period of whole months from the rollup alone', () => {
    expect(splitPeriod('2030-01-01', '2030-03-31')).toEqual({
      months: { from: '2030-01-01', to: '2030-03-01' },
      days: [],
    });
    expect(splitPeriod('2030-02-01', '2030-02-28')).toEqual({
      months: { from: '2030-02-01', to: '2030-02-01' },
      days: [],
    });
    expect(splitPeriod('2032-02-01', '2032-02-29')).toEqual({
      months: { from: '2032-02-01', to: '2032-02-01' },
      days: [],
    });
  });

  it('adds the days of an end that holds the lesser part of its month', () => {
    expect(splitPeriod('2030-01-20', '2030-04-10')).toEqual({
      months: { from: '2030-02-01', to: '2030-03-01' },
      days: [
        { from: '2030-01-20', to: '2030-01-31', sign: 1 },
        { from: '2030-04-01', to: '2030-04-10', sign: 1 },
      ],
    });
    expect(splitPeriod('2030-02-27', null)).toEqual({
      months: { from: '2030-03-01', to: 'infinity' },
      days: [{ from: '2030-02-27', to: '2030-02-28', sign: 1 }],
    });
  });

  it('takes the month whole and the days outside away when the period holds most of it', () => {
    expect(splitPeriod('2030-01-03', '2030-04-28')).toEqual({
      months: { from: '2030-01-01', to: '2030-04-01' },
      days: [
        { from: '2030-01-01', to: '2030-01-02', sign: -1 },
        { from: '2030-04-29', to: '2030-04-30', sign: -1 },
      ],
    });
    expect(splitPeriod(null, '2030-12-30')).toEqual({
      months: { from: '-infinity', to: '2030-12-01' },
      days: [{ from: '2030-12-31', to: '2030-12-31', sign: -1 }],
    });
  });

  it('counts a period with no whole month in it day by day', () => {
    expect(splitPeriod('2030-01-15', '2030-01-20')).toEqual({
      months: null,
      days: [{ from: '2030-01-15', to: '2030-01-20', sign: 1 }],
    });
    expect(splitPeriod('2030-01-15', '2030-02-10')).toEqual({
      months: null,
      days: [{ from: '2030-01-15', to: '2030-02-10', sign: 1 }],
    });
  });
});
