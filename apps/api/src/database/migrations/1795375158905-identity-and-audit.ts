import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityAndAudit1795375158905 implements MigrationInterface {
  name = 'IdentityAndAudit1795375158905';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action" text NOT NULL, "actor_account_id" uuid, "subject_account_id" uuid, "cluster_id" uuid, "entity_type" text NOT NULL, "entity_id" text, "before" jsonb, "after" jsonb, "request_id" text, CONSTRAINT "audit_event_action_known" CHECK ("action" IN ('SIGNED_IN', 'SIGN_IN_FAILED', 'SIGNED_OUT', 'PASSWORD_CHANGED', 'ACCOUNT_INVITED', 'INVITATION_REISSUED', 'INVITATION_ACCEPTED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'ROLE_GRANTED', 'ROLE_REVOKED', 'API_TOKEN_CREATED', 'API_TOKEN_REVOKED', 'MILESTONE_CREATED', 'MILESTONE_UPDATED', 'MILESTONE_DELETED', 'PERSONAL_DATA_READ')), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_event_occurred_at_idx" ON "audit_event"  ("occurred_at") `);
    await queryRunner.query(`CREATE INDEX "audit_event_action_idx" ON "audit_event"  ("action") `);
    await queryRunner.query(`CREATE INDEX "audit_event_actor_account_id_idx" ON "audit_event"  ("actor_account_id") `);
    await queryRunner.query(
      `CREATE INDEX "audit_event_subject_account_id_idx" ON "audit_event"  ("subject_account_id") `,
    );
    await queryRunner.query(`CREATE INDEX "audit_event_cluster_id_idx" ON "audit_event"  ("cluster_id") `);
    await queryRunner.query(
      `CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text, "status" text NOT NULL, "is_demo" boolean NOT NULL DEFAULT false, "person_id" uuid, "invitation_token_hash" text, "invitation_expires_at" TIMESTAMP WITH TIME ZONE, "password_changed_at" TIMESTAMP WITH TIME ZONE, "last_signed_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "account_invitation_token_hash_key" UNIQUE ("invitation_token_hash"), CONSTRAINT "account_email_key" UNIQUE ("email"), CONSTRAINT "account_invitation_complete" CHECK (("invitation_token_hash" IS NULL) = ("invitation_expires_at" IS NULL)), CONSTRAINT "account_active_has_password" CHECK ("status" <> 'ACTIVE' OR "password_hash" IS NOT NULL), CONSTRAINT "account_status_known" CHECK ("status" IN ('INVITED', 'ACTIVE', 'DISABLED')), CONSTRAINT "account_email_format" CHECK ("email" ~ '^[^@[:space:]]+@[^@[:space:]]+$'), CONSTRAINT "account_email_lower_case" CHECK ("email" = lower(btrim("email"))), CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "auth_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "kind" text NOT NULL, "name" text, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "auth_session_token_hash_key" UNIQUE ("token_hash"), CONSTRAINT "auth_session_expires_after_creation" CHECK ("expires_at" > "created_at"), CONSTRAINT "auth_session_token_named" CHECK ("kind" <> 'API_TOKEN' OR "name" IS NOT NULL), CONSTRAINT "auth_session_kind_known" CHECK ("kind" IN ('SESSION', 'API_TOKEN')), CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "auth_session_account_id_idx" ON "auth_session"  ("account_id") `);
    await queryRunner.query(
      `CREATE TABLE "role_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "role" text NOT NULL, "cluster_id" uuid, "forum_id" uuid, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "role_grant_scope" CHECK (("role" = 'CLUSTER_CEO') = ("cluster_id" IS NOT NULL) AND ("role" = 'COMMITTEE_MEMBER') = ("forum_id" IS NOT NULL)), CONSTRAINT "role_grant_role_known" CHECK ("role" IN ('ADMIN', 'PMO_ANALYST', 'CLUSTER_CEO', 'COMMITTEE_MEMBER', 'STAKEHOLDER')), CONSTRAINT "PK_b9e50aafa723c536731c38529fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "role_grant_cluster_id_idx" ON "role_grant"  ("cluster_id") `);
    await queryRunner.query(
      `ALTER TABLE "account" ADD CONSTRAINT "account_person_fk" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_session" ADD CONSTRAINT "auth_session_account_fk" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_grant" ADD CONSTRAINT "role_grant_account_fk" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_grant" ADD CONSTRAINT "role_grant_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // By hand: what TypeORM cannot describe.
    // The same grant twice is one grant; NULLS NOT DISTINCT (PostgreSQL 15) makes the unscoped roles unique too.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "role_grant_once" ON "role_grant" ("account_id", "role", "cluster_id", "forum_id") NULLS NOT DISTINCT`,
    );
    // The sign-in limiter's counts (rate-limiter-flexible's layout), shared by every API process.
    await queryRunner.query(
      `CREATE TABLE "sign_in_limit" ("key" varchar(255) PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint)`,
    );
    // The audit trail is append-only for everyone, the application's own role included.
    await queryRunner.query(`CREATE FUNCTION "audit_event_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'The audit trail is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "audit_event_append_only" BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_change"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_event_no_truncate" ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER "audit_event_append_only" ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION "audit_event_refuse_change"()`);
    await queryRunner.query(`DROP TABLE "sign_in_limit"`);
    await queryRunner.query(`DROP INDEX "public"."role_grant_once"`);
    await queryRunner.query(`ALTER TABLE "role_grant" DROP CONSTRAINT "role_grant_cluster_fk"`);
    await queryRunner.query(`ALTER TABLE "role_grant" DROP CONSTRAINT "role_grant_account_fk"`);
    await queryRunner.query(`ALTER TABLE "auth_session" DROP CONSTRAINT "auth_session_account_fk"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "account_person_fk"`);
    await queryRunner.query(`DROP INDEX "public"."role_grant_cluster_id_idx"`);
    await queryRunner.query(`DROP TABLE "role_grant"`);
    await queryRunner.query(`DROP INDEX "public"."auth_session_account_id_idx"`);
    await queryRunner.query(`DROP TABLE "auth_session"`);
    await queryRunner.query(`DROP TABLE "account"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_cluster_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_subject_account_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_actor_account_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_action_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_occurred_at_idx"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
