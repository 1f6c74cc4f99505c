import { Field, ID, ObjectType } from 'type-graphql';
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
import { PARTIAL_DATE_SQL_PATTERN } from '@roundtable/shared/partial-date';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';
import { PartialDateScalar } from '../../common/graphql/partial-date.scalar.js';
import { Source } from '../sources/source.entity.js';
import { Cluster } from './cluster.entity.js';

/**
 * A dated event in a cluster's history ("the heads' forum was launched", 2013-01-07), or in the
 * clusters programme as a whole when `clusterId` is null (the 2017 Ministry of Interior call).
 */
@ObjectType({ description: "A dated event in a cluster's history, or of the clusters programme" })
@Entity({ name: 'milestone' })
@Unique('milestone_seed_key_key', ['seedKey'])
@Check('milestone_occurred_on_format', `"occurred_on" ~ '${PARTIAL_DATE_SQL_PATTERN}'`)
export class Milestone {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'seed_key', type: 'text', nullable: true })
  seedKey: string | null;

  @Index('milestone_cluster_id_idx')
  @Column({ name: 'cluster_id', type: 'uuid', nullable: true })
  clusterId: string | null;

  @ManyToOne(() => Cluster, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'milestone_cluster_fk' })
  cluster?: Relation<Cluster>;

  @Field(() => PartialDateScalar)
  @Column({ name: 'occurred_on', type: 'text' })
  occurredOn: string;

  @Column({ name: 'title_he', type: 'text' })
  titleHe: string;

  @Column({ name: 'title_ar', type: 'text', nullable: true })
  titleAr: string | null;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  @ManyToOne(() => Source, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id', foreignKeyConstraintName: 'milestone_source_fk' })
  source?: Relation<Source>;

  @Field(() => LocalizedText)
  get title(): LocalizedText {
    return localized(this.titleHe, this.titleAr, this.titleEn);
  }
}
