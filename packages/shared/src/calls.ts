/**
 * Calls for applications (קול קורא) and the applications to them (domain.md: Call, Application;
 * rules 1, 2 and 6). Pure and framework-free: the API decides with these, the dashboard shows the
 * same deadline and status.
 *
 * A call's deadline is a calendar day in Israel, inclusive (seed 000: "המועד האחרון … 02/06/2020"):
 * applications are accepted up to, not including, midnight at the end of that day in Asia/Jerusalem.
 */
import { addDays, dateInIsrael, daysBetween, FORUM_TIME_ZONE } from './forums.js';

/** DRAFT (its managers only) → OPEN → CLOSED → DECIDED; stored, so add, never rename. */
export const CALL_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'DECIDED'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/** WITHDRAWN: taken back by the applicant before the deadline (it may be submitted again until then). */
export const APPLICATION_STATUSES = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'ACCEPTED',
  'RESERVE',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Awaiting the committee: a call is DECIDED only when none of its applications is in one of these. */
export const UNDECIDED_STATUSES = ['SUBMITTED', 'UNDER_REVIEW'] as const satisfies readonly ApplicationStatus[];
/** The committee's outcomes; RESERVE may still become ACCEPTED (the reserves pool, עתודות). */
export const DECIDED_STATUSES = ['ACCEPTED', 'RESERVE', 'REJECTED'] as const satisfies readonly ApplicationStatus[];

/** Seed 000: membership is by organisation, except business people active in philanthropy. */
export const NOMINEE_KINDS = ['ORGANISATION_HEAD', 'INDIVIDUAL_PHILANTHROPIST'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

export const APPLICATION_DECISIONS = ['ACCEPT', 'RESERVE', 'REJECT'] as const;
export type ApplicationDecision = (typeof APPLICATION_DECISIONS)[number];

export const DECISION_STATUS: Record<ApplicationDecision, (typeof DECIDED_STATUSES)[number]> = {
  ACCEPT: 'ACCEPTED',
  RESERVE: 'RESERVE',
  REJECT: 'REJECTED',
};

/** A committee member scores each criterion from 1 (weak) to 5 (strong). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export function isValidScore(score: number): boolean {
  return Number.isInteger(score) && score >= SCORE_MIN && score <= SCORE_MAX;
}

/** Limits of an application's free texts, shared by the API's validation and the dashboard's form. */
export const APPLICATION_LIMITS = {
  nomineeName: 200,
  nomineeTitle: 200,
  nomineeEmail: 254,
  nomineePhone: 40,
  regionalTies: 4000,
  motivation: 4000,
  idempotencyKey: 100,
  decisionReason: 2000,
  scoreNote: 2000,
  topics: 10,
} as const;

/** A call's text is a document (seed 000's is about 5,000 characters); titles and criteria are short. */
export const CALL_TEXT_MAX_LENGTH = 20_000;

/** The transitions a call's managers make; anything else is refused. */
export const CALL_TRANSITIONS: Record<CallStatus, readonly CallStatus[]> = {
  DRAFT: ['OPEN'],
  OPEN: ['CLOSED'],
  CLOSED: ['DECIDED'],
  DECIDED: [],
};

export function canTransition(from: CallStatus, to: CallStatus): boolean {
  return CALL_TRANSITIONS[from].includes(to);
}

/** Israel's wall clock, made once (building a formatter costs far more than using it). */
const ISRAEL_WALL_CLOCK = new Intl.DateTimeFormat('en-US', {
  timeZone: FORUM_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The offset of Israel's clock from UTC at an instant, in milliseconds (+2 h in winter, +3 h in summer). */
function israelOffsetMs(instant: Date): number {
  const parts = ISRAEL_WALL_CLOCK.formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a calendar day begins in Israel. Clocks change at 02:00 there, so midnight always exists once. */
export function startOfDayInIsrael(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day);
  const guess = wall - israelOffsetMs(new Date(wall));
  // The offset at the guess decides (a day whose midnight is on the other side of a change than noon UTC).
  return new Date(wall - israelOffsetMs(new Date(guess)));
}

/**
 * When a call stops accepting applications: midnight at the end of its deadline day in Israel, so
 * 23:59:59.999 on the deadline day is in time and 00:00 the next day is late. The database's
 * call_closes_at trigger computes the same (both are tested against each other).
 */
export function callClosesAt(deadline: string): Date {
  return startOfDayInIsrael(addDays(deadline, 1));
}

export interface CallWindow {
  status: CallStatus;
  opensOn: string | null;
  closesAt: Date;
}

/** Why a call does not accept an application now, or null when it does. */
export function closedReason(call: CallWindow, now: Date): 'NOT_OPEN' | 'NOT_YET' | 'PASSED' | 'CLOSED' | null {
  if (call.status === 'DRAFT') return 'NOT_OPEN';
  if (call.status !== 'OPEN') return 'CLOSED';
  if (now.getTime() >= call.closesAt.getTime()) return 'PASSED';
  if (call.opensOn !== null && daysBetween(dateInIsrael(now), call.opensOn) > 0) return 'NOT_YET';
  return null;
}

/** OPEN, opened (opensOn null or reached, in Israel), and before closesAt. */
export function isAcceptingApplications(call: CallWindow, now: Date): boolean {
  return closedReason(call, now) === null;
}

/** ע"ר or ח"פ as people write it (58-012345-6, "580 123 456") to its nine digits; null when it is not nine digits. */
export function normaliseRegistrationNumber(value: string): string | null {
  if (!/^[\d\s-]+$/.test(value.trim())) return null;
  const digits = value.replace(/\D/g, '');
  return digits.length === 9 ? digits : null;
}

/**
 * Dense rank by average score, best first (1, 1, 2 …); null for an application with no score.
 * The API ranks in SQL; this is the rule it follows, for tests and the dashboard.
 */
export function denseRanks(averages: readonly (number | null)[]): (number | null)[] {
  const distinct = [...new Set(averages.filter((a): a is number => a !== null))].sort((a, b) => b - a);
  return averages.map((average) => (average === null ? null : distinct.indexOf(average) + 1));
}
