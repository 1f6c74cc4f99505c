import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { DATA_TABLES, tableChecksums } from '../support/checksum.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('the source-data seed', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.destroy();
  });

  it('loads the clusters, authorities, people and dates of the sources', async () => {
    await seedDatabase(db.dataSource);
    const [counts] = await db.dataSource.query(`
      SELECT (SELECT count(*) FROM cluster)::int AS clusters,
             (SELECT count(*) FROM local_authority)::int AS authorities,
             (SELECT count(*) FROM person)::int AS people,
             (SELECT count(*) FROM source)::int AS sources,
             (SELECT count(*) FROM milestone)::int AS milestones,
             (SELECT count(*) FROM forum)::int AS forums,
             (SELECT count(*) FROM forum_member)::int AS "forumMembers"`);
    expect(counts).toEqual({
      clusters: 5,
      authorities: 28,
      people: 6,
      sources: 5,
      milestones: 11,
      forums: 9,
      forumMembers: 2,
    });
  });

  it('loads the forums as the sources describe them: names, kinds, seats and goals', async () => {
    const forums: {
      key: string;
      cluster: string | null;
      kind: string;
      name: string;
      topic: string | null;
      termYears: number | null;
      minMeetings: number | null;
      allowsIndividuals: boolean;
      launchedOn: string | null;
      source: string;
      goals: number;
      seats: Record<string, number> | null;
    }[] = await db.dataSource.query(`
      SELECT f.seed_key AS key, c.slug AS cluster, f.kind, f.name_he AS name, f.topic_code AS topic,
             f.term_years AS "termYears", f.min_meetings_per_year AS "minMeetings",
             f.allows_individuals AS "allowsIndividuals", f.launched_on AS "launchedOn", s.code AS source,
             (SELECT count(*)::int FROM forum_goal g WHERE g.forum_id = f.id) AS goals,
             (SELECT jsonb_object_agg(sector_code, seats) FROM forum_seat WHERE forum_id = f.id) AS seats
        FROM forum f LEFT JOIN cluster c ON c.id = f.cluster_id JOIN source s ON s.id = f.source_id
       ORDER BY f.seed_key`);
    const summary = Object.fromEntries(
      forums.map((f) => [f.key, [f.cluster, f.kind, f.name, f.topic, f.goals, f.seats, f.launchedOn, f.source]]),
    );
    expect(summary).toEqual({
      // Seed 000: 9 + 9 + 9 = 27 permanent members, 3-year terms, at least 4 meetings a year.
      'haifa-bay-cross-sector-forum': [
        'haifa-bay',
        'CROSS_SECTOR',
        'הפורום הבין-מגזרי האזורי',
        'EMERGENCY_AND_CRISIS',
        3,
        { LOCAL_GOVERNMENT: 9, BUSINESS: 9, CIVIL_SOCIETY: 9 },
        null,
        'HAIFA_BAY_CALL_2020',
      ],
      // Seed 001.
      'beit-hakerem-heads-forum': [
        'beit-hakerem',
        'HEADS',
        'פורום ראשי הרשויות',
        null,
        0,
        null,
        '2013-01-07',
        'BEIT_HAKEREM_CLUSTER_PAGE',
      ],
      'beit-hakerem-environment-forum': [
        'beit-hakerem',
        'PROFESSIONAL',
        'פורום אזורי להגנת הסביבה',
        'ENVIRONMENT',
        0,
        null,
        null,
        'BEIT_HAKEREM_CLUSTER_PAGE',
      ],
      // Seed 003: two leading forums and the three professional ones it names.
      'western-negev-heads-forum': [
        'western-negev',
        'HEADS',
        'פורום ראשי רשויות',
        null,
        2,
        null,
        null,
        'WESTERN_NEGEV_CLUSTER_PAGE',
      ],
      'western-negev-coordinating-forum': [
        'western-negev',
        'COORDINATING',
        'הפורום המתאם',
        null,
        3,
        null,
        null,
        'WESTERN_NEGEV_CLUSTER_PAGE',
      ],
      'western-negev-welfare-forum': [
        'western-negev',
        'PROFESSIONAL',
        'פורום הרווחה והשירותים החברתיים',
        'WELFARE_AND_SOCIAL_SERVICES',
        3,
        null,
        null,
        'WESTERN_NEGEV_CLUSTER_PAGE',
      ],
      'western-negev-education-forum': [
        'western-negev',
        'PROFESSIONAL',
        'פורום החינוך',
        'EDUCATION',
        2,
        null,
        null,
        'WESTERN_NEGEV_CLUSTER_PAGE',
      ],
      'western-negev-environment-forum': [
        'western-negev',
        'PROFESSIONAL',
        'פורום איכות הסביבה וקיימות',
        'ENVIRONMENT',
        3,
        null,
        null,
        'WESTERN_NEGEV_CLUSTER_PAGE',
      ],
      // Seed 004: founded in 2008 by government decision 3190.
      'pmo-round-table': [
        null,
        'ROUND_TABLE',
        'השולחן העגול הבין-מגזרי',
        null,
        1,
        null,
        '2008',
        'PMO_ONLINE_EVENT_INVITATION',
      ],
    });
    const haifaBay = forums.find((f) => f.key === 'haifa-bay-cross-sector-forum')!;
    expect(haifaBay).toMatchObject({ termYears: 3, minMeetings: 4, allowsIndividuals: true });
    // Rules no source gives stay empty.
    expect(
      forums.filter((f) => f.key !== haifaBay.key).every((f) => f.termYears === null && f.minMeetings === null),
    ).toBe(true);
  });

  it('seats the two members seed 000 names, with no invented dates', async () => {
    const members = await db.dataSource.query(`
      SELECT p.seed_key AS person, m.role, m.sector_code AS sector, a.name_he AS authority, m.term_start AS "termStart",
             m.term_end AS "termEnd", m.shown_publicly AS "shownPublicly", s.code AS source
        FROM forum_member m JOIN forum f ON f.id = m.forum_id JOIN person p ON p.id = m.person_id
        LEFT JOIN local_authority a ON a.id = m.local_authority_id JOIN source s ON s.id = m.source_id
       WHERE f.seed_key = 'haifa-bay-cross-sector-forum' ORDER BY m.role`);
    expect(members).toEqual([
      {
        person: 'simon-alfasi',
        role: 'CHAIR',
        sector: 'LOCAL_GOVERNMENT',
        authority: 'יקנעם',
        termStart: null,
        termEnd: null,
        shownPublicly: true,
        source: 'HAIFA_BAY_CALL_2020',
      },
      {
        person: 'aharon-azoulay',
        role: 'SECRETARY',
        sector: null,
        authority: null,
        termStart: null,
        termEnd: null,
        shownPublicly: true,
        source: 'HAIFA_BAY_CALL_2020',
      },
    ]);
    // The chair holds a local-government seat; the secretary is staff and holds none (rule 1).
    const seats = await db.dataSource.query(
      `SELECT sector_code AS sector, filled FROM forum_seat s JOIN forum f ON f.id = s.forum_id
        WHERE f.seed_key = 'haifa-bay-cross-sector-forum' ORDER BY sector_code`,
    );
    expect(seats).toEqual([
      { sector: 'BUSINESS', filled: 0 },
      { sector: 'CIVIL_SOCIETY', filled: 0 },
      { sector: 'LOCAL_GOVERNMENT', filled: 1 },
    ]);
  });

  it('changes nothing when run again, not even a timestamp', async () => {
    const before = await tableChecksums(db.dataSource, DATA_TABLES);
    await seedDatabase(db.dataSource);
    expect(await tableChecksums(db.dataSource, DATA_TABLES)).toEqual(before);
  });

  it('runs safely twice at once: the second waits for the first and adds nothing', async () => {
    const before = await tableChecksums(db.dataSource, DATA_TABLES);
    await Promise.all([seedDatabase(db.dataSource), seedDatabase(db.dataSource)]);
    expect(await tableChecksums(db.dataSource, DATA_TABLES)).toEqual(before);
  });

  it("never undoes a forum's managers' changes to a seeded forum, nor revives a member they ended", async () => {
    await db.dataSource.query(
      `UPDATE forum SET term_years = 4, name_en = 'Changed by its CEO' WHERE seed_key = 'haifa-bay-cross-sector-forum'`,
    );
    await db.dataSource.query(
      `DELETE FROM forum_goal WHERE forum_id = (SELECT id FROM forum WHERE seed_key = 'western-negev-heads-forum')`,
    );
    await db.dataSource.query(
      `UPDATE forum_member SET ended_on = current_date, end_reason = 'TERM_COMPLETED' WHERE seed_key = 'haifa-bay-cross-sector-forum-chair'`,
    );
    await seedDatabase(db.dataSource);
    const [forum] = await db.dataSource.query(
      `SELECT term_years, name_en FROM forum WHERE seed_key = 'haifa-bay-cross-sector-forum'`,
    );
    expect(forum).toEqual({ term_years: 4, name_en: 'Changed by its CEO' });
    const [{ goals }] = await db.dataSource.query(
      `SELECT count(*)::int AS goals FROM forum_goal g JOIN forum f ON f.id = g.forum_id WHERE f.seed_key = 'western-negev-heads-forum'`,
    );
    expect(goals).toBe(0);
    const [chair] = await db.dataSource.query(
      `SELECT ended_on IS NOT NULL AS ended FROM forum_member WHERE seed_key = 'haifa-bay-cross-sector-forum-chair'`,
    );
    expect(chair.ended).toBe(true);
  });

  it('keeps a value an import added when the source leaves it out', async () => {
    await db.dataSource.query(`UPDATE cluster SET district_code = 'HAIFA' WHERE slug = 'haifa-bay'`);
    await db.dataSource.query(`UPDATE local_authority SET kind = 'REGIONAL_COUNCIL' WHERE name_he = 'משגב'`);
    await seedDatabase(db.dataSource);
    const [row] = await db.dataSource.query(`SELECT district_code FROM cluster WHERE slug = 'haifa-bay'`);
    const [misgav] = await db.dataSource.query(`SELECT kind FROM local_authority WHERE name_he = 'משגב'`);
    expect(row.district_code).toBe('HAIFA');
    expect(misgav.kind).toBe('REGIONAL_COUNCIL');
  });
});
