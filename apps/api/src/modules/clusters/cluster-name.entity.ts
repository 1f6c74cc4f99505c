import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Cluster } from './cluster.entity.js';

/**
 * Every name a source gives a cluster ("אשכול בקעת בית הכרם" in its own page, "אשכול רשויות בית
 * הכרם הגלילי" in the CBS file). `normalized` is unique, so an import matches one cluster.
 */
@Entity({ name: 'cluster_name' })
@Unique('cluster_name_normalized_key', ['normalized'])
export class ClusterName {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('cluster_name_cluster_id_idx')
  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  @ManyToOne(() => Cluster, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'cluster_name_cluster_fk' })
  cluster?: Relation<Cluster>;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  normalized: string;
}
