import { Field, ID, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { REGISTRATION_STATUSES, type RegistrationStatus } from '@roundtable/shared/events';
import type { SectorCode } from '@roundtable/shared/sectors';
import { sqlInList } from '../../common/graphql/enum.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Person } from '../people/person.entity.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { Sector } from '../reference/sector.entity.js';
import { RegistrationStatusEnum } from './events.enums.js';
import { Event } from './event.entity.js';

/**
 * A person's registration to an event (rule 4). `arrival` is drawn from a sequence when the row is
 * inserted, and inserts of one event take turns on its row's lock, so arrival order is the order
 * the database committed them: the waitlist is kept and promoted in it. One live (not cancelled)
 * registration per person per event: a retry finds it rather than registering twice.
 */
@ObjectType({ description: "A person's registration to an event" })
@Entity({ name: 'event_registration' })
@Check('event_registration_status_known', sqlInList('status', REGISTRATION_STATUSES))
@Check('event_registration_confirmed_at_when_confirmed', `"status" <> 'CONFIRMED' OR "confirmed_at" IS NOT NULL`)
@Check('event_registration_cancelled_at_when_cancelled', `("status" = 'CANCELLED') = ("cancelled_at" IS NOT NULL)`)
@Index('event_registration_one_live', ['eventId', 'personId'], { unique: true, where: `"status" <> 'CANCELLED'` })
@Index('event_registration_event_id_status_arrival_idx', ['eventId', 'status', 'arrival'])
@Index('event_registration_person_id_idx', ['personId'])
export class EventRegistration {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_registration_event_fk' })
  event?: Relation<Event>;

  /** Erasing a person (their pool profile, on request) takes their registrations with them. */
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'event_registration_person_fk' })
  person?: Relation<Person>;

  /** The account that registered; no foreign key, as in the audit trail. */
  @Column({ name: 'registered_by_account_id', type: 'uuid', nullable: true })
  registeredByAccountId: string | null;

  @Field(() => SectorCodeEnum, { name: 'sector', description: 'The sector the person comes from' })
  @Column({ name: 'sector_code', type: 'text' })
  sectorCode: SectorCode;

  @ManyToOne(() => Sector, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_code', foreignKeyConstraintName: 'event_registration_sector_fk' })
  sector?: Relation<Sector>;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'event_registration_organisation_fk' })
  organisation?: Relation<Organisation>;

  @Field(() => RegistrationStatusEnum)
  @Column({ type: 'text' })
  status: RegistrationStatus;

  /** The order it arrived in, across all events (only the order within one event matters). */
  @Column({ type: 'bigint' })
  @Generated('increment')
  arrival: string;

  @Field(() => Date)
  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was confirmed: on arrival, or when promoted from the waitlist',
  })
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the person was checked in at the event' })
  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;
}
