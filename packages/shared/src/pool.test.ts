import { describe, expect, it } from 'vitest';
import { ageBand, canSeeContact, matchScore, sectorMoves, suppressSmallCounts } from './pool.js';

describe('canSeeContact (rule 5)', () => {
  const anonymous = { isOwner: false, isSignedIn: false };
  const signedIn = { isOwner: false, isSignedIn: true };
  const owner = { isOwner: true, isSignedIn: true };

  it('shows EVERYONE details to anyone', () => {
    expect([anonymous, signedIn, owner].map((viewer) => canSeeContact('EVERYONE', viewer))).toEqual([true, true, true]);
  });

  it('shows SIGNED_IN details to accounts only', () => {
    expect([anonymous, signedIn, owner].map((viewer) => canSeeContact('SIGNED_IN', viewer))).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('shows ONLY_ME details to the owner alone', () => {
    expect([anonymous, signedIn, owner].map((viewer) => canSeeContact('ONLY_ME', viewer))).toEqual([
      false,
      false,
      true,
    ]);
  });
});

describe('ageBand', () => {
  it('puts ages on the band edges where they belong', () => {
    expect(ageBand(1997, 2026)).toBe('UNDER_30');
    expect(ageBand(1996, 2026)).toBe('FROM_30_TO_44');
    expect(ageBand(1982, 2026)).toBe('FROM_30_TO_44');
    expect(ageBand(1981, 2026)).toBe('FROM_45_TO_59');
    expect(ageBand(1966, 2026)).toBe('FROM_60');
  });
});

describe('sectorMoves', () => {
  it('counts the changes of sector in the order positions started', () => {
    expect(sectorMoves([])).toBe(0);
    expect(
      sectorMoves([
        { sector: 'BUSINESS', startYear: 2015, endYear: null },
        { sector: 'GOVERNMENT', startYear: 2005, endYear: 2010 },
        { sector: 'CIVIL_SOCIETY', startYear: 2010, endYear: 2015 },
        { sector: 'CIVIL_SOCIETY', startYear: 2012, endYear: 2014 },
      ]),
    ).toBe(2);
  });
});

describe('suppressSmallCounts', () => {
  const table = (...counts: number[]) => counts.map((count, key) => ({ key, count }));
  const shown = (result: ReturnType<typeof suppressSmallCounts<number>>) => result.cells.map((cell) => cell.count);

  it('shows a table with no small cell as it is', () => {
    expect(suppressSmallCounts(table(5, 12, 7))).toEqual({
      total: 24,
      cells: [
        { key: 0, count: 5 },
        { key: 1, count: 12 },
        { key: 2, count: 7 },
      ],
    });
  });

  it('hides a whole group smaller than five, total and all', () => {
    expect(suppressSmallCounts(table(2, 2))).toEqual({
      total: null,
      cells: [
        { key: 0, count: null },
        { key: 1, count: null },
      ],
    });
  });

  it('hides a lone small cell together with the next smallest, so subtraction cannot recover it', () => {
    const result = suppressSmallCounts(table(3, 20, 9, 40));
    expect(result.total).toBe(72);
    expect(shown(result)).toEqual([null, 20, null, 40]);
  });

  it('hides zero too, so a hidden cell may be anything under five', () => {
    expect(shown(suppressSmallCounts(table(0, 20, 9, 40)))).toEqual([null, 20, null, 40]);
  });

  it('adds cells until the hidden ones together are at least five', () => {
    // 1 and 2 are hidden; their sum, 3, would be total minus the shown cells: add the 6.
    expect(shown(suppressSmallCounts(table(1, 2, 6, 30)))).toEqual([null, null, null, 30]);
  });

  it('does not let the hidden cells be pinned by their sum (two cells of four make eight)', () => {
    expect(shown(suppressSmallCounts(table(4, 4, 12, 50)))).toEqual([null, null, null, 50]);
  });

  it('hides the total when every cell is hidden and the sum would pin them', () => {
    expect(suppressSmallCounts(table(4, 4))).toEqual({
      total: null,
      cells: [
        { key: 0, count: null },
        { key: 1, count: null },
      ],
    });
  });

  it('never leaves a hidden cell recoverable: total minus the shown cells is at least five and covers two cells', () => {
    for (const counts of [
      [1, 5, 5, 5],
      [4, 100],
      [0, 0, 0, 7],
      [3, 3, 3, 3, 3, 30],
      [5, 5, 5, 4],
    ]) {
      const result = suppressSmallCounts(table(...counts));
      const hidden = result.cells.filter((cell) => cell.count === null);
      if (hidden.length === 0 || result.total === null) continue;
      const shownSum = result.cells.reduce((sum, cell) => sum + (cell.count ?? 0), 0);
      expect(hidden.length).toBeGreaterThanOrEqual(2);
      expect(result.total - shownSum).toBeGreaterThanOrEqual(5);
    }
  });

  it('hides a cell whose complement in the rest of the pool is small, since whole minus cell gives it', () => {
    const result = suppressSmallCounts([
      { key: 'FEMALE', count: 10, complement: 2 },
      { key: 'MALE', count: 12, complement: 30 },
      { key: 'OTHER', count: 6, complement: 0 },
    ]);
    expect(result.cells.map((cell) => cell.count)).toEqual([null, 12, null]);
  });
});

describe('matchScore', () => {
  it('weighs shared topics most, then a complementary sector, a shared district, openness', () => {
    const base = { sharedTopics: 0, sharedDistricts: 0, complementarySector: false, openToConsultation: false };
    expect(matchScore({ ...base, sharedTopics: 1 })).toBeGreaterThan(
      matchScore({ ...base, complementarySector: true }),
    );
    expect(matchScore({ ...base, complementarySector: true })).toBeGreaterThan(
      matchScore({ ...base, sharedDistricts: 1 }),
    );
    expect(matchScore({ ...base, sharedDistricts: 1 })).toBeGreaterThan(
      matchScore({ ...base, openToConsultation: true }),
    );
  });
});
