import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ForumMember } from './forum-member.entity.js';
import { Meeting } from './meeting.entity.js';

/**
 * That a member came to a meeting. Both foreign keys carry the forum, (meeting_id, forum_id) and
 * (member_id, forum_id), so a member of another forum can never be marked at this one's meeting.
 */
@Entity({ name: 'meeting_attendance' })
export class MeetingAttendance {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Index('meeting_attendance_member_id_idx')
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'meeting_id', referencedColumnName: 'id', foreignKeyConstraintName: 'meeting_attendance_meeting_fk' },
    { name: 'forum_id', referencedColumnName: 'forumId', foreignKeyConstraintName: 'meeting_attendance_meeting_fk' },
  ])
  meeting?: Relation<Meeting>;

  @ManyToOne(() => ForumMember, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'member_id', referencedColumnName: 'id', foreignKeyConstraintName: 'meeting_attendance_member_fk' },
    { name: 'forum_id', referencedColumnName: 'forumId', foreignKeyConstraintName: 'meeting_attendance_member_fk' },
  ])
  member?: Relation<ForumMember>;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
