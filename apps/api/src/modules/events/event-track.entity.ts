import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';
import { Event } from './event.entity.js';

/** A discussion track (קבוצת דיון) of an event: its topic, who facilitated it, and its outcome. */
@ObjectType({ description: 'A discussion track of an event' })
@Entity({ name: 'event_track' })
@Unique('event_track_position_key', ['eventId', 'position'])
@Check('event_track_position_positive', '"position" > 0')
export class EventTrack {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_track_event_fk' })
  event?: Relation<Event>;

  @Field(() => Int, { description: 'Its place in the programme, from 1' })
  @Column({ type: 'smallint' })
  position: number;

  @Column({ name: 'topic_he', type: 'text' })
  topicHe: string;

  @Column({ name: 'topic_ar', type: 'text', nullable: true })
  topicAr: string | null;

  @Column({ name: 'topic_en', type: 'text', nullable: true })
  topicEn: string | null;

  @Column({ name: 'facilitator_he', type: 'text', nullable: true })
  facilitatorHe: string | null;

  @Column({ name: 'facilitator_ar', type: 'text', nullable: true })
  facilitatorAr: string | null;

  @Column({ name: 'facilitator_en', type: 'text', nullable: true })
  facilitatorEn: string | null;

  @Column({ name: 'outcome_summary_he', type: 'text', nullable: true })
  outcomeSummaryHe: string | null;

  @Column({ name: 'outcome_summary_ar', type: 'text', nullable: true })
  outcomeSummaryAr: string | null;

  @Column({ name: 'outcome_summary_en', type: 'text', nullable: true })
  outcomeSummaryEn: string | null;

  @Field(() => LocalizedText)
  get topic(): LocalizedText {
    return localized(this.topicHe, this.topicAr, this.topicEn);
  }

  @Field(() => LocalizedText, {
    nullable: true,
    description: 'Who facilitated it (a person or a team); null where not given',
  })
  get facilitator(): LocalizedText | null {
    return localized(this.facilitatorHe, this.facilitatorAr, this.facilitatorEn);
  }

  @Field(() => LocalizedText, { nullable: true, description: "The track's summary; null until written" })
  get outcomeSummary(): LocalizedText | null {
    return localized(this.outcomeSummaryHe, this.outcomeSummaryAr, this.outcomeSummaryEn);
  }
}
