import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The partnerships registry and its progress reports (issue #7, docs/partnerships.md): generated,
 * then by hand the audit trail's new kinds of entry and the trigger that keeps reports as history.
 */
export class Partnerships1796300000000 implements MigrationInterface {
  name = 'Partnerships1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "partnership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seed_key" text, "kind" text NOT NULL, "cluster_id" uuid, "title_he" text NOT NULL, "title_ar" text, "title_en" text, "summary_he" text, "summary_ar" text, "summary_en" text, "status" text, "funding_mechanism" text, "budget_agorot" bigint, "start_on" date, "end_on" date, "reporting_period_months" smallint, "source_id" uuid, "created_by_account_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "partnership_seed_key_key" UNIQUE ("seed_key"), CONSTRAINT "partnership_reporting_period_range" CHECK ("reporting_period_months" BETWEEN 1 AND 12), CONSTRAINT "partnership_ends_after_start" CHECK ("end_on" >= "start_on"), CONSTRAINT "partnership_budget_not_negative" CHECK ("budget_agorot" >= 0), CONSTRAINT "partnership_inter_municipal_in_cluster" CHECK ("kind" <> 'INTER_MUNICIPAL' OR "cluster_id" IS NOT NULL), CONSTRAINT "partnership_funding_mechanism_known" CHECK ("funding_mechanism" IN ('TENDER', 'JOINT_TENDER', 'GRANT', 'PHILANTHROPY', 'IN_KIND', 'MIXED')), CONSTRAINT "partnership_status_given" CHECK ("status" IS NOT NULL OR "source_id" IS NOT NULL), CONSTRAINT "partnership_status_known" CHECK ("status" IN ('IDEA', 'PLANNING', 'ACTIVE', 'COMPLETED', 'PAUSED')), CONSTRAINT "partnership_kind_known" CHECK ("kind" IN ('CROSS_SECTOR', 'INTER_MUNICIPAL')), CONSTRAINT "PK_f1bf1be9f475497d8b396d4cc56" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "partnership_cluster_id_idx" ON "partnership"  ("cluster_id") `);
    await queryRunner.query(`CREATE INDEX "partnership_created_at_id_idx" ON "partnership"  ("created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "partnership_indicator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "name_he" text NOT NULL, "name_ar" text, "name_en" text, "unit_he" text, "unit_ar" text, "unit_en" text, "baseline" numeric, "target" numeric, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "partnership_indicator_id_partnership_key" UNIQUE ("id", "partnership_id"), CONSTRAINT "PK_6b90652f54879efcb250d843be9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "partnership_indicator_partnership_id_idx" ON "partnership_indicator"  ("partnership_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partnership_district" ("partnership_id" uuid NOT NULL, "district_code" text NOT NULL, CONSTRAINT "PK_85615b3c46f30195080ab5c9f91" PRIMARY KEY ("partnership_id", "district_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "partnership_district_district_code_idx" ON "partnership_district"  ("district_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partnership_direction" ("partnership_id" uuid NOT NULL, "direction_number" smallint NOT NULL, CONSTRAINT "partnership_direction_number_range" CHECK ("direction_number" BETWEEN 1 AND 7), CONSTRAINT "PK_63109cdba57d8a8f0d2386286e7" PRIMARY KEY ("partnership_id", "direction_number"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "partnership_direction_direction_number_idx" ON "partnership_direction"  ("direction_number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partnership_sdg" ("partnership_id" uuid NOT NULL, "sdg_number" smallint NOT NULL, CONSTRAINT "partnership_sdg_number_range" CHECK ("sdg_number" BETWEEN 1 AND 17), CONSTRAINT "PK_22d75a07c50dae9266e3089dcfe" PRIMARY KEY ("partnership_id", "sdg_number"))`,
    );
    await queryRunner.query(`CREATE INDEX "partnership_sdg_sdg_number_idx" ON "partnership_sdg"  ("sdg_number") `);
    await queryRunner.query(
      `CREATE TABLE "partnership_sdg_target" ("partnership_id" uuid NOT NULL, "target" text NOT NULL, "sdg_number" smallint NOT NULL, CONSTRAINT "partnership_sdg_target_of_goal" CHECK (split_part("target", '.', 1) = "sdg_number"::text), CONSTRAINT "partnership_sdg_target_format" CHECK ("target" ~ '^(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-d])$'), CONSTRAINT "PK_1e788715f4badcfba60202b142c" PRIMARY KEY ("partnership_id", "target"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "partnership_topic" ("partnership_id" uuid NOT NULL, "topic_code" text NOT NULL, CONSTRAINT "PK_e64de8fd290653253f1fdcfb66c" PRIMARY KEY ("partnership_id", "topic_code"))`,
    );
    await queryRunner.query(`CREATE INDEX "partnership_topic_topic_code_idx" ON "partnership_topic"  ("topic_code") `);
    await queryRunner.query(
      `CREATE TABLE "partnership_milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seed_key" text, "partnership_id" uuid NOT NULL, "title_he" text NOT NULL, "title_ar" text, "title_en" text, "due_on" date, "is_done" boolean NOT NULL DEFAULT false, "done_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "partnership_milestone_seed_key_key" UNIQUE ("seed_key"), CONSTRAINT "partnership_milestone_done_when_dated" CHECK ("done_on" IS NULL OR "is_done"), CONSTRAINT "PK_f07fcfc0d7182b84f9f3ba8400e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "partnership_milestone_partnership_id_idx" ON "partnership_milestone"  ("partnership_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partnership_partner" ("partnership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "role" text NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "partnership_partner_role_known" CHECK ("role" IN ('LEAD', 'PARTNER', 'FUNDER')), CONSTRAINT "partnership_partner_key" PRIMARY KEY ("partnership_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "partnership_partner_organisation_id_idx" ON "partnership_partner"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "progress_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "reported_on" date NOT NULL, "text_he" text NOT NULL, "text_ar" text, "text_en" text, "submitted_by_account_id" uuid NOT NULL, "idempotency_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "progress_report_idempotency_key" UNIQUE ("partnership_id", "submitted_by_account_id", "idempotency_key"), CONSTRAINT "progress_report_id_partnership_key" UNIQUE ("id", "partnership_id"), CONSTRAINT "PK_de44d4f311d5a0132f49f9f0820" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "progress_report_partnership_id_reported_on_idx" ON "progress_report"  ("partnership_id", "reported_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "progress_report_value" ("report_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "value" numeric NOT NULL, CONSTRAINT "PK_288a42b7abfe41b5393a30b6738" PRIMARY KEY ("report_id", "indicator_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "progress_report_value_indicator_id_idx" ON "progress_report_value"  ("indicator_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership" ADD CONSTRAINT "partnership_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership" ADD CONSTRAINT "partnership_source_fk" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_indicator" ADD CONSTRAINT "partnership_indicator_partnership_fk" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_district" ADD CONSTRAINT "partnership_district_partnership_fk" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_district" ADD CONSTRAINT "partnership_district_district_fk" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_direction" ADD CONSTRAINT "partnership_direction_partnership_fk" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_direction" ADD CONSTRAINT "partnership_direction_direction_fk" FOREIGN KEY ("direction_number") REFERENCES "action_direction"("number") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_sdg" ADD CONSTRAINT "partnership_sdg_partnership_fk" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_sdg" ADD CONSTRAINT "partnership_sdg_sdg_fk" FOREIGN KEY ("sdg_number") REFERENCES "sdg"("number") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_sdg_target" ADD CONSTRAINT "partnership_sdg_target_goal_fk" FOREIGN KEY ("partnership_id", "sdg_number") REFERENCES "partnership_sdg"("partnership_id","sdg_number") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_topic" ADD CONSTRAINT "partnership_topic_partnership_fk" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_topic" ADD CONSTRAINT "partnership_topic_topic_fk" FOREIGN KEY ("topic_code") REFERENCES "topic"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_milestone" ADD CONSTRAINT "partnership_milestone_partnership_fk" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_partner" ADD CONSTRAINT "partnership_partner_partnership_fk" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_partner" ADD CONSTRAINT "partnership_partner_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_report" ADD CONSTRAINT "progress_report_partnership_fk" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_report_value" ADD CONSTRAINT "progress_report_value_report_fk" FOREIGN KEY ("report_id", "partnership_id") REFERENCES "progress_report"("id","partnership_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_report_value" ADD CONSTRAINT "progress_report_value_indicator_fk" FOREIGN KEY ("indicator_id", "partnership_id") REFERENCES "partnership_indicator"("id","partnership_id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );

    // By hand: what TypeORM cannot describe or does not notice.
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_action_known"`);
    await queryRunner.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_action_known" CHECK ("action" IN ('SIGNED_IN', 'SIGN_IN_FAILED', 'SIGNED_OUT', 'PASSWORD_CHANGED', 'ACCOUNT_INVITED', 'INVITATION_REISSUED', 'INVITATION_ACCEPTED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'ROLE_GRANTED', 'ROLE_REVOKED', 'API_TOKEN_CREATED', 'API_TOKEN_REVOKED', 'MILESTONE_CREATED', 'MILESTONE_UPDATED', 'MILESTONE_DELETED', 'PERSONAL_DATA_READ', 'FORUM_CREATED', 'FORUM_UPDATED', 'FORUM_MEMBER_APPOINTED', 'FORUM_MEMBER_RENEWED', 'FORUM_MEMBER_ENDED', 'FORUM_MEMBER_CONSENT_CHANGED', 'MEETING_SCHEDULED', 'MEETING_UPDATED', 'MEETING_DELETED', 'ATTENDANCE_RECORDED', 'PERSON_CREATED', 'ORGANISATION_CREATED', 'STAKEHOLDER_PROFILE_CREATED', 'STAKEHOLDER_PROFILE_UPDATED', 'STAKEHOLDER_PROFILE_ERASED', 'CONTACT_CONSENT_CHANGED', 'ORGANISATION_ACTIVITY_CHANGED', 'POOL_IMPORTED', 'POOL_EXPORTED', 'CALL_CREATED', 'CALL_UPDATED', 'CALL_OPENED', 'CALL_DEADLINE_EXTENDED', 'CALL_CLOSED', 'CALL_DECIDED', 'APPLICATION_SUBMITTED', 'APPLICATION_UPDATED', 'APPLICATION_WITHDRAWN', 'APPLICATION_SCORED', 'APPLICATION_DECIDED', 'PARTNERSHIP_CREATED', 'PARTNERSHIP_UPDATED', 'PARTNERSHIP_REPORTED'))`,
    );
    // A progress report is history (issue #7: "the history of reports kept"): a correction is a new
    // report, so neither a report nor a value it recorded is ever changed.
    await queryRunner.query(`CREATE FUNCTION "progress_report_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'A progress report is kept as it was made; report again to correct it'
          USING ERRCODE = 'check_violation', CONSTRAINT = 'progress_report_unchanged', TABLE = TG_TABLE_NAME;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "progress_report_unchanged" BEFORE UPDATE ON "progress_report" FOR EACH ROW EXECUTE FUNCTION "progress_report_refuse_change"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "progress_report_value_unchanged" BEFORE UPDATE ON "progress_report_value" FOR EACH ROW EXECUTE FUNCTION "progress_report_refuse_change"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "progress_report_value_unchanged" ON "progress_report_value"`);
    await queryRunner.query(`DROP TRIGGER "progress_report_unchanged" ON "progress_report"`);
    await queryRunner.query(`DROP FUNCTION "progress_report_refuse_change"()`);
    // The trail is append-only, so entries of the new kinds may remain: the old list binds new rows only.
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_action_known"`);
    await queryRunner.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_action_known" CHECK ("action" IN ('SIGNED_IN', 'SIGN_IN_FAILED', 'SIGNED_OUT', 'PASSWORD_CHANGED', 'ACCOUNT_INVITED', 'INVITATION_REISSUED', 'INVITATION_ACCEPTED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'ROLE_GRANTED', 'ROLE_REVOKED', 'API_TOKEN_CREATED', 'API_TOKEN_REVOKED', 'MILESTONE_CREATED', 'MILESTONE_UPDATED', 'MILESTONE_DELETED', 'PERSONAL_DATA_READ', 'FORUM_CREATED', 'FORUM_UPDATED', 'FORUM_MEMBER_APPOINTED', 'FORUM_MEMBER_RENEWED', 'FORUM_MEMBER_ENDED', 'FORUM_MEMBER_CONSENT_CHANGED', 'MEETING_SCHEDULED', 'MEETING_UPDATED', 'MEETING_DELETED', 'ATTENDANCE_RECORDED', 'PERSON_CREATED', 'ORGANISATION_CREATED', 'STAKEHOLDER_PROFILE_CREATED', 'STAKEHOLDER_PROFILE_UPDATED', 'STAKEHOLDER_PROFILE_ERASED', 'CONTACT_CONSENT_CHANGED', 'ORGANISATION_ACTIVITY_CHANGED', 'POOL_IMPORTED', 'POOL_EXPORTED', 'CALL_CREATED', 'CALL_UPDATED', 'CALL_OPENED', 'CALL_DEADLINE_EXTENDED', 'CALL_CLOSED', 'CALL_DECIDED', 'APPLICATION_SUBMITTED', 'APPLICATION_UPDATED', 'APPLICATION_WITHDRAWN', 'APPLICATION_SCORED', 'APPLICATION_DECIDED')) NOT VALID`,
    );
    await queryRunner.query(`ALTER TABLE "progress_report_value" DROP CONSTRAINT "progress_report_value_indicator_fk"`);
    await queryRunner.query(`ALTER TABLE "progress_report_value" DROP CONSTRAINT "progress_report_value_report_fk"`);
    await queryRunner.query(`ALTER TABLE "progress_report" DROP CONSTRAINT "progress_report_partnership_fk"`);
    await queryRunner.query(`ALTER TABLE "partnership_partner" DROP CONSTRAINT "partnership_partner_organisation_fk"`);
    await queryRunner.query(`ALTER TABLE "partnership_partner" DROP CONSTRAINT "partnership_partner_partnership_fk"`);
    await queryRunner.query(
      `ALTER TABLE "partnership_milestone" DROP CONSTRAINT "partnership_milestone_partnership_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "partnership_topic" DROP CONSTRAINT "partnership_topic_topic_fk"`);
    await queryRunner.query(`ALTER TABLE "partnership_topic" DROP CONSTRAINT "partnership_topic_partnership_fk"`);
    await queryRunner.query(`ALTER TABLE "partnership_sdg_target" DROP CONSTRAINT "partnership_sdg_target_goal_fk"`);
    await queryRunner.query(`ALTER TABLE "partnership_sdg" DROP CONSTRAINT "partnership_sdg_sdg_fk"`);
    await queryRunner.query(`ALTER TABLE "partnership_sdg" DROP CONSTRAINT "partnership_sdg_partnership_fk"`);
    await queryRunner.query(`ALTER TABLE "partnership_direction" DROP CONSTRAINT "partnership_direction_direction_fk"`);
    await queryRunner.query(
      `ALTER TABLE "partnership_direction" DROP CONSTRAINT "partnership_direction_partnership_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "partnership_district" DROP CONSTRAINT "partnership_district_district_fk"`);
    await queryRunner.query(`ALTER TABLE "partnership_district" DROP CONSTRAINT "partnership_district_partnership_fk"`);
    await queryRunner.query(
      `ALTER TABLE "partnership_indicator" DROP CONSTRAINT "partnership_indicator_partnership_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "partnership" DROP CONSTRAINT "partnership_source_fk"`);
    await queryRunner.query(`ALTER TABLE "partnership" DROP CONSTRAINT "partnership_cluster_fk"`);
    await queryRunner.query(`DROP INDEX "public"."progress_report_value_indicator_id_idx"`);
    await queryRunner.query(`DROP TABLE "progress_report_value"`);
    await queryRunner.query(`DROP INDEX "public"."progress_report_partnership_id_reported_on_idx"`);
    await queryRunner.query(`DROP TABLE "progress_report"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_partner_organisation_id_idx"`);
    await queryRunner.query(`DROP TABLE "partnership_partner"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_milestone_partnership_id_idx"`);
    await queryRunner.query(`DROP TABLE "partnership_milestone"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_topic_topic_code_idx"`);
    await queryRunner.query(`DROP TABLE "partnership_topic"`);
    await queryRunner.query(`DROP TABLE "partnership_sdg_target"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_sdg_sdg_number_idx"`);
    await queryRunner.query(`DROP TABLE "partnership_sdg"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_direction_direction_number_idx"`);
    await queryRunner.query(`DROP TABLE "partnership_direction"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_district_district_code_idx"`);
    await queryRunner.query(`DROP TABLE "partnership_district"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_indicator_partnership_id_idx"`);
    await queryRunner.query(`DROP TABLE "partnership_indicator"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_created_at_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_cluster_id_idx"`);
    await queryRunner.query(`DROP TABLE "partnership"`);
  }
}
