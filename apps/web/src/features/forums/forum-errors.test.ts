import { describe, expect, it } from 'vitest';
import {
  ATTENDANCE_STATUSES,
  FORUM_KINDS,
  FORUM_MEMBER_END_REASONS,
  FORUM_MEMBER_ROLES,
} from '@roundtable/shared/forums';
import { isCatalogueKey } from '../../i18n/catalogue-keys';
import { forumErrorText } from './forum-errors';
import { REPRESENTATIONS } from './member-schema';

describe('forumErrorText', () => {
  it('names the sector and its seats when the seats are taken', () => {
    expect(forumErrorText('SEAT_LIMIT', { sector: 'BUSINESS', seats: 9 })).toEqual({
      key: 'forums.errors.seatLimitTaken',
      sector: 'BUSINESS',
      count: 9,
    });
    expect(forumErrorText('SEAT_LIMIT', { sector: 'ACADEMIA', seats: 0 })).toEqual({
      key: 'forums.errors.seatLimitNoSeats',
      sector: 'ACADEMIA',
    });
    expect(forumErrorText('SEAT_LIMIT', {})).toEqual({ key: 'forums.errors.seatLimit' });
  });

  it('says how many members sit when a map change leaves a sector fewer seats', () => {
    expect(forumErrorText('SEAT_LIMIT', { sector: 'BUSINESS', seats: 1, filled: 2 }, 'map')).toEqual({
      key: 'forums.errors.seatLimitBelowMembers',
      sector: 'BUSINESS',
      count: 2,
    });
    // Left out of the map (0 seats) while members sit: still about the members, not "add the sector".
    expect(forumErrorText('SEAT_LIMIT', { sector: 'CIVIL_SOCIETY', seats: 0, filled: 1 }, 'map')).toEqual({
      key: 'forums.errors.seatLimitBelowMembers',
      sector: 'CIVIL_SOCIETY',
      count: 1,
    });
    // The database's refusal in a race names no sector.
    expect(forumErrorText('SEAT_LIMIT', {}, 'map')).toEqual({ key: 'forums.errors.seatLimitMap' });
  });

  it("names a forum's refused kind, map or topic", () => {
    expect(forumErrorText('BAD_USER_INPUT', { invalidArguments: ['kind', 'clusterId'] })?.key).toBe(
      'forums.errors.invalid.kind',
    );
    expect(forumErrorText('BAD_USER_INPUT', { invalidArguments: ['seats'] })?.key).toBe('forums.errors.invalid.seats');
    expect(forumErrorText('NOT_FOUND', { what: 'topic' })?.key).toBe('forums.errors.topicNotFound');
    expect(forumErrorText('NOT_FOUND', { what: 'forum' })?.key).toBe('forums.errors.notFound');
  });

  it('says which rule an appointment broke', () => {
    expect(forumErrorText('CONFLICT', { constraint: 'forum_member_one_chair' })?.key).toBe(
      'forums.errors.conflict.oneChair',
    );
    expect(forumErrorText('CONFLICT', { constraint: 'forum_member_one_active_membership' })?.key).toBe(
      'forums.errors.conflict.alreadySits',
    );
    expect(forumErrorText('CONFLICT', {})?.key).toBe('forums.errors.conflict.other');
  });

  it('names the field the API refused', () => {
    expect(forumErrorText('BAD_USER_INPUT', { invalidArguments: ['memberIds'] })).toEqual({
      key: 'forums.errors.invalid.memberIds',
      field: 'memberIds',
    });
    expect(forumErrorText('BAD_USER_INPUT', { invalidArguments: ['nothingKnown'] })?.key).toBe(
      'forums.errors.invalid.other',
    );
  });

  it('leaves the other codes to the general messages', () => {
    expect(forumErrorText('FORBIDDEN', {})?.key).toBe('forums.errors.forbidden');
    expect(forumErrorText('NETWORK', {})).toBeNull();
    expect(forumErrorText('RATE_LIMITED', {})).toBeNull();
  });

  it('uses only keys the catalogues have', () => {
    const texts = [
      forumErrorText('SEAT_LIMIT', { sector: 'BUSINESS', seats: 9 }),
      forumErrorText('SEAT_LIMIT', { sector: 'BUSINESS', seats: 0 }),
      forumErrorText('SEAT_LIMIT', {}),
      forumErrorText('SEAT_LIMIT', { sector: 'BUSINESS', seats: 1, filled: 2 }, 'map'),
      forumErrorText('SEAT_LIMIT', {}, 'map'),
      forumErrorText('FORBIDDEN', {}),
      forumErrorText('NOT_FOUND', {}),
      forumErrorText('NOT_FOUND', { what: 'topic' }),
      ...[
        'forum_member_one_active_membership',
        'forum_member_one_chair',
        'forum_member_one_secretary',
        'forum_member_one_co_chair_per_sector',
        'organisation_registration_number_key',
        'other',
      ].map((constraint) => forumErrorText('CONFLICT', { constraint })),
      ...[
        'termEnd',
        'endedOn',
        'publicConsentOn',
        'consentedOn',
        'memberIds',
        'meetingId',
        'startsAt',
        'newOrganisation',
        'sector',
        'localAuthorityId',
        'kind',
        'seats',
        'other',
      ].map((name) => forumErrorText('BAD_USER_INPUT', { invalidArguments: [name] })),
    ];
    for (const text of texts) expect(isCatalogueKey(text!.key), text!.key).toBe(true);
  });
});

describe('the forum catalogue', () => {
  it('names every kind, role, end reason, attendance status and representation the pages show', () => {
    const keys = [
      ...FORUM_KINDS.map((kind) => `forums.kind.${kind}`),
      ...FORUM_MEMBER_ROLES.map((role) => `forums.role.${role}`),
      ...FORUM_MEMBER_END_REASONS.map((reason) => `forums.endReason.${reason}`),
      ...[...ATTENDANCE_STATUSES, 'NONE'].map((status) => `forums.attendanceStatus.${status}`),
      ...REPRESENTATIONS.map((representation) => `forums.appoint.representation.${representation}`),
    ];
    for (const key of keys) expect(isCatalogueKey(key), key).toBe(true);
  });
});
