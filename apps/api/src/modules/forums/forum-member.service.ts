import type { DataSource, EntityManager } from 'typeorm';
import { addYears, dateInIsrael, daysBetween, defaultTermEnd, holdsSeat } from '@roundtable/shared/forums';
import type { SectorCode } from '@roundtable/shared/sectors';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { localizedColumns } from '../../common/graphql/localized-text.input.js';
import type { AuditEntry, AuditTrail } from '../audit/audit-trail.js';
import { LocalAuthority } from '../geography/local-authority.entity.js';
import type { Viewer } from '../identity/viewer.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Person } from '../people/person.entity.js';
import { assertCanManageForum } from './forum-access.js';
import {
  isSeatLimitViolation,
  memberConflict,
  noSeatsForSector,
  sectorWord,
  seatLimitError,
  seatsTaken,
} from './forum-errors.js';
import type {
  AppointForumMemberInput,
  EndForumMemberInput,
  RecordForumMemberConsentInput,
  RenewForumMemberInput,
} from './forum-member.inputs.js';
import { ForumMember } from './forum-member.entity.js';
import { Forum } from './forum.entity.js';

/**
 * Who sits in a forum: appointments, renewals and ends, each with its audit entry in one
 * transaction. Rule 1 is the database's to hold under concurrency (the seat trigger and its
 * CHECK); the checks here give the common case a clear message before anything is written.
 */
export class ForumMemberService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly audit: AuditTrail,
  ) {}

  async appoint(input: AppointForumMemberInput): Promise<ForumMember> {
    assertOneOf(input, ['personId', 'newPerson'], 'Give the person: personId for someone in the system, or newPerson.');
    const representations = (['localAuthorityId', 'organisationId', 'newOrganisation'] as const).filter(
      (key) => input[key] != null,
    );
    if (representations.length > 1) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'A member sits for one local authority or one organisation (or as an individual): give at most one of localAuthorityId, organisationId and newOrganisation.',
        { invalidArguments: representations },
      );
    }
    if (input.termEnd && daysBetween(input.termStart, input.termEnd) <= 0) {
      throw new DomainError('BAD_USER_INPUT', 'termEnd must come after termStart.', {
        invalidArguments: ['termEnd'],
      });
    }
    const today = dateInIsrael(new Date());
    const consentOn = input.shownPublicly ? (input.publicConsentOn ?? today) : null;
    if (!input.shownPublicly && input.publicConsentOn) {
      throw new DomainError('BAD_USER_INPUT', 'A consent date goes with shownPublicly: true.', {
        invalidArguments: ['publicConsentOn'],
      });
    }
    if (consentOn && daysBetween(consentOn, today) < 0) {
      throw new DomainError('BAD_USER_INPUT', 'publicConsentOn is in the future: give the day the member consented.', {
        invalidArguments: ['publicConsentOn'],
      });
    }

    // Set inside the transaction; the seat limit's message needs them after it rolled back.
    let seat = null as { forumId: string; sector: SectorCode } | null;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const forum = await manager.findOneBy(Forum, { id: input.forumId });
        if (!forum) throw new NotFoundError('forum', input.forumId);
        assertCanManageForum(this.viewer, forum);
        const audit: AuditEntry[] = [];
        const member = await this.seat(manager, forum, input, consentOn, audit, (taken) => (seat = taken));
        await this.audit.record(manager, audit);
        return member;
      });
    } catch (error) {
      if (isSeatLimitViolation(error) && seat) throw await seatLimitError(this.dataSource, seat);
      throw memberConflict(error) ?? error;
    }
  }

  /**
   * Seats a person in a forum within the caller's transaction, with no access check of its own: for
   * `appoint` (the forum's managers) and for an accepted application (its committee, calls module).
   * Adds its audit entries to `audit` for the caller to record; `onSeat` learns which seat it takes,
   * so the caller can word the database's seat-limit refusal after the rollback.
   */
  async seat(
    manager: EntityManager,
    forum: Forum,
    input: AppointForumMemberInput,
    consentOn: string | null,
    audit: AuditEntry[],
    onSeat: (seat: { forumId: string; sector: SectorCode }) => void = () => {},
  ): Promise<ForumMember> {
    const { localAuthorityId, organisationId, sector } = await this.representation(manager, forum, input, audit);
    if (holdsSeat(input.role) && sector) {
      onSeat({ forumId: forum.id, sector });
      await assertSeatFree(manager, forum.id, sector);
    }
    const personId = await this.person(manager, input, audit, forum.clusterId);

    const member = await manager.getRepository(ForumMember).save({
      forumId: forum.id,
      personId,
      localAuthorityId,
      organisationId,
      sectorCode: sector,
      role: input.role,
      termStart: input.termStart,
      termEnd: input.termEnd ?? defaultTermEnd(input.termStart, forum.termYears),
      endedOn: null,
      endReason: null,
      shownPublicly: input.shownPublicly,
      publicConsentOn: consentOn,
    });
    audit.push({
      action: 'FORUM_MEMBER_APPOINTED',
      entityType: 'ForumMember',
      entityId: member.id,
      clusterId: forum.clusterId,
      after: memberSnapshot(member),
    });
    return manager.findOneByOrFail(ForumMember, { id: member.id });
  }

  async renew({ memberId, termEnd }: RenewForumMemberInput): Promise<ForumMember> {
    return this.dataSource.transaction(async (manager) => {
      const { member, forum } = await this.editable(manager, memberId);
      if (member.endedOn) {
        throw new DomainError(
          'CONFLICT',
          `This membership ended on ${member.endedOn}. Appoint the person again for a new term.`,
        );
      }
      const newEnd = termEnd ?? (member.termEnd && forum.termYears ? addYears(member.termEnd, forum.termYears) : null);
      if (!newEnd) {
        throw new DomainError(
          'BAD_USER_INPUT',
          'Give the new termEnd: the forum sets no term length to extend the current term by.',
          { invalidArguments: ['termEnd'] },
        );
      }
      const after = member.termEnd ?? member.termStart;
      if (after && daysBetween(after, newEnd) <= 0) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `The new term end must come after the current ${member.termEnd ? 'end' : 'start'}, ${after}.`,
          { invalidArguments: ['termEnd'] },
        );
      }
      await manager.update(ForumMember, { id: member.id }, { termEnd: newEnd });
      const renewed = await manager.findOneByOrFail(ForumMember, { id: member.id });
      await this.audit.record(manager, {
        action: 'FORUM_MEMBER_RENEWED',
        entityType: 'ForumMember',
        entityId: member.id,
        clusterId: forum.clusterId,
        before: { termEnd: member.termEnd },
        after: { termEnd: renewed.termEnd },
      });
      return renewed;
    });
  }

  /** Ends a membership and frees its seat; the row stays, so the forum keeps who sat when. */
  async end({ memberId, reason, endedOn: given }: EndForumMemberInput): Promise<ForumMember> {
    return this.dataSource.transaction(async (manager) => {
      const { member, forum } = await this.editable(manager, memberId);
      if (member.endedOn) throw new DomainError('CONFLICT', `This membership ended already, on ${member.endedOn}.`);
      const today = dateInIsrael(new Date());
      // A term that has not begun ends on its first day: the appointment is withdrawn.
      const notBegun = member.termStart !== null && daysBetween(today, member.termStart) > 0;
      const latest = notBegun ? member.termStart! : today;
      const endedOn = given ?? latest;
      if (daysBetween(endedOn, latest) < 0) {
        throw new DomainError(
          'BAD_USER_INPUT',
          'endedOn is in the future: end the membership on the day it ends, not before.',
          { invalidArguments: ['endedOn'] },
        );
      }
      if (member.termStart && daysBetween(member.termStart, endedOn) < 0) {
        throw new DomainError('BAD_USER_INPUT', `endedOn comes before the term's start, ${member.termStart}.`, {
          invalidArguments: ['endedOn'],
        });
      }
      const [{ last }]: { last: string | null }[] = await manager.query(
        `SELECT max((m.starts_at AT TIME ZONE 'Asia/Jerusalem')::date)::text AS last
           FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id WHERE a.member_id = $1`,
        [member.id],
      );
      if (last && daysBetween(last, endedOn) <= 0) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `The member came to a meeting on ${last}: the membership ends after that day.`,
          { invalidArguments: ['endedOn'] },
        );
      }
      await manager.update(ForumMember, { id: member.id }, { endedOn, endReason: reason });
      const ended = await manager.findOneByOrFail(ForumMember, { id: member.id });
      await this.audit.record(manager, {
        action: 'FORUM_MEMBER_ENDED',
        entityType: 'ForumMember',
        entityId: member.id,
        clusterId: forum.clusterId,
        before: { endedOn: null },
        after: { endedOn: ended.endedOn, endReason: ended.endReason },
      });
      return ended;
    });
  }

  /** Records that a member consents to appear on the public page, or withdraws it: as easy one way as the other. */
  async recordConsent({ memberId, shownPublicly, consentedOn }: RecordForumMemberConsentInput): Promise<ForumMember> {
    const today = dateInIsrael(new Date());
    if (!shownPublicly && consentedOn) {
      throw new DomainError('BAD_USER_INPUT', 'A consent date goes with shownPublicly: true.', {
        invalidArguments: ['consentedOn'],
      });
    }
    const consentOn = shownPublicly ? (consentedOn ?? today) : null;
    if (consentOn && daysBetween(consentOn, today) < 0) {
      throw new DomainError('BAD_USER_INPUT', 'consentedOn is in the future: give the day the member consented.', {
        invalidArguments: ['consentedOn'],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const { member, forum } = await this.editable(manager, memberId);
      if (member.shownPublicly === shownPublicly && member.publicConsentOn === consentOn) return member;
      await manager.update(ForumMember, { id: member.id }, { shownPublicly, publicConsentOn: consentOn });
      await this.audit.record(manager, {
        action: 'FORUM_MEMBER_CONSENT_CHANGED',
        entityType: 'ForumMember',
        entityId: member.id,
        clusterId: forum.clusterId,
        before: { shownPublicly: member.shownPublicly, publicConsentOn: member.publicConsentOn },
        after: { shownPublicly, publicConsentOn: consentOn },
      });
      return manager.findOneByOrFail(ForumMember, { id: member.id });
    });
  }

  /** The member, locked for this transaction, and its forum, if the viewer runs the forum. */
  private async editable(manager: EntityManager, memberId: string): Promise<{ member: ForumMember; forum: Forum }> {
    const member = await manager
      .getRepository(ForumMember)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.id = :memberId', { memberId })
      .getOne();
    if (!member) throw new NotFoundError('forum member', memberId);
    const forum = await manager.findOneByOrFail(Forum, { id: member.forumId });
    assertCanManageForum(this.viewer, forum);
    return { member, forum };
  }

  /** For whom the person sits, and so in which sector's seat. */
  private async representation(
    manager: EntityManager,
    forum: Forum,
    input: AppointForumMemberInput,
    audit: AuditEntry[],
  ): Promise<{ localAuthorityId: string | null; organisationId: string | null; sector: SectorCode | null }> {
    const mustMatch = (sector: SectorCode, what: string) => {
      if (input.sector && input.sector !== sector) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `${what} sits in a ${sectorWord(sector)} seat, not ${sectorWord(input.sector)}: leave sector out, or choose another representation.`,
          { invalidArguments: ['sector'] },
        );
      }
      return sector;
    };
    if (input.localAuthorityId) {
      if (!(await manager.existsBy(LocalAuthority, { id: input.localAuthorityId })))
        throw new NotFoundError('local authority', input.localAuthorityId);
      return {
        localAuthorityId: input.localAuthorityId,
        organisationId: null,
        sector: mustMatch('LOCAL_GOVERNMENT', 'A member for a local authority'),
      };
    }
    if (input.organisationId) {
      const organisation = await manager.findOneBy(Organisation, { id: input.organisationId });
      if (!organisation) throw new NotFoundError('organisation', input.organisationId);
      return {
        localAuthorityId: null,
        organisationId: organisation.id,
        sector: mustMatch(organisation.sectorCode, 'A member for this organisation'),
      };
    }
    if (input.newOrganisation) {
      const { name, sector, registrationNumber } = input.newOrganisation;
      const digits = registrationNumber?.replace(/\D/g, '') || null;
      if (digits && digits.length !== 9) {
        throw new DomainError('BAD_USER_INPUT', 'registrationNumber has nine digits, such as 580123456.', {
          invalidArguments: ['newOrganisation'],
        });
      }
      const organisation = await manager.getRepository(Organisation).save({
        ...(localizedColumns('name', name) as { nameHe: string; nameAr: string | null; nameEn: string | null }),
        sectorCode: sector,
        registrationNumber: digits,
      });
      audit.push({
        action: 'ORGANISATION_CREATED',
        entityType: 'Organisation',
        entityId: organisation.id,
        clusterId: forum.clusterId,
        after: { name: organisation.name, sector, registrationNumber: digits },
      });
      return {
        localAuthorityId: null,
        organisationId: organisation.id,
        sector: mustMatch(sector, 'A member for this organisation'),
      };
    }
    if (input.role === 'SECRETARY') {
      // The secretary is staff: they sit for no one and hold no seat (rule 1).
      return { localAuthorityId: null, organisationId: null, sector: input.sector ?? null };
    }
    if (!forum.allowsIndividuals) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'This forum seats people for a local authority or an organisation, not as individuals: give localAuthorityId, organisationId or newOrganisation (or allow individuals in the forum first).',
        { invalidArguments: ['localAuthorityId', 'organisationId', 'newOrganisation'] },
      );
    }
    if (!input.sector) {
      throw new DomainError('BAD_USER_INPUT', 'An individual member needs the sector whose seat they hold.', {
        invalidArguments: ['sector'],
      });
    }
    return { localAuthorityId: null, organisationId: null, sector: input.sector };
  }

  private async person(
    manager: EntityManager,
    input: AppointForumMemberInput,
    audit: AuditEntry[],
    clusterId: string | null,
  ): Promise<string> {
    if (input.personId) {
      if (!(await manager.existsBy(Person, { id: input.personId }))) throw new NotFoundError('person', input.personId);
      return input.personId;
    }
    const { name, title } = input.newPerson!;
    const person = await manager.getRepository(Person).save({
      ...(localizedColumns('name', name) as { nameHe: string; nameAr: string | null; nameEn: string | null }),
      ...(title
        ? (localizedColumns('title', title) as { titleHe: string; titleAr: string | null; titleEn: string | null })
        : { titleHe: null, titleAr: null, titleEn: null }),
    });
    audit.push({
      action: 'PERSON_CREATED',
      entityType: 'Person',
      entityId: person.id,
      clusterId,
      after: { name: person.name, title: person.title },
    });
    return person.id;
  }
}

/**
 * The seat limit's friendly check, before anything is written (rule 1). It reads without a lock:
 * two appointments may both pass it, and the database then lets only one of them take the seat.
 */
async function assertSeatFree(manager: EntityManager, forumId: string, sector: SectorCode): Promise<void> {
  const rows: { sector: SectorCode; seats: number; filled: number }[] = await manager.query(
    `SELECT sector_code AS sector, seats, filled FROM forum_seat WHERE forum_id = $1`,
    [forumId],
  );
  if (rows.length === 0) return; // no map: no seat limit
  const row = rows.find((r) => r.sector === sector);
  if (!row) throw noSeatsForSector(sector);
  if (row.filled >= row.seats) throw seatsTaken(sector, row.seats);
}

function assertOneOf<T extends object>(input: T, keys: (keyof T & string)[], message: string): void {
  const given = keys.filter((key) => input[key] != null);
  if (given.length !== 1) throw new DomainError('BAD_USER_INPUT', message, { invalidArguments: keys });
}

function memberSnapshot(member: ForumMember): Record<string, unknown> {
  return {
    personId: member.personId,
    localAuthorityId: member.localAuthorityId,
    organisationId: member.organisationId,
    sector: member.sectorCode,
    role: member.role,
    termStart: member.termStart,
    termEnd: member.termEnd,
    shownPublicly: member.shownPublicly,
    publicConsentOn: member.publicConsentOn,
  };
}
