import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { holdsSeat, sectorBalance } from '@roundtable/shared/forums';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import type { Context } from '../../context.js';
import { IdArgs } from '../identity/identity.args.js';
import { assertCanReadForum } from './forum-access.js';
import { Forum } from './forum.entity.js';
import { ForumMember } from './forum-member.entity.js';
import { MeetingSectorBalance } from './forum.types.js';
import { Meeting } from './meeting.entity.js';
import { RecordAttendanceInput, ScheduleMeetingInput, UpdateMeetingInput } from './meeting.inputs.js';

/**
 * Meetings. Their date and title are public (a forum's next meeting); where they meet, the agenda,
 * the summary and who came are for the forum's managers, the PMO unit and administrators.
 */
@Resolver(() => Meeting)
export class MeetingResolver {
  @Authorized('CLUSTER_CEO', 'PMO_ANALYST')
  @Mutation(() => Meeting, { description: "Schedules a forum's meeting, or records one that took place" })
  scheduleMeeting(@Arg('input', () => ScheduleMeetingInput) input: ScheduleMeetingInput, @Ctx() { services }: Context) {
    return services.meetings.schedule(input);
  }

  @Authorized('CLUSTER_CEO', 'PMO_ANALYST')
  @Mutation(() => Meeting, { description: "Changes a meeting's time, title, place, agenda or summary" })
  updateMeeting(@Arg('input', () => UpdateMeetingInput) input: UpdateMeetingInput, @Ctx() { services }: Context) {
    return services.meetings.update(input);
  }

  @Authorized('CLUSTER_CEO', 'PMO_ANALYST')
  @Mutation(() => Meeting, { description: 'Removes a meeting and its attendance; returns it as it was' })
  deleteMeeting(@Args(() => IdArgs) { id }: IdArgs, @Ctx() { services }: Context) {
    return services.meetings.remove(id);
  }

  @Authorized('CLUSTER_CEO', 'PMO_ANALYST')
  @Mutation(() => Meeting, {
    description:
      'Sets who came to a meeting that has started (the whole list; the same list again changes nothing): members who sat on its date',
  })
  recordAttendance(
    @Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput,
    @Ctx() { services }: Context,
  ) {
    return services.meetings.recordAttendance(input);
  }

  @FieldResolver(() => Forum)
  forum(@Root() meeting: Meeting, @Ctx() { loaders }: Context) {
    return loaders.forumById.load(meeting.forumId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether its start time has passed' })
  hasStarted(@Root() meeting: Meeting): boolean {
    return meeting.startsAt.getTime() <= Date.now();
  }

  @FieldResolver(() => String, { nullable: true })
  async location(@Root() meeting: Meeting, @Ctx() context: Context) {
    await this.assertReadable(meeting, context);
    return meeting.location;
  }

  @FieldResolver(() => String, { nullable: true })
  async agenda(@Root() meeting: Meeting, @Ctx() context: Context) {
    await this.assertReadable(meeting, context);
    return meeting.agenda;
  }

  @FieldResolver(() => String, { nullable: true, description: 'What was discussed and decided' })
  async summary(@Root() meeting: Meeting, @Ctx() context: Context) {
    await this.assertReadable(meeting, context);
    return meeting.summary;
  }

  @FieldResolver(() => [ForumMember], { nullable: true, description: 'The members who came' })
  async attendance(@Root() meeting: Meeting, @Ctx() context: Context): Promise<ForumMember[]> {
    await this.assertReadable(meeting, context);
    const rows = await context.loaders.attendanceByMeetingId.load(meeting.id);
    return rows.map((row) => row.member!);
  }

  @FieldResolver(() => [MeetingSectorBalance], {
    nullable: true,
    description: "Seat-holding members who came, per sector, against the sector's seats",
  })
  async sectorBalance(@Root() meeting: Meeting, @Ctx() context: Context): Promise<MeetingSectorBalance[]> {
    await this.assertReadable(meeting, context);
    const [rows, seats] = await Promise.all([
      context.loaders.attendanceByMeetingId.load(meeting.id),
      context.loaders.seatsByForumId.load(meeting.forumId),
    ]);
    const sectors = rows
      .map((row) => row.member!)
      .filter((member) => holdsSeat(member.role) && member.sectorCode !== null)
      .map((member) => member.sectorCode as SectorCode);
    return sectorBalance(
      seats.map((seat) => ({ sector: seat.sectorCode, seats: seat.seats })),
      sectors,
      SECTOR_CODES,
    );
  }

  private async assertReadable(meeting: Meeting, { loaders, viewer }: Context): Promise<void> {
    const forum = await loaders.forumById.load(meeting.forumId);
    assertCanReadForum(viewer, forum!, "A meeting's place, agenda, summary and attendance");
  }
}
