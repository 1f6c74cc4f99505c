import { describe, expect, it } from 'vitest';
import {
  attendanceState,
  clusterRows,
  filterByDistrict,
  formatPercent,
  NO_DISTRICT,
  parseDistrictFilter,
  type ActivityReport,
} from './activity-figures';

const name = (he: string, en: string | null = null) => ({ he, ar: null, en });
const figures = { forums: 0, meetingsLast12Months: 0, averageAttendance: null, vacancies: 0 };

const report: ActivityReport = {
  total: { forums: 3, meetingsLast12Months: 4, averageAttendance: 0.5, vacancies: 26 },
  districts: [
    {
      district: { code: 'HAIFA', name: name('חיפה', 'Haifa') },
      ...figures,
      forums: 1,
      vacancies: 26,
      clusters: [
        {
          cluster: { id: 'c1', slug: 'haifa-bay', name: name('אשכול המפרץ', 'Haifa Bay Cluster') },
          ...figures,
          forums: 1,
          vacancies: 26,
        },
      ],
    },
    {
      district: { code: 'SOUTH', name: name('דרום', 'South') },
      ...figures,
      forums: 2,
      meetingsLast12Months: 4,
      averageAttendance: 0.5,
      clusters: [
        {
          cluster: { id: 'c2', slug: 'western-negev', name: name('אשכול נגב מערבי') },
          ...figures,
          forums: 2,
          meetingsLast12Months: 4,
          averageAttendance: 0.5,
        },
        { cluster: { id: 'c3', slug: 'cbs-610', name: name('אשכול רשויות נגב מזרחי') }, ...figures },
      ],
    },
    {
      district: null,
      ...figures,
      clusters: [{ cluster: { id: 'c4', slug: 'nowhere', name: name('אשכול בלי מחוז') }, ...figures }],
    },
  ],
};

describe('clusterRows', () => {
  it("lists every cluster once with its district's key, in the API's order", () => {
    const rows = clusterRows(report);
    expect(rows.map((row) => [row.slug, row.districtKey])).toEqual([
      ['haifa-bay', 'HAIFA'],
      ['western-negev', 'SOUTH'],
      ['cbs-610', 'SOUTH'],
      ['nowhere', NO_DISTRICT],
    ]);
    expect(rows[1]).toMatchObject({ forums: 2, meetingsLast12Months: 4, averageAttendance: 0.5, vacancies: 0 });
    expect(rows[0]!.district?.name.en).toBe('Haifa');
    expect(rows[3]!.district).toBeNull();
  });
});

describe('the district filter', () => {
  it('reads a known district or "no district" from the address, and anything else as all districts', () => {
    expect(parseDistrictFilter('SOUTH')).toBe('SOUTH');
    expect(parseDistrictFilter(NO_DISTRICT)).toBe(NO_DISTRICT);
    expect(parseDistrictFilter('south')).toBeNull();
    expect(parseDistrictFilter('ATLANTIS')).toBeNull();
    expect(parseDistrictFilter('')).toBeNull();
    expect(parseDistrictFilter(null)).toBeNull();
  });

  it("keeps only the chosen district's clusters, and all of them without a choice", () => {
    const rows = clusterRows(report);
    expect(filterByDistrict(rows, 'SOUTH').map((row) => row.slug)).toEqual(['western-negev', 'cbs-610']);
    expect(filterByDistrict(rows, NO_DISTRICT).map((row) => row.slug)).toEqual(['nowhere']);
    expect(filterByDistrict(rows, 'TEL_AVIV')).toEqual([]);
    expect(filterByDistrict(rows, null)).toHaveLength(4);
  });
});

describe('attendanceState', () => {
  it('gives the share when some meeting has attendance recorded, also when it is 0', () => {
    expect(attendanceState({ forums: 2, meetingsLast12Months: 4, averageAttendance: 0.5, vacancies: 0 })).toEqual({
      kind: 'share',
      share: 0.5,
    });
    expect(attendanceState({ forums: 1, meetingsLast12Months: 1, averageAttendance: 0, vacancies: 0 })).toEqual({
      kind: 'share',
      share: 0,
    });
  });

  it('says why there is no figure instead of showing 0%', () => {
    expect(attendanceState({ ...figures })).toEqual({ kind: 'noForums' });
    expect(attendanceState({ ...figures, forums: 1, vacancies: 26 })).toEqual({ kind: 'noMeetings' });
    expect(attendanceState({ ...figures, forums: 1, meetingsLast12Months: 3 })).toEqual({ kind: 'noAttendance' });
  });
});

describe('formatPercent', () => {
  const strip = (text: string) => text.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '');

  it('rounds to a whole percent with Latin digits in every language', () => {
    expect(strip(formatPercent(0.5, 'en'))).toBe('50%');
    expect(strip(formatPercent(2 / 3, 'he'))).toBe('67%');
    expect(strip(formatPercent(0.125, 'ar'))).toBe('13%');
    expect(strip(formatPercent(0, 'en'))).toBe('0%');
    expect(strip(formatPercent(1, 'he'))).toBe('100%');
  });
});
