import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Topic } from '../reference/topic.entity.js';
import { Cluster } from './cluster.entity.js';

/** A cluster's core topics (תחומי ליבה), in the order the source gives them. */
@Entity({ name: 'cluster_topic' })
export class ClusterTopic {
  @PrimaryColumn({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  @ManyToOne(() => Cluster, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'cluster_topic_cluster_fk' })
  cluster?: Relation<Cluster>;

  @PrimaryColumn({ name: 'topic_code', type: 'text' })
  topicCode: string;

  @ManyToOne(() => Topic, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'topic_code', foreignKeyConstraintName: 'cluster_topic_topic_fk' })
  topic?: Relation<Topic>;

  @Column({ type: 'smallint' })
  position: number;
}
