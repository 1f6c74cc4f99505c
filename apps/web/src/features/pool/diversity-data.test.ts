import { describe, expect, it } from 'vitest';
import { chartableRows, diversityRows, hiddenCount, splitGaps } from './diversity-data';

const answer = {
  bySector: [
    { sector: 'BUSINESS', count: 12 },
    { sector: 'ACADEMIA', count: null },
  ],
  byGender: [
    { gender: 'FEMALE', count: 7 },
    { gender: null, count: null },
  ],
  byAgeBand: [{ ageBand: 'UNDER_30', count: 0 }],
  byDistrict: [{ district: null, count: 5 }],
};

describe('diversity rows', () => {
  it('reads each table as key and count, "not given" as a null key', () => {
    const rows = diversityRows(answer);
    expect(rows.sector).toEqual([
      { key: 'BUSINESS', count: 12 },
      { key: 'ACADEMIA', count: null },
    ]);
    expect(rows.gender[1]).toEqual({ key: null, count: null });
    expect(rows.district).toEqual([{ key: null, count: 5 }]);
  });

  it('draws only the counts shown: a hidden group is never a bar of zero', () => {
    const rows = diversityRows(answer);
    expect(chartableRows(rows.sector)).toEqual([{ key: 'BUSINESS', count: 12 }]);
    expect(chartableRows(rows.ageBand)).toEqual([{ key: 'UNDER_30', count: 0 }]);
    expect(hiddenCount(rows.sector)).toBe(1);
    expect(hiddenCount(rows.ageBand)).toBe(0);
  });

  it('splits the gaps of a topic into missing and nearly missing sectors', () => {
    const gaps = [
      { sector: 'PHILANTHROPY', isMissing: true },
      { sector: 'ACADEMIA', isMissing: false },
    ];
    expect(splitGaps(gaps)).toEqual({ missing: [gaps[0]], few: [gaps[1]] });
  });
});
