import type { DataSource, EntityManager } from 'typeorm';
import { dateInIsrael, isActiveOn } from '@roundtable/shared/forums';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { Viewer } from '../identity/viewer.js';
import { assertCanManageForum } from './forum-access.js';
import { ForumMember } from './forum-member.entity.js';
import { Forum } from './forum.entity.js';
import { MeetingAttendance } from './meeting-attendance.entity.js';
import { Meeting } from './meeting.entity.js';
import type { RecordAttendanceInput, ScheduleMeetingInput, UpdateMeetingInput } from './meeting.inputs.js';

/** How far ahead a meeting may be scheduled: beyond that it is a typing mistake more often than a plan. */
const MAX_YEARS_AHEAD = 5;
const EARLIEST_MEETING = new Date('2000-01-01T00:00:00Z');

/**
 * A forum's meetings and who came (rule 3). Attendance is recorded for a meeting that has started,
 * for members who sat on its date in Israel, as a whole list: recording the same list again
 * changes nothing.
 */
export class MeetingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly audit: AuditTrail,
  ) {}

  async schedule({ forumId, startsAt, title, location, agenda }: ScheduleMeetingInput): Promise<Meeting> {
    assertPlausible(startsAt);
    return this.dataSource.transaction(async (manager) => {
      const forum = await manager.findOneBy(Forum, { id: forumId });
      if (!forum) throw new NotFoundError('forum', forumId);
      assertCanManageForum(this.viewer, forum);
      const meeting = await manager.getRepository(Meeting).save({
        forumId,
        startsAt,
        title: title.trim(),
        location: location?.trim() || null,
        agenda: agenda?.trim() || null,
        summary: null,
      });
      await this.audit.record(manager, {
        action: 'MEETING_SCHEDULED',
        entityType: 'Meeting',
        entityId: meeting.id,
        clusterId: forum.clusterId,
        after: snapshot(meeting),
      });
      return manager.findOneByOrFail(Meeting, { id: meeting.id });
    });
  }

  async update(input: UpdateMeetingInput): Promise<Meeting> {
    if (input.startsAt) assertPlausible(input.startsAt);
    if (input.title === null) {
      throw new DomainError('BAD_USER_INPUT', 'A meeting keeps a title: leave title out to keep it.', {
        invalidArguments: ['title'],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const { meeting, forum } = await this.editable(manager, input.id);
      const changes: Partial<Meeting> = { updatedAt: new Date() };
      if (input.startsAt) changes.startsAt = input.startsAt;
      if (input.title) changes.title = input.title.trim();
      if (input.location !== undefined) changes.location = input.location?.trim() || null;
      if (input.agenda !== undefined) changes.agenda = input.agenda?.trim() || null;
      if (input.summary !== undefined) changes.summary = input.summary?.trim() || null;
      if (input.startsAt && input.startsAt.getTime() !== meeting.startsAt.getTime()) {
        await assertAttendanceStillFits(manager, meeting, input.startsAt);
      }
      await manager.update(Meeting, { id: meeting.id }, changes);
      const after = await manager.findOneByOrFail(Meeting, { id: meeting.id });
      await this.audit.record(manager, {
        action: 'MEETING_UPDATED',
        entityType: 'Meeting',
        entityId: meeting.id,
        clusterId: forum.clusterId,
        before: snapshot(meeting),
        after: snapshot(after),
      });
      return after;
    });
  }

  /** Removes a meeting and its attendance; returns it as it was. */
  async remove(id: string): Promise<Meeting> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting, forum } = await this.editable(manager, id);
      const attendees = await attendeeIds(manager, meeting.id);
      await manager.delete(Meeting, { id: meeting.id });
      await this.audit.record(manager, {
        action: 'MEETING_DELETED',
        entityType: 'Meeting',
        entityId: meeting.id,
        clusterId: forum.clusterId,
        before: { ...snapshot(meeting), attendeeIds: attendees },
      });
      return meeting;
    });
  }

  /** Sets who came to a meeting: the whole list. The same list again changes nothing (not even the audit trail). */
  async recordAttendance({ meetingId, memberIds }: RecordAttendanceInput): Promise<Meeting> {
    const wanted = [...new Set(memberIds)];
    return this.dataSource.transaction(async (manager) => {
      const { meeting, forum } = await this.editable(manager, meetingId);
      if (meeting.startsAt.getTime() > Date.now()) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `Attendance is recorded once the meeting has started; it starts at ${meeting.startsAt.toISOString()}.`,
          { invalidArguments: ['meetingId'] },
        );
      }
      const meetingDate = dateInIsrael(meeting.startsAt);
      // Shared locks: a membership cannot end meanwhile (ending checks the attendance recorded).
      const members = wanted.length
        ? await manager
            .getRepository(ForumMember)
            .createQueryBuilder('m')
            .setLock('pessimistic_read')
            .where('m.id IN (:...ids)', { ids: wanted })
            .andWhere('m.forum_id = :forumId', { forumId: forum.id })
            .getMany()
        : [];
      const strangers = wanted.filter((id) => !members.some((member) => member.id === id));
      if (strangers.length > 0) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `Only members of this forum can be marked present; ${strangers.length} of the ids are not.`,
          { invalidArguments: ['memberIds'], memberIds: strangers },
        );
      }
      const absentees = members.filter((member) => !isActiveOn(member, meetingDate));
      if (absentees.length > 0) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `${absentees.length} of the members did not sit in the forum on ${meetingDate}, the meeting's date.`,
          { invalidArguments: ['memberIds'], memberIds: absentees.map((member) => member.id) },
        );
      }
      const recorded = await attendeeIds(manager, meeting.id);
      const added = wanted.filter((id) => !recorded.includes(id));
      const removed = recorded.filter((id) => !wanted.includes(id));
      if (added.length === 0 && removed.length === 0) return meeting;
      if (removed.length > 0) {
        await manager.query(`DELETE FROM meeting_attendance WHERE meeting_id = $1 AND member_id = ANY($2::uuid[])`, [
          meeting.id,
          removed,
        ]);
      }
      if (added.length > 0) {
        await manager
          .getRepository(MeetingAttendance)
          .insert(added.map((memberId) => ({ meetingId: meeting.id, memberId, forumId: forum.id })));
      }
      await this.audit.record(manager, {
        action: 'ATTENDANCE_RECORDED',
        entityType: 'Meeting',
        entityId: meeting.id,
        clusterId: forum.clusterId,
        before: { memberIds: recorded.sort() },
        after: { memberIds: [...wanted].sort() },
      });
      return meeting;
    });
  }

  /** The meeting, locked for this transaction, and its forum, if the viewer runs the forum. */
  private async editable(manager: EntityManager, id: string): Promise<{ meeting: Meeting; forum: Forum }> {
    const meeting = await manager
      .getRepository(Meeting)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.id = :id', { id })
      .getOne();
    if (!meeting) throw new NotFoundError('meeting', id);
    const forum = await manager.findOneByOrFail(Forum, { id: meeting.forumId });
    assertCanManageForum(this.viewer, forum);
    return { meeting, forum };
  }
}

function assertPlausible(startsAt: Date): void {
  const latest = new Date();
  latest.setUTCFullYear(latest.getUTCFullYear() + MAX_YEARS_AHEAD);
  if (startsAt < EARLIEST_MEETING || startsAt > latest) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `startsAt must be between 2000 and ${MAX_YEARS_AHEAD} years from now: check the year.`,
      { invalidArguments: ['startsAt'] },
    );
  }
}

/** A meeting with attendance stays in the past, on a day its attendees sat in the forum. */
async function assertAttendanceStillFits(manager: EntityManager, meeting: Meeting, startsAt: Date): Promise<void> {
  const ids = await attendeeIds(manager, meeting.id);
  if (ids.length === 0) return;
  if (startsAt.getTime() > Date.now()) {
    throw new DomainError(
      'BAD_USER_INPUT',
      'This meeting has attendance recorded, so it has taken place: it cannot move to the future.',
      { invalidArguments: ['startsAt'] },
    );
  }
  const date = dateInIsrael(startsAt);
  const members = await manager.getRepository(ForumMember).findBy(ids.map((id) => ({ id })));
  const absentees = members.filter((member) => !isActiveOn(member, date));
  if (absentees.length > 0) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `${absentees.length} of the members marked present did not sit in the forum on ${date}. Correct the attendance first.`,
      { invalidArguments: ['startsAt'], memberIds: absentees.map((member) => member.id) },
    );
  }
}

async function attendeeIds(manager: EntityManager, meetingId: string): Promise<string[]> {
  const rows: { memberId: string }[] = await manager.query(
    `SELECT member_id AS "memberId" FROM meeting_attendance WHERE meeting_id = $1 ORDER BY member_id`,
    [meetingId],
  );
  return rows.map((row) => row.memberId);
}

function snapshot(meeting: Meeting): Record<string, unknown> {
  return {
    startsAt: meeting.startsAt.toISOString(),
    title: meeting.title,
    location: meeting.location,
    agenda: meeting.agenda,
    summary: meeting.summary,
  };
}
