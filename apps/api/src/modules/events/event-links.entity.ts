import { Check, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { SectorCode } from '@roundtable/shared/sectors';
import { Partnership } from '../partnerships/partnership.entity.js';
import { ActionDirection } from '../reference/action-direction.entity.js';
import { Sector } from '../reference/sector.entity.js';
import { Event } from './event.entity.js';

/** A sector an event is for (seed 004's online event lists six). */
@Entity({ name: 'event_audience_sector' })
export class EventAudienceSector {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_audience_sector_event_fk' })
  event?: Relation<Event>;

  @PrimaryColumn({ name: 'sector_code', type: 'text' })
  sectorCode: SectorCode;

  @ManyToOne(() => Sector, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_code', foreignKeyConstraintName: 'event_audience_sector_sector_fk' })
  sector?: Relation<Sector>;
}

/** An action direction an event produced (the Future Search produced all seven, seed 004). */
@Entity({ name: 'event_outcome_direction' })
@Check('event_outcome_direction_number_range', '"direction_number" BETWEEN 1 AND 7')
@Index('event_outcome_direction_direction_number_idx', ['directionNumber'])
export class EventOutcomeDirection {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_outcome_direction_event_fk' })
  event?: Relation<Event>;

  @PrimaryColumn({ name: 'direction_number', type: 'smallint' })
  directionNumber: number;

  @ManyToOne(() => ActionDirection, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'direction_number', foreignKeyConstraintName: 'event_outcome_direction_direction_fk' })
  direction?: Relation<ActionDirection>;
}

/** A partnership an event produced. */
@Entity({ name: 'event_outcome_partnership' })
@Index('event_outcome_partnership_partnership_id_idx', ['partnershipId'])
export class EventOutcomePartnership {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_outcome_partnership_event_fk' })
  event?: Relation<Event>;

  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'event_outcome_partnership_partnership_fk' })
  partnership?: Relation<Partnership>;
}
