import { describe, expect, it } from 'vitest';
import { comparePartialDates, isPartialDate, parsePartialDate } from './partial-date.js';

describe('partial dates', () => {
  it('accepts a year, a month or a day', () => {
    expect(parsePartialDate('2013')).toEqual({
      year: 2013,
      month: null,
      day: null,
      precision: 'YEAR',
    });
    expect(parsePartialDate('2013-10')).toEqual({
      year: 2013,
      month: 10,
      day: null,
      precision: 'MONTH',
    });
    expect(parsePartialDate('2013-01-07')).toEqual({
      year: 2013,
      month: 1,
      day: 7,
      precision: 'DAY',
    });
  });

  it('accepts 29 February only in a leap year', () => {
    expect(isPartialDate('2020-02-29')).toBe(true);
    expect(isPartialDate('2019-02-29')).toBe(false);
  });

  it.each(['2013-13', '2013-02-30', '13', '2013-1', '2013-00', '2013-04-31', '2013-01-7', ' 2013', ''])(
    'refuses %j',
    (value) => {
      expect(parsePartialDate(value)).toBeNull();
      expect(isPartialDate(value)).toBe(false);
    },
  );

  it('refuses what is not a string', () => {
    expect(isPartialDate(2013)).toBe(false);
    expect(isPartialDate(null)).toBe(false);
  });

  it('orders chronologically, a less precise date before the dates within it', () => {
    const sorted = ['2014-01-15', '2013-10', '2013', '2013-01-07'].sort(comparePartialDates);
    expect(sorted).toEqual(['2013', '2013-01-07', '2013-10', '2014-01-15']);
  });
});
