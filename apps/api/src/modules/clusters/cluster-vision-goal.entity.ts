import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Cluster } from './cluster.entity.js';

/** One of the goals of a cluster's shared vision, in the source's order and words. */
@Entity({ name: 'cluster_vision_goal' })
export class ClusterVisionGoal {
  @PrimaryColumn({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  @ManyToOne(() => Cluster, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'cluster_vision_goal_cluster_fk' })
  cluster?: Relation<Cluster>;

  @PrimaryColumn({ type: 'smallint' })
  position: number;

  @Column({ name: 'text_he', type: 'text' })
  textHe: string;

  @Column({ name: 'text_ar', type: 'text', nullable: true })
  textAr: string | null;

  @Column({ name: 'text_en', type: 'text', nullable: true })
  textEn: string | null;
}
