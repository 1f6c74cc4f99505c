import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Forum } from './forum.entity.js';

/**
 * A forum's meeting (מפגש). Its time is a timestamptz; its date, for attendance and the calendar
 * year, is the date in Israel. The date and title are public; where, the agenda, the summary and
 * who came are for the forum's managers and readers.
 */
@ObjectType({ description: "A forum's meeting; its place, agenda, summary and attendance are its managers'" })
@Entity({ name: 'meeting' })
@Unique('meeting_id_forum_key', ['id', 'forumId'])
@Index('meeting_forum_id_starts_at_idx', ['forumId', 'startsAt'])
export class Meeting {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id', foreignKeyConstraintName: 'meeting_forum_fk' })
  forum?: Relation<Forum>;

  @Field(() => Date)
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'text', nullable: true })
  agenda: string | null;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
