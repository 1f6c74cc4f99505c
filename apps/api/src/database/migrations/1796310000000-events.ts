import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events and their registrations (issue #8, docs/events.md): generated, then by hand the audit
 * trail's new kinds of entry and the trigger that keeps event.confirmed_count, which the CHECK
 * event_confirmed_within_capacity holds within the capacity (rule 4).
 */
export class Events1796310000000 implements MigrationInterface {
  name = 'Events1796310000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seed_key" text, "kind" text NOT NULL, "cluster_id" uuid, "forum_id" uuid, "title_he" text NOT NULL, "title_ar" text, "title_en" text, "summary_he" text, "summary_ar" text, "summary_en" text, "venue_he" text, "venue_ar" text, "venue_en" text, "local_authority_id" uuid, "is_online" boolean NOT NULL DEFAULT false, "online_link" text, "starts_on" date, "ends_on" date, "capacity" integer, "registration_opens_at" TIMESTAMP WITH TIME ZONE, "registration_closes_at" TIMESTAMP WITH TIME ZONE, "registration_closed" boolean NOT NULL DEFAULT false, "registration_closed_at" TIMESTAMP WITH TIME ZONE, "confirmed_count" integer NOT NULL DEFAULT '0', "reported_participant_count" integer, "reported_participant_count_approximate" boolean NOT NULL DEFAULT false, "outcome_summary_he" text, "outcome_summary_ar" text, "outcome_summary_en" text, "source_id" uuid, "created_by_account_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "event_seed_key_key" UNIQUE ("seed_key"), CONSTRAINT "event_online_link_when_online" CHECK ("online_link" IS NULL OR "is_online"), CONSTRAINT "event_reported_participants_not_negative" CHECK ("reported_participant_count" >= 0), CONSTRAINT "event_closed_at_when_closed" CHECK ("registration_closed_at" IS NULL OR "registration_closed"), CONSTRAINT "event_registration_window_order" CHECK ("registration_closes_at" > "registration_opens_at"), CONSTRAINT "event_confirmed_not_negative" CHECK ("confirmed_count" >= 0), CONSTRAINT "event_confirmed_within_capacity" CHECK ("confirmed_count" <= "capacity"), CONSTRAINT "event_capacity_positive" CHECK ("capacity" > 0), CONSTRAINT "event_ends_after_start" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "event_dates_given" CHECK ("starts_on" IS NOT NULL OR "source_id" IS NOT NULL), CONSTRAINT "event_kind_known" CHECK ("kind" IN ('CONFERENCE', 'EXPOSURE_CONFERENCE', 'ONLINE_EVENT', 'WORKSHOP')), CONSTRAINT "PK_30c2f3bbaf6d34a55f8ae6e4614" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "event_cluster_id_idx" ON "event"  ("cluster_id") `);
    await queryRunner.query(`CREATE INDEX "event_forum_id_idx" ON "event"  ("forum_id") `);
    await queryRunner.query(`CREATE INDEX "event_starts_on_id_idx" ON "event"  ("starts_on", "id") `);
    await queryRunner.query(
      `CREATE TABLE "event_audience_sector" ("event_id" uuid NOT NULL, "sector_code" text NOT NULL, CONSTRAINT "PK_5307fa81db82b633236bb49cd7d" PRIMARY KEY ("event_id", "sector_code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_outcome_direction" ("event_id" uuid NOT NULL, "direction_number" smallint NOT NULL, CONSTRAINT "event_outcome_direction_number_range" CHECK ("direction_number" BETWEEN 1 AND 7), CONSTRAINT "PK_8ed2b2ec3dae6dec66de4eedec8" PRIMARY KEY ("event_id", "direction_number"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "event_outcome_direction_direction_number_idx" ON "event_outcome_direction"  ("direction_number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "event_outcome_partnership" ("event_id" uuid NOT NULL, "partnership_id" uuid NOT NULL, CONSTRAINT "PK_7008971b6f0f2c4b6b4088ba1a9" PRIMARY KEY ("event_id", "partnership_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "event_outcome_partnership_partnership_id_idx" ON "event_outcome_partnership"  ("partnership_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "event_registration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "person_id" uuid NOT NULL, "registered_by_account_id" uuid, "sector_code" text NOT NULL, "organisation_id" uuid, "status" text NOT NULL, "arrival" BIGSERIAL NOT NULL, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "checked_in_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "event_registration_cancelled_at_when_cancelled" CHECK (("status" = 'CANCELLED') = ("cancelled_at" IS NOT NULL)), CONSTRAINT "event_registration_confirmed_at_when_confirmed" CHECK ("status" <> 'CONFIRMED' OR "confirmed_at" IS NOT NULL), CONSTRAINT "event_registration_status_known" CHECK ("status" IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')), CONSTRAINT "PK_10aedff1bd0d0ef534d1106ddec" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "event_registration_person_id_idx" ON "event_registration"  ("person_id") `);
    await queryRunner.query(
      `CREATE INDEX "event_registration_event_id_status_arrival_idx" ON "event_registration"  ("event_id", "status", "arrival") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "event_registration_one_live" ON "event_registration"  ("event_id", "person_id") WHERE "status" <> 'CANCELLED'`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_track" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "position" smallint NOT NULL, "topic_he" text NOT NULL, "topic_ar" text, "topic_en" text, "facilitator_he" text, "facilitator_ar" text, "facilitator_en" text, "outcome_summary_he" text, "outcome_summary_ar" text, "outcome_summary_en" text, CONSTRAINT "event_track_position_key" UNIQUE ("event_id", "position"), CONSTRAINT "event_track_position_positive" CHECK ("position" > 0), CONSTRAINT "PK_554075a9d105cb05fd87ce2ceeb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "event" ADD CONSTRAINT "event_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event" ADD CONSTRAINT "event_forum_fk" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event" ADD CONSTRAINT "event_local_authority_fk" FOREIGN KEY ("local_authority_id") REFERENCES "local_authority"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event" ADD CONSTRAINT "event_source_fk" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_audience_sector" ADD CONSTRAINT "event_audience_sector_event_fk" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_audience_sector" ADD CONSTRAINT "event_audience_sector_sector_fk" FOREIGN KEY ("sector_code") REFERENCES "sector"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_outcome_direction" ADD CONSTRAINT "event_outcome_direction_event_fk" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_outcome_direction" ADD CONSTRAINT "event_outcome_direction_direction_fk" FOREIGN KEY ("direction_number") REFERENCES "action_direction"("number") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_outcome_partnership" ADD CONSTRAINT "event_outcome_partnership_event_fk" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_outcome_partnership" ADD CONSTRAINT "event_outcome_partnership_partnership_fk" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_registration" ADD CONSTRAINT "event_registration_event_fk" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_registration" ADD CONSTRAINT "event_registration_person_fk" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_registration" ADD CONSTRAINT "event_registration_sector_fk" FOREIGN KEY ("sector_code") REFERENCES "sector"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_registration" ADD CONSTRAINT "event_registration_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_track" ADD CONSTRAINT "event_track_event_fk" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // By hand: what TypeORM cannot describe or does not notice.
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_action_known"`);
    await queryRunner.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_action_known" CHECK ("action" IN ('SIGNED_IN', 'SIGN_IN_FAILED', 'SIGNED_OUT', 'PASSWORD_CHANGED', 'ACCOUNT_INVITED', 'INVITATION_REISSUED', 'INVITATION_ACCEPTED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'ROLE_GRANTED', 'ROLE_REVOKED', 'API_TOKEN_CREATED', 'API_TOKEN_REVOKED', 'MILESTONE_CREATED', 'MILESTONE_UPDATED', 'MILESTONE_DELETED', 'PERSONAL_DATA_READ', 'FORUM_CREATED', 'FORUM_UPDATED', 'FORUM_MEMBER_APPOINTED', 'FORUM_MEMBER_RENEWED', 'FORUM_MEMBER_ENDED', 'FORUM_MEMBER_CONSENT_CHANGED', 'MEETING_SCHEDULED', 'MEETING_UPDATED', 'MEETING_DELETED', 'ATTENDANCE_RECORDED', 'PERSON_CREATED', 'ORGANISATION_CREATED', 'STAKEHOLDER_PROFILE_CREATED', 'STAKEHOLDER_PROFILE_UPDATED', 'STAKEHOLDER_PROFILE_ERASED', 'CONTACT_CONSENT_CHANGED', 'ORGANISATION_ACTIVITY_CHANGED', 'POOL_IMPORTED', 'POOL_EXPORTED', 'CALL_CREATED', 'CALL_UPDATED', 'CALL_OPENED', 'CALL_DEADLINE_EXTENDED', 'CALL_CLOSED', 'CALL_DECIDED', 'APPLICATION_SUBMITTED', 'APPLICATION_UPDATED', 'APPLICATION_WITHDRAWN', 'APPLICATION_SCORED', 'APPLICATION_DECIDED', 'PARTNERSHIP_CREATED', 'PARTNERSHIP_UPDATED', 'PARTNERSHIP_REPORTED', 'EVENT_CREATED', 'EVENT_UPDATED', 'EVENT_REGISTRATION_CLOSED', 'EVENT_REGISTRATION_REOPENED', 'EVENT_REGISTERED', 'EVENT_REGISTRATION_CANCELLED', 'EVENT_REGISTRATION_PROMOTED'))`,
    );
    // Rule 4: event.confirmed_count counts the event's CONFIRMED registrations, kept by this trigger.
    // Two confirmations at once both update the same event row, so the second waits for the first
    // and then fails event_confirmed_within_capacity: the database never confirms more than the
    // capacity, even for an insert that bypasses the service.
    await queryRunner.query(`CREATE FUNCTION "event_registration_count_confirmed"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        was boolean := false;
        is_now boolean := false;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          was := OLD.status = 'CONFIRMED';
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          is_now := NEW.status = 'CONFIRMED';
        END IF;
        IF TG_OP = 'UPDATE' AND was AND is_now AND OLD.event_id = NEW.event_id THEN
          RETURN NULL;
        END IF;
        IF was THEN
          UPDATE event SET confirmed_count = confirmed_count - 1 WHERE id = OLD.event_id;
        END IF;
        IF is_now THEN
          UPDATE event SET confirmed_count = confirmed_count + 1 WHERE id = NEW.event_id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "event_registration_confirmed" AFTER INSERT OR UPDATE OR DELETE ON "event_registration" FOR EACH ROW EXECUTE FUNCTION "event_registration_count_confirmed"()`,
    );
    // Only the registration trigger moves confirmed_count: a direct UPDATE cannot put it out of step.
    await queryRunner.query(`CREATE FUNCTION "event_refuse_confirmed_count_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.confirmed_count <> OLD.confirmed_count AND pg_trigger_depth() < 2 THEN
          RAISE EXCEPTION 'event.confirmed_count is kept by the event_registration trigger: change the registrations instead'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "event_confirmed_count_by_trigger" BEFORE UPDATE ON "event" FOR EACH ROW EXECUTE FUNCTION "event_refuse_confirmed_count_change"()`,
    );
    // A new event starts with none confirmed, whatever an INSERT says.
    await queryRunner.query(`CREATE FUNCTION "event_start_confirmed_count"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.confirmed_count := 0;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "event_confirmed_count_starts_at_zero" BEFORE INSERT ON "event" FOR EACH ROW EXECUTE FUNCTION "event_start_confirmed_count"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "event_confirmed_count_starts_at_zero" ON "event"`);
    await queryRunner.query(`DROP FUNCTION "event_start_confirmed_count"()`);
    await queryRunner.query(`DROP TRIGGER "event_confirmed_count_by_trigger" ON "event"`);
    await queryRunner.query(`DROP FUNCTION "event_refuse_confirmed_count_change"()`);
    await queryRunner.query(`DROP TRIGGER "event_registration_confirmed" ON "event_registration"`);
    await queryRunner.query(`DROP FUNCTION "event_registration_count_confirmed"()`);
    // The trail is append-only, so entries of the new kinds may remain: the old list binds new rows only.
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_action_known"`);
    await queryRunner.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_action_known" CHECK ("action" IN ('SIGNED_IN', 'SIGN_IN_FAILED', 'SIGNED_OUT', 'PASSWORD_CHANGED', 'ACCOUNT_INVITED', 'INVITATION_REISSUED', 'INVITATION_ACCEPTED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'ROLE_GRANTED', 'ROLE_REVOKED', 'API_TOKEN_CREATED', 'API_TOKEN_REVOKED', 'MILESTONE_CREATED', 'MILESTONE_UPDATED', 'MILESTONE_DELETED', 'PERSONAL_DATA_READ', 'FORUM_CREATED', 'FORUM_UPDATED', 'FORUM_MEMBER_APPOINTED', 'FORUM_MEMBER_RENEWED', 'FORUM_MEMBER_ENDED', 'FORUM_MEMBER_CONSENT_CHANGED', 'MEETING_SCHEDULED', 'MEETING_UPDATED', 'MEETING_DELETED', 'ATTENDANCE_RECORDED', 'PERSON_CREATED', 'ORGANISATION_CREATED', 'STAKEHOLDER_PROFILE_CREATED', 'STAKEHOLDER_PROFILE_UPDATED', 'STAKEHOLDER_PROFILE_ERASED', 'CONTACT_CONSENT_CHANGED', 'ORGANISATION_ACTIVITY_CHANGED', 'POOL_IMPORTED', 'POOL_EXPORTED', 'CALL_CREATED', 'CALL_UPDATED', 'CALL_OPENED', 'CALL_DEADLINE_EXTENDED', 'CALL_CLOSED', 'CALL_DECIDED', 'APPLICATION_SUBMITTED', 'APPLICATION_UPDATED', 'APPLICATION_WITHDRAWN', 'APPLICATION_SCORED', 'APPLICATION_DECIDED', 'PARTNERSHIP_CREATED', 'PARTNERSHIP_UPDATED', 'PARTNERSHIP_REPORTED')) NOT VALID`,
    );
    await queryRunner.query(`ALTER TABLE "event_track" DROP CONSTRAINT "event_track_event_fk"`);
    await queryRunner.query(`ALTER TABLE "event_registration" DROP CONSTRAINT "event_registration_organisation_fk"`);
    await queryRunner.query(`ALTER TABLE "event_registration" DROP CONSTRAINT "event_registration_sector_fk"`);
    await queryRunner.query(`ALTER TABLE "event_registration" DROP CONSTRAINT "event_registration_person_fk"`);
    await queryRunner.query(`ALTER TABLE "event_registration" DROP CONSTRAINT "event_registration_event_fk"`);
    await queryRunner.query(
      `ALTER TABLE "event_outcome_partnership" DROP CONSTRAINT "event_outcome_partnership_partnership_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_outcome_partnership" DROP CONSTRAINT "event_outcome_partnership_event_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_outcome_direction" DROP CONSTRAINT "event_outcome_direction_direction_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "event_outcome_direction" DROP CONSTRAINT "event_outcome_direction_event_fk"`);
    await queryRunner.query(`ALTER TABLE "event_audience_sector" DROP CONSTRAINT "event_audience_sector_sector_fk"`);
    await queryRunner.query(`ALTER TABLE "event_audience_sector" DROP CONSTRAINT "event_audience_sector_event_fk"`);
    await queryRunner.query(`ALTER TABLE "event" DROP CONSTRAINT "event_source_fk"`);
    await queryRunner.query(`ALTER TABLE "event" DROP CONSTRAINT "event_local_authority_fk"`);
    await queryRunner.query(`ALTER TABLE "event" DROP CONSTRAINT "event_forum_fk"`);
    await queryRunner.query(`ALTER TABLE "event" DROP CONSTRAINT "event_cluster_fk"`);
    await queryRunner.query(`DROP TABLE "event_track"`);
    await queryRunner.query(`DROP INDEX "public"."event_registration_one_live"`);
    await queryRunner.query(`DROP INDEX "public"."event_registration_event_id_status_arrival_idx"`);
    await queryRunner.query(`DROP INDEX "public"."event_registration_person_id_idx"`);
    await queryRunner.query(`DROP TABLE "event_registration"`);
    await queryRunner.query(`DROP INDEX "public"."event_outcome_partnership_partnership_id_idx"`);
    await queryRunner.query(`DROP TABLE "event_outcome_partnership"`);
    await queryRunner.query(`DROP INDEX "public"."event_outcome_direction_direction_number_idx"`);
    await queryRunner.query(`DROP TABLE "event_outcome_direction"`);
    await queryRunner.query(`DROP TABLE "event_audience_sector"`);
    await queryRunner.query(`DROP INDEX "public"."event_starts_on_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."event_forum_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."event_cluster_id_idx"`);
    await queryRunner.query(`DROP TABLE "event"`);
  }
}
