import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Check-in at an event and the forum attendance it counts toward (rule 3, issue #8 item 3). An
 * event held for a forum is that forum's meeting: `event.meeting_id` links the one meeting (unique:
 * a meeting is never held as two events, and an event is one meeting), so a member checked in at
 * the event is recorded once in meeting_attendance, the same row the meetings API writes. Events
 * held for a forum before this migration get their meeting here, dated on their first day.
 */
export class EventAttendance1796350000000 implements MigrationInterface {
  name = 'EventAttendance1796350000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event" ADD "meeting_id" uuid`);
    await queryRunner.query(`ALTER TABLE "event" ADD CONSTRAINT "event_meeting_id_key" UNIQUE ("meeting_id")`);
    await queryRunner.query(
      `ALTER TABLE "event" ADD CONSTRAINT "event_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_action_known"`);
    await queryRunner.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_action_known" CHECK ("action" IN ('SIGNED_IN', 'SIGN_IN_FAILED', 'SIGNED_OUT', 'PASSWORD_CHANGED', 'ACCOUNT_INVITED', 'INVITATION_REISSUED', 'INVITATION_ACCEPTED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'ROLE_GRANTED', 'ROLE_REVOKED', 'API_TOKEN_CREATED', 'API_TOKEN_REVOKED', 'MILESTONE_CREATED', 'MILESTONE_UPDATED', 'MILESTONE_DELETED', 'PERSONAL_DATA_READ', 'FORUM_CREATED', 'FORUM_UPDATED', 'FORUM_MEMBER_APPOINTED', 'FORUM_MEMBER_RENEWED', 'FORUM_MEMBER_ENDED', 'FORUM_MEMBER_CONSENT_CHANGED', 'MEETING_SCHEDULED', 'MEETING_UPDATED', 'MEETING_DELETED', 'ATTENDANCE_RECORDED', 'PERSON_CREATED', 'ORGANISATION_CREATED', 'STAKEHOLDER_PROFILE_CREATED', 'STAKEHOLDER_PROFILE_UPDATED', 'STAKEHOLDER_PROFILE_ERASED', 'CONTACT_CONSENT_CHANGED', 'ORGANISATION_ACTIVITY_CHANGED', 'POOL_IMPORTED', 'POOL_EXPORTED', 'CALL_CREATED', 'CALL_UPDATED', 'CALL_OPENED', 'CALL_DEADLINE_EXTENDED', 'CALL_CLOSED', 'CALL_DECIDED', 'APPLICATION_SUBMITTED', 'APPLICATION_UPDATED', 'APPLICATION_WITHDRAWN', 'APPLICATION_SCORED', 'APPLICATION_DECIDED', 'PARTNERSHIP_CREATED', 'PARTNERSHIP_UPDATED', 'PARTNERSHIP_REPORTED', 'EVENT_CREATED', 'EVENT_UPDATED', 'EVENT_REGISTRATION_CLOSED', 'EVENT_REGISTRATION_REOPENED', 'EVENT_REGISTERED', 'EVENT_REGISTRATION_CANCELLED', 'EVENT_REGISTRATION_PROMOTED', 'EVENT_CHECKED_IN', 'EVENT_CHECK_IN_UNDONE', 'EVENT_ATTENDEES_EXPORTED'))`,
    );
    // The meetings of events already held for a forum (none in the seeds; any an organiser made).
    await queryRunner.query(`DO $$
      DECLARE e record; m uuid;
      BEGIN
        FOR e IN SELECT id, forum_id, starts_on, title_he, venue_he FROM event
                  WHERE forum_id IS NOT NULL AND starts_on IS NOT NULL AND meeting_id IS NULL LOOP
          INSERT INTO meeting (forum_id, starts_at, title, location)
            VALUES (e.forum_id, e.starts_on::timestamp AT TIME ZONE 'Asia/Jerusalem', e.title_he, e.venue_he)
            RETURNING id INTO m;
          UPDATE event SET meeting_id = m WHERE id = e.id;
        END LOOP;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The trail is append-only: entries of the new actions stay, so the older list holds for new rows only.
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_action_known"`);
    await queryRunner.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_action_known" CHECK ("action" IN ('SIGNED_IN', 'SIGN_IN_FAILED', 'SIGNED_OUT', 'PASSWORD_CHANGED', 'ACCOUNT_INVITED', 'INVITATION_REISSUED', 'INVITATION_ACCEPTED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'ROLE_GRANTED', 'ROLE_REVOKED', 'API_TOKEN_CREATED', 'API_TOKEN_REVOKED', 'MILESTONE_CREATED', 'MILESTONE_UPDATED', 'MILESTONE_DELETED', 'PERSONAL_DATA_READ', 'FORUM_CREATED', 'FORUM_UPDATED', 'FORUM_MEMBER_APPOINTED', 'FORUM_MEMBER_RENEWED', 'FORUM_MEMBER_ENDED', 'FORUM_MEMBER_CONSENT_CHANGED', 'MEETING_SCHEDULED', 'MEETING_UPDATED', 'MEETING_DELETED', 'ATTENDANCE_RECORDED', 'PERSON_CREATED', 'ORGANISATION_CREATED', 'STAKEHOLDER_PROFILE_CREATED', 'STAKEHOLDER_PROFILE_UPDATED', 'STAKEHOLDER_PROFILE_ERASED', 'CONTACT_CONSENT_CHANGED', 'ORGANISATION_ACTIVITY_CHANGED', 'POOL_IMPORTED', 'POOL_EXPORTED', 'CALL_CREATED', 'CALL_UPDATED', 'CALL_OPENED', 'CALL_DEADLINE_EXTENDED', 'CALL_CLOSED', 'CALL_DECIDED', 'APPLICATION_SUBMITTED', 'APPLICATION_UPDATED', 'APPLICATION_WITHDRAWN', 'APPLICATION_SCORED', 'APPLICATION_DECIDED', 'PARTNERSHIP_CREATED', 'PARTNERSHIP_UPDATED', 'PARTNERSHIP_REPORTED', 'EVENT_CREATED', 'EVENT_UPDATED', 'EVENT_REGISTRATION_CLOSED', 'EVENT_REGISTRATION_REOPENED', 'EVENT_REGISTERED', 'EVENT_REGISTRATION_CANCELLED', 'EVENT_REGISTRATION_PROMOTED')) NOT VALID`,
    );
    await queryRunner.query(`ALTER TABLE "event" DROP CONSTRAINT "event_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "event" DROP CONSTRAINT "event_meeting_id_key"`);
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "meeting_id"`);
  }
}
