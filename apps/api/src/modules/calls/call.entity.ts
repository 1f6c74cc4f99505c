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
import { CALL_STATUSES, type CallStatus } from '@roundtable/shared/calls';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import { sqlInList } from '../../common/graphql/enum.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';
import { Forum } from '../forums/forum.entity.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { Source } from '../sources/source.entity.js';
import { CallStatusEnum } from './calls.enums.js';

/**
 * A forum's call for applications (קול קורא, seed 000). `closes_at` is the instant the deadline
 * day ends in Israel, kept by the call_closes_at trigger (the migration) whenever the deadline
 * changes, so the application trigger can refuse a late row by comparing two columns (rule 2).
 */
@ObjectType({ description: "A forum's call for applications (קול קורא)" })
@Entity({ name: 'call' })
@Unique('call_seed_key_key', ['seedKey'])
@Check('call_status_known', sqlInList('status', CALL_STATUSES))
@Check('call_rotation_positive', '"rotation" >= 1')
@Check('call_opens_by_deadline', '"opens_on" <= "deadline"')
@Check(
  'call_eligible_sectors_known',
  `cardinality("eligible_sectors") >= 1 AND "eligible_sectors" <@ ARRAY[${SECTOR_CODES.map((s) => `'${s}'`).join(', ')}]::text[]`,
)
export class Call {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The natural key the source-data seed inserts on. */
  @Column({ name: 'seed_key', type: 'text', nullable: true })
  seedKey: string | null;

  @Index('call_forum_id_idx')
  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @ManyToOne(() => Forum, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id', foreignKeyConstraintName: 'call_forum_fk' })
  forum?: Relation<Forum>;

  @Column({ name: 'title_he', type: 'text' })
  titleHe: string;

  @Column({ name: 'title_ar', type: 'text', nullable: true })
  titleAr: string | null;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  @Column({ name: 'text_he', type: 'text' })
  textHe: string;

  @Column({ name: 'text_ar', type: 'text', nullable: true })
  textAr: string | null;

  @Column({ name: 'text_en', type: 'text', nullable: true })
  textEn: string | null;

  @Field(() => CallStatusEnum)
  @Column({ type: 'text', default: 'DRAFT' })
  status: CallStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Null where the source does not say' })
  @Column({ name: 'opens_on', type: 'date', nullable: true })
  opensOn: string | null;

  @Field(() => LocalDateScalar, { description: 'The last day applications are accepted, as extended (Israel time)' })
  @Column({ type: 'date' })
  deadline: string;

  @Field(() => Date, {
    description: 'The instant applications stop: midnight at the end of the deadline day in Asia/Jerusalem',
  })
  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  @Field(() => [SectorCodeEnum])
  @Column({ name: 'eligible_sectors', type: 'text', array: true })
  eligibleSectors: SectorCode[];

  @Field(() => Boolean, { description: 'Whether a philanthropist may apply as an individual' })
  @Column({ name: 'allows_individuals', type: 'boolean', default: false })
  allowsIndividuals: boolean;

  @Field(() => Int, {
    description:
      'The rotation (חילוף) it fills: 1 for a forum’s founding composition; an application is valid for one rotation',
  })
  @Column({ type: 'smallint', default: 1 })
  rotation: number;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  @ManyToOne(() => Source, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id', foreignKeyConstraintName: 'call_source_fk' })
  source?: Relation<Source>;

  /** Null for a seeded call. No foreign key: the record outlives the account, as the audit trail does. */
  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  createdByAccountId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => LocalizedText)
  get title(): LocalizedText {
    return localized(this.titleHe, this.titleAr, this.titleEn);
  }

  @Field(() => LocalizedText)
  get text(): LocalizedText {
    return localized(this.textHe, this.textAr, this.textEn);
  }
}
