import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import {
  CLUSTER_LEGAL_FORMS,
  CLUSTER_STAGES,
  type ClusterLegalForm,
  type ClusterStage,
} from '@roundtable/shared/clusters';
import type { DistrictCode } from '@roundtable/shared/districts';
import { PARTIAL_DATE_SQL_PATTERN } from '@roundtable/shared/partial-date';
import { sqlInList } from '../../common/graphql/enum.js';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';
import { PartialDateScalar } from '../../common/graphql/partial-date.scalar.js';
import { District } from '../geography/district.entity.js';
import { Person } from '../people/person.entity.js';
import { Source } from '../sources/source.entity.js';
import { ClusterLegalFormEnum, ClusterStageEnum } from './cluster.enums.js';

/**
 * A cluster of local authorities (אשכול רשויות): a voluntary union of neighbouring authorities.
 * Every value a source leaves out stays null (domain.md: never invent).
 */
@ObjectType()
@Entity({ name: 'cluster' })
@Unique('cluster_slug_key', ['slug'])
@Unique('cluster_cbs_code_key', ['cbsCode'])
@Check('cluster_slug_format', `"slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('cluster_stage_known', sqlInList('stage', CLUSTER_STAGES))
@Check('cluster_legal_form_known', sqlInList('legal_form', CLUSTER_LEGAL_FORMS))
@Check('cluster_founded_on_format', `"founded_on" ~ '${PARTIAL_DATE_SQL_PATTERN}'`)
@Check('cluster_ceo_since_format', `"ceo_since" ~ '${PARTIAL_DATE_SQL_PATTERN}'`)
@Check('cluster_declared_member_count_positive', '"declared_member_count" > 0')
@Check(
  'cluster_declared_member_count_sourced',
  '("declared_member_count" IS NULL) = ("declared_member_count_source_id" IS NULL)',
)
export class Cluster {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'The name in links: /clusters/haifa-bay' })
  @Column({ type: 'text' })
  slug: string;

  @Field(() => Int, { nullable: true, description: "The CBS's number for the cluster" })
  @Column({ name: 'cbs_code', type: 'integer', nullable: true })
  cbsCode: number | null;

  @Column({ name: 'name_he', type: 'text' })
  nameHe: string;

  @Column({ name: 'name_ar', type: 'text', nullable: true })
  nameAr: string | null;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Field(() => ClusterLegalFormEnum, { nullable: true })
  @Column({ name: 'legal_form', type: 'text', nullable: true })
  legalForm: ClusterLegalForm | null;

  @Field(() => ClusterStageEnum, { nullable: true })
  @Column({ type: 'text', nullable: true })
  stage: ClusterStage | null;

  @Column({ name: 'district_code', type: 'text', nullable: true })
  districtCode: DistrictCode | null;

  @ManyToOne(() => District, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_code', foreignKeyConstraintName: 'cluster_district_fk' })
  district?: Relation<District>;

  @Field(() => PartialDateScalar, { nullable: true })
  @Column({ name: 'founded_on', type: 'text', nullable: true })
  foundedOn: string | null;

  @Column({ name: 'summary_he', type: 'text', nullable: true })
  summaryHe: string | null;

  @Column({ name: 'summary_ar', type: 'text', nullable: true })
  summaryAr: string | null;

  @Column({ name: 'summary_en', type: 'text', nullable: true })
  summaryEn: string | null;

  @Column({ name: 'ceo_person_id', type: 'uuid', nullable: true })
  ceoPersonId: string | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ceo_person_id', foreignKeyConstraintName: 'cluster_ceo_fk' })
  ceo?: Relation<Person>;

  @Field(() => PartialDateScalar, { nullable: true })
  @Column({ name: 'ceo_since', type: 'text', nullable: true })
  ceoSince: string | null;

  @Column({ name: 'program_manager_person_id', type: 'uuid', nullable: true })
  programManagerPersonId: string | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'program_manager_person_id', foreignKeyConstraintName: 'cluster_program_manager_fk' })
  programManager?: Relation<Person>;

  @Field(() => Int, {
    nullable: true,
    description: 'The number of members a source declares where it does not name them all',
  })
  @Column({ name: 'declared_member_count', type: 'smallint', nullable: true })
  declaredMemberCount: number | null;

  @Column({ name: 'declared_member_count_source_id', type: 'uuid', nullable: true })
  declaredMemberCountSourceId: string | null;

  @ManyToOne(() => Source, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'declared_member_count_source_id',
    foreignKeyConstraintName: 'cluster_declared_member_count_source_fk',
  })
  declaredMemberCountSource?: Relation<Source>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => LocalizedText)
  get name(): LocalizedText {
    return localized(this.nameHe, this.nameAr, this.nameEn);
  }

  @Field(() => LocalizedText, { nullable: true })
  get summary(): LocalizedText | null {
    return localized(this.summaryHe, this.summaryAr, this.summaryEn);
  }
}
