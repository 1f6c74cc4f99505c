import { describe, expect, it } from 'vitest';
import type { ClusterMembership } from './cluster-membership.entity.js';
import { clusterAuthorities, clusterSourceCounts } from './memberships.js';

const row = (authorityId: string, sourceId: string, joinedOn: string | null = null) =>
  ({ clusterId: 'haifa-bay', authorityId, sourceId, joinedOn }) as ClusterMembership;

describe('a cluster membership list from several sources', () => {
  const rows = [
    row('kiryat-bialik', 'call-2020'),
    row('kiryat-bialik', 'cbs-2019'),
    row('nesher', 'call-2020'),
    row('basmat-tabun', 'cbs-2019', '2019'),
  ];

  it('lists each authority once with every source that lists it', () => {
    expect(clusterAuthorities(rows)).toEqual([
      {
        authorityId: 'kiryat-bialik',
        sources: [
          { sourceId: 'call-2020', joinedOn: null },
          { sourceId: 'cbs-2019', joinedOn: null },
        ],
        isListedByAllSources: true,
      },
      { authorityId: 'nesher', sources: [{ sourceId: 'call-2020', joinedOn: null }], isListedByAllSources: false },
      {
        authorityId: 'basmat-tabun',
        sources: [{ sourceId: 'cbs-2019', joinedOn: '2019' }],
        isListedByAllSources: false,
      },
    ]);
  });

  it('counts the authorities each source lists', () => {
    expect(clusterSourceCounts(rows)).toEqual([
      { sourceId: 'call-2020', authorityCount: 2 },
      { sourceId: 'cbs-2019', authorityCount: 2 },
    ]);
  });

  it('marks every authority as agreed when only one source lists the members', () => {
    expect(clusterAuthorities([row('a', 's'), row('b', 's')]).every((r) => r.isListedByAllSources)).toBe(true);
  });
});
