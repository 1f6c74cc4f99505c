import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { eventTiming, registrationState, type EventTiming, type RegistrationState } from '@roundtable/shared/events';
import { dateInIsrael, FORUM_TIME_ZONE, holdsSeat, isActiveOn } from '@roundtable/shared/forums';
import type { SectorCode } from '@roundtable/shared/sectors';
import type { Clock } from '../../common/clock.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { decodeCursor, encodeCursor, invalidCursor } from '../../common/graphql/pagination.js';
import { localizedColumns, type LocalizedTextInput } from '../../common/graphql/localized-text.input.js';
import type { AuditEntry, AuditTrail } from '../audit/audit-trail.js';
import { Cluster } from '../clusters/cluster.entity.js';
import { constraintViolation, sectorWord } from '../forums/forum-errors.js';
import { ForumMember } from '../forums/forum-member.entity.js';
import { Forum } from '../forums/forum.entity.js';
import { LocalAuthority } from '../geography/local-authority.entity.js';
import { Account } from '../identity/account.entity.js';
import type { Viewer } from '../identity/viewer.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { Person } from '../people/person.entity.js';
import { assertCanOrganiseEvent, canOrganiseEvent, canReadRegistrants } from './event-access.js';
import { EventAudienceSector, EventOutcomeDirection, EventOutcomePartnership } from './event-links.entity.js';
import { EventRegistration } from './event-registration.entity.js';
import { EventTrack } from './event-track.entity.js';
import { Event } from './event.entity.js';
import type {
  CreateEventInput,
  EventRegistrationsArgs,
  EventsArgs,
  EventTextInput,
  EventTrackInput,
  RegisterForEventArgs,
  UpdateEventInput,
} from './events.inputs.js';
import type { EventConnection, EventRegistrationConnection } from './events.types.js';

/** Confirmed, waitlisted, cancelled: the order an organiser reads registrations in (and the cursor's first part). */
const STATUS_RANK = `CASE r.status WHEN 'CONFIRMED' THEN 0 WHEN 'WAITLISTED' THEN 1 ELSE 2 END`;
function statusRank(status: EventRegistration['status']): number {
  return status === 'CONFIRMED' ? 0 : status === 'WAITLISTED' ? 1 : 2;
}

type TextColumns<P extends string> = Record<`${P}He` | `${P}Ar` | `${P}En`, string | null>;

/**
 * Events and registration to them (issue #8, docs/events.md). Registering, cancelling, closing
 * and changing the capacity lock the event's row (FOR UPDATE) first, so they take turns per event:
 * the confirmed count a registration is decided on is the one it commits with, and arrival order
 * (a sequence drawn under the lock) is commit order. The trigger on event_registration and the
 * CHECK on event.confirmed_count hold rule 4 even for a write that bypasses this service.
 */
export class EventService {
  private personOfViewer: Promise<string | null> | undefined;
  /** The viewer's live registration per event: one query per request for a calendar. */
  private readonly viewerRegistrations = new DataLoader<string, EventRegistration | null>(async (eventIds) => {
    const personId = await this.viewerPersonId();
    if (!personId) return eventIds.map(() => null);
    const rows = await this.dataSource
      .getRepository(EventRegistration)
      .createQueryBuilder('r')
      .where('r.person_id = :personId', { personId })
      .andWhere('r.event_id IN (:...eventIds)', { eventIds })
      .andWhere(`r.status <> 'CANCELLED'`)
      .getMany();
    return eventIds.map((id) => rows.find((row) => row.eventId === id) ?? null);
  });
  /** A waitlisted registration's place in its event's waitlist (1 = next to be promoted). */
  private readonly waitlistPositions = new DataLoader<string, number | null>(async (registrationIds) => {
    const rows: { id: string; position: number }[] = await this.dataSource.query(
      `SELECT r.id, (SELECT count(*)::int FROM event_registration w
                      WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED' AND w.arrival <= r.arrival) AS position
         FROM event_registration r WHERE r.id = ANY($1::uuid[]) AND r.status = 'WAITLISTED'`,
      [registrationIds],
    );
    return registrationIds.map((id) => rows.find((row) => row.id === id)?.position ?? null);
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  // ---- Reading: events are public ----

  registrationState(event: Event): RegistrationState {
    return registrationState(event, this.clock.now());
  }

  timing(event: Event): EventTiming {
    return eventTiming(event, dateInIsrael(this.clock.now()));
  }

  async list({ filter, first }: EventsArgs): Promise<EventConnection> {
    const today = dateInIsrael(this.clock.now());
    const query = this.dataSource.getRepository(Event).createQueryBuilder('e');
    if (filter?.kind) query.andWhere('e.kind = :kind', { kind: filter.kind });
    if (filter?.clusterId) query.andWhere('e.cluster_id = :clusterId', { clusterId: filter.clusterId });
    if (filter?.national === true) query.andWhere('e.cluster_id IS NULL');
    if (filter?.national === false) query.andWhere('e.cluster_id IS NOT NULL');
    if (filter?.timing === 'UPCOMING') query.andWhere('COALESCE(e.ends_on, e.starts_on) >= :today', { today });
    if (filter?.timing === 'PAST') query.andWhere('COALESCE(e.ends_on, e.starts_on) < :today', { today });
    if (filter?.timing === 'UNDATED') query.andWhere('e.starts_on IS NULL');
    const totalCount = await query.getCount();
    if (filter?.timing === 'UPCOMING') query.orderBy('e.starts_on', 'ASC');
    else query.orderBy('e.starts_on', 'DESC', 'NULLS LAST');
    const nodes = await query.addOrderBy('e.id', 'ASC').take(first).getMany();
    return { nodes, totalCount };
  }

  async one(id: string): Promise<Event> {
    const event = await this.dataSource.getRepository(Event).findOneBy({ id });
    if (!event) throw new NotFoundError('event', id);
    return event;
  }

  canOrganise(event: Event): boolean {
    return this.viewer.isSignedIn && canOrganiseEvent(this.viewer, event);
  }

  /** The viewer's live registration to this event, if any. */
  viewerRegistration(event: Event): Promise<EventRegistration | null> {
    if (!this.viewer.isSignedIn) return Promise.resolve(null);
    return this.viewerRegistrations.load(event.id);
  }

  waitlistPosition(registration: EventRegistration): Promise<number | null> {
    return registration.status === 'WAITLISTED' ? this.waitlistPositions.load(registration.id) : Promise.resolve(null);
  }

  /** The viewer's registrations, live and cancelled, newest first. */
  async mine(): Promise<EventRegistration[]> {
    this.viewer.requireAccountId();
    const personId = await this.viewerPersonId();
    if (!personId) return [];
    return this.dataSource
      .getRepository(EventRegistration)
      .find({ where: { personId }, order: { registeredAt: 'DESC', arrival: 'DESC' } });
  }

  /**
   * A page of an event's registrations for its organiser (and those who read everything):
   * confirmed, then waitlisted, then cancelled; each in arrival order. The cursor is that sort key
   * (status rank, arrival), so a page stays put while people register.
   */
  async registrations({
    eventId,
    status,
    search,
    first,
    after,
  }: EventRegistrationsArgs): Promise<EventRegistrationConnection> {
    const event = await this.readableRegistrants(eventId);
    const query = this.dataSource
      .getRepository(EventRegistration)
      .createQueryBuilder('r')
      .where('r.event_id = :eventId', { eventId: event.id });
    if (status) query.andWhere('r.status = :status', { status });
    const text = search?.trim();
    if (text) {
      const pattern = `%${text.replace(/[\\%_]/g, '\\$&')}%`;
      query.andWhere(
        `EXISTS (SELECT 1 FROM person p WHERE p.id = r.person_id
                   AND (p.name_he ILIKE :pattern OR p.name_ar ILIKE :pattern OR p.name_en ILIKE :pattern))`,
        { pattern },
      );
    }
    const totalCount = await query.getCount();
    if (after) {
      const [rank, arrival] = decodeCursor(after, 2);
      if (![0, 1, 2].includes(rank as number) || typeof arrival !== 'string' || !/^\d{1,18}$/.test(arrival)) {
        throw invalidCursor();
      }
      query.andWhere(`(${STATUS_RANK}, r.arrival) > (:rank, :arrival::bigint)`, { rank, arrival });
    }
    const rows = await query
      .orderBy(STATUS_RANK)
      .addOrderBy('r.arrival', 'ASC')
      .take(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: last ? encodeCursor([statusRank(last.status), last.arrival]) : null,
      },
    };
  }

  /** The event, when the viewer reads its registrants (its organiser, the PMO unit, administrators). */
  async readableRegistrants(eventId: string): Promise<Event> {
    this.viewer.requireAccountId();
    const event = await this.one(eventId);
    if (!canReadRegistrants(this.viewer, event)) {
      throw new DomainError('FORBIDDEN', "Only the event's organiser reads who registered to it.", {
        clusterId: event.clusterId,
      });
    }
    return event;
  }

  // ---- Registering (rule 4) ----

  /**
   * CONFIRMED while the event has room, else WAITLISTED; a retry returns the live registration
   * the person has (never a second one); REGISTRATION_CLOSED outside the window, once closed, or
   * once the event is over.
   */
  async register({ eventId, sector, organisationId }: RegisterForEventArgs): Promise<EventRegistration> {
    const accountId = this.viewer.requireAccountId();
    const now = this.clock.now();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const event = await lockEvent(manager, eventId);
        const personId = await this.personForRegistration(manager, accountId);
        const existing = await manager.findOneBy(EventRegistration, { eventId, personId, status: liveStatus() });
        if (existing) return existing;
        const state = registrationState(event, now);
        if (state !== 'OPEN') throw registrationClosed(event, state);
        if (organisationId) {
          const organisation = await manager.findOneBy(Organisation, { id: organisationId });
          if (!organisation) throw new NotFoundError('organisation', organisationId);
          if (organisation.sectorCode !== sector) {
            throw new DomainError(
              'BAD_USER_INPUT',
              `This organisation is registered in the ${sectorWord(organisation.sectorCode)} sector: register in that sector.`,
              { invalidArguments: ['sector'] },
            );
          }
        }
        const confirmed = event.capacity === null || event.confirmedCount < event.capacity;
        const { id } = await manager.getRepository(EventRegistration).save({
          eventId,
          personId,
          registeredByAccountId: accountId,
          sectorCode: sector,
          organisationId: organisationId ?? null,
          status: confirmed ? ('CONFIRMED' as const) : ('WAITLISTED' as const),
          registeredAt: now,
          confirmedAt: confirmed ? now : null,
          cancelledAt: null,
          checkedInAt: null,
        });
        await this.audit.record(manager, {
          action: 'EVENT_REGISTERED',
          entityType: 'EventRegistration',
          entityId: id,
          clusterId: event.clusterId,
          subjectAccountId: accountId,
          after: { eventId, status: confirmed ? 'CONFIRMED' : 'WAITLISTED', sector },
        });
        return manager.findOneByOrFail(EventRegistration, { id });
      });
    } catch (error) {
      // Two first registrations of one person at once: the lock makes the second find the first,
      // and the partial unique index holds it even so.
      if (isConstraint(error, '23505', 'event_registration_one_live')) {
        const personId = await this.viewerPersonId(true);
        const existing = personId
          ? await this.dataSource
              .getRepository(EventRegistration)
              .findOneBy({ eventId, personId, status: liveStatus() })
          : null;
        if (existing) return existing;
      }
      throw error;
    }
  }

  /**
   * By the person or the event's organiser. Cancelling a CONFIRMED registration promotes the
   * earliest WAITLISTED ones (by arrival) into the seats it frees, in the same transaction.
   * Cancelling a cancelled one returns it as it is.
   */
  async cancel(registrationId: string): Promise<EventRegistration> {
    this.viewer.requireAccountId();
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(EventRegistration, { id: registrationId });
      if (!found) throw new NotFoundError('registration', registrationId);
      const event = await lockEvent(manager, found.eventId);
      const registration = await manager.findOneByOrFail(EventRegistration, { id: registrationId });
      const own = registration.personId === (await this.viewerPersonId());
      if (!own && !canOrganiseEvent(this.viewer, event)) {
        throw new DomainError('FORBIDDEN', "Only the person who registered or the event's organiser cancels it.");
      }
      if (registration.status === 'CANCELLED') return registration;
      if (registration.checkedInAt) {
        throw new DomainError(
          'CONFLICT',
          'This person was checked in at the event: undo the check-in first, then cancel the registration.',
          { checkedInAt: registration.checkedInAt.toISOString() },
        );
      }
      await manager.update(EventRegistration, { id: registration.id }, { status: 'CANCELLED', cancelledAt: now });
      const audit: AuditEntry[] = [
        {
          action: 'EVENT_REGISTRATION_CANCELLED',
          entityType: 'EventRegistration',
          entityId: registration.id,
          clusterId: event.clusterId,
          subjectAccountId: registration.registeredByAccountId,
          before: { status: registration.status },
          after: { eventId: event.id, status: 'CANCELLED', byOrganiser: !own },
        },
      ];
      if (registration.status === 'CONFIRMED') audit.push(...(await promote(manager, event, now)));
      await this.audit.record(manager, audit);
      return manager.findOneByOrFail(EventRegistration, { id: registration.id });
    });
  }

  /** Closes registration by hand (the organiser); closing a closed one changes nothing. */
  async close(eventId: string): Promise<Event> {
    return this.setClosed(eventId, true);
  }

  /** Reopens registration closed by hand; the window (if any) still applies. */
  async reopen(eventId: string): Promise<Event> {
    return this.setClosed(eventId, false);
  }

  private async setClosed(eventId: string, closed: boolean): Promise<Event> {
    this.viewer.requireAccountId();
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const event = await lockEvent(manager, eventId);
      assertCanOrganiseEvent(this.viewer, event);
      if (event.registrationClosed === closed) return event;
      await manager.update(
        Event,
        { id: event.id },
        { registrationClosed: closed, registrationClosedAt: closed ? now : null, updatedAt: now },
      );
      await this.audit.record(manager, {
        action: closed ? 'EVENT_REGISTRATION_CLOSED' : 'EVENT_REGISTRATION_REOPENED',
        entityType: 'Event',
        entityId: event.id,
        clusterId: event.clusterId,
        before: { registrationClosed: event.registrationClosed },
        after: { registrationClosed: closed },
      });
      return manager.findOneByOrFail(Event, { id: event.id });
    });
  }

  // ---- Check-in and forum attendance (rule 3) ----

  /**
   * The organiser checks a CONFIRMED registration in, from the event's first day (in Israel). For
   * an event held for a forum, a registrant who holds a seat in that forum on the event's first day
   * is recorded present at the event's meeting in the same transaction: the row the meetings API
   * writes, so the member's yearly attendance counts it once. Checking in twice changes nothing.
   */
  checkIn(registrationId: string): Promise<EventRegistration> {
    return this.setCheckedIn(registrationId, true);
  }

  /** Undoes a check-in, and the forum attendance it recorded; undoing twice changes nothing. */
  undoCheckIn(registrationId: string): Promise<EventRegistration> {
    return this.setCheckedIn(registrationId, false);
  }

  private async setCheckedIn(registrationId: string, checkedIn: boolean): Promise<EventRegistration> {
    this.viewer.requireAccountId();
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(EventRegistration, { id: registrationId });
      if (!found) throw new NotFoundError('registration', registrationId);
      const event = await lockEvent(manager, found.eventId);
      assertCanOrganiseEvent(this.viewer, event);
      const registration = await manager.findOneByOrFail(EventRegistration, { id: registrationId });
      if (checkedIn && registration.status !== 'CONFIRMED') throw notConfirmed(registration.status);
      if (checkedIn && event.startsOn && dateInIsrael(now) < event.startsOn) {
        throw new DomainError(
          'EVENT_NOT_STARTED',
          `Check-in opens on the event's first day, ${event.startsOn}. Check people in when they arrive.`,
          { startsOn: event.startsOn },
        );
      }
      if ((registration.checkedInAt !== null) === checkedIn) return registration;
      await manager.update(EventRegistration, { id: registration.id }, { checkedInAt: checkedIn ? now : null });
      const audit: AuditEntry[] = [];
      const meetingId = checkedIn ? await keepMeeting(manager, event, audit) : event.meetingId;
      let forumAttendance = false;
      if (meetingId && event.forumId && event.startsOn) {
        forumAttendance = checkedIn
          ? await markPresent(manager, event.forumId, meetingId, event.startsOn, registration.personId)
          : await unmarkPresent(manager, event.forumId, meetingId, registration.personId);
      }
      audit.push({
        action: checkedIn ? 'EVENT_CHECKED_IN' : 'EVENT_CHECK_IN_UNDONE',
        entityType: 'EventRegistration',
        entityId: registration.id,
        clusterId: event.clusterId,
        subjectAccountId: registration.registeredByAccountId,
        before: { checkedIn: !checkedIn },
        after: { eventId: event.id, checkedIn, forumAttendance },
      });
      await this.audit.record(manager, audit);
      return manager.findOneByOrFail(EventRegistration, { id: registration.id });
    });
  }

  // ---- Organising ----

  async create(input: CreateEventInput): Promise<Event> {
    const clusterId = input.clusterId ?? null;
    assertCanOrganiseEvent(this.viewer, { clusterId });
    assertDates(input.startsOn, input.endsOn ?? null);
    assertWindow(input.registrationOpensAt ?? null, input.registrationClosesAt ?? null);
    assertOnline(input.isOnline, input.onlineLink ?? null);
    return this.dataSource
      .transaction(async (manager) => {
        if (clusterId && !(await manager.existsBy(Cluster, { id: clusterId }))) {
          throw new NotFoundError('cluster', clusterId);
        }
        await assertReferences(manager, clusterId, input);
        const { id } = await manager.getRepository(Event).save({
          kind: input.kind,
          clusterId,
          forumId: input.forumId ?? null,
          ...(localizedColumns('title', input.title) as TextColumns<'title'> & { titleHe: string }),
          ...textColumns('summary', input.summary ?? null),
          ...textColumns('venue', input.venue ?? null),
          ...textColumns('outcomeSummary', input.outcomeSummary ?? null),
          localAuthorityId: input.localAuthorityId ?? null,
          isOnline: input.isOnline,
          onlineLink: input.onlineLink ?? null,
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
          capacity: input.capacity ?? null,
          registrationOpensAt: input.registrationOpensAt ?? null,
          registrationClosesAt: input.registrationClosesAt ?? null,
          createdByAccountId: this.viewer.accountId,
        });
        await replaceLinks(manager, id, input);
        const audit: AuditEntry[] = [];
        await keepMeeting(manager, await manager.findOneByOrFail(Event, { id }), audit);
        audit.unshift({
          action: 'EVENT_CREATED',
          entityType: 'Event',
          entityId: id,
          clusterId,
          after: await snapshot(manager, id),
        });
        await this.audit.record(manager, audit);
        return manager.findOneByOrFail(Event, { id });
      })
      .catch(rethrowEventConstraint);
  }

  /**
   * Changes what is given. Raising the capacity (or removing it) promotes waitlisted registrations
   * into the new seats in arrival order; it cannot go below the confirmed registrations.
   */
  async update(input: UpdateEventInput): Promise<Event> {
    this.viewer.requireAccountId();
    const now = this.clock.now();
    return this.dataSource
      .transaction(async (manager) => {
        const event = await lockEvent(manager, input.eventId);
        assertCanOrganiseEvent(this.viewer, event);
        if (input.title === null) throw badInput('title', 'An event needs a title.');
        if (input.startsOn === null && event.sourceId === null) throw badInput('startsOn', 'An event needs a day.');
        if (input.isOnline === null) throw badInput('isOnline', 'Say whether it is online.');
        const startsOn = input.startsOn !== undefined ? input.startsOn : event.startsOn;
        const endsOn = input.endsOn !== undefined ? input.endsOn : event.endsOn;
        assertDates(startsOn, endsOn);
        assertWindow(
          input.registrationOpensAt !== undefined ? input.registrationOpensAt : event.registrationOpensAt,
          input.registrationClosesAt !== undefined ? input.registrationClosesAt : event.registrationClosesAt,
        );
        const isOnline = input.isOnline ?? event.isOnline;
        assertOnline(isOnline, input.onlineLink !== undefined ? input.onlineLink : event.onlineLink);
        if (input.capacity !== undefined && input.capacity !== null && input.capacity < event.confirmedCount) {
          throw badInput(
            'capacity',
            `${event.confirmedCount} registrations are confirmed: the capacity cannot be lower. Cancel registrations first.`,
          );
        }
        await assertReferences(manager, event.clusterId, input);
        if (startsOn !== event.startsOn) await assertNoneCheckedIn(manager, event.id);
        const before = await snapshot(manager, event.id);
        const columns: Partial<Event> = { updatedAt: now, isOnline };
        if (input.title) Object.assign(columns, localizedColumns('title', input.title));
        if (input.summary !== undefined) Object.assign(columns, textColumns('summary', input.summary));
        if (input.venue !== undefined) Object.assign(columns, textColumns('venue', input.venue));
        if (input.outcomeSummary !== undefined) {
          Object.assign(columns, textColumns('outcomeSummary', input.outcomeSummary));
        }
        if (input.localAuthorityId !== undefined) columns.localAuthorityId = input.localAuthorityId;
        if (input.onlineLink !== undefined) columns.onlineLink = input.onlineLink;
        if (input.startsOn !== undefined) columns.startsOn = input.startsOn;
        if (input.endsOn !== undefined) columns.endsOn = input.endsOn;
        if (input.capacity !== undefined) columns.capacity = input.capacity;
        if (input.registrationOpensAt !== undefined) columns.registrationOpensAt = input.registrationOpensAt;
        if (input.registrationClosesAt !== undefined) columns.registrationClosesAt = input.registrationClosesAt;
        await manager.update(Event, { id: event.id }, columns);
        await replaceLinks(manager, event.id, input);
        const audit: AuditEntry[] = [
          {
            action: 'EVENT_UPDATED',
            entityType: 'Event',
            entityId: event.id,
            clusterId: event.clusterId,
            before,
            after: await snapshot(manager, event.id),
          },
        ];
        if (input.capacity !== undefined) {
          audit.push(...(await promote(manager, await manager.findOneByOrFail(Event, { id: event.id }), now)));
        }
        await keepMeeting(manager, await manager.findOneByOrFail(Event, { id: event.id }), audit);
        await this.audit.record(manager, audit);
        return manager.findOneByOrFail(Event, { id: event.id });
      })
      .catch(rethrowEventConstraint);
  }

  // ---- The viewer's person ----

  /** The viewer's person id, or null when their account has no person: asked once per request. */
  private viewerPersonId(fresh = false): Promise<string | null> {
    const accountId = this.viewer.accountId;
    if (!accountId) return Promise.resolve(null);
    if (fresh || !this.personOfViewer) {
      this.personOfViewer = this.dataSource
        .getRepository(Account)
        .findOneBy({ id: accountId })
        .then((account) => account?.personId ?? null);
    }
    return this.personOfViewer;
  }

  /**
   * The account's person; an account with none (no pool profile yet) gets one named as the
   * account is, so a registration always names a person. The account row is locked, so two first
   * registrations of one account (to two events) make one person.
   */
  private async personForRegistration(manager: EntityManager, accountId: string): Promise<string> {
    const account = await manager
      .getRepository(Account)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :accountId', { accountId })
      .getOneOrFail();
    if (account.personId) return account.personId;
    const person = await manager.getRepository(Person).save({
      nameHe: account.displayName,
      nameAr: null,
      nameEn: null,
      titleHe: null,
      titleAr: null,
      titleEn: null,
    });
    await manager.update(Account, { id: accountId }, { personId: person.id });
    this.personOfViewer = Promise.resolve(person.id);
    return person.id;
  }
}

/** A live registration: not cancelled (the partial unique index's condition). */
function liveStatus() {
  return In(['CONFIRMED' as const, 'WAITLISTED' as const]);
}

/** The event's row, locked for the transaction (FOR UPDATE): registrations of one event take turns. */
async function lockEvent(manager: EntityManager, id: string): Promise<Event> {
  const event = await manager
    .getRepository(Event)
    .createQueryBuilder('e')
    .setLock('pessimistic_write')
    .where('e.id = :id', { id })
    .getOne();
  if (!event) throw new NotFoundError('event', id);
  return event;
}

/**
 * Fills free seats from the waitlist, earliest arrival first, under the event's lock. With no
 * capacity every waitlisted registration is confirmed.
 */
async function promote(manager: EntityManager, event: Event, now: Date): Promise<AuditEntry[]> {
  const [{ capacity, confirmed }]: { capacity: number | null; confirmed: number }[] = await manager.query(
    `SELECT capacity, confirmed_count AS confirmed FROM event WHERE id = $1`,
    [event.id],
  );
  const room = capacity === null ? null : capacity - confirmed;
  if (room !== null && room <= 0) return [];
  // An UPDATE answers [rows, count] through TypeORM's query(): the rows are the first.
  const [promoted]: [{ id: string; registered_by_account_id: string | null }[], number] = await manager.query(
    `UPDATE event_registration r SET status = 'CONFIRMED', confirmed_at = $2
       FROM (SELECT id FROM event_registration WHERE event_id = $1 AND status = 'WAITLISTED'
              ORDER BY arrival LIMIT $3) w
      WHERE r.id = w.id
      RETURNING r.id, r.registered_by_account_id`,
    [event.id, now, room],
  );
  return promoted.map((row) => ({
    action: 'EVENT_REGISTRATION_PROMOTED' as const,
    entityType: 'EventRegistration',
    entityId: row.id,
    clusterId: event.clusterId,
    subjectAccountId: row.registered_by_account_id,
    before: { status: 'WAITLISTED' },
    after: { eventId: event.id, status: 'CONFIRMED' },
  }));
}

function notConfirmed(status: EventRegistration['status']): DomainError {
  const message =
    status === 'WAITLISTED'
      ? 'This registration is on the waitlist: only a confirmed registration is checked in. It is confirmed when a seat frees up or the capacity is raised.'
      : 'This registration was cancelled: only a confirmed registration is checked in. The person registers again.';
  return new DomainError('NOT_CONFIRMED', message, { status });
}

/**
 * Keeps the forum meeting an event held for a forum is (rule 3): created when the event has a forum
 * and a first day and no meeting (or its meeting was deleted), moved with the event's first day and
 * title. Returns its id, or null for an event with no forum or no day.
 */
async function keepMeeting(manager: EntityManager, event: Event, audit: AuditEntry[]): Promise<string | null> {
  if (!event.forumId || !event.startsOn) return null;
  const startsAt = `($1::date)::timestamp AT TIME ZONE '${FORUM_TIME_ZONE}'`;
  if (event.meetingId) {
    // UPDATE and DELETE answer [rows, count] through TypeORM's query().
    const [, changed]: [unknown, number] = await manager.query(
      `UPDATE meeting SET starts_at = ${startsAt}, title = $2, location = $3, updated_at = now()
        WHERE id = $4 AND (starts_at, title, location) IS DISTINCT FROM (${startsAt}, $2, $3)`,
      [event.startsOn, event.titleHe, event.venueHe, event.meetingId],
    );
    if (changed > 0) {
      audit.push({
        action: 'MEETING_UPDATED',
        entityType: 'Meeting',
        entityId: event.meetingId,
        clusterId: event.clusterId,
        after: { eventId: event.id, startsOn: event.startsOn, title: event.titleHe },
      });
    }
    return event.meetingId;
  }
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO meeting (forum_id, starts_at, title, location) VALUES ($4, ${startsAt}, $2, $3) RETURNING id`,
    [event.startsOn, event.titleHe, event.venueHe, event.forumId],
  );
  await manager.update(Event, { id: event.id }, { meetingId: id });
  event.meetingId = id;
  audit.push({
    action: 'MEETING_SCHEDULED',
    entityType: 'Meeting',
    entityId: id,
    clusterId: event.clusterId,
    after: { eventId: event.id, startsOn: event.startsOn, title: event.titleHe },
  });
  return id;
}

/**
 * Records the person present at the event's meeting when they hold a seat in the forum on the
 * event's first day; says whether they did. The membership is share-locked, as the meetings API
 * does, so it cannot end meanwhile; a row already there (the meetings API's) stays the one row.
 */
async function markPresent(
  manager: EntityManager,
  forumId: string,
  meetingId: string,
  day: string,
  personId: string,
): Promise<boolean> {
  const memberships = await manager
    .getRepository(ForumMember)
    .createQueryBuilder('m')
    .setLock('pessimistic_read')
    .where('m.forum_id = :forumId AND m.person_id = :personId', { forumId, personId })
    .getMany();
  const member = memberships.find((m) => holdsSeat(m.role) && isActiveOn(m, day));
  if (!member) return false;
  await manager.query(
    `INSERT INTO meeting_attendance (meeting_id, member_id, forum_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [meetingId, member.id, forumId],
  );
  return true;
}

/** Removes the person's attendance at the event's meeting; says whether there was one. */
async function unmarkPresent(
  manager: EntityManager,
  forumId: string,
  meetingId: string,
  personId: string,
): Promise<boolean> {
  const [, removed]: [unknown, number] = await manager.query(
    `DELETE FROM meeting_attendance a USING forum_member m
      WHERE a.meeting_id = $1 AND a.member_id = m.id AND m.forum_id = $2 AND m.person_id = $3`,
    [meetingId, forumId, personId],
  );
  return removed > 0;
}

/** An event whose people were checked in took place on its day: it does not move. */
async function assertNoneCheckedIn(manager: EntityManager, eventId: string): Promise<void> {
  const [{ count }]: { count: number }[] = await manager.query(
    `SELECT count(*)::int AS count FROM event_registration WHERE event_id = $1 AND checked_in_at IS NOT NULL`,
    [eventId],
  );
  if (count > 0) {
    throw badInput('startsOn', `${count} people were checked in on this event's day: undo their check-ins to move it.`);
  }
}

function registrationClosed(event: Event, state: RegistrationState): DomainError {
  const message =
    state === 'NOT_YET_OPEN'
      ? `Registration opens at ${event.registrationOpensAt!.toISOString()}.`
      : event.registrationClosed
        ? 'Registration to this event was closed by its organiser.'
        : 'Registration to this event has ended.';
  return new DomainError('REGISTRATION_CLOSED', message, {
    state,
    opensAt: event.registrationOpensAt?.toISOString() ?? null,
    closesAt: event.registrationClosesAt?.toISOString() ?? null,
  });
}

function badInput(argument: string, message: string): DomainError {
  return new DomainError('BAD_USER_INPUT', message, { invalidArguments: [argument] });
}

function assertDates(startsOn: string | null, endsOn: string | null): void {
  if (startsOn && endsOn && endsOn < startsOn) throw badInput('endsOn', 'The last day cannot be before the first.');
}

function assertWindow(opensAt: Date | null, closesAt: Date | null): void {
  if (opensAt && closesAt && closesAt.getTime() <= opensAt.getTime()) {
    throw badInput('registrationClosesAt', 'Registration must close after it opens.');
  }
}

function assertOnline(isOnline: boolean, link: string | null): void {
  if (link && !isOnline) throw badInput('onlineLink', 'Only an online event has a link to join.');
}

/** The forum, locality, sectors and partnerships an input names exist, and the forum is the organiser's. */
async function assertReferences(
  manager: EntityManager,
  clusterId: string | null,
  input: Partial<CreateEventInput> | UpdateEventInput,
): Promise<void> {
  const forumId = 'forumId' in input ? input.forumId : null;
  if (forumId) {
    const forum = await manager.findOneBy(Forum, { id: forumId });
    if (!forum) throw new NotFoundError('forum', forumId);
    if (forum.clusterId !== clusterId) {
      throw badInput('forumId', "The forum must be the organiser's: the cluster's own, or the national round table.");
    }
  }
  if (input.localAuthorityId && !(await manager.existsBy(LocalAuthority, { id: input.localAuthorityId }))) {
    throw new NotFoundError('local authority', input.localAuthorityId);
  }
  for (const partnershipId of input.outcomePartnershipIds ?? []) {
    if (!(await manager.existsBy(Partnership, { id: partnershipId }))) {
      throw new NotFoundError('partnership', partnershipId);
    }
  }
}

/** Replaces the audience, tracks and outcome links an input gives; leaves the others. */
async function replaceLinks(
  manager: EntityManager,
  eventId: string,
  input: {
    audienceSectors?: SectorCode[] | null;
    tracks?: EventTrackInput[] | null;
    outcomeDirections?: number[] | null;
    outcomePartnershipIds?: string[] | null;
  },
): Promise<void> {
  if (input.audienceSectors) {
    await manager.delete(EventAudienceSector, { eventId });
    const sectors = [...new Set(input.audienceSectors)];
    if (sectors.length) {
      await manager.insert(
        EventAudienceSector,
        sectors.map((sectorCode) => ({ eventId, sectorCode })),
      );
    }
  }
  if (input.tracks) {
    await manager.delete(EventTrack, { eventId });
    for (const [index, track] of input.tracks.entries()) {
      await manager.insert(EventTrack, {
        eventId,
        position: index + 1,
        ...(localizedColumns('topic', track.topic) as TextColumns<'topic'> & { topicHe: string }),
        ...textColumns('facilitator', track.facilitator ?? null),
        ...textColumns('outcomeSummary', track.outcomeSummary ?? null),
      });
    }
  }
  if (input.outcomeDirections) {
    await manager.delete(EventOutcomeDirection, { eventId });
    const directions = [...new Set(input.outcomeDirections)];
    if (directions.length) {
      await manager.insert(
        EventOutcomeDirection,
        directions.map((directionNumber) => ({ eventId, directionNumber })),
      );
    }
  }
  if (input.outcomePartnershipIds) {
    await manager.delete(EventOutcomePartnership, { eventId });
    const partnerships = [...new Set(input.outcomePartnershipIds)];
    if (partnerships.length) {
      await manager.insert(
        EventOutcomePartnership,
        partnerships.map((partnershipId) => ({ eventId, partnershipId })),
      );
    }
  }
}

function textColumns<P extends string>(prefix: P, text: LocalizedTextInput | EventTextInput | null): TextColumns<P> {
  if (!text || !text.he.trim()) {
    return { [`${prefix}He`]: null, [`${prefix}Ar`]: null, [`${prefix}En`]: null } as TextColumns<P>;
  }
  return localizedColumns(prefix, text as LocalizedTextInput) as TextColumns<P>;
}

async function snapshot(manager: EntityManager, id: string): Promise<Record<string, unknown>> {
  const e = await manager.findOneByOrFail(Event, { id });
  const list = async (sql: string) => ((await manager.query(sql, [id])) as { v: unknown }[]).map((row) => row.v);
  return {
    kind: e.kind,
    clusterId: e.clusterId,
    forumId: e.forumId,
    title: e.title,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    isOnline: e.isOnline,
    capacity: e.capacity,
    registrationOpensAt: e.registrationOpensAt,
    registrationClosesAt: e.registrationClosesAt,
    audienceSectors: await list(`SELECT sector_code AS v FROM event_audience_sector WHERE event_id = $1 ORDER BY 1`),
    tracks: await list(`SELECT topic_he AS v FROM event_track WHERE event_id = $1 ORDER BY position`),
    outcomeDirections: await list(
      `SELECT direction_number AS v FROM event_outcome_direction WHERE event_id = $1 ORDER BY 1`,
    ),
    outcomePartnerships: await list(
      `SELECT partnership_id AS v FROM event_outcome_partnership WHERE event_id = $1 ORDER BY 1`,
    ),
  };
}

function isConstraint(error: unknown, code: string, constraint: string): boolean {
  const violation = constraintViolation(error);
  return violation?.code === code && violation.constraint === constraint;
}

/** The database's refusals an organiser can act on, as domain errors; anything else as it is. */
function rethrowEventConstraint(error: unknown): never {
  if (isConstraint(error, '23514', 'event_confirmed_within_capacity')) {
    throw badInput('capacity', 'More registrations are confirmed than this capacity. Cancel registrations first.');
  }
  if (isConstraint(error, '23503', 'event_audience_sector_sector_fk')) {
    throw badInput('audienceSectors', 'An audience sector is not a known sector.');
  }
  throw error;
}
