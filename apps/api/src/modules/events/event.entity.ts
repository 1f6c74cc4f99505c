import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Check,
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
import { EVENT_KINDS, type EventKind } from '@roundtable/shared/events';
import { sqlInList } from '../../common/graphql/enum.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';
import { Cluster } from '../clusters/cluster.entity.js';
import { Forum } from '../forums/forum.entity.js';
import { Meeting } from '../forums/meeting.entity.js';
import { LocalAuthority } from '../geography/local-authority.entity.js';
import { Source } from '../sources/source.entity.js';
import { EventKindEnum } from './events.enums.js';

/**
 * An event (אירוע, domain.md) organised by the PMO unit (no cluster) or a cluster. Public: it holds
 * no personal data (registrations are in event_registration). `confirmed_count` is kept by a
 * trigger on event_registration (the migration) and the CHECK holds it within the capacity, so
 * rule 4 holds even for a write that bypasses the service. Figures a source gives are reported
 * figures (reported_participant_count), never registrations.
 */
@ObjectType({ description: 'A conference, exposure conference, online event or workshop' })
@Entity({ name: 'event' })
@Unique('event_seed_key_key', ['seedKey'])
@Unique('event_meeting_id_key', ['meetingId'])
@Check('event_kind_known', sqlInList('kind', EVENT_KINDS))
@Check('event_dates_given', '"starts_on" IS NOT NULL OR "source_id" IS NOT NULL')
@Check('event_ends_after_start', '"ends_on" >= "starts_on"')
@Check('event_capacity_positive', '"capacity" > 0')
@Check('event_confirmed_within_capacity', '"confirmed_count" <= "capacity"')
@Check('event_confirmed_not_negative', '"confirmed_count" >= 0')
@Check('event_registration_window_order', '"registration_closes_at" > "registration_opens_at"')
@Check('event_closed_at_when_closed', '"registration_closed_at" IS NULL OR "registration_closed"')
@Check('event_reported_participants_not_negative', '"reported_participant_count" >= 0')
@Check('event_online_link_when_online', '"online_link" IS NULL OR "is_online"')
@Index('event_starts_on_id_idx', ['startsOn', 'id'])
export class Event {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The natural key the source-data seed inserts on. */
  @Column({ name: 'seed_key', type: 'text', nullable: true })
  seedKey: string | null;

  @Field(() => EventKindEnum)
  @Column({ type: 'text' })
  kind: EventKind;

  /** The organiser: a cluster, or the PMO unit when null. */
  @Index('event_cluster_id_idx')
  @Column({ name: 'cluster_id', type: 'uuid', nullable: true })
  clusterId: string | null;

  @ManyToOne(() => Cluster, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'event_cluster_fk' })
  cluster?: Relation<Cluster>;

  /** A forum the event is held for (a forum meeting held as an event), when there is one. */
  @Index('event_forum_id_idx')
  @Column({ name: 'forum_id', type: 'uuid', nullable: true })
  forumId: string | null;

  @ManyToOne(() => Forum, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'forum_id', foreignKeyConstraintName: 'event_forum_fk' })
  forum?: Relation<Forum>;

  /**
   * The forum's meeting this event is (rule 3): kept by the service while the event has a forum and
   * a first day, so a member checked in here is recorded in that meeting's attendance, once.
   * Unique: one meeting per event, never two events for one meeting.
   */
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @ManyToOne(() => Meeting, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'event_meeting_fk' })
  meeting?: Relation<Meeting>;

  @Column({ name: 'title_he', type: 'text' })
  titleHe: string;

  @Column({ name: 'title_ar', type: 'text', nullable: true })
  titleAr: string | null;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  @Column({ name: 'summary_he', type: 'text', nullable: true })
  summaryHe: string | null;

  @Column({ name: 'summary_ar', type: 'text', nullable: true })
  summaryAr: string | null;

  @Column({ name: 'summary_en', type: 'text', nullable: true })
  summaryEn: string | null;

  @Column({ name: 'venue_he', type: 'text', nullable: true })
  venueHe: string | null;

  @Column({ name: 'venue_ar', type: 'text', nullable: true })
  venueAr: string | null;

  @Column({ name: 'venue_en', type: 'text', nullable: true })
  venueEn: string | null;

  /** The locality it takes place in, when it has a place. */
  @Column({ name: 'local_authority_id', type: 'uuid', nullable: true })
  localAuthorityId: string | null;

  @ManyToOne(() => LocalAuthority, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'local_authority_id', foreignKeyConstraintName: 'event_local_authority_fk' })
  localAuthority?: Relation<LocalAuthority>;

  @Field(() => Boolean)
  @Column({ name: 'is_online', type: 'boolean', default: false })
  isOnline: boolean;

  @Field(() => String, { nullable: true, description: 'Where to join an online event; null where not given' })
  @Column({ name: 'online_link', type: 'text', nullable: true })
  onlineLink: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Null only for an event whose source gives no date' })
  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day of a multi-day event' })
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => Int, { nullable: true, description: 'Seats; null: no limit' })
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Field(() => Date, { nullable: true, description: 'Null: open from publication' })
  @Column({ name: 'registration_opens_at', type: 'timestamptz', nullable: true })
  registrationOpensAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Null: open until closed by hand' })
  @Column({ name: 'registration_closes_at', type: 'timestamptz', nullable: true })
  registrationClosesAt: Date | null;

  @Field(() => Boolean, { description: 'Closed by hand by its organiser (or, seeded, as its source says)' })
  @Column({ name: 'registration_closed', type: 'boolean', default: false })
  registrationClosed: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was closed by hand; null where the source does not say' })
  @Column({ name: 'registration_closed_at', type: 'timestamptz', nullable: true })
  registrationClosedAt: Date | null;

  /** Kept by the event_registration trigger only (the migration refuses any other change). */
  @Field(() => Int, { description: 'Confirmed registrations, never more than the capacity (rule 4)' })
  @Column({ name: 'confirmed_count', type: 'integer', default: 0 })
  confirmedCount: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Participants as a source reports them (a reported figure, not registrations); null where none',
  })
  @Column({ name: 'reported_participant_count', type: 'integer', nullable: true })
  reportedParticipantCount: number | null;

  @Field(() => Boolean, { description: 'The reported figure is approximate ("about 100")' })
  @Column({ name: 'reported_participant_count_approximate', type: 'boolean', default: false })
  reportedParticipantCountApproximate: boolean;

  @Column({ name: 'outcome_summary_he', type: 'text', nullable: true })
  outcomeSummaryHe: string | null;

  @Column({ name: 'outcome_summary_ar', type: 'text', nullable: true })
  outcomeSummaryAr: string | null;

  @Column({ name: 'outcome_summary_en', type: 'text', nullable: true })
  outcomeSummaryEn: string | null;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  @ManyToOne(() => Source, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id', foreignKeyConstraintName: 'event_source_fk' })
  source?: Relation<Source>;

  /** Null for a seeded event. No foreign key: the record outlives the account, as the audit trail does. */
  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  createdByAccountId: string | null;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => LocalizedText)
  get title(): LocalizedText {
    return localized(this.titleHe, this.titleAr, this.titleEn);
  }

  @Field(() => LocalizedText, { nullable: true })
  get summary(): LocalizedText | null {
    return localized(this.summaryHe, this.summaryAr, this.summaryEn);
  }

  @Field(() => LocalizedText, {
    nullable: true,
    description: 'The hall or building; null for an online event or where not given',
  })
  get venue(): LocalizedText | null {
    return localized(this.venueHe, this.venueAr, this.venueEn);
  }

  @Field(() => LocalizedText, { nullable: true, description: 'What the event produced, in words' })
  get outcomeSummary(): LocalizedText | null {
    return localized(this.outcomeSummaryHe, this.outcomeSummaryAr, this.outcomeSummaryEn);
  }
}
