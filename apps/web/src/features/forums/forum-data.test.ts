import { describe, expect, it } from 'vitest';
import {
  attendanceCounts,
  attendanceYears,
  byAttendanceConcern,
  cadenceSummary,
  instantToIsraelTime,
  israelTimeToInstant,
  localDate,
  membersSeatedOn,
  organisationChoices,
  returningPeople,
  seatSummary,
} from './forum-data';

describe('localDate', () => {
  it('takes a calendar date and nothing else', () => {
    expect(localDate('2024-05-12')).toBe('2024-05-12');
    expect(localDate(null)).toBeNull();
    expect(localDate('2024-05')).toBeNull();
    expect(localDate(20240512)).toBeNull();
  });
});

describe("Israel's clock", () => {
  it('is two hours ahead of UTC in winter and three in summer', () => {
    expect(israelTimeToInstant('2024-01-15', '18:00')).toBe('2024-01-15T16:00:00.000Z');
    expect(israelTimeToInstant('2024-07-15', '18:00')).toBe('2024-07-15T15:00:00.000Z');
  });

  it('finds the offset on the days the clocks change', () => {
    // Summer time began on Friday 29 March 2024 at 02:00 and ended on Sunday 27 October at 02:00.
    expect(israelTimeToInstant('2024-03-29', '01:30')).toBe('2024-03-28T23:30:00.000Z');
    expect(israelTimeToInstant('2024-03-29', '10:00')).toBe('2024-03-29T07:00:00.000Z');
    expect(israelTimeToInstant('2024-10-27', '10:00')).toBe('2024-10-27T08:00:00.000Z');
  });

  it('puts a meeting late on 31 December UTC on 1 January in Israel', () => {
    expect(instantToIsraelTime('2024-12-31T22:30:00.000Z')).toEqual({ date: '2025-01-01', time: '00:30' });
  });

  it('goes there and back', () => {
    for (const [date, time] of [
      ['2024-02-29', '09:15'],
      ['2025-06-01', '23:59'],
      ['2026-12-02', '00:00'],
    ] as const) {
      expect(instantToIsraelTime(israelTimeToInstant(date, time)!)).toEqual({ date, time });
    }
  });

  it('refuses a day or a time that is not one', () => {
    expect(israelTimeToInstant('2023-02-29', '10:00')).toBeNull();
    expect(israelTimeToInstant('2024-05-12', '24:00')).toBeNull();
    expect(israelTimeToInstant('12/05/2024', '10:00')).toBeNull();
  });
});

describe('seatSummary', () => {
  it('orders the sectors as the reference data does and totals them', () => {
    const summary = seatSummary([
      { sector: 'CIVIL_SOCIETY', seats: 9, filled: 0, vacant: 9 },
      { sector: 'LOCAL_GOVERNMENT', seats: 9, filled: 1, vacant: 8 },
      { sector: 'BUSINESS', seats: 9, filled: 2, vacant: 7 },
    ]);
    expect(summary.rows.map((row) => row.sector)).toEqual(['LOCAL_GOVERNMENT', 'BUSINESS', 'CIVIL_SOCIETY']);
    expect(summary).toMatchObject({ seats: 27, filled: 3, vacant: 24 });
  });

  it('is empty for a forum with no map', () => {
    expect(seatSummary([])).toEqual({ rows: [], seats: 0, filled: 0, vacant: 0 });
  });
});

describe('attendance', () => {
  const rows = [
    { status: 'MET' as const, name: 'Dana' },
    { status: 'AT_RISK' as const, name: 'Yossi' },
    { status: 'MISSED' as const, name: 'Amir' },
    { status: 'AT_RISK' as const, name: 'Adi' },
    { status: null, name: 'Rana' },
  ];

  it('counts the members in each status', () => {
    expect(attendanceCounts(rows)).toEqual({ MISSED: 1, AT_RISK: 2, ON_TRACK: 0, MET: 1, NONE: 1 });
  });

  it('lists who needs attention first, then by name', () => {
    const sorted = byAttendanceConcern(rows, new Intl.Collator('en'));
    expect(sorted.map((row) => row.name)).toEqual(['Amir', 'Adi', 'Yossi', 'Dana', 'Rana']);
  });

  it('offers this year and the four before it', () => {
    expect(attendanceYears('2026-12-02')).toEqual([2026, 2025, 2024, 2023, 2022]);
  });
});

describe('membersSeatedOn', () => {
  const members = [
    { id: 'seeded', termStart: null, endedOn: null },
    { id: 'from-june', termStart: '2024-06-01', endedOn: null },
    { id: 'ended-may', termStart: '2023-01-01', endedOn: '2024-05-01' },
    { id: 'ended-that-day', termStart: '2023-01-01', endedOn: '2024-05-12' },
  ];

  it('keeps those who sat on the day: from their start, up to (not including) the day they left', () => {
    expect(membersSeatedOn(members, '2024-05-12').map((member) => member.id)).toEqual(['seeded']);
    expect(membersSeatedOn(members, '2024-04-30').map((member) => member.id)).toEqual([
      'seeded',
      'ended-may',
      'ended-that-day',
    ]);
    expect(membersSeatedOn(members, '2024-06-01').map((member) => member.id)).toEqual(['seeded', 'from-june']);
  });
});

describe('cadenceSummary', () => {
  it('totals the meetings and counts the months without one', () => {
    expect(
      cadenceSummary([
        { month: '2024-01', meetings: 2 },
        { month: '2024-02', meetings: 0 },
        { month: '2024-03', meetings: 1 },
      ]),
    ).toEqual({ total: 3, monthsWithout: 1 });
  });
});

describe('organisationChoices and returningPeople', () => {
  const port = { id: 'o1', name: 'Port company' };
  const members = [
    { status: 'ENDED', name: 'Avi', person: { id: 'p1' }, organisation: port },
    { status: 'ACTIVE', name: 'Bat', person: { id: 'p2' }, organisation: port },
    { status: 'ENDED', name: 'Carmel', person: { id: 'p3' }, organisation: { id: 'o2', name: 'Food bank' } },
    { status: 'ENDED', name: 'Carmel', person: { id: 'p3' }, organisation: null },
    { status: 'ENDED', name: 'Bat', person: { id: 'p2' }, organisation: null },
    { status: 'ACTIVE', name: 'Dalia', person: null, organisation: null },
  ];

  it('offers each organisation a member sat for once', () => {
    expect(organisationChoices(members)).toEqual([port, { id: 'o2', name: 'Food bank' }]);
  });

  it('offers again the people whose membership ended and who sit no more, each once', () => {
    expect(returningPeople(members)).toEqual([
      { id: 'p1', name: 'Avi' },
      { id: 'p3', name: 'Carmel' },
    ]);
  });
});
