import { In, type DataSource } from 'typeorm';
import { DISTRICT_CODES, type DistrictCode } from '@roundtable/shared/districts';
import {
  AGE_BANDS,
  GENDERS,
  MIN_GROUP_SIZE,
  ageBand,
  matchScore,
  suppressSmallCounts,
  type AgeBand,
  type CountCell,
  type Gender,
} from '@roundtable/shared/pool';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Topic } from '../reference/topic.entity.js';
import type { PoolDiversityArgs, StakeholderMatchesArgs } from './pool.args.js';
import type { PoolDiversity, StakeholderMatch } from './pool.types.js';
import { StakeholderProfile } from './stakeholder-profile.entity.js';

/** At most this many candidates are scored for one request; the best `first` of them are returned. */
const CANDIDATE_LIMIT = 500;

interface Subject {
  topics: string[];
  districts: DistrictCode[];
  /** The subject's own sectors: a partner from one of them is not complementary. */
  sectors: SectorCode[];
  /** People not to suggest (the person; the organisation's own people). */
  excludePersonIds: string[];
  /** Not the organisation's own people, whoever they are. */
  excludeOrganisationId: string | null;
}

/**
 * Matches (partners from other sectors for a person, an organisation or a topic) and the pool's
 * diversity in aggregate (docs/pool.md).
 */
export class PoolInsightsService {
  constructor(private readonly dataSource: DataSource) {}

  async matches(args: StakeholderMatchesArgs): Promise<StakeholderMatch[]> {
    const given = [args.personId, args.organisationId, args.topicCode].filter((value) => value != null);
    if (given.length !== 1) {
      throw new DomainError('BAD_USER_INPUT', 'Give exactly one of personId, organisationId and topicCode.', {
        invalidArguments: ['personId', 'organisationId', 'topicCode'],
      });
    }
    const subject = await this.subject(args);
    if (subject.topics.length === 0) return [];
    const rows: {
      personId: string;
      sector: SectorCode;
      sharedTopics: string[];
      sharedDistricts: DistrictCode[];
      openToConsultation: boolean;
    }[] = await this.dataSource.query(
      `SELECT p.person_id AS "personId", p.sector_code AS sector, p.open_to_consultation AS "openToConsultation",
              array(SELECT st.topic_code FROM stakeholder_topic st
                     WHERE st.person_id = p.person_id AND st.topic_code = ANY($1::text[]) ORDER BY st.position) AS "sharedTopics",
              array(SELECT sd.district_code FROM stakeholder_district sd
                     WHERE sd.person_id = p.person_id AND sd.district_code = ANY($2::text[]) ORDER BY 1) AS "sharedDistricts"
         FROM stakeholder_profile p
        WHERE EXISTS (SELECT 1 FROM stakeholder_topic st WHERE st.person_id = p.person_id AND st.topic_code = ANY($1::text[]))
          AND NOT (p.sector_code = ANY($3::text[]))
          AND NOT (p.person_id = ANY($4::uuid[]))
          AND ($5::uuid IS NULL OR p.organisation_id IS DISTINCT FROM $5::uuid)
        ORDER BY (SELECT count(*) FROM stakeholder_topic st WHERE st.person_id = p.person_id AND st.topic_code = ANY($1::text[])) DESC,
                 p.person_id
        LIMIT ${CANDIDATE_LIMIT}`,
      [subject.topics, subject.districts, subject.sectors, subject.excludePersonIds, subject.excludeOrganisationId],
    );
    // For a topic, a sector is complementary when it is among the least represented on it.
    const perSector = new Map<SectorCode, number>();
    for (const row of rows) perSector.set(row.sector, (perSector.get(row.sector) ?? 0) + 1);
    const fewest = Math.min(...perSector.values());
    const complementary = (sector: SectorCode) =>
      args.topicCode ? perSector.get(sector) === fewest && perSector.size > 1 : true;
    const scored = rows.map((row) => {
      const reason = {
        sharedTopics: row.sharedTopics,
        sharedDistricts: row.sharedDistricts,
        sector: row.sector,
        complementarySector: complementary(row.sector),
        openToConsultation: row.openToConsultation,
      };
      const score = matchScore({
        sharedTopics: row.sharedTopics.length,
        sharedDistricts: row.sharedDistricts.length,
        complementarySector: reason.complementarySector,
        openToConsultation: row.openToConsultation,
      });
      return { personId: row.personId, score, reason };
    });
    scored.sort((a, b) => b.score - a.score || a.personId.localeCompare(b.personId));
    const best = scored.slice(0, args.first);
    if (best.length === 0) return [];
    const [profiles, topics] = await Promise.all([
      this.dataSource.getRepository(StakeholderProfile).findBy({ personId: In(best.map((match) => match.personId)) }),
      this.dataSource.getRepository(Topic).findBy({ code: In(subject.topics) }),
    ]);
    return best.map((match) => ({
      stakeholder: profiles.find((profile) => profile.personId === match.personId)!,
      score: match.score,
      reason: {
        ...match.reason,
        sharedTopics: match.reason.sharedTopics.map((code) => topics.find((topic) => topic.code === code)!),
      },
    }));
  }

  private async subject(args: StakeholderMatchesArgs): Promise<Subject> {
    if (args.personId) {
      const [row]: { sector: SectorCode; topics: string[]; districts: DistrictCode[] }[] = await this.dataSource.query(
        `SELECT p.sector_code AS sector,
                array(SELECT topic_code FROM stakeholder_topic WHERE person_id = p.person_id) AS topics,
                array(SELECT district_code FROM stakeholder_district WHERE person_id = p.person_id) AS districts
           FROM stakeholder_profile p WHERE p.person_id = $1`,
        [args.personId],
      );
      if (!row) throw new NotFoundError('profile in the partner pool', args.personId);
      return {
        topics: row.topics,
        districts: row.districts,
        sectors: [row.sector],
        excludePersonIds: [args.personId],
        excludeOrganisationId: null,
      };
    }
    if (args.organisationId) {
      const organisation = await this.dataSource.getRepository(Organisation).findOneBy({ id: args.organisationId });
      if (!organisation) throw new NotFoundError('organisation', args.organisationId);
      // The organisation's own topics and districts of activity, and those of its people in the pool.
      const [row]: { topics: string[]; districts: DistrictCode[] }[] = await this.dataSource.query(
        `SELECT array(SELECT topic_code FROM organisation_topic WHERE organisation_id = $1
                      UNION SELECT st.topic_code FROM stakeholder_topic st JOIN stakeholder_profile p ON p.person_id = st.person_id
                             WHERE p.organisation_id = $1) AS topics,
                array(SELECT district_code FROM organisation_district WHERE organisation_id = $1
                      UNION SELECT sd.district_code FROM stakeholder_district sd JOIN stakeholder_profile p ON p.person_id = sd.person_id
                             WHERE p.organisation_id = $1) AS districts`,
        [organisation.id],
      );
      return {
        topics: row!.topics,
        districts: row!.districts,
        sectors: [organisation.sectorCode],
        excludePersonIds: [],
        excludeOrganisationId: organisation.id,
      };
    }
    const topic = await this.dataSource.getRepository(Topic).findOneBy({ code: args.topicCode! });
    if (!topic) throw new NotFoundError('topic', args.topicCode!);
    return { topics: [topic.code], districts: [], sectors: [], excludePersonIds: [], excludeOrganisationId: null };
  }

  /**
   * Counts by sector, gender, age band and district, each table protected by suppressSmallCounts.
   * For a topic, each cell's complement (the rest of the pool) is passed too: the whole pool's
   * table is published as well, and whole minus topic must not give a small group away.
   */
  async diversity(args: PoolDiversityArgs): Promise<PoolDiversity> {
    let topic: Topic | null = null;
    if (args.topicCode) {
      topic = await this.dataSource.getRepository(Topic).findOneBy({ code: args.topicCode });
      if (!topic) throw new NotFoundError('topic', args.topicCode);
    }
    const rows: {
      inTopic: boolean;
      sector: SectorCode;
      gender: Gender | null;
      birthYear: number | null;
      districts: DistrictCode[];
    }[] = await this.dataSource.query(
      `SELECT ($1::text IS NOT NULL AND EXISTS (SELECT 1 FROM stakeholder_topic st WHERE st.person_id = p.person_id AND st.topic_code = $1)) AS "inTopic",
              p.sector_code AS sector, p.gender, p.birth_year AS "birthYear",
              array(SELECT district_code FROM stakeholder_district sd WHERE sd.person_id = p.person_id) AS districts
         FROM stakeholder_profile p`,
      [topic?.code ?? null],
    );
    const year = new Date().getUTCFullYear();
    const group = topic ? rows.filter((row) => row.inTopic) : rows;
    const rest = topic ? rows.filter((row) => !row.inTopic) : null;
    const table = <K>(keys: readonly K[], keysOf: (row: (typeof rows)[number]) => K[]): CountCell<K>[] =>
      keys.map((key) => {
        const count = (list: typeof rows) => list.filter((row) => keysOf(row).includes(key)).length;
        return { key, count: count(group), ...(rest ? { complement: count(rest) } : {}) };
      });
    const bySector = suppressSmallCounts(table(SECTOR_CODES, (row) => [row.sector]));
    const byGender = suppressSmallCounts(table<Gender | null>([...GENDERS, null], (row) => [row.gender]));
    const byAgeBand = suppressSmallCounts(
      table<AgeBand | null>([...AGE_BANDS, null], (row) => [
        row.birthYear === null ? null : ageBand(row.birthYear, year),
      ]),
    );
    const byDistrict = suppressSmallCounts(
      table<DistrictCode | null>([...DISTRICT_CODES, null], (row) => (row.districts.length ? row.districts : [null])),
    );
    // The sector counts of a topic are public through the search's filters, so the gaps may say
    // which sectors have no one at all; only the exact one-to-four is left unsaid.
    const sectorGaps = topic
      ? SECTOR_CODES.map((sector) => ({ sector, count: group.filter((row) => row.sector === sector).length }))
          .filter(({ count }) => count < MIN_GROUP_SIZE)
          .map(({ sector, count }) => ({ sector, isMissing: count === 0 }))
      : [];
    // The partition tables share one total: if any of them cannot show its own safely, a known total
    // would let the others' hidden cells be pinned, so none is shown.
    const hideAll = [bySector, byGender, byAgeBand].some((protectedTable) => protectedTable.total === null);
    const shown = <K>(cells: { key: K; count: number | null }[]) =>
      cells.map(({ key, count }) => ({ key, count: hideAll ? null : count }));
    return {
      topic,
      minimumGroupSize: MIN_GROUP_SIZE,
      total: hideAll ? null : group.length,
      bySector: shown(bySector.cells).map(({ key, count }) => ({ sector: key, count })),
      byGender: shown(byGender.cells).map(({ key, count }) => ({ gender: key, count })),
      byAgeBand: shown(byAgeBand.cells).map(({ key, count }) => ({ ageBand: key, count })),
      byDistrict: shown(byDistrict.cells).map(({ key, count }) => ({ district: key, count })),
      sectorGaps,
    };
  }
}
