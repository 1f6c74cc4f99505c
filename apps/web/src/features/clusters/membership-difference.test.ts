import { describe, expect, it } from 'vitest';
import { membershipDifference, unnamedMemberCount } from './membership-difference';

const call = { id: 'call-2020', title: 'קול קורא 2020' };
const cbs = { id: 'cbs-2019', title: 'למ"ס 2019' };

function authority(name: string, sources: Array<{ id: string }>, all: boolean) {
  return {
    name,
    isListedByAllSources: all,
    sources: sources.map((source) => ({ source })),
  };
}

describe('membershipDifference', () => {
  const sources = [
    { source: call, authorityCount: 16 },
    { source: cbs, authorityCount: 17 },
  ];

  it('names the authorities only one source lists, with that source and the one that lacks them (Haifa Bay)', () => {
    const groups = membershipDifference(sources, [
      authority('קריית ביאליק', [call, cbs], true),
      authority('נשר', [call], false),
      authority('בסמת טבעון', [cbs], false),
      authority('כעביה-טבאש-חג׳אג׳רה', [cbs], false),
    ]);
    expect(groups).toHaveLength(2);
    expect(groups[0]!.listedBy).toEqual([call]);
    expect(groups[0]!.missingFrom).toEqual([cbs]);
    expect(groups[0]!.authorities.map((a) => a.name)).toEqual(['נשר']);
    expect(groups[1]!.listedBy).toEqual([cbs]);
    expect(groups[1]!.missingFrom).toEqual([call]);
    expect(groups[1]!.authorities.map((a) => a.name)).toEqual(['בסמת טבעון', 'כעביה-טבאש-חג׳אג׳רה']);
  });

  it('finds no difference where every source lists every authority', () => {
    expect(
      membershipDifference(sources, [authority('קריית ים', [call, cbs], true), authority('שפרעם', [call, cbs], true)]),
    ).toEqual([]);
  });

  it('finds no difference with a single source', () => {
    expect(membershipDifference([{ source: call, authorityCount: 1 }], [authority('נשר', [call], true)])).toEqual([]);
  });

  it('groups by the set of sources when three disagree, in the order of the sources', () => {
    const page = { id: 'page', title: 'דף האשכול' };
    const three = [...sources, { source: page, authorityCount: 2 }];
    const groups = membershipDifference(three, [
      authority('א', [cbs, page], false),
      authority('ב', [call, page], false),
      authority('ג', [call, page], false),
    ]);
    expect(groups.map((g) => [g.listedBy.map((s) => s.id), g.missingFrom.map((s) => s.id)])).toEqual([
      [['call-2020', 'page'], ['cbs-2019']],
      [['cbs-2019', 'page'], ['call-2020']],
    ]);
    expect(groups[0]!.authorities).toHaveLength(2);
  });
});

describe('unnamedMemberCount', () => {
  it('says how many declared members the sources do not name (Beit HaKerem: 7, 3 named)', () => {
    expect(unnamedMemberCount(7, 3)).toBe(4);
  });

  it('is null when all are named or nothing is declared', () => {
    expect(unnamedMemberCount(7, 7)).toBeNull();
    expect(unnamedMemberCount(16, 17)).toBeNull();
    expect(unnamedMemberCount(null, 3)).toBeNull();
  });
});
