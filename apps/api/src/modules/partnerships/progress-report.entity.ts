import { Field, Float, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';
import { NUMERIC } from './numeric.js';
import { PartnershipIndicator } from './partnership-indicator.entity.js';
import { Partnership } from './partnership.entity.js';

/**
 * A dated progress report. Reports are history: a trigger (the migration) refuses to change one, so
 * a correction is a new report. The idempotency key makes a retried report the same report.
 */
@ObjectType({ description: 'A dated progress report of a partnership, with the indicator values it recorded' })
@Entity({ name: 'progress_report' })
@Unique('progress_report_id_partnership_key', ['id', 'partnershipId'])
@Unique('progress_report_idempotency_key', ['partnershipId', 'submittedByAccountId', 'idempotencyKey'])
@Index('progress_report_partnership_id_reported_on_idx', ['partnershipId', 'reportedOn'])
export class ProgressReport {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'progress_report_partnership_fk' })
  partnership?: Relation<Partnership>;

  @Field(() => LocalDateScalar, { description: 'The day the report speaks of (Israel)' })
  @Column({ name: 'reported_on', type: 'date' })
  reportedOn: string;

  @Column({ name: 'text_he', type: 'text' })
  textHe: string;

  @Column({ name: 'text_ar', type: 'text', nullable: true })
  textAr: string | null;

  @Column({ name: 'text_en', type: 'text', nullable: true })
  textEn: string | null;

  /** Not in the schema: who reported is the audit trail's, not the public's. */
  @Column({ name: 'submitted_by_account_id', type: 'uuid' })
  submittedByAccountId: string;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Field(() => Date, { description: 'When it was recorded' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => LocalizedText)
  get text(): LocalizedText {
    return localized(this.textHe, this.textAr, this.textEn);
  }
}

/**
 * An indicator's value as one report recorded it. partnership_id ties both composite keys to one
 * partnership, so a report records only its own partnership's indicators.
 */
@ObjectType({ description: 'The value a progress report recorded for an indicator' })
@Entity({ name: 'progress_report_value' })
@Index('progress_report_value_indicator_id_idx', ['indicatorId'])
export class ProgressReportValue {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => ProgressReport, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'report_id', referencedColumnName: 'id', foreignKeyConstraintName: 'progress_report_value_report_fk' },
    {
      name: 'partnership_id',
      referencedColumnName: 'partnershipId',
      foreignKeyConstraintName: 'progress_report_value_report_fk',
    },
  ])
  report?: Relation<ProgressReport>;

  @ManyToOne(() => PartnershipIndicator, { onDelete: 'NO ACTION' })
  @JoinColumn([
    {
      name: 'indicator_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'progress_report_value_indicator_fk',
    },
    {
      name: 'partnership_id',
      referencedColumnName: 'partnershipId',
      foreignKeyConstraintName: 'progress_report_value_indicator_fk',
    },
  ])
  indicator?: Relation<PartnershipIndicator>;

  @Field(() => Float)
  @Column({ type: 'numeric', transformer: NUMERIC })
  value: number;
}
