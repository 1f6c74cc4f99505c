import { Field, ID, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { ACCOUNT_STATUSES, type AccountStatus } from '@roundtable/shared/identity';
import { sqlInList } from '../../common/graphql/enum.js';
import { Person } from '../people/person.entity.js';
import { AccountStatusEnum } from './identity.enums.js';

/**
 * A way into Roundtable for one person. The email is the sign-in name, kept lower-case so it is
 * unique however it is typed. Secrets (the password's hash, an invitation's hash) are never fields.
 * The email and the dates of use are personal: their rules are on AccountResolver.
 */
@ObjectType({ description: 'A way into Roundtable for one person' })
@Entity({ name: 'account' })
@Unique('account_email_key', ['email'])
@Unique('account_invitation_token_hash_key', ['invitationTokenHash'])
@Check('account_email_lower_case', `"email" = lower(btrim("email"))`)
@Check('account_email_format', `"email" ~ '^[^@[:space:]]+@[^@[:space:]]+$'`)
@Check('account_status_known', sqlInList('status', ACCOUNT_STATUSES))
@Check('account_active_has_password', `"status" <> 'ACTIVE' OR "password_hash" IS NOT NULL`)
@Check('account_invitation_complete', `("invitation_token_hash" IS NULL) = ("invitation_expires_at" IS NULL)`)
export class Account {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'email', type: 'text' })
  email: string;

  @Field(() => String, { description: 'The name shown to others who may see the account' })
  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** argon2id, in the PHC string format; null until an invitation is accepted. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Field(() => AccountStatusEnum)
  @Column({ name: 'status', type: 'text' })
  status: AccountStatus;

  @Field(() => Boolean, { description: 'A demo account the seed creates outside production' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  /** The person in the partner pool this account belongs to, when there is one. */
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'account_person_fk' })
  person?: Relation<Person>;

  /** sha256 of the invitation token; the token itself is shown once, to the admin who invited. */
  @Column({ name: 'invitation_token_hash', type: 'text', nullable: true })
  invitationTokenHash: string | null;

  @Column({ name: 'invitation_expires_at', type: 'timestamptz', nullable: true })
  invitationExpiresAt: Date | null;

  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  @Column({ name: 'last_signed_in_at', type: 'timestamptz', nullable: true })
  lastSignedInAt: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
