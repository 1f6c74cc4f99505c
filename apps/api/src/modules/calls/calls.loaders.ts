import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { SECTOR_CODES } from '@roundtable/shared/sectors';
import { manyByKey, oneByKey } from '../../common/graphql/loader.js';
import { ForumMember } from '../forums/forum-member.entity.js';
import { ApplicationScore } from './application-score.entity.js';
import { Application } from './application.entity.js';
import { CallCriterion } from './call-criterion.entity.js';
import { CallDeadlineExtension } from './call-deadline-extension.entity.js';
import { Call } from './call.entity.js';
import type { CallPipelineRow } from './calls.types.js';

const SECTOR_ORDER = new Map<string, number>(SECTOR_CODES.map((sector, index) => [sector, index]));

export interface ScoreStats {
  averageScore: number | null;
  reviewerCount: number;
  rankInSector: number | null;
}

/** The calls module's loaders, created per request (context.ts). */
export function createCallLoaders(dataSource: DataSource) {
  return {
    callById: oneByKey<string, Call>(
      (ids) => dataSource.getRepository(Call).findBy({ id: In([...ids]) }),
      (call) => call.id,
    ),
    /** Every call of a forum, drafts included (the resolver hides those the viewer may not see); newest deadline first. */
    callsByForumId: manyByKey<string, Call>(
      (ids) =>
        dataSource
          .getRepository(Call)
          .find({ where: { forumId: In([...ids]) }, order: { deadline: 'DESC', createdAt: 'DESC' } }),
      (call) => call.forumId,
    ),
    criteriaByCallId: manyByKey<string, CallCriterion>(
      (ids) =>
        dataSource.getRepository(CallCriterion).find({ where: { callId: In([...ids]) }, order: { position: 'ASC' } }),
      (criterion) => criterion.callId,
    ),
    criterionById: oneByKey<string, CallCriterion>(
      (ids) => dataSource.getRepository(CallCriterion).findBy({ id: In([...ids]) }),
      (criterion) => criterion.id,
    ),
    /** Oldest first: each extension moves the deadline later. */
    extensionsByCallId: manyByKey<string, CallDeadlineExtension>(
      (ids) =>
        dataSource
          .getRepository(CallDeadlineExtension)
          .find({ where: { callId: In([...ids]) }, order: { newDeadline: 'ASC' } }),
      (extension) => extension.callId,
    ),
    applicationsByCallId: manyByKey<string, Application>(
      (ids) =>
        dataSource
          .getRepository(Application)
          .find({ where: { callId: In([...ids]) }, order: { submittedAt: 'ASC', id: 'ASC' } }),
      (application) => application.callId,
    ),
    /** By criterion's position, then when scored. */
    scoresByApplicationId: manyByKey<string, ApplicationScore>(
      (ids) =>
        dataSource.getRepository(ApplicationScore).find({
          where: { applicationId: In([...ids]) },
          relations: { criterion: true },
          order: { criterion: { position: 'ASC' }, scoredAt: 'ASC' },
        }),
      (score) => score.applicationId,
    ),
    forumMemberById: oneByKey<string, ForumMember>(
      (ids) => dataSource.getRepository(ForumMember).findBy({ id: In([...ids]) }),
      (member) => member.id,
    ),
    /**
     * Each application's mean score, its reviewers, and its dense rank by mean within its call and
     * sector among the scored applications that are not withdrawn: one query for the whole batch.
     */
    scoreStatsByApplicationId: new DataLoader<string, ScoreStats>(async (ids) => {
      const rows: { id: string; average: number | null; reviewers: number; rank: number | null }[] =
        await dataSource.query(
          `WITH stats AS (
             SELECT a.id, a.call_id, a.sector_code,
                    avg(s.score)::float8 AS average, count(DISTINCT s.reviewer_account_id)::int AS reviewers,
                    a.status <> 'WITHDRAWN' AND count(s.score) > 0 AS ranked
               FROM application a LEFT JOIN application_score s ON s.application_id = a.id
              WHERE a.call_id IN (SELECT call_id FROM application WHERE id = ANY($1::uuid[]))
              GROUP BY a.id)
           SELECT id, average, reviewers,
                  CASE WHEN ranked THEN dense_rank() OVER (PARTITION BY call_id, sector_code, ranked ORDER BY average DESC)::int END AS rank
             FROM stats`,
          [ids],
        );
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => {
        const row = byId.get(id);
        return {
          averageScore: row?.average ?? null,
          reviewerCount: row?.reviewers ?? 0,
          rankInSector: row?.rank ?? null,
        };
      });
    }),
    /**
     * Per call, one row per sector of its forum's map or with applications: the seats now and the
     * applications by status, in one query for the batch.
     */
    pipelineByCallId: manyByKey<string, CallPipelineRow & { callId: string }>(
      async (ids) => {
        const rows: (CallPipelineRow & { callId: string })[] = await dataSource.query(
          `WITH calls AS (SELECT id, forum_id FROM "call" WHERE id = ANY($1::uuid[])),
                sectors AS (
                  SELECT c.id AS call_id, s.sector_code FROM calls c JOIN forum_seat s ON s.forum_id = c.forum_id
                  UNION
                  SELECT a.call_id, a.sector_code FROM application a WHERE a.call_id = ANY($1::uuid[]))
           SELECT x.call_id AS "callId", x.sector_code AS sector,
                  COALESCE(s.seats, 0)::int AS seats, COALESCE(s.filled, 0)::int AS filled,
                  COALESCE(s.seats - s.filled, 0)::int AS vacant,
                  count(a.id) FILTER (WHERE a.status = 'SUBMITTED')::int AS submitted,
                  count(a.id) FILTER (WHERE a.status = 'UNDER_REVIEW')::int AS "underReview",
                  count(a.id) FILTER (WHERE a.status = 'ACCEPTED')::int AS accepted,
                  count(a.id) FILTER (WHERE a.status = 'RESERVE')::int AS reserve,
                  count(a.id) FILTER (WHERE a.status = 'REJECTED')::int AS rejected,
                  count(a.id) FILTER (WHERE a.status = 'WITHDRAWN')::int AS withdrawn
             FROM sectors x
             JOIN calls c ON c.id = x.call_id
             LEFT JOIN forum_seat s ON s.forum_id = c.forum_id AND s.sector_code = x.sector_code
             LEFT JOIN application a ON a.call_id = x.call_id AND a.sector_code = x.sector_code
            GROUP BY x.call_id, x.sector_code, s.seats, s.filled`,
          [ids],
        );
        return rows.sort((a, b) => SECTOR_ORDER.get(a.sector)! - SECTOR_ORDER.get(b.sector)!);
      },
      (row) => row.callId,
    ),
    /** RESERVE applications of each forum's calls of its latest rotation (drafts aside). */
    reservesByForumId: manyByKey<string, Application & { forumId: string }>(
      async (ids) => {
        const rows: { id: string; forumId: string }[] = await dataSource.query(
          `SELECT a.id, c.forum_id AS "forumId" FROM application a JOIN "call" c ON c.id = a.call_id
            WHERE c.forum_id = ANY($1::uuid[]) AND a.status = 'RESERVE'
              AND c.rotation = (SELECT max(l.rotation) FROM "call" l WHERE l.forum_id = c.forum_id AND l.status <> 'DRAFT')
            ORDER BY a.sector_code, a.decided_at, a.id`,
          [ids],
        );
        if (rows.length === 0) return [];
        const applications = await dataSource.getRepository(Application).findBy({ id: In(rows.map((row) => row.id)) });
        const byId = new Map(applications.map((application) => [application.id, application]));
        return rows.map((row) => Object.assign(byId.get(row.id)!, { forumId: row.forumId }));
      },
      (application) => application.forumId,
    ),
  };
}
