import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnerPool1796211665660 implements MigrationInterface {
  name = 'PartnerPool1796211665660';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organisation_topic" ("organisation_id" uuid NOT NULL, "topic_code" text NOT NULL, CONSTRAINT "PK_167b1b70d2c7033308b27d34190" PRIMARY KEY ("organisation_id", "topic_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "organisation_topic_topic_code_idx" ON "organisation_topic"  ("topic_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organisation_district" ("organisation_id" uuid NOT NULL, "district_code" text NOT NULL, CONSTRAINT "PK_bac23689ccfa05345e42fd1080f" PRIMARY KEY ("organisation_id", "district_code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "stakeholder_profile" ("person_id" uuid NOT NULL, "organisation_id" uuid, "sector_code" text NOT NULL, "interests" text array NOT NULL DEFAULT '{}', "expertise" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{}', "gender" text, "birth_year" smallint, "open_to_consultation" boolean NOT NULL DEFAULT false, "open_to_sector_move" boolean NOT NULL DEFAULT false, "bio" text, "search_document" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "stakeholder_profile_languages_format" CHECK (array_to_string("languages", ',') ~ '^([a-z]{2}(,[a-z]{2})*)?$'), CONSTRAINT "stakeholder_profile_list_sizes" CHECK (cardinality("interests") <= 20 AND cardinality("expertise") <= 20 AND cardinality("languages") <= 20), CONSTRAINT "stakeholder_profile_bio_length" CHECK (char_length("bio") <= 2000), CONSTRAINT "stakeholder_profile_birth_year_range" CHECK ("birth_year" BETWEEN 1900 AND 2100), CONSTRAINT "stakeholder_profile_gender_known" CHECK ("gender" IN ('FEMALE', 'MALE', 'OTHER')), CONSTRAINT "PK_b1e8de9d3628131060a9a9ad532" PRIMARY KEY ("person_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "stakeholder_profile_organisation_id_idx" ON "stakeholder_profile"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "stakeholder_profile_sector_code_idx" ON "stakeholder_profile"  ("sector_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contact_detail" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "kind" text NOT NULL, "value" text NOT NULL, "visibility" text NOT NULL, "consented_at" TIMESTAMP WITH TIME ZONE, "position" smallint NOT NULL, CONSTRAINT "contact_detail_person_kind_value_key" UNIQUE ("person_id", "kind", "value"), CONSTRAINT "contact_detail_value_length" CHECK (char_length("value") BETWEEN 1 AND 300), CONSTRAINT "contact_detail_consent_when_shown" CHECK (("visibility" = 'ONLY_ME') = ("consented_at" IS NULL)), CONSTRAINT "contact_detail_visibility_known" CHECK ("visibility" IN ('EVERYONE', 'SIGNED_IN', 'ONLY_ME')), CONSTRAINT "contact_detail_kind_known" CHECK ("kind" IN ('EMAIL', 'PHONE', 'WEBSITE', 'LINKEDIN')), CONSTRAINT "PK_9781aa590b725ffa4631d4566b1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "stakeholder_position" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "sector_code" text NOT NULL, "title" text NOT NULL, "organisation_name" text, "start_year" smallint NOT NULL, "end_year" smallint, CONSTRAINT "stakeholder_position_text_length" CHECK (char_length("title") BETWEEN 1 AND 200 AND char_length("organisation_name") <= 200), CONSTRAINT "stakeholder_position_years" CHECK ("start_year" BETWEEN 1900 AND 2100 AND ("end_year" IS NULL OR "end_year" >= "start_year")), CONSTRAINT "PK_948fbdc7790d3c60d3fa31b6ee0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "stakeholder_position_person_id_idx" ON "stakeholder_position"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "stakeholder_topic" ("person_id" uuid NOT NULL, "topic_code" text NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_c962fadcbdf4785881330ff0e0c" PRIMARY KEY ("person_id", "topic_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "stakeholder_topic_topic_code_idx" ON "stakeholder_topic"  ("topic_code", "person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "stakeholder_district" ("person_id" uuid NOT NULL, "district_code" text NOT NULL, CONSTRAINT "PK_27a06dc37ee93631cd4c1b3c29b" PRIMARY KEY ("person_id", "district_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "stakeholder_district_district_code_idx" ON "stakeholder_district"  ("district_code", "person_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_topic" ADD CONSTRAINT "organisation_topic_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_topic" ADD CONSTRAINT "organisation_topic_topic_fk" FOREIGN KEY ("topic_code") REFERENCES "topic"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_district" ADD CONSTRAINT "organisation_district_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_district" ADD CONSTRAINT "organisation_district_district_fk" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stakeholder_profile" ADD CONSTRAINT "stakeholder_profile_person_fk" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stakeholder_profile" ADD CONSTRAINT "stakeholder_profile_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stakeholder_profile" ADD CONSTRAINT "stakeholder_profile_sector_fk" FOREIGN KEY ("sector_code") REFERENCES "sector"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_detail" ADD CONSTRAINT "contact_detail_profile_fk" FOREIGN KEY ("person_id") REFERENCES "stakeholder_profile"("person_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stakeholder_position" ADD CONSTRAINT "stakeholder_position_profile_fk" FOREIGN KEY ("person_id") REFERENCES "stakeholder_profile"("person_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stakeholder_position" ADD CONSTRAINT "stakeholder_position_sector_fk" FOREIGN KEY ("sector_code") REFERENCES "sector"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stakeholder_topic" ADD CONSTRAINT "stakeholder_topic_profile_fk" FOREIGN KEY ("person_id") REFERENCES "stakeholder_profile"("person_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stakeholder_topic" ADD CONSTRAINT "stakeholder_topic_topic_fk" FOREIGN KEY ("topic_code") REFERENCES "topic"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stakeholder_district" ADD CONSTRAINT "stakeholder_district_profile_fk" FOREIGN KEY ("person_id") REFERENCES "stakeholder_profile"("person_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stakeholder_district" ADD CONSTRAINT "stakeholder_district_district_fk" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // By hand: what TypeORM cannot describe or does not notice.
    // The audit trail's new actions (TypeORM does not see a CHECK's expression change).
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_action_known"`);
    await queryRunner.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_action_known" CHECK ("action" IN ('SIGNED_IN', 'SIGN_IN_FAILED', 'SIGNED_OUT', 'PASSWORD_CHANGED', 'ACCOUNT_INVITED', 'INVITATION_REISSUED', 'INVITATION_ACCEPTED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'ROLE_GRANTED', 'ROLE_REVOKED', 'API_TOKEN_CREATED', 'API_TOKEN_REVOKED', 'MILESTONE_CREATED', 'MILESTONE_UPDATED', 'MILESTONE_DELETED', 'PERSONAL_DATA_READ', 'FORUM_CREATED', 'FORUM_UPDATED', 'FORUM_MEMBER_APPOINTED', 'FORUM_MEMBER_RENEWED', 'FORUM_MEMBER_ENDED', 'FORUM_MEMBER_CONSENT_CHANGED', 'MEETING_SCHEDULED', 'MEETING_UPDATED', 'MEETING_DELETED', 'ATTENDANCE_RECORDED', 'PERSON_CREATED', 'ORGANISATION_CREATED', 'STAKEHOLDER_PROFILE_CREATED', 'STAKEHOLDER_PROFILE_UPDATED', 'STAKEHOLDER_PROFILE_ERASED', 'CONTACT_CONSENT_CHANGED', 'ORGANISATION_ACTIVITY_CHANGED'))`,
    );
    // Free-text search: pg_trgm over the normalised search document (docs/pool.md). The extension is
    // trusted (PostgreSQL 13+), so the database's owner may create it. Its trigrams see Hebrew and
    // Arabic letters only under a locale whose character classes know them (the embedded server's
    // builtin C.UTF-8, or an ICU or *.UTF-8 libc locale; not "C"): database/trigram-check.ts.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "stakeholder_profile_search_document_trgm" ON "stakeholder_profile" USING gin ("search_document" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "stakeholder_profile_languages_gin" ON "stakeholder_profile" USING gin ("languages")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."stakeholder_profile_languages_gin"`);
    await queryRunner.query(`DROP INDEX "public"."stakeholder_profile_search_document_trgm"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
    // The trail is append-only, so entries of the new kinds may remain: the old list binds new rows only.
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_action_known"`);
    await queryRunner.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_action_known" CHECK ("action" IN ('SIGNED_IN', 'SIGN_IN_FAILED', 'SIGNED_OUT', 'PASSWORD_CHANGED', 'ACCOUNT_INVITED', 'INVITATION_REISSUED', 'INVITATION_ACCEPTED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'ROLE_GRANTED', 'ROLE_REVOKED', 'API_TOKEN_CREATED', 'API_TOKEN_REVOKED', 'MILESTONE_CREATED', 'MILESTONE_UPDATED', 'MILESTONE_DELETED', 'PERSONAL_DATA_READ', 'FORUM_CREATED', 'FORUM_UPDATED', 'FORUM_MEMBER_APPOINTED', 'FORUM_MEMBER_RENEWED', 'FORUM_MEMBER_ENDED', 'FORUM_MEMBER_CONSENT_CHANGED', 'MEETING_SCHEDULED', 'MEETING_UPDATED', 'MEETING_DELETED', 'ATTENDANCE_RECORDED', 'PERSON_CREATED', 'ORGANISATION_CREATED')) NOT VALID`,
    );
    await queryRunner.query(`ALTER TABLE "stakeholder_district" DROP CONSTRAINT "stakeholder_district_district_fk"`);
    await queryRunner.query(`ALTER TABLE "stakeholder_district" DROP CONSTRAINT "stakeholder_district_profile_fk"`);
    await queryRunner.query(`ALTER TABLE "stakeholder_topic" DROP CONSTRAINT "stakeholder_topic_topic_fk"`);
    await queryRunner.query(`ALTER TABLE "stakeholder_topic" DROP CONSTRAINT "stakeholder_topic_profile_fk"`);
    await queryRunner.query(`ALTER TABLE "stakeholder_position" DROP CONSTRAINT "stakeholder_position_sector_fk"`);
    await queryRunner.query(`ALTER TABLE "stakeholder_position" DROP CONSTRAINT "stakeholder_position_profile_fk"`);
    await queryRunner.query(`ALTER TABLE "contact_detail" DROP CONSTRAINT "contact_detail_profile_fk"`);
    await queryRunner.query(`ALTER TABLE "stakeholder_profile" DROP CONSTRAINT "stakeholder_profile_sector_fk"`);
    await queryRunner.query(`ALTER TABLE "stakeholder_profile" DROP CONSTRAINT "stakeholder_profile_organisation_fk"`);
    await queryRunner.query(`ALTER TABLE "stakeholder_profile" DROP CONSTRAINT "stakeholder_profile_person_fk"`);
    await queryRunner.query(`ALTER TABLE "organisation_district" DROP CONSTRAINT "organisation_district_district_fk"`);
    await queryRunner.query(
      `ALTER TABLE "organisation_district" DROP CONSTRAINT "organisation_district_organisation_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "organisation_topic" DROP CONSTRAINT "organisation_topic_topic_fk"`);
    await queryRunner.query(`ALTER TABLE "organisation_topic" DROP CONSTRAINT "organisation_topic_organisation_fk"`);
    await queryRunner.query(`DROP INDEX "public"."stakeholder_district_district_code_idx"`);
    await queryRunner.query(`DROP TABLE "stakeholder_district"`);
    await queryRunner.query(`DROP INDEX "public"."stakeholder_topic_topic_code_idx"`);
    await queryRunner.query(`DROP TABLE "stakeholder_topic"`);
    await queryRunner.query(`DROP INDEX "public"."stakeholder_position_person_id_idx"`);
    await queryRunner.query(`DROP TABLE "stakeholder_position"`);
    await queryRunner.query(`DROP TABLE "contact_detail"`);
    await queryRunner.query(`DROP INDEX "public"."stakeholder_profile_sector_code_idx"`);
    await queryRunner.query(`DROP INDEX "public"."stakeholder_profile_organisation_id_idx"`);
    await queryRunner.query(`DROP TABLE "stakeholder_profile"`);
    await queryRunner.query(`DROP TABLE "organisation_district"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_topic_topic_code_idx"`);
    await queryRunner.query(`DROP TABLE "organisation_topic"`);
  }
}
