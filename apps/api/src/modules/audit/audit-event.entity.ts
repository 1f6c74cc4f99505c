import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AUDIT_ACTIONS, type AuditAction } from '@roundtable/shared/identity';
import { sqlInList } from '../../common/graphql/enum.js';
import { AuditActionEnum } from './audit.enums.js';

/**
 * One entry of the audit trail: who did what, when, to what, with the values before and after.
 * Append-only: a trigger (in the migration) refuses UPDATE, DELETE and TRUNCATE whoever asks.
 * No foreign keys, so an entry outlives what it describes (an erased profile, a removed milestone);
 * the snapshots never hold secrets (password or token hashes).
 */
@ObjectType({ description: 'An entry of the audit trail: who did what, when, with the values before and after' })
@Entity({ name: 'audit_event' })
@Check('audit_event_action_known', sqlInList('action', AUDIT_ACTIONS))
export class AuditEvent {
  /** A sequence, so entries have one order and pages a stable cursor. */
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field(() => Date)
  @Index('audit_event_occurred_at_idx')
  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Field(() => AuditActionEnum)
  @Index('audit_event_action_idx')
  @Column({ name: 'action', type: 'text' })
  action: AuditAction;

  /** Null for what no one signed in did (a failed sign-in). */
  @Index('audit_event_actor_account_id_idx')
  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId: string | null;

  /** The account the entry is about, when it is about one (a role granted, a profile read). */
  @Index('audit_event_subject_account_id_idx')
  @Column({ name: 'subject_account_id', type: 'uuid', nullable: true })
  subjectAccountId: string | null;

  /** The cluster whose data changed, so a cluster's history is one filter away. */
  @Index('audit_event_cluster_id_idx')
  @Column({ name: 'cluster_id', type: 'uuid', nullable: true })
  clusterId: string | null;

  @Field(() => String, { description: 'What kind of thing changed: Account, RoleGrant, Milestone …' })
  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Column({ name: 'before', type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Column({ name: 'after', type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'The request id, as the person who made it can quote it' })
  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;
}
