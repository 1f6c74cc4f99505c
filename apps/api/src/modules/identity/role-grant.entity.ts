import { Field, ID, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ROLES, type Role } from '@roundtable/shared/identity';
import { sqlInList } from '../../common/graphql/enum.js';
import { Cluster } from '../clusters/cluster.entity.js';
import { Forum } from '../forums/forum.entity.js';
import { Account } from './account.entity.js';
import { RoleEnum } from './identity.enums.js';

/**
 * One role an account holds, with its scope: a CLUSTER_CEO grant names its cluster, a
 * COMMITTEE_MEMBER grant its forum, and the others neither (the CHECK holds it). The same grant
 * twice is refused by a unique index with NULLS NOT DISTINCT, written in the migration because
 * TypeORM cannot describe it.
 */
@ObjectType({ description: 'A role an account holds, with the cluster or forum it is scoped to' })
@Entity({ name: 'role_grant' })
@Check('role_grant_role_known', sqlInList('role', ROLES))
@Check(
  'role_grant_scope',
  `("role" = 'CLUSTER_CEO') = ("cluster_id" IS NOT NULL) AND ("role" = 'COMMITTEE_MEMBER') = ("forum_id" IS NOT NULL)`,
)
@Index('role_grant_once', { synchronize: false })
export class RoleGrant {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'role_grant_account_fk' })
  account?: Relation<Account>;

  @Field(() => RoleEnum)
  @Column({ name: 'role', type: 'text' })
  role: Role;

  @Index('role_grant_cluster_id_idx')
  @Column({ name: 'cluster_id', type: 'uuid', nullable: true })
  clusterId: string | null;

  @ManyToOne(() => Cluster, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'role_grant_cluster_fk' })
  cluster?: Relation<Cluster>;

  /** The forum whose calls a committee member reviews. */
  @Field(() => ID, { nullable: true })
  @Index('role_grant_forum_id_idx')
  @Column({ name: 'forum_id', type: 'uuid', nullable: true })
  forumId: string | null;

  @ManyToOne(() => Forum, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forum_id', foreignKeyConstraintName: 'role_grant_forum_fk' })
  forum?: Relation<Forum>;

  @Field(() => Date)
  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;
}
