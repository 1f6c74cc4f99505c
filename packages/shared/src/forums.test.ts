import { describe, expect, it } from 'vitest';
import {
  addYears,
  attendanceCompliance,
  dateInIsrael,
  daysBetween,
  defaultTermEnd,
  holdsSeat,
  isActiveOn,
  isTermEndingSoon,
  lastMonths,
  sectorBalance,
  TERM_ENDING_SOON_DAYS,
} from './forums.js';
import { SECTOR_CODES } from './sectors.js';

const wholeYear = { termStart: '2020-06-02', termEnd: '2030-06-02', endedOn: null };

describe('terms', () => {
  it('end after the forum’s term length: 3 years from 2020-06-02 is 2023-06-02', () => {
    expect(defaultTermEnd('2020-06-02', 3)).toBe('2023-06-02');
    expect(defaultTermEnd('2020-06-02', null)).toBeNull();
  });

  it('turn 29 February into 28 February in a year that has none', () => {
    expect(addYears('2020-02-29', 3)).toBe('2023-02-28');
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
  });

  it(`are flagged from ${TERM_ENDING_SOON_DAYS} days before their end, and after it while nobody acted`, () => {
    const member = { termEnd: '2023-06-02', endedOn: null };
    expect(isTermEndingSoon(member, '2023-03-03')).toBe(false); // 91 days before
    expect(isTermEndingSoon(member, '2023-03-04')).toBe(true); // 90 days before
    expect(isTermEndingSoon(member, '2023-07-01')).toBe(true); // ran out, not renewed
    expect(isTermEndingSoon({ termEnd: '2023-06-02', endedOn: '2023-05-01' }, '2023-05-20')).toBe(false);
    expect(isTermEndingSoon({ termEnd: null, endedOn: null }, '2023-05-20')).toBe(false);
  });

  it('cover the days from the start up to, not including, the day the membership ended', () => {
    const member = { termStart: '2024-01-10', endedOn: '2024-03-01' };
    expect(isActiveOn(member, '2024-01-09')).toBe(false);
    expect(isActiveOn(member, '2024-01-10')).toBe(true);
    expect(isActiveOn(member, '2024-02-29')).toBe(true);
    expect(isActiveOn(member, '2024-03-01')).toBe(false);
    // A seeded member whose source gives no start sat before any date asked about.
    expect(isActiveOn({ termStart: null, endedOn: null }, '2001-01-01')).toBe(true);
  });

  it('holds a seat in every role but the secretary’s (rule 1)', () => {
    expect(holdsSeat('SECRETARY')).toBe(false);
    expect(['CHAIR', 'CO_CHAIR', 'MEMBER'].every((role) => holdsSeat(role as 'MEMBER'))).toBe(true);
  });
});

describe('dates in Israel', () => {
  it('put an evening meeting on New Year’s Eve UTC into the next year in Jerusalem', () => {
    expect(dateInIsrael(new Date('2024-12-31T22:30:00Z'))).toBe('2025-01-01');
    expect(dateInIsrael(new Date('2024-07-01T20:59:00Z'))).toBe('2024-07-01'); // 23:59 in summer time
    expect(dateInIsrael(new Date('2024-07-01T21:00:00Z'))).toBe('2024-07-02');
  });

  it('count days across a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });

  it('list the last months, oldest first, across a new year', () => {
    expect(lastMonths('2025-02-14', 4)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(lastMonths('2025-02-14', 1)).toEqual(['2025-02']);
  });
});

describe('attendance compliance (rule 3)', () => {
  const check = (overrides: Partial<Parameters<typeof attendanceCompliance>[0]>) =>
    attendanceCompliance({
      year: 2024,
      minMeetingsPerYear: 4,
      term: wholeYear,
      attended: 0,
      today: '2024-12-31',
      ...overrides,
    });

  it('asks the whole minimum of a member who sat all year', () => {
    expect(check({ attended: 4 })).toEqual({ required: 4, expectedByNow: 4, status: 'MET' });
    expect(check({ attended: 3, today: '2025-01-01' })).toEqual({ required: 4, expectedByNow: 4, status: 'MISSED' });
  });

  it('pro-rates the minimum to the part of the year the term covers, rounding up', () => {
    // From 1 July 2024: 184 of 366 days, 4 × 184 / 366 = 2.01 → 3.
    expect(check({ term: { termStart: '2024-07-01', termEnd: '2027-07-01', endedOn: null } }).required).toBe(3);
    // Until 1 April 2024 (the term's end): 91 days → 0.99 → 1.
    expect(check({ term: { termStart: '2021-04-01', termEnd: '2024-04-01', endedOn: null } }).required).toBe(1);
    // Ended on 1 March: 60 days → 0.66 → 1; a term that never touched the year asks nothing.
    expect(check({ term: { termStart: '2022-01-01', termEnd: null, endedOn: '2024-03-01' } }).required).toBe(1);
    expect(check({ term: { termStart: '2025-02-01', termEnd: null, endedOn: null } })).toMatchObject({
      required: 0,
      status: 'MET',
    });
  });

  it('is on track at the pace the minimum asks, and at risk behind it', () => {
    // 1 April 2024 is day 92 of 366: 4 × 92 / 366 = 1.005 → one meeting expected by now.
    expect(check({ today: '2024-03-31', attended: 0 })).toMatchObject({ expectedByNow: 0, status: 'ON_TRACK' });
    expect(check({ today: '2024-04-01', attended: 0 })).toMatchObject({ expectedByNow: 1, status: 'AT_RISK' });
    expect(check({ today: '2024-04-01', attended: 1 })).toMatchObject({ expectedByNow: 1, status: 'ON_TRACK' });
    expect(check({ today: '2024-10-01', attended: 2 })).toMatchObject({ expectedByNow: 3, status: 'AT_RISK' });
  });

  it('calls it missed once the term is over short of the minimum, before the year is', () => {
    const term = { termStart: '2021-07-01', termEnd: '2024-07-01', endedOn: null };
    expect(check({ term, today: '2024-06-30', attended: 1 })).toMatchObject({ required: 2, status: 'ON_TRACK' });
    expect(check({ term, today: '2024-07-01', attended: 1 })).toMatchObject({ required: 2, status: 'MISSED' });
    expect(check({ term, today: '2024-07-01', attended: 2 })).toMatchObject({ required: 2, status: 'MET' });
  });

  it('counts a seeded member with no known start as sitting the whole year', () => {
    expect(check({ term: { termStart: null, termEnd: null, endedOn: null }, attended: 2 })).toEqual({
      required: 4,
      expectedByNow: 4,
      status: 'AT_RISK', // 31 December: one day left
    });
  });

  it('judges nothing where the forum sets no minimum', () => {
    expect(check({ minMeetingsPerYear: null, attended: 7 })).toEqual({
      required: null,
      expectedByNow: null,
      status: null,
    });
  });
});

describe('sector balance at a meeting', () => {
  it('lists every sector of the map, then any other sector someone came from, in sector order', () => {
    const seats = [
      { sector: 'LOCAL_GOVERNMENT' as const, seats: 9 },
      { sector: 'BUSINESS' as const, seats: 9 },
      { sector: 'CIVIL_SOCIETY' as const, seats: 9 },
    ];
    expect(sectorBalance(seats, ['BUSINESS', 'LOCAL_GOVERNMENT', 'BUSINESS', 'ACADEMIA'], SECTOR_CODES)).toEqual([
      { sector: 'LOCAL_GOVERNMENT', seats: 9, attended: 1 },
      { sector: 'BUSINESS', seats: 9, attended: 2 },
      { sector: 'CIVIL_SOCIETY', seats: 9, attended: 0 },
      { sector: 'ACADEMIA', seats: null, attended: 1 },
    ]);
    expect(sectorBalance([], [], SECTOR_CODES)).toEqual([]);
  });
});
