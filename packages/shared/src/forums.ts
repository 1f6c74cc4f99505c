import type { SectorCode } from './sectors.js';

/**
 * Forums (פורומים) and the rules about their members, meetings and attendance (domain.md: Forum,
 * ForumMember, Meeting; rules 1 and 3). Pure and framework-free: the API computes with these and
 * the dashboard shows the same numbers.
 *
 * Dates here are calendar dates in Israel, `YYYY-MM-DD`; a term or a membership covers the days
 * from its start up to, not including, its end: a 3-year term from 2020-06-02 ends on 2023-06-02.
 */

/** A forum of a cluster, or the PMO's national round table (ROUND_TABLE, and only it, is national). */
export const FORUM_KINDS = ['HEADS', 'COORDINATING', 'PROFESSIONAL', 'CROSS_SECTOR', 'ROUND_TABLE'] as const;
export type ForumKind = (typeof FORUM_KINDS)[number];

/** A CO_CHAIR chairs with the CHAIR for their sector; the SECRETARY is staff and holds no seat (rule 1). */
export const FORUM_MEMBER_ROLES = ['CHAIR', 'CO_CHAIR', 'SECRETARY', 'MEMBER'] as const;
export type ForumMemberRole = (typeof FORUM_MEMBER_ROLES)[number];

/** Why a membership ended; stored, so add, never rename. */
export const FORUM_MEMBER_END_REASONS = [
  'TERM_COMPLETED',
  'RESIGNED',
  // Seed 000: a term lasts "subject to their continued work in the organisation they represent".
  'LEFT_ORGANISATION',
  'MISSED_MEETINGS',
  'REPLACED',
  'OTHER',
] as const;
export type ForumMemberEndReason = (typeof FORUM_MEMBER_END_REASONS)[number];

/** ACTIVE until the membership is ended; an ended row stays, so the forum keeps who sat when. */
export const FORUM_MEMBER_STATUSES = ['ACTIVE', 'ENDED'] as const;
export type ForumMemberStatus = (typeof FORUM_MEMBER_STATUSES)[number];

/**
 * A member's attendance in a year against the forum's minimum: MET (enough meetings already),
 * ON_TRACK (keeping the pace), AT_RISK (behind the pace the minimum asks), MISSED (the year or the
 * term is over, short of the minimum).
 */
export const ATTENDANCE_STATUSES = ['MET', 'ON_TRACK', 'AT_RISK', 'MISSED'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** A term that ends within this many days is flagged, so its renewal or replacement is prepared in time (rule 3). */
export const TERM_ENDING_SOON_DAYS = 90;

/** Meetings are dated, and attendance is counted per calendar year, in Israel's time. */
export const FORUM_TIME_ZONE = 'Asia/Jerusalem';

/** Rule 1: every active member holds one seat of their sector, except the secretary. */
export function holdsSeat(role: ForumMemberRole): boolean {
  return role !== 'SECRETARY';
}

const DAY_MS = 86_400_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(date: string): number {
  const match = CALENDAR_DATE.exec(date);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

// en-CA formats as YYYY-MM-DD. Made once: building a formatter costs far more than using it, and
// the API asks for today's date many times a request.
const ISRAEL_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: FORUM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Israel at an instant (a meeting at 23:30 UTC on 31 December is on 1 January there). */
export function dateInIsrael(instant: Date): string {
  return ISRAEL_DATE.format(instant);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** `date` plus whole years; 29 February becomes 28 February in a year that has none. */
export function addYears(date: string, years: number): string {
  const match = CALENDAR_DATE.exec(date);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const year = Number(match[1]) + years;
  const month = Number(match[2]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(match[3]), lastDay);
  return `${String(year).padStart(4, '0')}-${match[2]}-${String(day).padStart(2, '0')}`;
}

/** Days from `from` up to, not including, `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** A term's end by the forum's rule: its start plus the term length (3 years from 2020-06-02 is 2023-06-02). */
export function defaultTermEnd(termStart: string, termYears: number | null): string | null {
  return termYears ? addYears(termStart, termYears) : null;
}

/**
 * Whether an active member's term ends within TERM_ENDING_SOON_DAYS of `today`, or has ended
 * already without the member being renewed or their membership ended.
 */
export function isTermEndingSoon(member: { termEnd: string | null; endedOn: string | null }, today: string): boolean {
  if (member.endedOn !== null || member.termEnd === null) return false;
  return daysBetween(today, member.termEnd) <= TERM_ENDING_SOON_DAYS;
}

export interface AttendanceTerm {
  /** Null where the source gives no date (seeded members): taken as sitting before the year began. */
  termStart: string | null;
  termEnd: string | null;
  endedOn: string | null;
}

export interface AttendanceCompliance {
  /** The minimum pro-rated to the part of the year the term covers, rounded up; null when the forum sets none. */
  required: number | null;
  /** The minimum pro-rated to the days of the term covered so far this year, rounded down; null when none. */
  expectedByNow: number | null;
  status: AttendanceStatus | null;
}

/**
 * Rule 3: a member's attendance in a calendar year against the forum's minimum.
 *
 * The part of the year a member is bound for runs from the later of 1 January and the term's start
 * to the earliest of 1 January next, the term's end and the day the membership ended.
 * `required = ceil(minimum × coveredDays / daysInYear)`;
 * `expectedByNow = floor(minimum × coveredDaysUpToToday / daysInYear)`, today included.
 * MET when attended ≥ required; otherwise MISSED once the covered part is over (the year ended, or
 * the term did); otherwise ON_TRACK when attended ≥ expectedByNow, else AT_RISK.
 */
export function attendanceCompliance({
  year,
  minMeetingsPerYear,
  term,
  attended,
  today,
}: {
  year: number;
  minMeetingsPerYear: number | null;
  term: AttendanceTerm;
  attended: number;
  today: string;
}): AttendanceCompliance {
  if (!minMeetingsPerYear) return { required: null, expectedByNow: null, status: null };
  const yearStart = dayNumber(`${year}-01-01`);
  const nextYear = dayNumber(`${year + 1}-01-01`);
  const daysInYear = nextYear - yearStart;
  const start = Math.max(yearStart, term.termStart === null ? yearStart : dayNumber(term.termStart));
  const ends = [term.termEnd, term.endedOn].flatMap((end) => (end === null ? [] : [dayNumber(end)]));
  const end = Math.max(start, Math.min(nextYear, ...ends));
  const now = dayNumber(today);
  const required = Math.ceil((minMeetingsPerYear * (end - start)) / daysInYear);
  const elapsed = Math.max(0, Math.min(end, now + 1) - start);
  const expectedByNow = Math.floor((minMeetingsPerYear * elapsed) / daysInYear);
  let status: AttendanceStatus;
  if (attended >= required) status = 'MET';
  else if (now >= end) status = 'MISSED';
  else status = attended >= expectedByNow ? 'ON_TRACK' : 'AT_RISK';
  return { required, expectedByNow, status };
}

/**
 * Whether a membership covers a day: from its start (unknown counts as before), up to, not
 * including, the day it ended. A term that ran out without being renewed or ended still holds its
 * seat until the forum's managers act (isTermEndingSoon flags it).
 */
export function isActiveOn(member: { termStart: string | null; endedOn: string | null }, date: string): boolean {
  if (member.termStart !== null && daysBetween(member.termStart, date) < 0) return false;
  return member.endedOn === null || daysBetween(date, member.endedOn) > 0;
}

export interface SectorBalance {
  sector: SectorCode;
  /** The sector's seats in the representation map; null when the forum has no map or gives it none. */
  seats: number | null;
  attended: number;
}

/**
 * At one meeting: how many seat-holding members of each sector came, against the sector's seats.
 * Every sector of the map is listed (a sector nobody came from shows 0), then any other sector
 * someone came from, in the order of SECTOR_CODES.
 */
export function sectorBalance(
  seats: readonly { sector: SectorCode; seats: number }[],
  attendeeSectors: readonly SectorCode[],
  sectorOrder: readonly SectorCode[],
): SectorBalance[] {
  const bySector = new Map<SectorCode, SectorBalance>();
  for (const row of seats) bySector.set(row.sector, { sector: row.sector, seats: row.seats, attended: 0 });
  for (const sector of attendeeSectors) {
    const row = bySector.get(sector) ?? { sector, seats: null, attended: 0 };
    row.attended += 1;
    bySector.set(sector, row);
  }
  return sectorOrder.flatMap((sector) => {
    const row = bySector.get(sector);
    return row ? [row] : [];
  });
}

/** The `months` calendar months (`YYYY-MM`) that end with the month of `today`, oldest first. */
export function lastMonths(today: string, months: number): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: months }, (_, index) => {
    const offset = year * 12 + (month - 1) - (months - 1 - index);
    return `${Math.floor(offset / 12)}-${String((offset % 12) + 1).padStart(2, '0')}`;
  });
}
