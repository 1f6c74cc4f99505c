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
import { FORUM_KINDS, type ForumKind } from '@roundtable/shared/forums';
import { PARTIAL_DATE_SQL_PATTERN } from '@roundtable/shared/partial-date';
import { sqlInList } from '../../common/graphql/enum.js';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';
import { PartialDateScalar } from '../../common/graphql/partial-date.scalar.js';
import { Cluster } from '../clusters/cluster.entity.js';
import { Topic } from '../reference/topic.entity.js';
import { Source } from '../sources/source.entity.js';
import { ForumKindEnum } from './forum.enums.js';

/**
 * A forum (פורום): a cluster's, or national when `clusterId` is null (the PMO's cross-sector round
 * table, the one kind that is national). Its representation map is in forum_seat, its goals in
 * forum_goal. Rules a source leaves out (term length, minimum meetings) stay null.
 */
@ObjectType({ description: "A cluster's forum, or the PMO's national round table" })
@Entity({ name: 'forum' })
@Unique('forum_seed_key_key', ['seedKey'])
@Check('forum_kind_known', sqlInList('kind', FORUM_KINDS))
@Check('forum_round_table_is_national', `("kind" = 'ROUND_TABLE') = ("cluster_id" IS NULL)`)
@Check('forum_term_years_range', '"term_years" BETWEEN 1 AND 10')
@Check('forum_min_meetings_per_year_range', '"min_meetings_per_year" BETWEEN 1 AND 52')
@Check('forum_launched_on_format', `"launched_on" ~ '${PARTIAL_DATE_SQL_PATTERN}'`)
export class Forum {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The natural key the source-data seed inserts on. */
  @Column({ name: 'seed_key', type: 'text', nullable: true })
  seedKey: string | null;

  @Index('forum_cluster_id_idx')
  @Column({ name: 'cluster_id', type: 'uuid', nullable: true })
  clusterId: string | null;

  @ManyToOne(() => Cluster, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'forum_cluster_fk' })
  cluster?: Relation<Cluster>;

  @Field(() => ForumKindEnum)
  @Column({ type: 'text' })
  kind: ForumKind;

  @Column({ name: 'name_he', type: 'text' })
  nameHe: string;

  @Column({ name: 'name_ar', type: 'text', nullable: true })
  nameAr: string | null;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ name: 'description_he', type: 'text', nullable: true })
  descriptionHe: string | null;

  @Column({ name: 'description_ar', type: 'text', nullable: true })
  descriptionAr: string | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ name: 'topic_code', type: 'text', nullable: true })
  topicCode: string | null;

  @ManyToOne(() => Topic, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'topic_code', foreignKeyConstraintName: 'forum_topic_fk' })
  topic?: Relation<Topic>;

  @Field(() => Int, { nullable: true, description: "A member's term in years (seed 000: three)" })
  @Column({ name: 'term_years', type: 'smallint', nullable: true })
  termYears: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The meetings a member must attend each calendar year (seed 000: at least four)',
  })
  @Column({ name: 'min_meetings_per_year', type: 'smallint', nullable: true })
  minMeetingsPerYear: number | null;

  @Field(() => Boolean, {
    description: 'Whether a person may sit as an individual, not for an organisation (a philanthropist, seed 000)',
  })
  @Column({ name: 'allows_individuals', type: 'boolean', default: false })
  allowsIndividuals: boolean;

  @Field(() => PartialDateScalar, { nullable: true })
  @Column({ name: 'launched_on', type: 'text', nullable: true })
  launchedOn: string | null;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  @ManyToOne(() => Source, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id', foreignKeyConstraintName: 'forum_source_fk' })
  source?: Relation<Source>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => LocalizedText)
  get name(): LocalizedText {
    return localized(this.nameHe, this.nameAr, this.nameEn);
  }

  @Field(() => LocalizedText, { nullable: true, description: 'Who sits in it and what it is for, as its source says' })
  get description(): LocalizedText | null {
    return localized(this.descriptionHe, this.descriptionAr, this.descriptionEn);
  }

  @Field(() => Boolean, { description: "True for the PMO's national round table, which belongs to no cluster" })
  get isNational(): boolean {
    return this.clusterId === null;
  }
}
