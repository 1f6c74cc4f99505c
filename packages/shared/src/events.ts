/**
 * Events (אירועים, domain.md: Event and Registration; issue #8): the codes they are stored with and
 * whether an event takes registrations. Pure and framework-free: the API decides with this against
 * its clock, and the dashboard can say why a form is shut with the same rule.
 */
import { dateInIsrael } from './forums.js';

/** A conference, an exposure conference (כנס חשיפה, seed 001), an online event (seed 004), a workshop. Stored. */
export const EVENT_KINDS = ['CONFERENCE', 'EXPOSURE_CONFERENCE', 'ONLINE_EVENT', 'WORKSHOP'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * A registration's status (rule 4): CONFIRMED while the event has room, else WAITLISTED in arrival
 * order; CANCELLED by the person or the organiser. Stored, so add, never rename.
 */
export const REGISTRATION_STATUSES = ['CONFIRMED', 'WAITLISTED', 'CANCELLED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** Whether an event takes registrations now. Computed, never stored. */
export const REGISTRATION_STATES = ['NOT_YET_OPEN', 'OPEN', 'CLOSED'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

/** Where an event stands against today: a source may give no date (seed 004's online event). */
export const EVENT_TIMINGS = ['UPCOMING', 'PAST', 'UNDATED'] as const;
export type EventTiming = (typeof EVENT_TIMINGS)[number];

export interface RegistrationWindow {
  /** When registration opens; null: from the moment the event is published. */
  registrationOpensAt: Date | null;
  /** When registration closes by itself; null: only by hand. */
  registrationClosesAt: Date | null;
  /** Closed by hand by its organiser (or, for a seeded event, as its source says). */
  registrationClosed: boolean;
  /** The event's first and last days (days in Israel); null: undated (a source may give none). */
  startsOn: string | null;
  endsOn: string | null;
}

/**
 * NOT_YET_OPEN before the window opens; CLOSED once it closed by hand, at its end (the end is
 * exclusive: at that instant it is closed) or once the event is over (after its last day in
 * Israel, whatever the window says); OPEN otherwise.
 */
export function registrationState(event: RegistrationWindow, now: Date): RegistrationState {
  if (event.registrationClosed) return 'CLOSED';
  if (event.registrationClosesAt && now.getTime() >= event.registrationClosesAt.getTime()) return 'CLOSED';
  if (eventTiming(event, dateInIsrael(now)) === 'PAST') return 'CLOSED';
  if (event.registrationOpensAt && now.getTime() < event.registrationOpensAt.getTime()) return 'NOT_YET_OPEN';
  return 'OPEN';
}

/** UPCOMING until its last day has passed (dates are days in Israel, `today` too), PAST after, UNDATED without a date. */
export function eventTiming(event: { startsOn: string | null; endsOn: string | null }, today: string): EventTiming {
  const last = event.endsOn ?? event.startsOn;
  if (!last) return 'UNDATED';
  return last < today ? 'PAST' : 'UPCOMING';
}

/**
 * The most calendar quarters `eventParticipation` answers at once: twenty years, so the PMO unit's
 * page can ask for everything since the sources' first event (2013) in one question for years to
 * come; past it, PERIOD_TOO_LONG. The page offers no period longer than this.
 */
export const EVENT_PARTICIPATION_MAX_QUARTERS = 80;

/** Limits shared by the API's validation and a future form. */
export const EVENT_LIMITS = {
  summary: 4000,
  /** Tracks, outcome links, audience sectors per request. */
  listItems: 50,
  capacity: 100_000,
} as const;
