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
  type Relation,
} from 'typeorm';
import { PARTIAL_DATE_SQL_PATTERN } from '@roundtable/shared/partial-date';
import { LocalAuthority } from '../geography/local-authority.entity.js';
import { Source } from '../sources/source.entity.js';
import { Cluster } from './cluster.entity.js';

/**
 * That a source lists an authority as a member of a cluster. Sources disagree, so one row per
 * (cluster, authority, source): the product shows each source's list and where they differ.
 */
@Entity({ name: 'cluster_membership' })
@Unique('cluster_membership_once_per_source', ['clusterId', 'authorityId', 'sourceId'])
@Check('cluster_membership_joined_on_format', `"joined_on" ~ '${PARTIAL_DATE_SQL_PATTERN}'`)
export class ClusterMembership {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  @ManyToOne(() => Cluster, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'cluster_membership_cluster_fk' })
  cluster?: Relation<Cluster>;

  @Index('cluster_membership_authority_id_idx')
  @Column({ name: 'authority_id', type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => LocalAuthority, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'authority_id', foreignKeyConstraintName: 'cluster_membership_authority_fk' })
  authority?: Relation<LocalAuthority>;

  @Index('cluster_membership_source_id_idx')
  @Column({ name: 'source_id', type: 'uuid' })
  sourceId: string;

  @ManyToOne(() => Source, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id', foreignKeyConstraintName: 'cluster_membership_source_fk' })
  source?: Relation<Source>;

  /** When the authority joined, where the source says; the source's own date says as of when. */
  @Column({ name: 'joined_on', type: 'text', nullable: true })
  joinedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
