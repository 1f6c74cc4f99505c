import { describe, expect, it } from 'vitest';
import { planPeriod, splitPeriod } from './partnership-dashboard.service.js';

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

describe('whole months split again into the whole years among them and the months either side', () => {
  it('is every year when open at both ends', () => {
    expect(planPeriod(null, null)).toEqual({ years: { from: '-infinity', to: 'infinity' }, months: [], days: [] });
  });

  it('takes whole years from the yearly rollup and the months around them from the monthly one', () => {
    expect(planPeriod('2024-01-01', '2024-12-31')).toEqual({
      years: { from: '2024-01-01', to: '2024-01-01' },
      months: [],
      days: [],
    });
    expect(planPeriod('2029-11-01', '2032-02-29')).toEqual({
      years: { from: '2030-01-01', to: '2031-01-01' },
      months: ['2029-11-01', '2029-12-01', '2032-01-01', '2032-02-01'],
      days: [],
    });
    expect(planPeriod('2030-10-20', null)).toEqual({
      years: { from: '2031-01-01', to: 'infinity' },
      months: ['2030-11-01', '2030-12-01'],
      days: [{ from: '2030-10-20', to: '2030-10-31', sign: 1 }],
    });
    expect(planPeriod(null, '2030-02-10')).toEqual({
      years: { from: '-infinity', to: '2029-01-01' },
      months: ['2030-01-01'],
      days: [{ from: '2030-02-01', to: '2030-02-10', sign: 1 }],
    });
  });

  it('keeps the months when no year is whole', () => {
    expect(planPeriod('2030-02-01', '2031-11-30')).toEqual({
      years: null,
      months: Array.from({ length: 22 }, (_, k) => {
        const month = 2030 * 12 + 1 + k;
        return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
      }),
      days: [],
    });
    expect(planPeriod('2030-01-15', '2030-01-20')).toEqual({
      years: null,
      months: [],
      days: [{ from: '2030-01-15', to: '2030-01-20', sign: 1 }],
    });
  });
});
