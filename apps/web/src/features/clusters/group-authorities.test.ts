import { describe, expect, it } from 'vitest';
import type { AuthorityKind } from '@roundtable/shared/authority-kinds';
import { groupAuthoritiesByKind } from './group-authorities';

interface Row {
  name: string;
  kind: AuthorityKind | null;
}

const group = (rows: Row[]) =>
  groupAuthoritiesByKind(
    rows,
    (row) => row.kind,
    (row) => row.name,
    'he',
  ).map((g) => [g.kind, g.items.map((row) => row.name)]);

describe('groupAuthoritiesByKind', () => {
  it('groups municipalities, local councils, regional councils and unknown kinds, in that order', () => {
    expect(
      group([
        { name: 'זבולון', kind: 'REGIONAL_COUNCIL' },
        { name: 'נשר', kind: 'MUNICIPALITY' },
        { name: 'עוספיא', kind: 'LOCAL_COUNCIL' },
        { name: 'בלי סוג', kind: null },
        { name: 'טירת כרמל', kind: 'MUNICIPALITY' },
      ]),
    ).toEqual([
      ['MUNICIPALITY', ['טירת כרמל', 'נשר']],
      ['LOCAL_COUNCIL', ['עוספיא']],
      ['REGIONAL_COUNCIL', ['זבולון']],
      ['UNKNOWN', ['בלי סוג']],
    ]);
  });

  it('leaves out kinds with no authority', () => {
    expect(group([{ name: 'כרמיאל', kind: 'MUNICIPALITY' }])).toEqual([['MUNICIPALITY', ['כרמיאל']]]);
    expect(group([])).toEqual([]);
  });
});
