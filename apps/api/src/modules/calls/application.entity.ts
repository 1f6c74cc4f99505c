import { Authorized, Field, ID, ObjectType } from 'type-graphql';
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
import {
  APPLICATION_STATUSES,
  NOMINEE_KINDS,
  type ApplicationStatus,
  type NomineeKind,
} from '@roundtable/shared/calls';
import type { SectorCode } from '@roundtable/shared/sectors';
import { sqlInList } from '../../common/graphql/enum.js';
import { ForumMember } from '../forums/forum-member.entity.js';
import { Account } from '../identity/account.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { Sector } from '../reference/sector.entity.js';
import { Call } from './call.entity.js';
import { ApplicationStatusEnum, NomineeKindEnum } from './calls.enums.js';

/**
 * An application to a call (בקשת הצטרפות). The nominee's details are personal: applications are
 * reached only through guarded fields (Call.applications, Call.viewerApplication, myApplications,
 * Forum.reserves), and each personal field also needs a signed-in viewer.
 *
 * Rule 2 in the database: the application_before_deadline trigger (the migration) refuses a row
 * whose submitted_at is not before its call's closes_at, or whose call is not OPEN; one application
 * per organisation, and per individual, per call (partial unique indexes); a retry with the same
 * idempotency key finds the same row.
 */
@ObjectType({ description: 'An application to a call (בקשת הצטרפות)' })
@Entity({ name: 'application' })
@Unique('application_idempotency_key', ['submittedByAccountId', 'callId', 'idempotencyKey'])
@Unique('application_id_call_key', ['id', 'callId'])
@Unique('application_forum_member_key', ['forumMemberId'])
@Index('application_call_id_status_idx', ['callId', 'status'])
@Index('application_one_per_organisation', ['callId', 'organisationId'], {
  unique: true,
  where: '"organisation_id" IS NOT NULL',
})
@Index('application_one_per_individual', ['callId', 'submittedByAccountId'], {
  unique: true,
  where: `"nominee_kind" = 'INDIVIDUAL_PHILANTHROPIST'`,
})
@Check('application_status_known', sqlInList('status', APPLICATION_STATUSES))
@Check('application_nominee_kind_known', sqlInList('nominee_kind', NOMINEE_KINDS))
@Check('application_organisation_for_head', `("nominee_kind" = 'ORGANISATION_HEAD') = ("organisation_id" IS NOT NULL)`)
@Check(
  'application_decided_with_reason',
  `("status" IN ('ACCEPTED', 'RESERVE', 'REJECTED')) = ("decided_at" IS NOT NULL AND "decision_reason" IS NOT NULL)`,
)
@Check('application_accepted_with_seat', `("status" = 'ACCEPTED') = ("forum_member_id" IS NOT NULL)`)
export class Application {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId: string;

  @ManyToOne(() => Call, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'application_call_fk' })
  call?: Relation<Call>;

  @Index('application_organisation_id_idx')
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'application_organisation_fk' })
  organisation?: Relation<Organisation>;

  @Field(() => NomineeKindEnum)
  @Column({ name: 'nominee_kind', type: 'text' })
  nomineeKind: NomineeKind;

  @Field(() => SectorCodeEnum, { name: 'sector' })
  @Column({ name: 'sector_code', type: 'text' })
  sectorCode: SectorCode;

  @ManyToOne(() => Sector, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_code', foreignKeyConstraintName: 'application_sector_fk' })
  sector?: Relation<Sector>;

  @Field(() => ApplicationStatusEnum)
  @Column({ type: 'text', default: 'SUBMITTED' })
  status: ApplicationStatus;

  @Index('application_submitted_by_account_id_idx')
  @Column({ name: 'submitted_by_account_id', type: 'uuid' })
  submittedByAccountId: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by_account_id', foreignKeyConstraintName: 'application_submitted_by_fk' })
  submittedBy?: Relation<Account>;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  /** By the server's clock (injectable, so tests can stand at the deadline's last millisecond). */
  @Field(() => Date)
  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Field(() => Date)
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Authorized()
  @Field(() => String)
  @Column({ name: 'nominee_name', type: 'text' })
  nomineeName: string;

  @Authorized()
  @Field(() => String, { nullable: true, description: 'Their role in the organisation, such as "CEO"' })
  @Column({ name: 'nominee_title', type: 'text', nullable: true })
  nomineeTitle: string | null;

  @Authorized()
  @Field(() => String)
  @Column({ name: 'nominee_email', type: 'text' })
  nomineeEmail: string;

  @Authorized()
  @Field(() => String, { nullable: true })
  @Column({ name: 'nominee_phone', type: 'text', nullable: true })
  nomineePhone: string | null;

  @Authorized()
  @Field(() => String)
  @Column({ name: 'regional_ties', type: 'text' })
  regionalTies: string;

  @Authorized()
  @Field(() => String)
  @Column({ type: 'text' })
  motivation: string;

  @Column({ name: 'topic_codes', type: 'text', array: true, default: () => "'{}'" })
  topicCodes: string[];

  @Field(() => String, { nullable: true, description: "The decision's reason: the applicant sees it once decided" })
  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by_account_id', type: 'uuid', nullable: true })
  decidedByAccountId: string | null;

  @Column({ name: 'forum_member_id', type: 'uuid', nullable: true })
  forumMemberId: string | null;

  @ManyToOne(() => ForumMember, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'forum_member_id', foreignKeyConstraintName: 'application_forum_member_fk' })
  forumMember?: Relation<ForumMember>;
}
