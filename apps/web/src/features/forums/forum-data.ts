import { FORUM_TIME_ZONE, isActiveOn } from '@roundtable/shared/forums';
import type { AttendanceStatus } from '@roundtable/shared/forums';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';

/**
 * The shapes the forum pages compute from the API's answers. Pure, so they are tested on their
 * own; the rules themselves (seat limit, attendance against the minimum) are the API's and
 * packages/shared's, and these only arrange their results for a chart or a table.
 */

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A `LocalDate` from the API (typed `unknown` by the generator): a YYYY-MM-DD string or null. */
export function localDate(value: unknown): string | null {
  return typeof value === 'string' && CALENDAR_DATE.test(value) ? value : null;
}

const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: FORUM_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Israel's wall clock at an instant, as the fields of a date in UTC (to measure the offset). */
function wallClockMs(instant: number): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
}

/**
 * A date and a time on Israel's clock (what the meeting form asks) as an instant in ISO 8601.
 * The offset is +02:00 in winter and +03:00 in summer; it is found for the instant itself, so
 * the days the clocks change come out right. Null for a date or time that is not one.
 */
export function israelTimeToInstant(date: string, time: string): string | null {
  if (!CALENDAR_DATE.test(date) || !CLOCK_TIME.test(time)) return null;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wanted);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  let instant = wanted - (wallClockMs(wanted) - wanted);
  // A second pass settles an offset that differs on either side of a clock change.
  instant = wanted - (wallClockMs(instant) - instant);
  return new Date(instant).toISOString();
}

/** An instant as Israel's date (YYYY-MM-DD) and time (HH:mm), for the meeting form. */
export function instantToIsraelTime(instant: string): { date: string; time: string } {
  const wall = new Date(wallClockMs(new Date(instant).getTime())).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

export interface SeatRow {
  sector: SectorCode;
  seats: number;
  filled: number;
  vacant: number;
}

/** The map's rows in sector order, with the totals a caption and a footer give. */
export function seatSummary(seats: readonly SeatRow[]): {
  rows: SeatRow[];
  seats: number;
  filled: number;
  vacant: number;
} {
  const rows = [...seats].sort((a, b) => SECTOR_CODES.indexOf(a.sector) - SECTOR_CODES.indexOf(b.sector));
  const total = (key: 'seats' | 'filled' | 'vacant') => rows.reduce((sum, row) => sum + row[key], 0);
  return { rows, seats: total('seats'), filled: total('filled'), vacant: total('vacant') };
}

/** The statuses in the order the dashboard lists them: who needs attention first. */
export const ATTENDANCE_ORDER: readonly (AttendanceStatus | 'NONE')[] = [
  'MISSED',
  'AT_RISK',
  'ON_TRACK',
  'MET',
  'NONE',
];

/** How many members are in each attendance status ("NONE" where the forum sets no minimum). */
export function attendanceCounts(
  rows: readonly { status: AttendanceStatus | null }[],
): Record<AttendanceStatus | 'NONE', number> {
  const counts: Record<AttendanceStatus | 'NONE', number> = { MISSED: 0, AT_RISK: 0, ON_TRACK: 0, MET: 0, NONE: 0 };
  for (const row of rows) counts[row.status ?? 'NONE'] += 1;
  return counts;
}

/** Members sorted for the attendance table: those who need attention first, then by name. */
export function byAttendanceConcern<T extends { status: AttendanceStatus | null; name: string }>(
  rows: readonly T[],
  collator: Intl.Collator,
): T[] {
  return [...rows].sort(
    (a, b) =>
      ATTENDANCE_ORDER.indexOf(a.status ?? 'NONE') - ATTENDANCE_ORDER.indexOf(b.status ?? 'NONE') ||
      collator.compare(a.name, b.name),
  );
}

/**
 * The members who sat in the forum on a meeting's date: the only ones the API lets the
 * attendance list name (docs/forums.md, "Meetings and attendance").
 */
export function membersSeatedOn<T extends { termStart: unknown; endedOn: unknown }>(
  members: readonly T[],
  date: string,
): T[] {
  return members.filter((member) =>
    isActiveOn({ termStart: localDate(member.termStart), endedOn: localDate(member.endedOn) }, date),
  );
}

/** The years the attendance view offers: this one and the four before it, newest first. */
export function attendanceYears(today: string, count = 5): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, index) => year - index);
}

/** The meetings of the cadence months in all, and the months with none. */
export function cadenceSummary(months: readonly { month: string; meetings: number }[]): {
  total: number;
  monthsWithout: number;
} {
  return {
    total: months.reduce((sum, month) => sum + month.meetings, 0),
    monthsWithout: months.filter((month) => month.meetings === 0).length,
  };
}

/** `YYYY-MM` as the first day of that month, for formatting the month's name. */
export function monthStart(month: string): string {
  return `${month}-01`;
}

interface MemberLike<Name> {
  status: string;
  name: Name;
  person: { id: string } | null;
  organisation: { id: string; name: Name } | null;
}

/**
 * The organisations members of this forum have sat for, each once: a new head of one of them
 * takes its seat without adding the organisation again (its registration number is unique).
 */
export function organisationChoices<Name>(members: readonly MemberLike<Name>[]): Array<{ id: string; name: Name }> {
  const seen = new Map<string, { id: string; name: Name }>();
  for (const member of members) {
    if (member.organisation && !seen.has(member.organisation.id)) seen.set(member.organisation.id, member.organisation);
  }
  return [...seen.values()];
}

/**
 * People whose membership of this forum ended and who hold no active one: they can be appointed
 * again for a new term (a person holds at most one active membership of a forum).
 */
export function returningPeople<Name>(members: readonly MemberLike<Name>[]): Array<{ id: string; name: Name }> {
  const active = new Set(
    members.filter((member) => member.status === 'ACTIVE' && member.person).map((member) => member.person!.id),
  );
  const seen = new Map<string, { id: string; name: Name }>();
  for (const member of members) {
    const id = member.person?.id;
    if (id && member.status !== 'ACTIVE' && !active.has(id) && !seen.has(id)) seen.set(id, { id, name: member.name });
  }
  return [...seen.values()];
}
