import { Args, Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import type { EventTiming, RegistrationState } from '@roundtable/shared/events';
import { PUBLIC } from '../../common/auth/auth-checker.js';
import type { Context } from '../../context.js';
import { Cluster } from '../clusters/cluster.entity.js';
import { Forum } from '../forums/forum.entity.js';
import { LocalAuthority } from '../geography/local-authority.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Partnership } from '../partnerships/partnership.entity.js';
import { Person } from '../people/person.entity.js';
import { ActionDirection } from '../reference/action-direction.entity.js';
import { SectorCodeEnum } from '../reference/reference.enums.js';
import { Source } from '../sources/source.entity.js';
import { EventRegistration } from './event-registration.entity.js';
import { EventTrack } from './event-track.entity.js';
import { Event } from './event.entity.js';
import { EventTimingEnum, RegistrationStateEnum } from './events.enums.js';
import {
  CreateEventInput,
  EventArgs,
  EventIdArgs,
  EventParticipationArgs,
  EventRegistrationsArgs,
  EventsArgs,
  RegisterForEventArgs,
  RegistrationIdArgs,
  UpdateEventInput,
} from './events.inputs.js';
import { EventAttendeesCsv, EventParticipation, QuarterParticipation } from './events-participation.types.js';
import { EventConnection, EventRegistrationConnection } from './events.types.js';

/** Who may create one: a cluster's CEO (for their cluster) or the PMO unit (a national one); the service checks the scope. */
const ORGANISERS = ['CLUSTER_CEO', 'PMO_ANALYST'] as const;

/**
 * Events: the public calendar and event pages; registration by any signed-in person; the
 * organiser's changes (the cluster's CEO, the PMO unit for a national event). The service decides
 * the scope (rule 6) and holds rule 4.
 */
@Resolver(() => Event)
export class EventResolver {
  @Authorized(PUBLIC)
  @Query(() => EventConnection, {
    description: 'The events calendar; public. Upcoming soonest first; otherwise latest first, undated last',
  })
  events(@Args(() => EventsArgs) args: EventsArgs, @Ctx() { services }: Context) {
    return services.events.list(args);
  }

  @Authorized(PUBLIC)
  @Query(() => Event)
  event(@Args(() => EventArgs) { id }: EventArgs, @Ctx() { services }: Context) {
    return services.events.one(id);
  }

  @Authorized()
  @Query(() => [EventRegistration], { description: "The viewer's registrations, newest first" })
  myEventRegistrations(@Ctx() { services }: Context) {
    return services.events.mine();
  }

  @Authorized(...ORGANISERS, 'ADMIN')
  @Query(() => EventRegistrationConnection, {
    description:
      "An event's registrations (with the registrants' names), a page at a time (first at most 100): its organiser, the PMO unit and administrators. Confirmed, waitlisted, cancelled; each in arrival order",
  })
  eventRegistrations(@Args(() => EventRegistrationsArgs) args: EventRegistrationsArgs, @Ctx() { services }: Context) {
    return services.events.registrations(args);
  }

  @Authorized(...ORGANISERS, 'ADMIN')
  @Query(() => EventAttendeesCsv, {
    description:
      "An event's live registrations as CSV (its organiser, the PMO unit, administrators): contact details only as each person allowed a signed-in viewer; the read is logged",
  })
  eventAttendeesExport(@Args(() => EventIdArgs) { eventId }: EventIdArgs, @Ctx() { services }: Context) {
    return services.eventAttendeesExport.export(eventId);
  }

  @Authorized('PMO_ANALYST', 'ADMIN')
  @Query(() => [QuarterParticipation], {
    description:
      'The PMO unit’s view across events: per calendar quarter (by the events’ first day) and sector, registrations, attendance and events; every quarter from `from` to `to`, at most 80 (PERIOD_TOO_LONG past it); beside them, apart, the participants the sources report for the quarter’s events',
  })
  eventParticipation(@Args(() => EventParticipationArgs) args: EventParticipationArgs, @Ctx() { services }: Context) {
    return services.eventParticipation.acrossEvents(args);
  }

  @Authorized(...ORGANISERS)
  @Mutation(() => EventRegistration, {
    description:
      "Its organiser checks a CONFIRMED registration in (NOT_CONFIRMED otherwise), from the event's first day (EVENT_NOT_STARTED before). At an event held for a forum, a member of the forum is recorded present at its meeting. Again: no change",
  })
  checkInEventRegistration(
    @Args(() => RegistrationIdArgs) { registrationId }: RegistrationIdArgs,
    @Ctx() { services }: Context,
  ) {
    return services.events.checkIn(registrationId);
  }

  @Authorized(...ORGANISERS)
  @Mutation(() => EventRegistration, {
    description: 'Its organiser undoes a check-in, and the forum attendance it recorded. Again: no change',
  })
  undoEventCheckIn(
    @Args(() => RegistrationIdArgs) { registrationId }: RegistrationIdArgs,
    @Ctx() { services }: Context,
  ) {
    return services.events.undoCheckIn(registrationId);
  }

  @Authorized(...ORGANISERS)
  @Mutation(() => Event, {
    description: "A cluster's event (its CEO) or a national one (the PMO unit, clusterId null)",
  })
  createEvent(@Arg('input', () => CreateEventInput) input: CreateEventInput, @Ctx() { services }: Context) {
    return services.events.create(input);
  }

  @Authorized(...ORGANISERS)
  @Mutation(() => Event, {
    description:
      'Its organiser; a field left out keeps its value, tracks and links given replace the old. A higher capacity promotes the waitlist in order',
  })
  updateEvent(@Arg('input', () => UpdateEventInput) input: UpdateEventInput, @Ctx() { services }: Context) {
    return services.events.update(input);
  }

  @Authorized(...ORGANISERS)
  @Mutation(() => Event, { description: 'Its organiser closes registration by hand; waitlisted ones stay in line' })
  closeEventRegistration(@Args(() => EventIdArgs) { eventId }: EventIdArgs, @Ctx() { services }: Context) {
    return services.events.close(eventId);
  }

  @Authorized(...ORGANISERS)
  @Mutation(() => Event, { description: 'Its organiser reopens registration closed by hand; the window still applies' })
  reopenEventRegistration(@Args(() => EventIdArgs) { eventId }: EventIdArgs, @Ctx() { services }: Context) {
    return services.events.reopen(eventId);
  }

  @Authorized()
  @Mutation(() => EventRegistration, {
    description:
      'Registers the viewer: CONFIRMED while there is room, else WAITLISTED in arrival order. A retry returns the same registration. REGISTRATION_CLOSED outside the window, once closed or once the event is over',
  })
  registerForEvent(@Args(() => RegisterForEventArgs) args: RegisterForEventArgs, @Ctx() { services }: Context) {
    return services.events.register(args);
  }

  @Authorized()
  @Mutation(() => EventRegistration, {
    description:
      "The person or the event's organiser; cancelling a confirmed one promotes the earliest waitlisted in the same transaction",
  })
  cancelEventRegistration(
    @Args(() => RegistrationIdArgs) { registrationId }: RegistrationIdArgs,
    @Ctx() { services }: Context,
  ) {
    return services.events.cancel(registrationId);
  }

  @FieldResolver(() => Cluster, { nullable: true, description: "The organising cluster; null for the PMO unit's" })
  cluster(@Root() event: Event, @Ctx() { loaders }: Context) {
    return event.clusterId ? loaders.clusterById.load(event.clusterId) : null;
  }

  @FieldResolver(() => Forum, { nullable: true })
  forum(@Root() event: Event, @Ctx() { loaders }: Context) {
    return event.forumId ? loaders.forumById.load(event.forumId) : null;
  }

  @FieldResolver(() => LocalAuthority, { nullable: true, description: 'The locality it takes place in' })
  localAuthority(@Root() event: Event, @Ctx() { loaders }: Context) {
    return event.localAuthorityId ? loaders.authorityById.load(event.localAuthorityId) : null;
  }

  @FieldResolver(() => [SectorCodeEnum], { description: "The sectors it is for, in the sectors' order" })
  async audienceSectors(@Root() event: Event, @Ctx() { loaders }: Context): Promise<SectorCode[]> {
    const rows = await loaders.audienceSectorsByEventId.load(event.id);
    return SECTOR_CODES.filter((code) => rows.some((row) => row.sectorCode === code));
  }

  @FieldResolver(() => [EventTrack], { description: 'Discussion tracks in programme order' })
  tracks(@Root() event: Event, @Ctx() { loaders }: Context) {
    return loaders.tracksByEventId.load(event.id);
  }

  @FieldResolver(() => [ActionDirection], { description: 'The action directions it produced' })
  outcomeDirections(@Root() event: Event, @Ctx() { loaders }: Context) {
    return loaders.outcomeDirectionsByEventId.load(event.id);
  }

  @FieldResolver(() => [Partnership], { description: 'The partnerships it produced' })
  outcomePartnerships(@Root() event: Event, @Ctx() { loaders }: Context) {
    return loaders.outcomePartnershipsByEventId.load(event.id);
  }

  @FieldResolver(() => Int, { description: 'Registrations waiting for a seat' })
  async waitlistedCount(@Root() event: Event, @Ctx() { loaders }: Context): Promise<number> {
    return (await loaders.waitlistedCountByEventId.load(event.id))?.count ?? 0;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Seats left; null without a capacity' })
  seatsLeft(@Root() event: Event): number | null {
    return event.capacity === null ? null : event.capacity - event.confirmedCount;
  }

  @FieldResolver(() => RegistrationStateEnum)
  registrationState(@Root() event: Event, @Ctx() { services }: Context): RegistrationState {
    return services.events.registrationState(event);
  }

  @FieldResolver(() => EventTimingEnum)
  timing(@Root() event: Event, @Ctx() { services }: Context): EventTiming {
    return services.events.timing(event);
  }

  @FieldResolver(() => EventRegistration, {
    nullable: true,
    description: "The viewer's live registration to it (with its waitlist position); null when none or signed out",
  })
  viewerRegistration(@Root() event: Event, @Ctx() { services }: Context) {
    return services.events.viewerRegistration(event);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer organises it (changes it, closes it, reads its registrants)',
  })
  viewerCanOrganise(@Root() event: Event, @Ctx() { services }: Context): boolean {
    return services.events.canOrganise(event);
  }

  @FieldResolver(() => EventParticipation, {
    description:
      'Registrations and attendance by sector, district and organisation type: its organiser, the PMO unit and administrators (FORBIDDEN for others)',
  })
  participation(@Root() event: Event, @Ctx() { services }: Context) {
    return services.eventParticipation.forEvent(event);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'The document it is known from, for seeded ones' })
  source(@Root() event: Event, @Ctx() { loaders }: Context) {
    return event.sourceId ? loaders.sourceById.load(event.sourceId) : null;
  }
}

/** A registration is reached only by its person or the event's organiser (the queries above check that). */
@Resolver(() => EventRegistration)
export class EventRegistrationResolver {
  @FieldResolver(() => Event)
  async event(@Root() registration: EventRegistration, @Ctx() { loaders }: Context) {
    return (await loaders.eventById.load(registration.eventId))!;
  }

  @FieldResolver(() => Person, { description: 'Who registered: their name only' })
  async person(@Root() registration: EventRegistration, @Ctx() { loaders }: Context) {
    return (await loaders.personById.load(registration.personId))!;
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() registration: EventRegistration, @Ctx() { loaders }: Context) {
    return registration.organisationId ? loaders.organisationById.load(registration.organisationId) : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Its place in the waitlist (1 = next); null unless WAITLISTED',
  })
  waitlistPosition(@Root() registration: EventRegistration, @Ctx() { services }: Context) {
    return services.events.waitlistPosition(registration);
  }

  @FieldResolver(() => String, {
    description: 'The order it arrived in, as a decimal string; compares within one event',
  })
  arrival(@Root() registration: EventRegistration): string {
    return String(registration.arrival);
  }
}

/** Adds events to Cluster here, so the clusters module does not depend on events. */
@Resolver(() => Cluster)
export class ClusterEventsResolver {
  @FieldResolver(() => [Event], { description: 'Events the cluster organises, latest first' })
  events(@Root() cluster: Cluster, @Ctx() { loaders }: Context) {
    return loaders.eventsByClusterId.load(cluster.id);
  }
}
