import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SectorCode } from '@roundtable/shared/sectors';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { Viewer } from '../../src/modules/identity/viewer.js';
import { NetworkService, NETWORK_LIMITS } from '../../src/modules/network/network.service.js';
import { createForum, createPerson } from '../support/forums.js';
import { createAccount, type TestAccount } from '../support/identity.js';
import { createOrganisation } from '../support/partnerships.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const NETWORK = `query ($filter: PartnershipNetworkFilter) { partnershipNetwork(filter: $filter) {
  totalNodes totalLinks truncated
  nodes { id kind entityId name { he } sector partnerships forums degree contacts sectorsBridged betweenness }
  links { source target kind weight }
  brokers { id sectorsBridged partnerships forums betweenness } } }`;

interface Node {
  id: string;
  kind: string;
  entityId: string;
  sector: SectorCode | null;
  partnerships: number;
  forums: number;
  sectorsBridged: SectorCode[];
}

interface Network {
  nodes: Node[];
  links: { source: string; target: string; kind: string; weight: number }[];
  brokers: { id: string; sectorsBridged: SectorCode[] }[];
  totalNodes: number;
  totalLinks: number;
  truncated: boolean;
}

describe('the network of partners', () => {
  let db: TestDatabase;
  let server: TestServer;
  let pmo: TestAccount;
  let haifaCeo: TestAccount;
  let negevCeo: TestAccount;
  let stakeholder: TestAccount;
  let haifaDistrict: string;
  let negevDistrict: string;
  let org: Record<'B' | 'C' | 'A' | 'G' | 'P', string>;
  let people: Record<'shown' | 'hidden' | 'negev' | 'ended', string>;
  let haifaForum: string;
  let negevForum: string;

  async function partnership(directions: number[], districts: string[], partners: string[]): Promise<string> {
    const [{ id }] = await db.dataSource.query(
      `INSERT INTO partnership (kind, title_he, status) VALUES ('CROSS_SECTOR', 'שותפות', 'ACTIVE') RETURNING id`,
    );
    for (const d of directions) await db.dataSource.query(`INSERT INTO partnership_direction VALUES ($1, $2)`, [id, d]);
    for (const d of districts) await db.dataSource.query(`INSERT INTO partnership_district VALUES ($1, $2)`, [id, d]);
    for (const o of partners) {
      await db.dataSource.query(
        `INSERT INTO partnership_partner (partnership_id, organisation_id, role) VALUES ($1, $2, 'PARTNER')`,
        [id, o],
      );
    }
    return id;
  }

  /** A member seated for an organisation, straight into the database. */
  async function seat(
    forumId: string,
    personId: string,
    organisationId: string,
    sector: SectorCode,
    { shownPublicly = false, endedOn = null }: { shownPublicly?: boolean; endedOn?: string | null } = {},
  ) {
    await db.dataSource.query(
      `INSERT INTO forum_member (forum_id, person_id, organisation_id, sector_code, role, term_start, ended_on,
                                 end_reason, shown_publicly, public_consent_on)
       VALUES ($1, $2, $3, $4, 'MEMBER', '2025-01-01', $5, $6, $7, $8)`,
      [
        forumId,
        personId,
        organisationId,
        sector,
        endedOn,
        endedOn ? 'RESIGNED' : null,
        shownPublicly,
        shownPublicly ? '2025-01-01' : null,
      ],
    );
  }

  async function network(account: TestAccount | null, filter?: Record<string, unknown>) {
    const response = await server.graphql<{ partnershipNetwork: Network }>(
      NETWORK,
      { filter },
      account ? { token: account.token } : {},
    );
    return response;
  }

  async function networkAs(account: TestAccount, filter?: Record<string, unknown>): Promise<Network> {
    const response = await network(account, filter);
    expect(response.errors).toBeUndefined();
    return response.data!.partnershipNetwork;
  }

  const find = (n: Network, entityId: string) => n.nodes.find((node) => node.entityId === entityId);
  const hasLink = (n: Network, kind: string, a: string, b: string) =>
    n.links.some((l) => l.kind === kind && [l.source, l.target].sort().join() === [a, b].sort().join());

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
    server = await startTestServer(db.dataSource, { RATE_LIMIT_REQUESTS_PER_MINUTE: '100000' });
    // The sources give the clusters no district; the case gives them theirs.
    haifaDistrict = 'HAIFA';
    negevDistrict = 'SOUTH';
    await db.dataSource.query(`UPDATE cluster SET district_code = $1 WHERE slug = 'haifa-bay'`, [haifaDistrict]);
    await db.dataSource.query(`UPDATE cluster SET district_code = $1 WHERE slug = 'western-negev'`, [negevDistrict]);
    const [haifa] = await db.dataSource.query(`SELECT id FROM cluster WHERE slug = 'haifa-bay'`);
    const [negev] = await db.dataSource.query(`SELECT id FROM cluster WHERE slug = 'western-negev'`);
    pmo = await createAccount(db.dataSource, [{ role: 'PMO_ANALYST' }]);
    haifaCeo = await createAccount(db.dataSource, [{ role: 'CLUSTER_CEO', clusterId: haifa.id }]);
    negevCeo = await createAccount(db.dataSource, [{ role: 'CLUSTER_CEO', clusterId: negev.id }]);
    stakeholder = await createAccount(db.dataSource, [{ role: 'STAKEHOLDER' }]);
    org = {
      B: await createOrganisation(db.dataSource, 'BUSINESS'),
      C: await createOrganisation(db.dataSource, 'CIVIL_SOCIETY'),
      A: await createOrganisation(db.dataSource, 'ACADEMIA'),
      G: await createOrganisation(db.dataSource, 'GOVERNMENT'),
      P: await createOrganisation(db.dataSource, 'PHILANTHROPY'),
    };
    // B and C share two partnerships of direction 3 in Haifa's district, one of them with A;
    // C and G one of direction 5 in the Negev's.
    await partnership([3], [haifaDistrict], [org.B, org.C]);
    await partnership([3, 4], [haifaDistrict], [org.B, org.C, org.A]);
    await partnership([5], [negevDistrict], [org.C, org.G]);
    // Haifa Bay's forum: B's person chose to appear, P's did not, one more has left.
    haifaForum = await createForum(db.dataSource, { clusterId: haifa.id });
    negevForum = await createForum(db.dataSource, { clusterId: negev.id, kind: 'PROFESSIONAL' });
    people = {
      shown: await createPerson(db.dataSource, 'נציגה גלויה'),
      hidden: await createPerson(db.dataSource, 'נציג חסוי'),
      negev: await createPerson(db.dataSource, 'נציגת הנגב'),
      ended: await createPerson(db.dataSource, 'נציג שסיים'),
    };
    await seat(haifaForum, people.shown, org.B, 'BUSINESS', { shownPublicly: true });
    await seat(haifaForum, people.hidden, org.P, 'PHILANTHROPY');
    await seat(haifaForum, people.ended, org.A, 'ACADEMIA', { shownPublicly: true, endedOn: '2025-06-01' });
    await seat(negevForum, people.negev, org.G, 'GOVERNMENT');
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  it('links organisations by shared partnerships, weighted, and seats organisations and people in forums', async () => {
    const n = await networkAs(pmo);
    expect(find(n, org.B)).toMatchObject({ kind: 'ORGANISATION', sector: 'BUSINESS', partnerships: 2, forums: 1 });
    expect(find(n, org.C)).toMatchObject({ partnerships: 3, forums: 0 });
    expect(find(n, org.G)).toMatchObject({ partnerships: 1, forums: 1 });
    const id = (entityId: string) => find(n, entityId)!.id;
    expect(n.links).toContainEqual(
      expect.objectContaining({ kind: 'PARTNERSHIP', weight: 2, source: [id(org.B), id(org.C)].sort()[0] }),
    );
    expect(n.links.find((l) => hasLink({ ...n, links: [l] }, 'PARTNERSHIP', id(org.B), id(org.C)))!.weight).toBe(2);
    expect(n.links.find((l) => hasLink({ ...n, links: [l] }, 'PARTNERSHIP', id(org.C), id(org.G)))!.weight).toBe(1);
    expect(hasLink(n, 'SEAT', id(people.hidden), id(haifaForum))).toBe(true);
    expect(hasLink(n, 'SEAT', id(org.P), id(haifaForum))).toBe(true);
    expect(hasLink(n, 'REPRESENTS', id(people.hidden), id(org.P))).toBe(true);
    expect(find(n, people.hidden)).toMatchObject({ kind: 'PERSON', sector: 'PHILANTHROPY', forums: 1 });
    // A member who has left is not in the network, nor is their organisation's seat.
    expect(find(n, people.ended)).toBeUndefined();
    expect(find(n, org.A)).toMatchObject({ forums: 0 });
    expect(n.truncated).toBe(false);
    expect(n.totalNodes).toBe(n.nodes.length);
  });

  it('lists the cross-sector brokers with the sectors they bridge', async () => {
    const n = await networkAs(pmo);
    const top = n.brokers.slice(0, 2);
    // B meets civil society and academia in partnerships, philanthropy in the forum; C meets
    // business, academia and government in partnerships.
    expect(top).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: find(n, org.B)!.id,
          sectorsBridged: ['CIVIL_SOCIETY', 'PHILANTHROPY', 'ACADEMIA'],
        }),
        expect.objectContaining({ id: find(n, org.C)!.id, sectorsBridged: ['GOVERNMENT', 'BUSINESS', 'ACADEMIA'] }),
      ]),
    );
    for (const broker of n.brokers) {
      expect(broker.sectorsBridged.length).toBeLessThanOrEqual(top[1]!.sectorsBridged.length);
      expect(find(n, broker.id.split(':')[1]!)?.kind).not.toBe('FORUM');
    }
  });

  it('narrows to a direction: its partnerships, and the forums where their partners sit', async () => {
    const n = await networkAs(pmo, { direction: 3 });
    expect(find(n, org.B)).toMatchObject({ partnerships: 2 });
    expect(find(n, org.C)).toMatchObject({ partnerships: 2, sectorsBridged: ['BUSINESS', 'ACADEMIA'] });
    expect(find(n, org.G)).toBeUndefined();
    expect(find(n, haifaForum)).toMatchObject({ kind: 'FORUM' });
    expect(find(n, negevForum)).toBeUndefined();
    expect(find(n, people.negev)).toBeUndefined();

    const none = await networkAs(pmo, { direction: 7 });
    expect(none).toMatchObject({ nodes: [], links: [], brokers: [], totalNodes: 0 });
  });

  it("narrows to a district: its partnerships, and its clusters' forums", async () => {
    const n = await networkAs(pmo, { district: negevDistrict });
    expect(n.nodes.map((node) => node.entityId)).toEqual(
      expect.arrayContaining([org.C, org.G, negevForum, people.negev]),
    );
    expect(find(n, org.B)).toBeUndefined();
    expect(find(n, haifaForum)).toBeUndefined();
    expect(find(n, org.C)).toMatchObject({ partnerships: 1 });

    const both = await networkAs(pmo, { district: negevDistrict, direction: 3 });
    expect(both.nodes).toEqual([]);
  });

  it("shows a cluster's CEO every member of their own cluster's forums, and elsewhere only those who chose to appear", async () => {
    const haifa = await networkAs(haifaCeo);
    expect(find(haifa, people.hidden)).toBeDefined();
    expect(find(haifa, people.shown)).toBeDefined();
    expect(find(haifa, people.negev)).toBeUndefined();
    // The hidden member's seat brings nothing: no forum of theirs, no seat for their organisation.
    expect(find(haifa, negevForum)).toBeUndefined();
    expect(find(haifa, org.G)).toMatchObject({ partnerships: 1, forums: 0 });

    const negev = await networkAs(negevCeo);
    expect(find(negev, people.negev)).toBeDefined();
    expect(find(negev, people.shown)).toBeDefined();
    expect(find(negev, people.hidden)).toBeUndefined();
    expect(find(negev, org.P)).toBeUndefined();
    expect(find(negev, org.B)).toMatchObject({ forums: 1 });
  });

  it('is for the PMO unit, administrators and cluster CEOs', async () => {
    const admin = await createAccount(db.dataSource, [{ role: 'ADMIN' }]);
    expect((await networkAs(admin)).nodes.length).toBeGreaterThan(0);
    const refused = await network(stakeholder);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const anonymous = await network(null);
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses, saying how to narrow it, a network larger than it measures in one request', async () => {
    const service = new NetworkService(
      db.dataSource,
      Viewer.signedIn(pmo.id, pmo.tokenId, [{ role: 'PMO_ANALYST', clusterId: null, forumId: null }]),
    );
    // Under direction 5: C, G, the Negev's forum and its member.
    await expect(service.network({ direction: 5 }, { ...NETWORK_LIMITS, maxGraphNodes: 4 })).resolves.toMatchObject({
      totalNodes: 4,
    });
    await expect(service.network({}, { ...NETWORK_LIMITS, maxGraphNodes: 4 })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/too large .*more than 4 nodes.*Narrow it by a direction or a district/),
    });
  });
});
