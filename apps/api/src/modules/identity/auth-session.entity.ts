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
  Unique,
  type Relation,
} from 'typeorm';
import { Account } from './account.entity.js';

export const SESSION_KINDS = ['SESSION', 'API_TOKEN'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/**
 * A way a signed-in account is recognised: a browser session (its token in an httpOnly cookie) or
 * an API token (sent as `Authorization: Bearer …`). Only the token's sha256 is kept, so a copy of
 * the database lets no one in; revoking is immediate because every request looks the row up.
 */
@ObjectType('ApiToken', { description: 'A token an API client signs in with; the secret is shown once' })
@Entity({ name: 'auth_session' })
@Unique('auth_session_token_hash_key', ['tokenHash'])
@Check('auth_session_kind_known', `"kind" IN ('SESSION', 'API_TOKEN')`)
@Check('auth_session_token_named', `"kind" <> 'API_TOKEN' OR "name" IS NOT NULL`)
@Check('auth_session_expires_after_creation', `"expires_at" > "created_at"`)
export class AuthSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('auth_session_account_id_idx')
  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'auth_session_account_fk' })
  account?: Relation<Account>;

  @Column({ name: 'kind', type: 'text' })
  kind: SessionKind;

  @Field(() => String, { description: 'What the token is for, as its owner named it' })
  @Column({ name: 'name', type: 'text', nullable: true })
  name: string | null;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { description: 'When it was last used (to the nearest few minutes)' })
  @Column({ name: 'last_used_at', type: 'timestamptz', default: () => 'now()' })
  lastUsedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
