import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Forum } from './forum.entity.js';

/** One of a forum's goals, in the order its managers (or its source) give them. */
@Entity({ name: 'forum_goal' })
export class ForumGoal {
  @PrimaryColumn({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id', foreignKeyConstraintName: 'forum_goal_forum_fk' })
  forum?: Relation<Forum>;

  @PrimaryColumn({ type: 'smallint' })
  position: number;

  @Column({ name: 'text_he', type: 'text' })
  textHe: string;

  @Column({ name: 'text_ar', type: 'text', nullable: true })
  textAr: string | null;

  @Column({ name: 'text_en', type: 'text', nullable: true })
  textEn: string | null;
}
