import { z } from 'zod';
import { DISTRICT_CODES, type DistrictCode } from '@roundtable/shared/districts';
import type { LocalizedText } from '@roundtable/shared/localized';
import {
  FUNDING_MECHANISMS,
  PARTNER_ROLES,
  PARTNERSHIP_KINDS,
  PARTNERSHIP_LIMITS,
  PARTNERSHIP_STATUSES,
  REPORTING_PERIOD_MAX_MONTHS,
  REPORTING_PERIOD_MIN_MONTHS,
  SDG_TARGET_PATTERN,
  sdgOfTarget,
  type FundingMechanism,
  type PartnerRole,
  type PartnershipKind,
  type PartnershipStatus,
} from '@roundtable/shared/partnerships';
import type {
  AddPartnershipIndicatorInput,
  AddPartnershipMilestoneInput,
  AddPartnershipPartnerInput,
  CreatePartnershipInput,
  ReportPartnershipProgressInput,
  UpdatePartnershipInput,
} from '../../gql/graphql';
import { isCalendarDate } from '../forums/member-schema';

/**
 * A partnership's forms as they hold their values (strings, as inputs give them) and the inputs
 * the API takes (docs/partnerships.md). Messages are catalogue keys (partnerships.errors.*); the
 * API holds every rule again.
 */

/** The API's limits: a title of 500 characters a language (LocalizedTextInput), a summary of 4,000. */
export const FORM_LIMITS = {
  textMax: 500,
  summaryMax: PARTNERSHIP_LIMITS.summary,
  reportTextMax: PARTNERSHIP_LIMITS.reportText,
  /** The largest budget in shekels whose agorot are a safe integer (GraphQL SafeInt). */
  budgetMaxShekels: Math.floor(Number.MAX_SAFE_INTEGER / 100),
} as const;

// ---------------------------------------------------------------- money and numbers

const SHEKELS = /^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;

/**
 * Shekels typed by a person (digits, thousands commas, up to two decimals: "1,250,000.50") as
 * agorot, an exact integer: parsed as text, never through a float. Null when it is not such an
 * amount or is past what the API can hold.
 */
export function shekelsToAgorot(text: string): number | null {
  const value = text.trim();
  if (!SHEKELS.test(value)) return null;
  const [whole = '0', fraction = ''] = value.replaceAll(',', '').split('.');
  const agorot = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return agorot <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(agorot) : null;
}

/** Agorot as the form shows them: shekels, with the agorot only when there are some ("1250000.5" → "1250000.50"). */
export function agorotToShekels(agorot: number): string {
  const whole = Math.trunc(agorot / 100);
  const rest = agorot % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0')}`;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A number typed in a form: digits, an optional minus and decimal point; empty is none. */
export function parseDecimal(text: string): number | null {
  const value = text.trim();
  return DECIMAL.test(value) ? Number(value) : null;
}

const optionalDecimal = z
  .string()
  .trim()
  .refine((value) => value === '' || parseDecimal(value) !== null, 'partnerships.errors.numberInvalid');

const optionalDate = z
  .string()
  .trim()
  .refine((value) => value === '' || isCalendarDate(value), 'partnerships.errors.dateInvalid');

/** An empty translation is none (null), never an empty string. */
function localized(he: string, ar: string, en: string): LocalizedText {
  return { he, ar: ar || null, en: en || null };
}

function text(max: number, tooLong: string) {
  return z.string().trim().max(max, tooLong);
}

// ---------------------------------------------------------------- the partnership

/** SDG targets as typed: separated by commas or spaces ("11.6, 6.a"). */
export function splitTargets(value: string): string[] {
  return value
    .split(/[\s,،]+/)
    .map((target) => target.trim())
    .filter(Boolean);
}

export const partnershipSchema = z
  .object({
    kind: z.union([z.literal(''), z.enum(PARTNERSHIP_KINDS)]),
    /** A cluster's id, or '' for a national partnership. */
    clusterId: z.string(),
    titleHe: z
      .string()
      .trim()
      .min(1, 'partnerships.errors.titleRequired')
      .max(FORM_LIMITS.textMax, 'partnerships.errors.titleTooLong'),
    titleAr: text(FORM_LIMITS.textMax, 'partnerships.errors.titleTooLong'),
    titleEn: text(FORM_LIMITS.textMax, 'partnerships.errors.titleTooLong'),
    summaryHe: text(FORM_LIMITS.summaryMax, 'partnerships.errors.summaryTooLong'),
    summaryAr: text(FORM_LIMITS.summaryMax, 'partnerships.errors.summaryTooLong'),
    summaryEn: text(FORM_LIMITS.summaryMax, 'partnerships.errors.summaryTooLong'),
    /** '' only for a partnership known from a source that gives none: left as it is until someone chooses one. */
    status: z.union([z.literal(''), z.enum(PARTNERSHIP_STATUSES)]),
    directions: z.array(z.string()),
    sdgs: z.array(z.string()),
    sdgTargets: z.string(),
    districts: z.array(z.enum(DISTRICT_CODES)),
    topicCodes: z.array(z.string()).max(PARTNERSHIP_LIMITS.listItems, 'partnerships.errors.tooManyTopics'),
    fundingMechanism: z.union([z.literal(''), z.enum(FUNDING_MECHANISMS)]),
    budget: z
      .string()
      .trim()
      .refine((value) => value === '' || shekelsToAgorot(value) !== null, 'partnerships.errors.budgetInvalid'),
    startOn: optionalDate,
    endOn: optionalDate,
    reportingPeriodMonths: z
      .string()
      .trim()
      .refine((value) => {
        if (value === '') return true;
        const months = Number(value);
        return /^\d+$/.test(value) && months >= REPORTING_PERIOD_MIN_MONTHS && months <= REPORTING_PERIOD_MAX_MONTHS;
      }, 'partnerships.errors.reportingPeriodRange'),
  })
  .superRefine((values, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
    if (values.kind === '') issue('kind', 'partnerships.errors.kindRequired');
    if (values.kind === 'INTER_MUNICIPAL' && !values.clusterId)
      issue('clusterId', 'partnerships.errors.clusterRequired');
    if (values.startOn && values.endOn && values.endOn < values.startOn)
      issue('endOn', 'partnerships.errors.endBeforeStart');
    if (!values.summaryHe && (values.summaryAr || values.summaryEn))
      issue('summaryHe', 'partnerships.errors.summaryHeRequired');
    const targets = splitTargets(values.sdgTargets);
    if (targets.some((target) => !SDG_TARGET_PATTERN.test(target))) {
      issue('sdgTargets', 'partnerships.errors.sdgTargetInvalid');
    } else if (new Set(targets).size !== targets.length) {
      issue('sdgTargets', 'partnerships.errors.sdgTargetTwice');
    } else if (targets.some((target) => !values.sdgs.includes(String(sdgOfTarget(target))))) {
      issue('sdgTargets', 'partnerships.errors.sdgTargetGoal');
    }
  });

export type PartnershipValues = z.input<typeof partnershipSchema>;
export type PartnershipOutput = z.output<typeof partnershipSchema>;

/** A new partnership's form: for the viewer's only scope when there is one (a CEO of one cluster). */
export function emptyPartnership(clusterId: string): PartnershipValues {
  return {
    kind: '',
    clusterId,
    titleHe: '',
    titleAr: '',
    titleEn: '',
    summaryHe: '',
    summaryAr: '',
    summaryEn: '',
    status: 'IDEA',
    directions: [],
    sdgs: [],
    sdgTargets: '',
    districts: [],
    topicCodes: [],
    fundingMechanism: '',
    budget: '',
    startOn: '',
    endOn: '',
    reportingPeriodMonths: '',
  };
}

/** What the form needs of a partnership being changed (the partnership page's query has it all). */
export interface PartnershipSettings {
  kind: PartnershipKind;
  cluster: { id: string } | null;
  title: LocalizedText;
  summary: LocalizedText | null;
  status: PartnershipStatus | null;
  directions: ReadonlyArray<{ number: number }>;
  sdgs: ReadonlyArray<{ number: number }>;
  sdgTargets: readonly string[];
  districts: ReadonlyArray<{ code: DistrictCode }>;
  topics: ReadonlyArray<{ code: string }>;
  fundingMechanism: FundingMechanism | null;
  /** SafeInt and LocalDate come typed `unknown` from codegen: numbers and ISO days. */
  budgetAgorot?: unknown;
  startOn?: unknown;
  endOn?: unknown;
  reportingPeriodMonths: number | null;
}

const dayOrEmpty = (value: unknown) => (typeof value === 'string' ? value : '');

/** The form's starting values for a partnership being changed. */
export function partnershipValues(partnership: PartnershipSettings): PartnershipValues {
  return {
    kind: partnership.kind,
    clusterId: partnership.cluster?.id ?? '',
    titleHe: partnership.title.he,
    titleAr: partnership.title.ar ?? '',
    titleEn: partnership.title.en ?? '',
    summaryHe: partnership.summary?.he ?? '',
    summaryAr: partnership.summary?.ar ?? '',
    summaryEn: partnership.summary?.en ?? '',
    status: partnership.status ?? '',
    directions: partnership.directions.map((direction) => String(direction.number)),
    sdgs: partnership.sdgs.map((sdg) => String(sdg.number)),
    sdgTargets: partnership.sdgTargets.join(', '),
    districts: partnership.districts.map((district) => district.code),
    topicCodes: partnership.topics.map((topic) => topic.code),
    fundingMechanism: partnership.fundingMechanism ?? '',
    budget: typeof partnership.budgetAgorot === 'number' ? agorotToShekels(partnership.budgetAgorot) : '',
    startOn: dayOrEmpty(partnership.startOn),
    endOn: dayOrEmpty(partnership.endOn),
    reportingPeriodMonths: partnership.reportingPeriodMonths === null ? '' : String(partnership.reportingPeriodMonths),
  };
}

const byNumber = (a: number, b: number) => a - b;

/** Every field both mutations take: null clears an optional one, the lists replace the lists. */
function partnershipFields(values: PartnershipOutput) {
  return {
    title: localized(values.titleHe, values.titleAr, values.titleEn),
    summary: values.summaryHe ? localized(values.summaryHe, values.summaryAr, values.summaryEn) : null,
    // No status stays none (the API refuses emptying one): a change then leaves it out.
    ...(values.status ? { status: values.status } : {}),
    directions: values.directions.map(Number).sort(byNumber),
    sdgs: values.sdgs.map(Number).sort(byNumber),
    sdgTargets: splitTargets(values.sdgTargets),
    districts: DISTRICT_CODES.filter((code) => values.districts.includes(code)),
    topicCodes: [...values.topicCodes],
    fundingMechanism: values.fundingMechanism || null,
    budgetAgorot: values.budget === '' ? null : shekelsToAgorot(values.budget),
    startOn: values.startOn || null,
    endOn: values.endOn || null,
    reportingPeriodMonths: values.reportingPeriodMonths === '' ? null : Number(values.reportingPeriodMonths),
  };
}

export function createPartnershipInput(values: PartnershipOutput): CreatePartnershipInput {
  if (values.kind === '') throw new RangeError('A partnership needs a kind: the schema refuses an empty one.');
  return { kind: values.kind, clusterId: values.clusterId || null, ...partnershipFields(values) };
}

/** Kind and cluster are fixed once registered: a change leaves them out. */
export function updatePartnershipInput(partnershipId: string, values: PartnershipOutput): UpdatePartnershipInput {
  return { partnershipId, ...partnershipFields(values) };
}

// ---------------------------------------------------------------- partners, milestones, indicators

export const partnerSchema = z.object({
  organisationId: z.string().min(1, 'partnerships.errors.organisationRequired'),
  role: z.enum(PARTNER_ROLES),
});
export type PartnerValues = z.input<typeof partnerSchema>;
export const EMPTY_PARTNER: PartnerValues = { organisationId: '', role: 'PARTNER' };

export function partnerInput(
  partnershipId: string,
  values: z.output<typeof partnerSchema>,
): AddPartnershipPartnerInput {
  return { partnershipId, organisationId: values.organisationId, role: values.role as PartnerRole };
}

export const milestoneSchema = z.object({
  titleHe: z
    .string()
    .trim()
    .min(1, 'partnerships.errors.milestoneTitleRequired')
    .max(FORM_LIMITS.textMax, 'partnerships.errors.titleTooLong'),
  titleAr: text(FORM_LIMITS.textMax, 'partnerships.errors.titleTooLong'),
  titleEn: text(FORM_LIMITS.textMax, 'partnerships.errors.titleTooLong'),
  dueOn: optionalDate,
});
export type MilestoneValues = z.input<typeof milestoneSchema>;
export const EMPTY_MILESTONE: MilestoneValues = { titleHe: '', titleAr: '', titleEn: '', dueOn: '' };

export function milestoneInput(
  partnershipId: string,
  values: z.output<typeof milestoneSchema>,
): AddPartnershipMilestoneInput {
  return {
    partnershipId,
    title: localized(values.titleHe, values.titleAr, values.titleEn),
    dueOn: values.dueOn || null,
  };
}

export const indicatorSchema = z
  .object({
    nameHe: z
      .string()
      .trim()
      .min(1, 'partnerships.errors.indicatorNameRequired')
      .max(FORM_LIMITS.textMax, 'partnerships.errors.titleTooLong'),
    nameAr: text(FORM_LIMITS.textMax, 'partnerships.errors.titleTooLong'),
    nameEn: text(FORM_LIMITS.textMax, 'partnerships.errors.titleTooLong'),
    unitHe: text(FORM_LIMITS.textMax, 'partnerships.errors.titleTooLong'),
    unitAr: text(FORM_LIMITS.textMax, 'partnerships.errors.titleTooLong'),
    unitEn: text(FORM_LIMITS.textMax, 'partnerships.errors.titleTooLong'),
    baseline: optionalDecimal,
    target: optionalDecimal,
  })
  .superRefine((values, context) => {
    if (!values.unitHe && (values.unitAr || values.unitEn)) {
      context.addIssue({ code: 'custom', path: ['unitHe'], message: 'partnerships.errors.unitHeRequired' });
    }
  });
export type IndicatorValues = z.input<typeof indicatorSchema>;
export const EMPTY_INDICATOR: IndicatorValues = {
  nameHe: '',
  nameAr: '',
  nameEn: '',
  unitHe: '',
  unitAr: '',
  unitEn: '',
  baseline: '',
  target: '',
};

export function indicatorInput(
  partnershipId: string,
  values: z.output<typeof indicatorSchema>,
): AddPartnershipIndicatorInput {
  return {
    partnershipId,
    name: localized(values.nameHe, values.nameAr, values.nameEn),
    unit: values.unitHe ? localized(values.unitHe, values.unitAr, values.unitEn) : null,
    baseline: parseDecimal(values.baseline),
    target: parseDecimal(values.target),
  };
}

// ---------------------------------------------------------------- a progress report

/** A report: its day (today or earlier in Israel), its text (Hebrew required), a value per indicator (optional). */
export function reportSchema(today: string) {
  return z.object({
    reportedOn: z
      .string()
      .trim()
      .min(1, 'partnerships.errors.reportedOnRequired')
      .refine(isCalendarDate, 'partnerships.errors.dateInvalid')
      .refine((value) => value <= today, 'partnerships.errors.reportedOnFuture'),
    textHe: z
      .string()
      .trim()
      .min(1, 'partnerships.errors.reportTextRequired')
      .max(FORM_LIMITS.reportTextMax, 'partnerships.errors.reportTextTooLong'),
    textAr: text(FORM_LIMITS.reportTextMax, 'partnerships.errors.reportTextTooLong'),
    textEn: text(FORM_LIMITS.reportTextMax, 'partnerships.errors.reportTextTooLong'),
    values: z.record(z.string(), optionalDecimal),
  });
}
export type ReportValues = z.input<ReturnType<typeof reportSchema>>;

export function emptyReport(today: string, indicatorIds: readonly string[]): ReportValues {
  return {
    reportedOn: today,
    textHe: '',
    textAr: '',
    textEn: '',
    values: Object.fromEntries(indicatorIds.map((id) => [id, ''])),
  };
}

/**
 * The report as the API takes it: a value for each indicator given one (an empty one is left
 * out, not sent as 0), with the key the client chose for this report, so a retry returns it.
 */
export function reportInput(
  partnershipId: string,
  values: z.output<ReturnType<typeof reportSchema>>,
  idempotencyKey: string,
): ReportPartnershipProgressInput {
  return {
    partnershipId,
    reportedOn: values.reportedOn,
    text: localized(values.textHe, values.textAr, values.textEn),
    values: Object.entries(values.values).flatMap(([indicatorId, value]) => {
      const number = parseDecimal(value);
      return number === null ? [] : [{ indicatorId, value: number }];
    }),
    idempotencyKey,
  };
}
