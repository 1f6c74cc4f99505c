import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calls for applications and the applications to them (issue #5, docs/calls.md): generated, then
 * by hand the two triggers of rule 2 and the audit trail's new kinds of entry.
 */
export class CallsAndApplications1796222207370 implements MigrationInterface {
  name = 'CallsAndApplications1796222207370';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "call" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seed_key" text, "forum_id" uuid NOT NULL, "title_he" text NOT NULL, "title_ar" text, "title_en" text, "text_he" text NOT NULL, "text_ar" text, "text_en" text, "status" text NOT NULL DEFAULT 'DRAFT', "opens_on" date, "deadline" date NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "eligible_sectors" text array NOT NULL, "allows_individuals" boolean NOT NULL DEFAULT false, "rotation" smallint NOT NULL DEFAULT '1', "source_id" uuid, "created_by_account_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "call_seed_key_key" UNIQUE ("seed_key"), CONSTRAINT "call_eligible_sectors_known" CHECK (cardinality("eligible_sectors") >= 1 AND "eligible_sectors" <@ ARRAY['GOVERNMENT', 'LOCAL_GOVERNMENT', 'BUSINESS', 'CIVIL_SOCIETY', 'PHILANTHROPY', 'ACADEMIA']::text[]), CONSTRAINT "call_opens_by_deadline" CHECK ("opens_on" <= "deadline"), CONSTRAINT "call_rotation_positive" CHECK ("rotation" >= 1), CONSTRAINT "call_status_known" CHECK ("status" IN ('DRAFT', 'OPEN', 'CLOSED', 'DECIDED')), CONSTRAINT "PK_2098af0169792a34f9cfdd39c47" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "call_forum_id_idx" ON "call"  ("forum_id") `);
    await queryRunner.query(
      `CREATE TABLE "application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "organisation_id" uuid, "nominee_kind" text NOT NULL, "sector_code" text NOT NULL, "status" text NOT NULL DEFAULT 'SUBMITTED', "submitted_by_account_id" uuid NOT NULL, "idempotency_key" text NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "nominee_name" text NOT NULL, "nominee_title" text, "nominee_email" text NOT NULL, "nominee_phone" text, "regional_ties" text NOT NULL, "motivation" text NOT NULL, "topic_codes" text array NOT NULL DEFAULT '{}', "decision_reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_account_id" uuid, "forum_member_id" uuid, CONSTRAINT "application_forum_member_key" UNIQUE ("forum_member_id"), CONSTRAINT "application_id_call_key" UNIQUE ("id", "call_id"), CONSTRAINT "application_idempotency_key" UNIQUE ("submitted_by_account_id", "call_id", "idempotency_key"), CONSTRAINT "application_accepted_with_seat" CHECK (("status" = 'ACCEPTED') = ("forum_member_id" IS NOT NULL)), CONSTRAINT "application_decided_with_reason" CHECK (("status" IN ('ACCEPTED', 'RESERVE', 'REJECTED')) = ("decided_at" IS NOT NULL AND "decision_reason" IS NOT NULL)), CONSTRAINT "application_organisation_for_head" CHECK (("nominee_kind" = 'ORGANISATION_HEAD') = ("organisation_id" IS NOT NULL)), CONSTRAINT "application_nominee_kind_known" CHECK ("nominee_kind" IN ('ORGANISATION_HEAD', 'INDIVIDUAL_PHILANTHROPIST')), CONSTRAINT "application_status_known" CHECK ("status" IN ('SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'RESERVE', 'REJECTED', 'WITHDRAWN')), CONSTRAINT "PK_569e0c3e863ebdf5f2408ee1670" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "application_organisation_id_idx" ON "application"  ("organisation_id") `);
    await queryRunner.query(
      `CREATE INDEX "application_submitted_by_account_id_idx" ON "application"  ("submitted_by_account_id") `,
    );
    await queryRunner.query(`CREATE INDEX "application_call_id_status_idx" ON "application"  ("call_id", "status") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "application_one_per_individual" ON "application"  ("call_id", "submitted_by_account_id") WHERE "nominee_kind" = 'INDIVIDUAL_PHILANTHROPIST'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "application_one_per_organisation" ON "application"  ("call_id", "organisation_id") WHERE "organisation_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "call_criterion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "position" smallint NOT NULL, "name_he" text NOT NULL, "name_ar" text, "name_en" text, "description_he" text, "description_ar" text, "description_en" text, CONSTRAINT "call_criterion_id_call_key" UNIQUE ("id", "call_id"), CONSTRAINT "call_criterion_position_key" UNIQUE ("call_id", "position"), CONSTRAINT "PK_1fa061af69a1266bb33d57d615c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "application_score" ("application_id" uuid NOT NULL, "criterion_id" uuid NOT NULL, "reviewer_account_id" uuid NOT NULL, "call_id" uuid NOT NULL, "score" smallint NOT NULL, "note" text, "scored_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "application_score_range" CHECK ("score" BETWEEN 1 AND 5), CONSTRAINT "PK_c583cef9fc856faddca7ac950e3" PRIMARY KEY ("application_id", "criterion_id", "reviewer_account_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "application_score_call_id_idx" ON "application_score"  ("call_id") `);
    await queryRunner.query(
      `CREATE TABLE "call_deadline_extension" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seed_key" text, "call_id" uuid NOT NULL, "previous_deadline" date, "new_deadline" date NOT NULL, "reason_he" text NOT NULL, "reason_ar" text, "reason_en" text, "extended_at" TIMESTAMP WITH TIME ZONE, "extended_by_account_id" uuid, "source_id" uuid, CONSTRAINT "call_deadline_extension_seed_key_key" UNIQUE ("seed_key"), CONSTRAINT "call_deadline_extension_known" CHECK ("extended_at" IS NOT NULL OR "source_id" IS NOT NULL), CONSTRAINT "call_deadline_extension_later" CHECK ("previous_deadline" IS NULL OR "new_deadline" > "previous_deadline"), CONSTRAINT "PK_ff9b0a5f56987e04ec8c47a9ade" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "call_deadline_extension_call_id_idx" ON "call_deadline_extension"  ("call_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "call" ADD CONSTRAINT "call_forum_fk" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call" ADD CONSTRAINT "call_source_fk" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application" ADD CONSTRAINT "application_call_fk" FOREIGN KEY ("call_id") REFERENCES "call"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application" ADD CONSTRAINT "application_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application" ADD CONSTRAINT "application_sector_fk" FOREIGN KEY ("sector_code") REFERENCES "sector"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application" ADD CONSTRAINT "application_submitted_by_fk" FOREIGN KEY ("submitted_by_account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application" ADD CONSTRAINT "application_forum_member_fk" FOREIGN KEY ("forum_member_id") REFERENCES "forum_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_criterion" ADD CONSTRAINT "call_criterion_call_fk" FOREIGN KEY ("call_id") REFERENCES "call"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_score" ADD CONSTRAINT "application_score_application_fk" FOREIGN KEY ("application_id", "call_id") REFERENCES "application"("id","call_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_score" ADD CONSTRAINT "application_score_criterion_fk" FOREIGN KEY ("criterion_id", "call_id") REFERENCES "call_criterion"("id","call_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_score" ADD CONSTRAINT "application_score_reviewer_fk" FOREIGN KEY ("reviewer_account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_deadline_extension" ADD CONSTRAINT "call_deadline_extension_call_fk" FOREIGN KEY ("call_id") REFERENCES "call"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_deadline_extension" ADD CONSTRAINT "call_deadline_extension_source_fk" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // By hand: what TypeORM cannot describe or does not notice.
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_action_known"`);
    await queryRunner.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_action_known" CHECK ("action" IN ('SIGNED_IN', 'SIGN_IN_FAILED', 'SIGNED_OUT', 'PASSWORD_CHANGED', 'ACCOUNT_INVITED', 'INVITATION_REISSUED', 'INVITATION_ACCEPTED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'ROLE_GRANTED', 'ROLE_REVOKED', 'API_TOKEN_CREATED', 'API_TOKEN_REVOKED', 'MILESTONE_CREATED', 'MILESTONE_UPDATED', 'MILESTONE_DELETED', 'PERSONAL_DATA_READ', 'FORUM_CREATED', 'FORUM_UPDATED', 'FORUM_MEMBER_APPOINTED', 'FORUM_MEMBER_RENEWED', 'FORUM_MEMBER_ENDED', 'FORUM_MEMBER_CONSENT_CHANGED', 'MEETING_SCHEDULED', 'MEETING_UPDATED', 'MEETING_DELETED', 'ATTENDANCE_RECORDED', 'PERSON_CREATED', 'ORGANISATION_CREATED', 'STAKEHOLDER_PROFILE_CREATED', 'STAKEHOLDER_PROFILE_UPDATED', 'STAKEHOLDER_PROFILE_ERASED', 'CONTACT_CONSENT_CHANGED', 'ORGANISATION_ACTIVITY_CHANGED', 'POOL_IMPORTED', 'POOL_EXPORTED', 'CALL_CREATED', 'CALL_UPDATED', 'CALL_OPENED', 'CALL_DEADLINE_EXTENDED', 'CALL_CLOSED', 'CALL_DECIDED', 'APPLICATION_SUBMITTED', 'APPLICATION_UPDATED', 'APPLICATION_WITHDRAWN', 'APPLICATION_SCORED', 'APPLICATION_DECIDED'))`,
    );
    // closes_at is midnight at the end of the deadline day in Israel, recomputed on every write, so
    // it never falls out of step with the deadline (packages/shared/src/calls.ts computes the same).
    await queryRunner.query(`CREATE FUNCTION "call_set_closes_at"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.closes_at := (NEW.deadline + 1)::timestamp AT TIME ZONE 'Asia/Jerusalem';
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "call_closes_at" BEFORE INSERT OR UPDATE ON "call" FOR EACH ROW EXECUTE FUNCTION "call_set_closes_at"()`,
    );
    // Rule 2: a row whose submitted_at is not before its call's closes_at, or whose call is not OPEN,
    // is refused, whatever the service thought. A (re)submission sets submitted_at, so it is checked.
    await queryRunner.query(`CREATE FUNCTION "application_check_deadline"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        call_status text;
        call_closes_at timestamptz;
      BEGIN
        SELECT status, closes_at INTO call_status, call_closes_at FROM "call" WHERE id = NEW.call_id;
        IF call_status IS DISTINCT FROM 'OPEN' OR NEW.submitted_at >= call_closes_at THEN
          RAISE EXCEPTION 'Call % accepts applications until %, while OPEN', NEW.call_id, call_closes_at
            USING ERRCODE = 'check_violation', CONSTRAINT = 'application_submitted_before_deadline', TABLE = 'application';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "application_submitted_before_deadline" BEFORE INSERT OR UPDATE OF "submitted_at" ON "application" FOR EACH ROW EXECUTE FUNCTION "application_check_deadline"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "application_submitted_before_deadline" ON "application"`);
    await queryRunner.query(`DROP FUNCTION "application_check_deadline"()`);
    await queryRunner.query(`DROP TRIGGER "call_closes_at" ON "call"`);
    await queryRunner.query(`DROP FUNCTION "call_set_closes_at"()`);
    // The trail is append-only, so entries of the new kinds may remain: the old list binds new rows only.
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_action_known"`);
    await queryRunner.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_action_known" CHECK ("action" IN ('SIGNED_IN', 'SIGN_IN_FAILED', 'SIGNED_OUT', 'PASSWORD_CHANGED', 'ACCOUNT_INVITED', 'INVITATION_REISSUED', 'INVITATION_ACCEPTED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'ROLE_GRANTED', 'ROLE_REVOKED', 'API_TOKEN_CREATED', 'API_TOKEN_REVOKED', 'MILESTONE_CREATED', 'MILESTONE_UPDATED', 'MILESTONE_DELETED', 'PERSONAL_DATA_READ', 'FORUM_CREATED', 'FORUM_UPDATED', 'FORUM_MEMBER_APPOINTED', 'FORUM_MEMBER_RENEWED', 'FORUM_MEMBER_ENDED', 'FORUM_MEMBER_CONSENT_CHANGED', 'MEETING_SCHEDULED', 'MEETING_UPDATED', 'MEETING_DELETED', 'ATTENDANCE_RECORDED', 'PERSON_CREATED', 'ORGANISATION_CREATED', 'STAKEHOLDER_PROFILE_CREATED', 'STAKEHOLDER_PROFILE_UPDATED', 'STAKEHOLDER_PROFILE_ERASED', 'CONTACT_CONSENT_CHANGED', 'ORGANISATION_ACTIVITY_CHANGED', 'POOL_IMPORTED', 'POOL_EXPORTED')) NOT VALID`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_deadline_extension" DROP CONSTRAINT "call_deadline_extension_source_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "call_deadline_extension" DROP CONSTRAINT "call_deadline_extension_call_fk"`);
    await queryRunner.query(`ALTER TABLE "application_score" DROP CONSTRAINT "application_score_reviewer_fk"`);
    await queryRunner.query(`ALTER TABLE "application_score" DROP CONSTRAINT "application_score_criterion_fk"`);
    await queryRunner.query(`ALTER TABLE "application_score" DROP CONSTRAINT "application_score_application_fk"`);
    await queryRunner.query(`ALTER TABLE "call_criterion" DROP CONSTRAINT "call_criterion_call_fk"`);
    await queryRunner.query(`ALTER TABLE "application" DROP CONSTRAINT "application_forum_member_fk"`);
    await queryRunner.query(`ALTER TABLE "application" DROP CONSTRAINT "application_submitted_by_fk"`);
    await queryRunner.query(`ALTER TABLE "application" DROP CONSTRAINT "application_sector_fk"`);
    await queryRunner.query(`ALTER TABLE "application" DROP CONSTRAINT "application_organisation_fk"`);
    await queryRunner.query(`ALTER TABLE "application" DROP CONSTRAINT "application_call_fk"`);
    await queryRunner.query(`ALTER TABLE "call" DROP CONSTRAINT "call_source_fk"`);
    await queryRunner.query(`ALTER TABLE "call" DROP CONSTRAINT "call_forum_fk"`);
    await queryRunner.query(`DROP INDEX "public"."call_deadline_extension_call_id_idx"`);
    await queryRunner.query(`DROP TABLE "call_deadline_extension"`);
    await queryRunner.query(`DROP INDEX "public"."application_score_call_id_idx"`);
    await queryRunner.query(`DROP TABLE "application_score"`);
    await queryRunner.query(`DROP TABLE "call_criterion"`);
    await queryRunner.query(`DROP INDEX "public"."application_one_per_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."application_one_per_individual"`);
    await queryRunner.query(`DROP INDEX "public"."application_submitted_by_account_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."application_call_id_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."application_organisation_id_idx"`);
    await queryRunner.query(`DROP TABLE "application"`);
    await queryRunner.query(`DROP INDEX "public"."call_forum_id_idx"`);
    await queryRunner.query(`DROP TABLE "call"`);
  }
}
