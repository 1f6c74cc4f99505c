import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { SCORE_MAX, SCORE_MIN } from '@roundtable/shared/calls';
import { Account } from '../identity/account.entity.js';
import { Application } from './application.entity.js';
import { CallCriterion } from './call-criterion.entity.js';

/**
 * A committee member's score of one application on one criterion: one row per (application,
 * criterion, reviewer), replaced when they score again. call_id ties both composite keys to one
 * call, so a score's criterion is always of the application's call.
 */
@ObjectType({ description: "A committee member's score of an application on one criterion" })
@Entity({ name: 'application_score' })
@Check('application_score_range', `"score" BETWEEN ${SCORE_MIN} AND ${SCORE_MAX}`)
export class ApplicationScore {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @PrimaryColumn({ name: 'criterion_id', type: 'uuid' })
  criterionId: string;

  @PrimaryColumn({ name: 'reviewer_account_id', type: 'uuid' })
  reviewerAccountId: string;

  @Index('application_score_call_id_idx')
  @Column({ name: 'call_id', type: 'uuid' })
  callId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'application_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'application_score_application_fk',
    },
    { name: 'call_id', referencedColumnName: 'callId', foreignKeyConstraintName: 'application_score_application_fk' },
  ])
  application?: Relation<Application>;

  @ManyToOne(() => CallCriterion, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'criterion_id', referencedColumnName: 'id', foreignKeyConstraintName: 'application_score_criterion_fk' },
    { name: 'call_id', referencedColumnName: 'callId', foreignKeyConstraintName: 'application_score_criterion_fk' },
  ])
  criterion?: Relation<CallCriterion>;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reviewer_account_id', foreignKeyConstraintName: 'application_score_reviewer_fk' })
  reviewer?: Relation<Account>;

  @Field(() => Int, { description: '1 to 5' })
  @Column({ type: 'smallint' })
  score: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => Date)
  @Column({ name: 'scored_at', type: 'timestamptz' })
  scoredAt: Date;
}
