import { GraphQLSafeInt } from 'graphql-scalars';
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
import {
  FUNDING_MECHANISMS,
  PARTNERSHIP_KINDS,
  PARTNERSHIP_STATUSES,
  REPORTING_PERIOD_MAX_MONTHS,
  REPORTING_PERIOD_MIN_MONTHS,
  type FundingMechanism,
  type PartnershipKind,
  type PartnershipStatus,
} from '@roundtable/shared/partnerships';
import { sqlInList } from '../../common/graphql/enum.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';
import { Cluster } from '../clusters/cluster.entity.js';
import { Source } from '../sources/source.entity.js';
import { NUMERIC } from './numeric.js';
import { FundingMechanismEnum, PartnershipKindEnum, PartnershipStatusEnum } from './partnerships.enums.js';

/**
 * A partnership (שותפות / מיזם משותף, domain.md): cross-sector, or a cluster's inter-municipal joint
 * project. Public in full: it holds no personal data (partners are organisations). `status` is
 * null only for one known from a source that does not say where it stands.
 */
@ObjectType({ description: 'A cross-sector partnership, or a cluster’s inter-municipal joint project' })
@Entity({ name: 'partnership' })
@Unique('partnership_seed_key_key', ['seedKey'])
@Check('partnership_kind_known', sqlInList('kind', PARTNERSHIP_KINDS))
@Check('partnership_status_known', sqlInList('status', PARTNERSHIP_STATUSES))
@Check('partnership_status_given', '"status" IS NOT NULL OR "source_id" IS NOT NULL')
@Check('partnership_funding_mechanism_known', sqlInList('funding_mechanism', FUNDING_MECHANISMS))
@Check('partnership_inter_municipal_in_cluster', `"kind" <> 'INTER_MUNICIPAL' OR "cluster_id" IS NOT NULL`)
@Check('partnership_budget_not_negative', '"budget_agorot" >= 0')
@Check('partnership_ends_after_start', '"end_on" >= "start_on"')
@Check(
  'partnership_reporting_period_range',
  `"reporting_period_months" BETWEEN ${REPORTING_PERIOD_MIN_MONTHS} AND ${REPORTING_PERIOD_MAX_MONTHS}`,
)
@Index('partnership_created_at_id_idx', ['createdAt', 'id'])
@Index('partnership_synthetic_idx', ['id'], { where: 'is_synthetic' })
export class Partnership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The natural key the source-data seed inserts on. */
  @Column({ name: 'seed_key', type: 'text', nullable: true })
  seedKey: string | null;

  @Field(() => PartnershipKindEnum)
  @Column({ type: 'text' })
  kind: PartnershipKind;

  @Index('partnership_cluster_id_idx')
  @Column({ name: 'cluster_id', type: 'uuid', nullable: true })
  clusterId: string | null;

  @ManyToOne(() => Cluster, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'partnership_cluster_fk' })
  cluster?: Relation<Cluster>;

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

  @Field(() => PartnershipStatusEnum, {
    nullable: true,
    description: 'Null only for a partnership known from a source that does not say where it stands',
  })
  @Column({ type: 'text', nullable: true })
  status: PartnershipStatus | null;

  @Field(() => FundingMechanismEnum, { nullable: true })
  @Column({ name: 'funding_mechanism', type: 'text', nullable: true })
  fundingMechanism: FundingMechanism | null;

  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'The budget in agorot (1 ₪ = 100 agorot), an exact integer; null where unknown',
  })
  @Column({ name: 'budget_agorot', type: 'bigint', nullable: true, transformer: NUMERIC })
  budgetAgorot: number | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'start_on', type: 'date', nullable: true })
  startOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'end_on', type: 'date', nullable: true })
  endOn: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Months between progress reports (1 to 12); null where none is set (then only INACTIVE applies)',
  })
  @Column({ name: 'reporting_period_months', type: 'smallint', nullable: true })
  reportingPeriodMonths: number | null;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  @ManyToOne(() => Source, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id', foreignKeyConstraintName: 'partnership_source_fk' })
  source?: Relation<Source>;

  @Field(() => Boolean, {
    description: 'Made up for development and load tests (npm run generate:partnerships): not a real partnership',
  })
  @Column({ name: 'is_synthetic', type: 'boolean', default: false })
  isSynthetic: boolean;

  /** Null for a seeded partnership. No foreign key: the record outlives the account, as the audit trail does. */
  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  createdByAccountId: string | null;

  /** Milliseconds, as a JavaScript Date holds them, so a page cursor made from it is exact. */
  @Field(() => Date, { description: 'When it was registered here' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
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
}
