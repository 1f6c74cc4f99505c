/**
 * Partnerships (שותפויות / מיזמים משותפים, domain.md: Partnership; issue #7): the codes they are
 * stored with and the status light. Pure and framework-free: the API computes the light with this
 * against its clock, and the dashboard can explain it with the same rule.
 */
import { daysBetween } from './forums.js';

/** CROSS_SECTOR: partners from several sectors; INTER_MUNICIPAL: a cluster's joint project (seed 001). Stored. */
export const PARTNERSHIP_KINDS = ['CROSS_SECTOR', 'INTER_MUNICIPAL'] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

/** Where a partnership stands, as its managers say. Stored, so add, never rename. */
export const PARTNERSHIP_STATUSES = ['IDEA', 'PLANNING', 'ACTIVE', 'COMPLETED', 'PAUSED'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/** What a partner organisation does in it. */
export const PARTNER_ROLES = ['LEAD', 'PARTNER', 'FUNDER'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/**
 * How it is funded (direction 4 of seed 004 asks for flexible funding and contracting): a tender,
 * a joint tender of several authorities (seed 001: "מכרז משותף ליישום חוק האריזות"), a grant,
 * philanthropy, in kind, or a mix.
 */
export const FUNDING_MECHANISMS = ['TENDER', 'JOINT_TENDER', 'GRANT', 'PHILANTHROPY', 'IN_KIND', 'MIXED'] as const;
export type FundingMechanism = (typeof FUNDING_MECHANISMS)[number];

/** The status light, computed, never stored: see `statusLight` for the rule and its precedence. */
export const STATUS_LIGHTS = ['ON_TRACK', 'AT_RISK', 'OVERDUE', 'INACTIVE'] as const;
export type StatusLight = (typeof STATUS_LIGHTS)[number];

/** Only these are expected to report: an idea has not started, a completed or paused one has stopped. */
export const REPORTING_STATUSES = ['PLANNING', 'ACTIVE'] as const satisfies readonly PartnershipStatus[];

/** A partnership that has not reported for this many months is INACTIVE, whatever its reporting period. */
export const INACTIVE_AFTER_MONTHS = 12;

/** A reporting period is a whole number of months, at most a year (after a year it is INACTIVE anyway). */
export const REPORTING_PERIOD_MIN_MONTHS = 1;
export const REPORTING_PERIOD_MAX_MONTHS = 12;

/** SDG targets as the UN numbers them: goal, dot, a number or a letter (11.6, 17.17, 6.a). */
export const SDG_TARGET_PATTERN = /^(1[0-7]|[1-9])\.([1-9][0-9]?|[a-d])$/;
/** The same for a CHECK constraint (POSIX regular expression). */
export const SDG_TARGET_SQL_PATTERN = '^(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-d])$';

export function sdgOfTarget(target: string): number {
  return Number(target.split('.')[0]);
}

/** Limits of a partnership's texts, shared by the API's validation and a future form. */
export const PARTNERSHIP_LIMITS = {
  summary: 4000,
  reportText: 10_000,
  idempotencyKey: 100,
  /** Milestones, indicators, partners, topics, SDG targets per request. */
  listItems: 50,
} as const;

/**
 * `date` plus whole months; the day is kept, or the month's last when it has fewer (31 January plus
 * one month is 28 or 29 February), as PostgreSQL's `date + interval 'n months'` does.
 */
export function addMonths(date: string, months: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const total = Number(match[1]) * 12 + (Number(match[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(match[3]), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface StatusLightInput {
  status: PartnershipStatus | null;
  startOn: string | null;
  /** The day the partnership was registered here (Israel), standing in for a start the source does not give. */
  registeredOn: string;
  /** The latest progress report's date, if any. */
  lastReportOn: string | null;
  reportingPeriodMonths: number | null;
  milestones: readonly { dueOn: string | null; isDone: boolean }[];
}

/**
 * When the next progress report is due: one reporting period after the last report, else after the
 * start (so one that starts in the future owes nothing before then), else after the registration
 * day. Null when it is not expected to report (REPORTING_STATUSES) or has no reporting period.
 */
export function nextReportDue(input: StatusLightInput): string | null {
  if (!isReporting(input.status) || input.reportingPeriodMonths === null) return null;
  return addMonths(reportingBase(input), input.reportingPeriodMonths);
}

/**
 * The status light of a partnership on a day in Israel (issue #7, docs/partnerships.md), or null
 * for one not expected to report (IDEA, COMPLETED, PAUSED, or a status its source does not give).
 * Measured from the base: the last report, else the start, else the registration day. The first
 * that holds wins:
 *   1. INACTIVE: no report for 12 months (INACTIVE_AFTER_MONTHS) since the base.
 *   2. OVERDUE: the reporting period has passed since the base with no report (today is after the
 *      day the next report was due).
 *   3. AT_RISK: a milestone is past its due day and not done.
 *   4. ON_TRACK: otherwise.
 * Silence outranks a late milestone: a partnership that does not report may be further behind than
 * its milestones show, and asking for the report is the first thing to do.
 */
export function statusLight(input: StatusLightInput, today: string): StatusLight | null {
  if (!isReporting(input.status)) return null;
  const base = reportingBase(input);
  if (daysBetween(addMonths(base, INACTIVE_AFTER_MONTHS), today) >= 0) return 'INACTIVE';
  const due = nextReportDue(input);
  if (due !== null && daysBetween(due, today) > 0) return 'OVERDUE';
  if (lateMilestones(input.milestones, today) > 0) return 'AT_RISK';
  return 'ON_TRACK';
}

/** Milestones past their due day (the due day itself is still in time) and not done. */
export function lateMilestones(milestones: StatusLightInput['milestones'], today: string): number {
  return milestones.filter((m) => !m.isDone && m.dueOn !== null && daysBetween(m.dueOn, today) > 0).length;
}

function isReporting(status: PartnershipStatus | null): boolean {
  return status !== null && (REPORTING_STATUSES as readonly string[]).includes(status);
}

function reportingBase({ lastReportOn, startOn, registeredOn }: StatusLightInput): string {
  return lastReportOn ?? startOn ?? registeredOn;
}
