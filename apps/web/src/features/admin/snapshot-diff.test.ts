import { describe, expect, it } from 'vitest';
import { snapshotChanges } from './snapshot-diff';

describe('snapshotChanges', () => {
  it('lists a change of status with both values', () => {
    expect(snapshotChanges({ status: 'ACTIVE' }, { status: 'DISABLED' })).toEqual([
      { field: 'status', before: 'ACTIVE', after: 'DISABLED', changed: true },
    ]);
  });

  it('opens nested values into dotted fields and marks what stayed the same', () => {
    const before = { occurredOn: '2024', title: { he: 'כנס', ar: null, en: 'Conference' } };
    const after = { occurredOn: '2024-03', title: { he: 'כנס', ar: null, en: 'Annual conference' } };
    expect(snapshotChanges(before, after)).toEqual([
      { field: 'occurredOn', before: '2024', after: '2024-03', changed: true },
      { field: 'title.he', before: 'כנס', after: 'כנס', changed: false },
      { field: 'title.ar', before: null, after: null, changed: false },
      { field: 'title.en', before: 'Conference', after: 'Annual conference', changed: true },
    ]);
  });

  it('shows what was created or removed against nothing, lists as written', () => {
    const after = { displayName: 'Dana', roles: [{ role: 'CLUSTER_CEO', clusterId: 'c1', forumId: null }] };
    expect(snapshotChanges(null, after)).toEqual([
      { field: 'displayName', before: null, after: 'Dana', changed: true },
      {
        field: 'roles',
        before: null,
        after: '[{"role":"CLUSTER_CEO","clusterId":"c1","forumId":null}]',
        changed: true,
      },
    ]);
    expect(snapshotChanges({ name: 'CI' }, undefined)).toEqual([
      { field: 'name', before: 'CI', after: null, changed: true },
    ]);
  });

  it('has nothing to show for an entry without values', () => {
    expect(snapshotChanges(null, null)).toEqual([]);
  });
});
