import { describe, expect, it } from 'vitest';
import type { SectorCode } from '@roundtable/shared/sectors';
import { buildNetwork, NetworkTooLargeError, type NetworkLimits, type NetworkNames } from './network-graph.js';

const LIMITS: NetworkLimits = { maxNodes: 100, maxLinks: 100, brokers: 10, maxGraphNodes: 100, maxGraphLinks: 100 };
const text = (he: string) => ({ he, ar: null, en: he });

/** Organisations o1… of these sectors, forums, people and one authority, named as their ids. */
function names(organisations: Record<string, SectorCode>): NetworkNames {
  return {
    organisations: new Map(Object.entries(organisations).map(([id, sector]) => [id, { name: text(id), sector }])),
    authorities: new Map([['a1', text('a1')]]),
    people: new Map(['p1', 'p2', 'p3'].map((id) => [id, text(id)])),
    forums: new Map(['f1', 'f2'].map((id) => [id, text(id)])),
  };
}

describe('the network graph', () => {
  it('links organisations by the partnerships they share, weighted by how many', () => {
    const network = buildNetwork(
      [
        { partnershipId: 'x', organisationId: 'o1' },
        { partnershipId: 'x', organisationId: 'o2' },
        { partnershipId: 'y', organisationId: 'o1' },
        { partnershipId: 'y', organisationId: 'o2' },
        { partnershipId: 'y', organisationId: 'o3' },
      ],
      [],
      names({ o1: 'BUSINESS', o2: 'CIVIL_SOCIETY', o3: 'CIVIL_SOCIETY' }),
      LIMITS,
    );
    expect(network.links).toEqual([
      { source: 'organisation:o1', target: 'organisation:o2', kind: 'PARTNERSHIP', weight: 2 },
      { source: 'organisation:o1', target: 'organisation:o3', kind: 'PARTNERSHIP', weight: 1 },
      { source: 'organisation:o2', target: 'organisation:o3', kind: 'PARTNERSHIP', weight: 1 },
    ]);
    const o1 = network.nodes.find((n) => n.id === 'organisation:o1')!;
    expect(o1).toMatchObject({ kind: 'ORGANISATION', sector: 'BUSINESS', partnerships: 2, degree: 2, contacts: 2 });
    expect(o1.sectorsBridged).toEqual(['CIVIL_SOCIETY']);
    // o2 and o3 share their sector; each bridges only to o1's.
    expect(network.nodes.find((n) => n.id === 'organisation:o3')!.sectorsBridged).toEqual(['BUSINESS']);
    expect(network).toMatchObject({ totalNodes: 3, totalLinks: 3, truncated: false });
  });

  it('seats people, organisations and authorities in forums; a person represents whom they sit for', () => {
    const network = buildNetwork(
      [],
      [
        { forumId: 'f1', personId: 'p1', organisationId: 'o1', authorityId: null, sector: 'BUSINESS' },
        { forumId: 'f1', personId: 'p2', organisationId: null, authorityId: 'a1', sector: 'LOCAL_GOVERNMENT' },
        { forumId: 'f1', personId: 'p3', organisationId: null, authorityId: null, sector: 'PHILANTHROPY' },
      ],
      names({ o1: 'BUSINESS' }),
      LIMITS,
    );
    const kinds = network.links.map((l) => `${l.kind} ${l.source} ${l.target}`).sort();
    expect(kinds).toEqual([
      'REPRESENTS authority:a1 person:p2',
      'REPRESENTS organisation:o1 person:p1',
      'SEAT authority:a1 forum:f1',
      'SEAT forum:f1 organisation:o1',
      'SEAT forum:f1 person:p1',
      'SEAT forum:f1 person:p2',
      'SEAT forum:f1 person:p3',
    ]);
    const byId = new Map(network.nodes.map((n) => [n.id, n]));
    expect(byId.get('forum:f1')).toMatchObject({ kind: 'FORUM', sector: null, forums: 5, degree: 5 });
    expect(byId.get('authority:a1')).toMatchObject({ sector: 'LOCAL_GOVERNMENT', forums: 1 });
    // Everyone in the forum is p3's contact: p1, p2, o1 and a1.
    expect(byId.get('person:p3')).toMatchObject({
      sector: 'PHILANTHROPY',
      forums: 1,
      contacts: 4,
      sectorsBridged: ['LOCAL_GOVERNMENT', 'BUSINESS'],
    });
    // A forum is where brokers meet, not a broker.
    expect(network.brokers.map((b) => b.kind)).not.toContain('FORUM');
  });

  it('ranks brokers by sectors bridged, then betweenness, then contacts', () => {
    // o1 (business) bridges civil society, academia and philanthropy; o4 (civil society) sits
    // between o1's group and o5, so it has the higher betweenness among those bridging two.
    const network = buildNetwork(
      [
        { partnershipId: 'x', organisationId: 'o1' },
        { partnershipId: 'x', organisationId: 'o2' },
        { partnershipId: 'y', organisationId: 'o1' },
        { partnershipId: 'y', organisationId: 'o3' },
        { partnershipId: 'z', organisationId: 'o1' },
        { partnershipId: 'z', organisationId: 'o4' },
        { partnershipId: 'w', organisationId: 'o4' },
        { partnershipId: 'w', organisationId: 'o5' },
      ],
      [],
      names({ o1: 'BUSINESS', o2: 'CIVIL_SOCIETY', o3: 'ACADEMIA', o4: 'PHILANTHROPY', o5: 'GOVERNMENT' }),
      LIMITS,
    );
    expect(network.brokers.map((b) => [b.id, b.sectorsBridged.length])).toEqual([
      ['organisation:o1', 3],
      ['organisation:o4', 2],
      ['organisation:o2', 1],
      ['organisation:o3', 1],
      ['organisation:o5', 1],
    ]);
    const [o1, o4, o2] = network.brokers;
    expect(o1!.betweenness).toBeGreaterThan(o4!.betweenness);
    expect(o4!.betweenness).toBeGreaterThan(o2!.betweenness);
    expect(o2!.betweenness).toBe(0);
  });

  it('leaves out of the brokers those who meet only their own sector', () => {
    const network = buildNetwork(
      [
        { partnershipId: 'x', organisationId: 'o1' },
        { partnershipId: 'x', organisationId: 'o2' },
      ],
      [],
      names({ o1: 'CIVIL_SOCIETY', o2: 'CIVIL_SOCIETY' }),
      LIMITS,
    );
    expect(network.nodes).toHaveLength(2);
    expect(network.brokers).toEqual([]);
  });

  it('draws the brokers and the most connected when the graph is larger than the limit, and says so', () => {
    const partners = ['o1', 'o2', 'o3', 'o4'].map((organisationId) => ({ partnershipId: 'x', organisationId }));
    partners.push({ partnershipId: 'y', organisationId: 'o5' }, { partnershipId: 'y', organisationId: 'o6' });
    const network = buildNetwork(
      partners,
      [],
      names({
        o1: 'BUSINESS',
        o2: 'BUSINESS',
        o3: 'BUSINESS',
        o4: 'BUSINESS',
        o5: 'ACADEMIA',
        o6: 'GOVERNMENT',
      }),
      { ...LIMITS, maxNodes: 3, maxLinks: 2, brokers: 1 },
    );
    expect(network.brokers.map((b) => b.id)).toEqual(['organisation:o5']);
    expect(network.nodes.map((n) => n.id)).toEqual(['organisation:o1', 'organisation:o2', 'organisation:o5']);
    expect(network.links).toHaveLength(1);
    expect(network).toMatchObject({ totalNodes: 6, totalLinks: 7, truncated: true });
  });

  it('is empty when nothing is left', () => {
    expect(buildNetwork([], [], names({}), LIMITS)).toEqual({
      nodes: [],
      links: [],
      brokers: [],
      totalNodes: 0,
      totalLinks: 0,
      truncated: false,
    });
  });

  it('refuses a graph beyond the largest it measures', () => {
    const partners = ['o1', 'o2', 'o3'].map((organisationId) => ({ partnershipId: 'x', organisationId }));
    const build = (limits: Partial<NetworkLimits>) =>
      buildNetwork(partners, [], names({ o1: 'BUSINESS', o2: 'BUSINESS', o3: 'BUSINESS' }), { ...LIMITS, ...limits });
    expect(() => build({ maxGraphNodes: 2 })).toThrow(NetworkTooLargeError);
    expect(() => build({ maxGraphLinks: 2 })).toThrow(NetworkTooLargeError);
    expect(build({ maxGraphNodes: 3, maxGraphLinks: 3 }).totalLinks).toBe(3);
  });
});
