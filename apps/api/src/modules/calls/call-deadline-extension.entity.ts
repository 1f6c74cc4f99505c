import { Field, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';
import { Source } from '../sources/source.entity.js';
import { Call } from './call.entity.js';

/**
 * One extension of a call's deadline, with its reason ("לאור החגים והעניין הרב", seed 000). An
 * extension made here records when and by whom; one known only from a source has neither.
 */
@ObjectType('DeadlineExtension', { description: "An extension of a call's deadline, and why" })
@Entity({ name: 'call_deadline_extension' })
@Unique('call_deadline_extension_seed_key_key', ['seedKey'])
@Check('call_deadline_extension_later', '"previous_deadline" IS NULL OR "new_deadline" > "previous_deadline"')
@Check('call_deadline_extension_known', '"extended_at" IS NOT NULL OR "source_id" IS NOT NULL')
export class CallDeadlineExtension {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'seed_key', type: 'text', nullable: true })
  seedKey: string | null;

  @Index('call_deadline_extension_call_id_idx')
  @Column({ name: 'call_id', type: 'uuid' })
  callId: string;

  @ManyToOne(() => Call, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'call_deadline_extension_call_fk' })
  call?: Relation<Call>;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Null where the source does not give the earlier date (seed 000)',
  })
  @Column({ name: 'previous_deadline', type: 'date', nullable: true })
  previousDeadline: string | null;

  @Field(() => LocalDateScalar)
  @Column({ name: 'new_deadline', type: 'date' })
  newDeadline: string;

  @Column({ name: 'reason_he', type: 'text' })
  reasonHe: string;

  @Column({ name: 'reason_ar', type: 'text', nullable: true })
  reasonAr: string | null;

  @Column({ name: 'reason_en', type: 'text', nullable: true })
  reasonEn: string | null;

  @Field(() => Date, { nullable: true, description: 'Null for an extension known only from a source' })
  @Column({ name: 'extended_at', type: 'timestamptz', nullable: true })
  extendedAt: Date | null;

  @Column({ name: 'extended_by_account_id', type: 'uuid', nullable: true })
  extendedByAccountId: string | null;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  @ManyToOne(() => Source, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id', foreignKeyConstraintName: 'call_deadline_extension_source_fk' })
  source?: Relation<Source>;

  @Field(() => LocalizedText)
  get reason(): LocalizedText {
    return localized(this.reasonHe, this.reasonAr, this.reasonEn);
  }
}
