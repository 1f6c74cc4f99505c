import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { QueryCounter } from '../support/query-counter.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

interface ClusterAuthorityRow {
  isListedByAllSources: boolean;
  authority: { name: { he: string; en: string | null }; kind: string | null };
  sources: { source: { code: string } }[];
}

const CLUSTER = /* GraphQL */ `
  query Cluster($slug: String!) {
    cluster(slug: $slug) {
      slug
      name {
        he
        en
      }
      legalForm
      stage
      foundedOn
      declaredMemberCount
      ceo {
        name {
          he
          en
        }
      }
      ceoSince
      programManager {
        name {
          he
          en
        }
      }
      coreTopics {
        code
      }
      visionGoals {
        he
      }
      membershipSources {
        authorityCount
        source {
          code
        }
      }
      milestones {
        occurredOn
        title {
          he
        }
        source {
          code
        }
      }
      authorities {
        isListedByAllSources
        authority {
          name {
            he
            en
          }
          kind
        }
        sources {
          source {
            code
          }
        }
      }
    }
  }
`;

describe('clusters and authorities through GraphQL', () => {
  const counter = new QueryCounter();
  let db: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase({ logger: counter });
    await seedDatabase(db.dataSource);
    server = await startTestServer(db.dataSource);
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  async function cluster(slug: string) {
    const result = await server.graphql<{ cluster: Record<string, unknown> & { authorities: ClusterAuthorityRow[] } }>(
      CLUSTER,
      { slug },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.cluster;
  }

  it('answers that Haifa Bay has the 16 authorities of the 2020 call: 9 municipalities, 6 local councils, 1 regional council', async () => {
    const haifaBay = await cluster('haifa-bay');
    const kinds = haifaBay.authorities.map((row) => row.authority.kind);
    expect(haifaBay.authorities).toHaveLength(16);
    expect(kinds.filter((k) => k === 'MUNICIPALITY')).toHaveLength(9);
    expect(kinds.filter((k) => k === 'LOCAL_COUNCIL')).toHaveLength(6);
    expect(kinds.filter((k) => k === 'REGIONAL_COUNCIL')).toHaveLength(1);
    expect(haifaBay.membershipSources).toEqual([{ authorityCount: 16, source: { code: 'HAIFA_BAY_CALL_2020' } }]);
    expect(haifaBay.authorities.map((row) => row.authority.name.he)).toContain('קריית ביאליק');
    expect(haifaBay).toMatchObject({
      legalForm: 'CITIES_ASSOCIATION',
      ceo: { name: { he: 'אהרון אזולאי', en: 'Aharon Azoulay' } },
      coreTopics: [{ code: 'EMERGENCY_AND_CRISIS' }],
    });
    expect(haifaBay['visionGoals']).toHaveLength(3);
  });

  it('answers that Western Negev has the 9 authorities of its page, with its CEO and program manager', async () => {
    const westernNegev = await cluster('western-negev');
    expect(westernNegev.authorities).toHaveLength(9);
    expect(westernNegev).toMatchObject({
      legalForm: 'MUNICIPAL_CORPORATION',
      stage: 'INCORPORATING',
      foundedOn: '2013',
      ceo: { name: { he: 'אורי פינטו' } },
      programManager: { name: { he: 'נטע רוזנפלד' } },
    });
  });

  it('keeps what a source leaves out empty: Beit HaKerem declares 7 authorities and names 3', async () => {
    const beitHakerem = await cluster('beit-hakerem');
    expect(beitHakerem['declaredMemberCount']).toBe(7);
    expect(beitHakerem.authorities.map((row) => row.authority.name.he).sort()).toEqual(['כרמיאל', 'משגב', 'נחף']);
    expect(beitHakerem.authorities.find((row) => row.authority.name.he === 'משגב')!.authority.kind).toBeNull();
    expect(beitHakerem).toMatchObject({ ceoSince: '2013-10', foundedOn: null, legalForm: null });
    expect(beitHakerem['milestones']).toContainEqual({
      occurredOn: '2013-01-07',
      title: { he: 'הושק פורום ראשי הרשויות של האשכול' },
      source: { code: 'BEIT_HAKEREM_CLUSTER_PAGE' },
    });
  });

  it('lists the reference data: 7 directions, 17 SDGs, 6 sectors, 7 districts', async () => {
    const result = await server.graphql<{
      actionDirections: { number: number; title: { he: string; en: string } }[];
      sdgs: unknown[];
      sectors: { code: string }[];
      districts: unknown[];
      topics: unknown[];
    }>(
      `{ actionDirections { number title { he en } } sdgs { number } sectors { code } districts { code } topics { code } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.actionDirections.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(result.data!.actionDirections[0]!.title.he).toBe('פלטפורמה שיתופית לעבודה רב-מגזרית');
    expect(result.data!.sdgs).toHaveLength(17);
    expect(result.data!.sectors.map((s) => s.code)).toEqual([
      'GOVERNMENT',
      'LOCAL_GOVERNMENT',
      'BUSINESS',
      'CIVIL_SOCIETY',
      'PHILANTHROPY',
      'ACADEMIA',
    ]);
    expect(result.data!.districts).toHaveLength(7);
    expect(result.data!.topics.length).toBeGreaterThan(10);
  });

  it('filters clusters by stage', async () => {
    const result = await server.graphql<{ clusters: { slug: string }[] }>(
      `{ clusters(stage: INCORPORATING) { slug } }`,
    );
    expect(result.data!.clusters.map((c) => c.slug).sort()).toEqual(['beit-hakerem', 'western-negev']);
  });

  it('finds an authority by any spelling the sources use', async () => {
    const result = await server.graphql<{
      localAuthorities: { nodes: { name: { he: string }; alternativeNames: string[] }[] };
    }>(
      `query Search($search: String) { localAuthorities(search: $search) { nodes { name { he } alternativeNames } } }`,
      { search: 'טמרה' },
    );
    expect(result.data!.localAuthorities.nodes).toEqual([{ name: { he: 'תמרה' }, alternativeNames: ['טמרה'] }]);
  });

  it('pages through authorities with a cursor, each once, in Hebrew order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const result: {
        data?: {
          localAuthorities: {
            totalCount: number;
            nodes: { name: { he: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        };
      } = await server.graphql(
        `query Page($after: String) { localAuthorities(first: 5, after: $after) { totalCount nodes { name { he } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const page = result.data!.localAuthorities;
      total = page.totalCount;
      seen.push(...page.nodes.map((n) => n.name.he));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(total).toBe(28); // 16 + 3 + 9 authorities named by the sources
  });

  it('refuses bad input with a stable code and a message a person can act on', async () => {
    const tooMany = await server.graphql(`{ localAuthorities(first: 101) { totalCount } }`);
    expect(tooMany.errors![0]).toMatchObject({
      message: 'first must be at most 100',
      extensions: { code: 'BAD_USER_INPUT' },
    });

    const badCursor = await server.graphql(`{ localAuthorities(after: "nonsense") { totalCount } }`);
    expect(badCursor.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });

    const missing = await server.graphql(`{ cluster(slug: "atlantis") { slug } }`);
    expect(missing.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(missing.errors![0]!.message).toContain('atlantis');

    const neither = await server.graphql(`{ cluster { slug } }`);
    expect(neither.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

    const badAuthority = await server.graphql(`{ localAuthority(id: "not-an-id") { id } }`);
    expect(badAuthority.errors![0]).toMatchObject({
      message: 'id must be a local authority id',
      extensions: { code: 'BAD_USER_INPUT' },
    });

    const noAuthority = await server.graphql(`{ localAuthority(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(noAuthority.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });

    const badId = await server.graphql(`{ cluster(id: "42") { slug } }`);
    expect(badId.errors![0]).toMatchObject({
      message: 'id must be a cluster id',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('loads a list of clusters with all their relations in a constant number of SQL statements', async () => {
    const everything = /* GraphQL */ `
      {
        clusters {
          name {
            he
          }
          district {
            name {
              he
            }
          }
          ceo {
            name {
              he
            }
          }
          programManager {
            name {
              he
            }
          }
          coreTopics {
            code
          }
          visionGoals {
            he
          }
          milestones {
            title {
              he
            }
            source {
              code
            }
          }
          membershipSources {
            authorityCount
            source {
              code
              title {
                he
              }
            }
          }
          authorities {
            sources {
              joinedOn
              source {
                code
              }
            }
            authority {
              name {
                he
              }
              district {
                code
              }
              alternativeNames
              clusters {
                cluster {
                  slug
                }
                sources {
                  source {
                    code
                  }
                }
              }
            }
          }
        }
      }
    `;
    counter.reset();
    const before = await server.graphql(everything);
    expect(before.errors).toBeUndefined();
    const statementsBefore = counter.count;

    // Twice the data: more clusters, authorities and memberships must not mean more statements.
    await db.dataSource.query(`
      WITH c AS (
        INSERT INTO cluster (slug, name_he) SELECT 'extra-' || g, 'אשכול נוסף ' || g FROM generate_series(1, 5) g RETURNING id
      ), a AS (
        INSERT INTO local_authority (name_he) SELECT 'רשות נוספת ' || g FROM generate_series(1, 20) g RETURNING id
      )
      INSERT INTO cluster_membership (cluster_id, authority_id, source_id)
      SELECT c.id, a.id, (SELECT id FROM source WHERE code = 'HAIFA_BAY_CALL_2020') FROM c CROSS JOIN a`);
    counter.reset();
    const after = await server.graphql<{ clusters: unknown[] }>(everything);
    expect(after.errors).toBeUndefined();
    expect(after.data!.clusters).toHaveLength(10);
    expect(counter.count).toBe(statementsBefore);
    expect(counter.count).toBeLessThanOrEqual(12);
  });
});
