import { describe, expect, it } from 'vitest';
import { countClustersByDistrict, NO_DISTRICT, stagesPresent } from './district-counts';

const districts = [{ code: 'NORTH' }, { code: 'HAIFA' }, { code: 'SOUTH' }];

describe('countClustersByDistrict', () => {
  it('counts clusters per district and stage, keeping empty districts', () => {
    const rows = countClustersByDistrict(
      [
        { stage: 'ACTIVE', district: { code: 'HAIFA' } },
        { stage: 'CANDIDATE', district: { code: 'HAIFA' } },
        { stage: 'INCORPORATING', district: { code: 'SOUTH' } },
      ],
      districts,
    );
    expect(rows.map((row) => [row.key, row.total])).toEqual([
      ['NORTH', 0],
      ['HAIFA', 2],
      ['SOUTH', 1],
    ]);
    expect(rows[1]!.counts).toMatchObject({ ACTIVE: 1, CANDIDATE: 1, FORMING: 0 });
  });

  it('adds a row for clusters with no district yet and counts a missing stage as unknown', () => {
    const rows = countClustersByDistrict(
      [
        { stage: null, district: null },
        { stage: 'CANDIDATE', district: null },
      ],
      districts,
    );
    const none = rows.find((row) => row.key === NO_DISTRICT)!;
    expect(none.district).toBeNull();
    expect(none.total).toBe(2);
    expect(none.counts.UNKNOWN).toBe(1);
    expect(rows.at(-1)).toBe(none);
  });

  it('adds no "no district" row when every cluster has one', () => {
    const rows = countClustersByDistrict([{ stage: 'ACTIVE', district: { code: 'NORTH' } }], districts);
    expect(rows.some((row) => row.key === NO_DISTRICT)).toBe(false);
  });
});

describe('stagesPresent', () => {
  it('lists only the stages that occur, in stage order', () => {
    const rows = countClustersByDistrict(
      [
        { stage: 'ACTIVE', district: { code: 'NORTH' } },
        { stage: 'CANDIDATE', district: { code: 'HAIFA' } },
      ],
      districts,
    );
    expect(stagesPresent(rows)).toEqual(['CANDIDATE', 'ACTIVE']);
  });
});
