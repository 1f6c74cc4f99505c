import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { FORUM_MEMBER_ROLES, FORUM_TIME_ZONE, lastMonths } from '@roundtable/shared/forums';
import { SECTOR_CODES } from '@roundtable/shared/sectors';
import { decodeCursor, encodeCursor } from '../../common/graphql/pagination.js';
import { manyByKey, oneByKey } from '../../common/graphql/loader.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { referenceCache } from '../reference/reference-cache.js';
import type { Topic } from '../reference/topic.entity.js';
import { ForumGoal } from './forum-goal.entity.js';
import { ForumMember } from './forum-member.entity.js';
import { ForumSeat } from './forum-seat.entity.js';
import { Forum } from './forum.entity.js';
import { sortForums } from './forum.service.js';
import type { MeetingConnection, MeetingMonth } from './forum.types.js';
import { MeetingAttendance } from './meeting-attendance.entity.js';
import { Meeting } from './meeting.entity.js';

const ROLE_ORDER = new Map<string, number>(FORUM_MEMBER_ROLES.map((role, index) => [role, index]));
const SECTOR_ORDER = new Map<string, number>(SECTOR_CODES.map((sector, index) => [sector, index]));

/** Chair, co-chairs, members, secretary; by sector within a role; then by name. */
function sortMembers(members: ForumMember[]): ForumMember[] {
  return members.sort(
    (a, b) =>
      ROLE_ORDER.get(a.role)! - ROLE_ORDER.get(b.role)! ||
      (SECTOR_ORDER.get(a.sectorCode ?? '') ?? 99) - (SECTOR_ORDER.get(b.sectorCode ?? '') ?? 99) ||
      (a.person?.nameHe ?? '').localeCompare(b.person?.nameHe ?? '', 'he') ||
      a.id.localeCompare(b.id),
  );
}

/**
 * A loader whose keys carry arguments (a page, a year): keys with the same arguments are answered
 * by one query for all their forums.
 */
function byArguments<A, V>(
  load: (forumIds: string[], args: A) => Promise<Map<string, V>>,
  empty: (args: A) => V,
): DataLoader<{ forumId: string; args: A }, V, string> {
  return new DataLoader<{ forumId: string; args: A }, V, string>(
    async (keys) => {
      const groups = new Map<string, { args: A; forumIds: string[] }>();
      for (const { forumId, args } of keys) {
        const group = groups.get(JSON.stringify(args)) ?? { args, forumIds: [] };
        group.forumIds.push(forumId);
        groups.set(JSON.stringify(args), group);
      }
      const answers = new Map<string, Map<string, V>>();
      for (const [key, { args, forumIds }] of groups) answers.set(key, await load([...new Set(forumIds)], args));
      return keys.map(({ forumId, args }) => answers.get(JSON.stringify(args))!.get(forumId) ?? empty(args));
    },
    { cacheKeyFn: ({ forumId, args }) => `${forumId}:${JSON.stringify(args)}` },
  );
}

/** The forums module's loaders, created per request (context.ts). */
export function createForumLoaders(dataSource: DataSource) {
  return {
    forumById: oneByKey<string, Forum>(
      (ids) => dataSource.getRepository(Forum).findBy({ id: In([...ids]) }),
      (forum) => forum.id,
    ),
    forumsByClusterId: manyByKey<string, Forum>(
      async (ids) => sortForums(await dataSource.getRepository(Forum).findBy({ clusterId: In([...ids]) })),
      (forum) => forum.clusterId!,
    ),
    goalsByForumId: manyByKey<string, ForumGoal>(
      (ids) =>
        dataSource.getRepository(ForumGoal).find({ where: { forumId: In([...ids]) }, order: { position: 'ASC' } }),
      (goal) => goal.forumId,
    ),
    seatsByForumId: manyByKey<string, ForumSeat>(
      async (ids) =>
        (await dataSource.getRepository(ForumSeat).findBy({ forumId: In([...ids]) })).sort(
          (a, b) => SECTOR_ORDER.get(a.sectorCode)! - SECTOR_ORDER.get(b.sectorCode)!,
        ),
      (seat) => seat.forumId,
    ),
    /** Every member, active and ended, with their person (for the order by name). */
    membersByForumId: manyByKey<string, ForumMember>(
      async (ids) =>
        sortMembers(
          await dataSource
            .getRepository(ForumMember)
            .find({ where: { forumId: In([...ids]) }, relations: { person: true } }),
        ),
      (member) => member.forumId,
    ),
    attendanceByMeetingId: manyByKey<string, MeetingAttendance>(
      (ids) =>
        dataSource
          .getRepository(MeetingAttendance)
          .find({ where: { meetingId: In([...ids]) }, relations: { member: { person: true } } }),
      (row) => row.meetingId,
    ),
    organisationById: oneByKey<string, Organisation>(
      (ids) => dataSource.getRepository(Organisation).findBy({ id: In([...ids]) }),
      (organisation) => organisation.id,
    ),
    topicByCode: oneByKey<string, Topic>(
      (codes) => referenceCache(dataSource).topics.get(codes),
      (topic) => topic.code,
    ),
    nextMeetingByForumId: oneByKey<string, Meeting>(
      async (ids) => {
        const rows: { id: string }[] = await dataSource.query(
          `SELECT DISTINCT ON (forum_id) id FROM meeting WHERE forum_id = ANY($1::uuid[]) AND starts_at > now()
            ORDER BY forum_id, starts_at, id`,
          [ids],
        );
        return rows.length ? dataSource.getRepository(Meeting).findBy({ id: In(rows.map((row) => row.id)) }) : [];
      },
      (meeting) => meeting.forumId,
    ),
    /** A page of a forum's meetings, newest first, with the forum's count. */
    meetingsPage: byArguments<{ first: number; after: string | null }, MeetingConnection>(
      async (forumIds, { first, after }) => {
        const [cursorStartsAt, cursorId] = after ? decodeCursor(after, 2) : [null, null];
        const rows: { id: string; forumId: string; total: number }[] = await dataSource.query(
          `SELECT id, forum_id AS "forumId", total FROM (
             SELECT t.id, t.forum_id, t.total,
                    row_number() OVER (PARTITION BY t.forum_id ORDER BY t.starts_at DESC, t.id DESC) AS rank
               FROM (SELECT m.id, m.forum_id, m.starts_at, count(*) OVER (PARTITION BY m.forum_id)::int AS total
                       FROM meeting m WHERE m.forum_id = ANY($1::uuid[])) t
              WHERE $3::timestamptz IS NULL OR (t.starts_at, t.id) < ($3::timestamptz, $4::uuid)
           ) page WHERE rank <= $2 ORDER BY forum_id, rank`,
          [forumIds, first + 1, cursorStartsAt, cursorId],
        );
        const meetings = rows.length
          ? await dataSource.getRepository(Meeting).findBy({ id: In(rows.map((row) => row.id)) })
          : [];
        const byId = new Map(meetings.map((meeting) => [meeting.id, meeting]));
        // A forum with nothing after the cursor still has a count.
        const totals: { forumId: string; total: number }[] = after
          ? await dataSource.query(
              `SELECT forum_id AS "forumId", count(*)::int AS total FROM meeting WHERE forum_id = ANY($1::uuid[]) GROUP BY forum_id`,
              [forumIds],
            )
          : rows;
        return new Map(
          forumIds.map((forumId) => {
            const all = rows.filter((row) => row.forumId === forumId).map((row) => byId.get(row.id)!);
            const nodes = all.slice(0, first);
            const last = nodes.at(-1);
            return [
              forumId,
              {
                nodes,
                totalCount: totals.find((row) => row.forumId === forumId)?.total ?? 0,
                pageInfo: {
                  hasNextPage: all.length > first,
                  endCursor: last ? encodeCursor([last.startsAt.toISOString(), last.id]) : null,
                },
              },
            ];
          }),
        );
      },
      () => ({ nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } }),
    ),
    /** Meetings per calendar month in Israel, for the months that end with this one. */
    meetingCadence: byArguments<{ months: number; today: string }, MeetingMonth[]>(
      async (forumIds, { months, today }) => {
        const list = lastMonths(today, months);
        const rows: { forumId: string; month: string; meetings: number }[] = await dataSource.query(
          `SELECT forum_id AS "forumId", to_char(starts_at AT TIME ZONE $4, 'YYYY-MM') AS month, count(*)::int AS meetings
             FROM meeting
            WHERE forum_id = ANY($1::uuid[])
              AND starts_at AT TIME ZONE $4 >= ($2 || '-01')::timestamp
              AND starts_at AT TIME ZONE $4 < ($3 || '-01')::timestamp + interval '1 month'
            GROUP BY 1, 2`,
          [forumIds, list[0], list.at(-1), FORUM_TIME_ZONE],
        );
        return new Map(
          forumIds.map((forumId) => [
            forumId,
            list.map((month) => ({
              month,
              meetings: rows.find((row) => row.forumId === forumId && row.month === month)?.meetings ?? 0,
            })),
          ]),
        );
      },
      ({ months, today }) => lastMonths(today, months).map((month) => ({ month, meetings: 0 })),
    ),
    /** How many meetings of a calendar year (in Israel) each member came to. */
    attendanceCounts: byArguments<{ year: number }, Map<string, number>>(
      async (forumIds, { year }) => {
        const rows: { forumId: string; memberId: string; attended: number }[] = await dataSource.query(
          `SELECT a.forum_id AS "forumId", a.member_id AS "memberId", count(*)::int AS attended
             FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id
            WHERE a.forum_id = ANY($1::uuid[]) AND extract(year FROM m.starts_at AT TIME ZONE $3) = $2
            GROUP BY 1, 2`,
          [forumIds, year, FORUM_TIME_ZONE],
        );
        const byForum = new Map<string, Map<string, number>>(forumIds.map((id) => [id, new Map()]));
        for (const row of rows) byForum.get(row.forumId)!.set(row.memberId, row.attended);
        return byForum;
      },
      () => new Map(),
    ),
  };
}
