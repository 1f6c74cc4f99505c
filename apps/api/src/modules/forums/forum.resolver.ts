import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  attendanceCompliance,
  dateInIsrael,
  daysBetween,
  holdsSeat,
  type AttendanceTerm,
} from '@roundtable/shared/forums';
import { PUBLIC } from '../../common/auth/auth-checker.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';
import type { Context } from '../../context.js';
import { Cluster } from '../clusters/cluster.entity.js';
import { Topic } from '../reference/topic.entity.js';
import { Source } from '../sources/source.entity.js';
import { assertCanReadForum, canManageForum, canReadForum } from './forum-access.js';
import {
  ForumArgs,
  ForumAttendanceArgs,
  ForumMembersArgs,
  ForumsArgs,
  MeetingCadenceArgs,
  MeetingsArgs,
} from './forum.args.js';
import { Forum } from './forum.entity.js';
import { CreateForumInput, UpdateForumInput } from './forum.inputs.js';
import { ForumMember } from './forum-member.entity.js';
import { ForumSeat } from './forum-seat.entity.js';
import { MeetingConnection, MeetingMonth, MemberAttendance } from './forum.types.js';
import { Meeting } from './meeting.entity.js';

/** Forums: their public page, what their managers see, and the changes their managers make. */
@Resolver(() => Forum)
export class ForumResolver {
  @Authorized(PUBLIC)
  @Query(() => [Forum], {
    description: 'Forums: national first, then by cluster; within a cluster by kind, then by Hebrew name',
  })
  forums(@Args(() => ForumsArgs) args: ForumsArgs, @Ctx() { services }: Context) {
    return services.forums.list(args);
  }

  @Authorized(PUBLIC)
  @Query(() => Forum, { description: 'One forum; NOT_FOUND when there is none' })
  forum(@Args(() => ForumArgs) { id }: ForumArgs, @Ctx() { services }: Context) {
    return services.forums.one(id);
  }

  @Authorized('CLUSTER_CEO', 'PMO_ANALYST')
  @Mutation(() => Forum, { description: "A cluster's forum (its CEO), or a national round table (the PMO)" })
  createForum(@Arg('input', () => CreateForumInput) input: CreateForumInput, @Ctx() { services }: Context) {
    return services.forums.create(input);
  }

  @Authorized('CLUSTER_CEO', 'PMO_ANALYST')
  @Mutation(() => Forum, {
    description: "Changes a forum's name, rules, goals or representation map; SEAT_LIMIT below the seats held",
  })
  updateForum(@Arg('input', () => UpdateForumInput) input: UpdateForumInput, @Ctx() { services }: Context) {
    return services.forums.update(input);
  }

  @FieldResolver(() => Cluster, { nullable: true, description: 'Null for a national forum' })
  cluster(@Root() forum: Forum, @Ctx() { loaders }: Context) {
    return forum.clusterId ? loaders.clusterById.load(forum.clusterId) : null;
  }

  @FieldResolver(() => Topic, { nullable: true })
  topic(@Root() forum: Forum, @Ctx() { loaders }: Context) {
    return forum.topicCode ? loaders.topicByCode.load(forum.topicCode) : null;
  }

  @FieldResolver(() => [LocalizedText], { description: 'In order' })
  async goals(@Root() forum: Forum, @Ctx() { loaders }: Context): Promise<LocalizedText[]> {
    const goals = await loaders.goalsByForumId.load(forum.id);
    return goals.map((goal) => localized(goal.textHe, goal.textAr, goal.textEn));
  }

  @FieldResolver(() => Source, { nullable: true, description: 'The document the forum is known from' })
  source(@Root() forum: Forum, @Ctx() { loaders }: Context) {
    return forum.sourceId ? loaders.sourceById.load(forum.sourceId) : null;
  }

  @FieldResolver(() => [ForumSeat], {
    description: 'The representation map, a row per sector, in sector order; empty for a forum with no seat limit',
  })
  seats(@Root() forum: Forum, @Ctx() { loaders }: Context) {
    return loaders.seatsByForumId.load(forum.id);
  }

  @FieldResolver(() => [ForumMember], {
    description:
      'Members by role, sector and name. Its managers, the PMO unit and administrators see all; anyone else only those who consented to appear (or a public source names), and of them only what a public page shows',
  })
  async members(
    @Root() forum: Forum,
    @Args(() => ForumMembersArgs) { includeEnded }: ForumMembersArgs,
    @Ctx() { loaders, viewer }: Context,
  ): Promise<ForumMember[]> {
    const members = await loaders.membersByForumId.load(forum.id);
    const seeAll = canReadForum(viewer, forum);
    return members.filter((member) => (includeEnded || member.endedOn === null) && (seeAll || member.shownPublicly));
  }

  @FieldResolver(() => MeetingConnection, {
    nullable: true,
    description:
      "Meetings, newest first: for the forum's managers, the PMO unit and administrators (FORBIDDEN otherwise)",
  })
  meetings(
    @Root() forum: Forum,
    @Args(() => MeetingsArgs) { first, after }: MeetingsArgs,
    @Ctx() { loaders, viewer }: Context,
  ) {
    assertCanReadForum(viewer, forum, "A forum's meetings");
    return loaders.meetingsPage.load({ forumId: forum.id, args: { first, after: after ?? null } });
  }

  @FieldResolver(() => Meeting, {
    nullable: true,
    description: 'The next meeting that has not started; its date and title are public',
  })
  nextMeeting(@Root() forum: Forum, @Ctx() { loaders }: Context) {
    return loaders.nextMeetingByForumId.load(forum.id);
  }

  @FieldResolver(() => [MeetingMonth], {
    description: 'Meetings per calendar month in Israel, for the months ending with the current one, oldest first',
  })
  meetingCadence(
    @Root() forum: Forum,
    @Args(() => MeetingCadenceArgs) { months }: MeetingCadenceArgs,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.meetingCadence.load({ forumId: forum.id, args: { months, today: dateInIsrael(new Date()) } });
  }

  @FieldResolver(() => [MemberAttendance], {
    nullable: true,
    description:
      "Each seat-holding member's attendance in a calendar year against the forum's minimum (rule 3): members whose term touches the year. For the forum's managers, the PMO unit and administrators",
  })
  async attendance(
    @Root() forum: Forum,
    @Args(() => ForumAttendanceArgs) { year: asked }: ForumAttendanceArgs,
    @Ctx() { loaders, viewer }: Context,
  ): Promise<MemberAttendance[]> {
    assertCanReadForum(viewer, forum, "Members' attendance");
    const today = dateInIsrael(new Date());
    const currentYear = Number(today.slice(0, 4));
    const year = asked ?? currentYear;
    if (year > currentYear) {
      throw new DomainError('BAD_USER_INPUT', `year ${year} has not begun: ask about ${currentYear} or earlier.`, {
        invalidArguments: ['year'],
      });
    }
    const [members, counts] = await Promise.all([
      loaders.membersByForumId.load(forum.id),
      loaders.attendanceCounts.load({ forumId: forum.id, args: { year } }),
    ]);
    return members
      .filter((member) => holdsSeat(member.role) && touchesYear(member, year))
      .map((member) => {
        const attended = counts.get(member.id) ?? 0;
        return {
          member,
          attended,
          ...attendanceCompliance({
            year,
            minMeetingsPerYear: forum.minMeetingsPerYear,
            term: member,
            attended,
            today,
          }),
        };
      });
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the viewer runs this forum (its cluster's CEO; the PMO for a national one)",
  })
  viewerCanManage(@Root() forum: Forum, @Ctx() { viewer }: Context): boolean {
    return canManageForum(viewer, forum);
  }
}

/** Whether a membership covers any day of the calendar year. */
function touchesYear(member: AttendanceTerm, year: number): boolean {
  const ends = [member.termEnd, member.endedOn].filter((end): end is string => end !== null);
  const startsBy = member.termStart === null || daysBetween(member.termStart, `${year + 1}-01-01`) > 0;
  const endsAfter = ends.every((end) => daysBetween(`${year}-01-01`, end) > 0);
  return startsBy && endsAfter;
}

/** Adds `forums` to Cluster here, so the clusters module does not depend on forums. */
@Resolver(() => Cluster)
export class ClusterForumsResolver {
  @FieldResolver(() => [Forum], { description: "The cluster's forums, by kind (heads' first), then name" })
  forums(@Root() cluster: Cluster, @Ctx() { loaders }: Context) {
    return loaders.forumsByClusterId.load(cluster.id);
  }
}
