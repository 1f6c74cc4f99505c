import { z } from 'zod';
import type { TFunction } from 'i18next';
import {
  APPLICATION_DECISIONS,
  APPLICATION_LIMITS,
  CALL_TEXT_MAX_LENGTH,
  SCORE_MAX,
  SCORE_MIN,
} from '@roundtable/shared/calls';
import type { LocalizedText } from '@roundtable/shared/localized';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import type {
  ApplicationDecision,
  CreateCallInput,
  DecideApplicationInput,
  ExtendCallDeadlineInput,
  ScoreApplicationInput,
  UpdateCallInput,
} from '../../gql/graphql';

/**
 * The forms of the CEO and the advisory committee on a call for applications (domain.md: Call,
 * Application). Messages are catalogue keys (callReview.errors.*), read with `callFieldError`;
 * the API holds every rule again.
 */

/** The API's limits: LocalizedTextInput takes 500 characters a language, a call's text more; a reason and a note are strings. */
export const CALL_LIMITS = {
  textMax: 500,
  /** The call's text is a document (seed 000's is about 5,000 characters). */
  documentMax: CALL_TEXT_MAX_LENGTH,
  criteriaMin: 1,
  criteriaMax: 20,
  rotationMax: 100,
  reasonMax: APPLICATION_LIMITS.decisionReason,
  noteMax: APPLICATION_LIMITS.scoreNote,
  scoreMin: SCORE_MIN,
  scoreMax: SCORE_MAX,
} as const;

/** A field's error in the reader's language, with the numbers the messages name. */
export function callFieldError(t: TFunction, error: { message?: string } | undefined): string | undefined {
  return error?.message ? t(error.message, CALL_LIMITS) : undefined;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real day of the calendar as YYYY-MM-DD (not 2020-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const optionalText = z.string().trim().max(CALL_LIMITS.textMax, 'callReview.errors.textTooLong');
const optionalDocument = z.string().trim().max(CALL_LIMITS.documentMax, 'callReview.errors.documentTooLong');

const criterionSchema = z
  .object({
    nameHe: z
      .string()
      .trim()
      .min(1, 'callReview.errors.criterionNameRequired')
      .max(CALL_LIMITS.textMax, 'callReview.errors.textTooLong'),
    nameAr: optionalText,
    nameEn: optionalText,
    descriptionHe: optionalText,
    descriptionAr: optionalText,
    descriptionEn: optionalText,
  })
  .superRefine((criterion, context) => {
    // A description in Arabic or English alone would have no Hebrew text, which comes first.
    if (!criterion.descriptionHe && (criterion.descriptionAr || criterion.descriptionEn)) {
      context.addIssue({ code: 'custom', path: ['descriptionHe'], message: 'callReview.errors.descriptionHeRequired' });
    }
  });

export interface CallSchemaOptions {
  /** Today in Israel (YYYY-MM-DD): a deadline before it is refused. */
  today: string;
  /** The sectors of the forum's representation map; empty when the forum has no map (any sector then). */
  mapSectors: readonly SectorCode[];
}

/** The call's form, for a new call and for a draft being changed. */
export function callSchema({ today, mapSectors }: CallSchemaOptions) {
  return z
    .object({
      titleHe: z
        .string()
        .trim()
        .min(1, 'callReview.errors.titleRequired')
        .max(CALL_LIMITS.textMax, 'callReview.errors.textTooLong'),
      titleAr: optionalText,
      titleEn: optionalText,
      textHe: z
        .string()
        .trim()
        .min(1, 'callReview.errors.textRequired')
        .max(CALL_LIMITS.documentMax, 'callReview.errors.documentTooLong'),
      textAr: optionalDocument,
      textEn: optionalDocument,
      opensOn: z.string().trim(),
      deadline: z.string().trim(),
      eligibleSectors: z.array(z.enum(SECTOR_CODES)),
      allowsIndividuals: z.boolean(),
      rotation: z.string().trim(),
      criteria: z.array(criterionSchema),
    })
    .superRefine((values, context) => {
      const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
      if (values.opensOn !== '' && !isCalendarDate(values.opensOn)) issue('opensOn', 'callReview.errors.dateInvalid');
      if (values.deadline === '') issue('deadline', 'callReview.errors.deadlineRequired');
      else if (!isCalendarDate(values.deadline)) issue('deadline', 'callReview.errors.dateInvalid');
      else if (values.deadline < today) issue('deadline', 'callReview.errors.deadlinePast');
      else if (isCalendarDate(values.opensOn) && values.deadline < values.opensOn) {
        issue('deadline', 'callReview.errors.deadlineBeforeOpens');
      }
      if (values.eligibleSectors.length === 0) issue('eligibleSectors', 'callReview.errors.sectorsRequired');
      else if (mapSectors.length > 0 && values.eligibleSectors.some((sector) => !mapSectors.includes(sector))) {
        issue('eligibleSectors', 'callReview.errors.sectorNotInMap');
      }
      const rotation = Number(values.rotation);
      if (!/^\d+$/.test(values.rotation) || rotation < 1 || rotation > CALL_LIMITS.rotationMax) {
        issue('rotation', 'callReview.errors.rotationRange');
      }
      if (values.criteria.length < CALL_LIMITS.criteriaMin) issue('criteria', 'callReview.errors.criteriaRequired');
      if (values.criteria.length > CALL_LIMITS.criteriaMax) issue('criteria', 'callReview.errors.tooManyCriteria');
    });
}

export type CallValues = z.input<ReturnType<typeof callSchema>>;
export type CallOutput = z.output<ReturnType<typeof callSchema>>;
export type CriterionValues = CallValues['criteria'][number];

export const EMPTY_CRITERION: CriterionValues = {
  nameHe: '',
  nameAr: '',
  nameEn: '',
  descriptionHe: '',
  descriptionAr: '',
  descriptionEn: '',
};

/** A new call: every sector of the map eligible, the founding rotation, one criterion to name. */
export function emptyCall(mapSectors: readonly SectorCode[]): CallValues {
  return {
    titleHe: '',
    titleAr: '',
    titleEn: '',
    textHe: '',
    textAr: '',
    textEn: '',
    opensOn: '',
    deadline: '',
    eligibleSectors: sortSectors(mapSectors),
    allowsIndividuals: false,
    rotation: '1',
    criteria: [{ ...EMPTY_CRITERION }],
  };
}

/** What the form needs of a draft being changed. */
export interface CallSettings {
  title: LocalizedText;
  text: LocalizedText;
  opensOn: unknown;
  deadline: unknown;
  eligibleSectors: readonly SectorCode[];
  allowsIndividuals: boolean;
  rotation: number;
  criteria: ReadonlyArray<{ position: number; name: LocalizedText; description?: LocalizedText | null }>;
}

const dateText = (value: unknown) => (typeof value === 'string' ? value : '');

export function callValues(call: CallSettings): CallValues {
  return {
    titleHe: call.title.he,
    titleAr: call.title.ar ?? '',
    titleEn: call.title.en ?? '',
    textHe: call.text.he,
    textAr: call.text.ar ?? '',
    textEn: call.text.en ?? '',
    opensOn: dateText(call.opensOn),
    deadline: dateText(call.deadline),
    eligibleSectors: sortSectors(call.eligibleSectors),
    allowsIndividuals: call.allowsIndividuals,
    rotation: String(call.rotation),
    criteria: [...call.criteria]
      .sort((a, b) => a.position - b.position)
      .map((criterion) => ({
        nameHe: criterion.name.he,
        nameAr: criterion.name.ar ?? '',
        nameEn: criterion.name.en ?? '',
        descriptionHe: criterion.description?.he ?? '',
        descriptionAr: criterion.description?.ar ?? '',
        descriptionEn: criterion.description?.en ?? '',
      })),
  };
}

export function sortSectors(sectors: readonly SectorCode[]): SectorCode[] {
  return [...new Set(sectors)].sort((a, b) => SECTOR_CODES.indexOf(a) - SECTOR_CODES.indexOf(b));
}

/** An empty translation is none (null), never an empty string. */
export function localized(he: string, ar: string, en: string): LocalizedText {
  return { he: he.trim(), ar: ar.trim() || null, en: en.trim() || null };
}

function callFields(values: CallOutput): Omit<CreateCallInput, 'forumId'> {
  return {
    title: localized(values.titleHe, values.titleAr, values.titleEn),
    text: localized(values.textHe, values.textAr, values.textEn),
    opensOn: values.opensOn || null,
    deadline: values.deadline,
    eligibleSectors: sortSectors(values.eligibleSectors),
    allowsIndividuals: values.allowsIndividuals,
    rotation: Number(values.rotation),
    // The order of the list is the criteria's order (position).
    criteria: values.criteria.map((criterion) => ({
      name: localized(criterion.nameHe, criterion.nameAr, criterion.nameEn),
      description: criterion.descriptionHe
        ? localized(criterion.descriptionHe, criterion.descriptionAr, criterion.descriptionEn)
        : null,
    })),
  };
}

export function createCallInput(forumId: string, values: CallOutput): CreateCallInput {
  return { forumId, ...callFields(values) };
}

/** Every field is sent: the draft becomes what the form shows (the criteria replace the list). */
export function updateCallInput(callId: string, values: CallOutput): UpdateCallInput {
  return { callId, ...callFields(values) };
}

// ---------------------------------------------------------------- extending the deadline

/** A later deadline and why, in Hebrew at least (seed 000: "for the holidays and the high interest"). */
export function extensionSchema(currentDeadline: string) {
  return z
    .object({
      newDeadline: z.string().trim(),
      reasonHe: z
        .string()
        .trim()
        .min(1, 'callReview.errors.reasonHeRequired')
        .max(CALL_LIMITS.textMax, 'callReview.errors.textTooLong'),
      reasonAr: optionalText,
      reasonEn: optionalText,
    })
    .superRefine((values, context) => {
      const issue = (message: string) => context.addIssue({ code: 'custom', path: ['newDeadline'], message });
      if (values.newDeadline === '') issue('callReview.errors.deadlineRequired');
      else if (!isCalendarDate(values.newDeadline)) issue('callReview.errors.dateInvalid');
      else if (values.newDeadline <= currentDeadline) issue('callReview.errors.extensionNotLater');
    });
}

export type ExtensionValues = z.input<ReturnType<typeof extensionSchema>>;

export const EMPTY_EXTENSION: ExtensionValues = { newDeadline: '', reasonHe: '', reasonAr: '', reasonEn: '' };

export function extensionInput(callId: string, values: ExtensionValues): ExtendCallDeadlineInput {
  return {
    callId,
    newDeadline: values.newDeadline.trim(),
    reason: localized(values.reasonHe, values.reasonAr, values.reasonEn),
  };
}

// ---------------------------------------------------------------- the committee's decision

export const DECISIONS = APPLICATION_DECISIONS satisfies readonly ApplicationDecision[];

const reasonSchema = z
  .string()
  .trim()
  .min(1, 'callReview.errors.reasonRequired')
  .max(CALL_LIMITS.reasonMax, 'callReview.errors.reasonTooLong');

export const decisionSchema = z
  .object({
    decision: z.union([z.literal(''), z.enum(DECISIONS)]),
    reason: reasonSchema,
  })
  .superRefine((values, context) => {
    if (values.decision === '') {
      context.addIssue({ code: 'custom', path: ['decision'], message: 'callReview.errors.decisionRequired' });
    }
  });

export type DecisionValues = z.input<typeof decisionSchema>;

export const EMPTY_DECISION: DecisionValues = { decision: '', reason: '' };

export function decisionInput(applicationId: string, values: DecisionValues): DecideApplicationInput {
  if (values.decision === '') throw new RangeError('A decision is chosen first: the schema refuses none.');
  return { applicationId, decision: values.decision, reason: values.reason.trim() };
}

/** A reserve appointed to a seat that became free: an acceptance, with its reason and the term's first day. */
export function appointReserveSchema(today: string) {
  return z.object({ reason: reasonSchema, termStartsOn: z.string().trim() }).superRefine((values, context) => {
    if (values.termStartsOn === '') return;
    const issue = (message: string) => context.addIssue({ code: 'custom', path: ['termStartsOn'], message });
    if (!isCalendarDate(values.termStartsOn)) issue('callReview.errors.dateInvalid');
    else if (values.termStartsOn < today) issue('callReview.errors.termStartPast');
  });
}

export type AppointReserveValues = z.input<ReturnType<typeof appointReserveSchema>>;

export function appointReserveInput(applicationId: string, values: AppointReserveValues): DecideApplicationInput {
  return {
    applicationId,
    decision: 'ACCEPT',
    reason: values.reason.trim(),
    termStartsOn: values.termStartsOn.trim() || null,
  };
}

// ---------------------------------------------------------------- scoring

/**
 * One reviewer's scores: 1 to 5 for every criterion (by the criterion's id), each with a note.
 * The radio groups hold strings; '' is a criterion not scored yet.
 */
export function scoreSchema(criterionIds: readonly string[]) {
  return z
    .object({
      scores: z.record(z.string(), z.string()),
      notes: z.record(z.string(), z.string().trim().max(CALL_LIMITS.noteMax, 'callReview.errors.noteTooLong')),
    })
    .superRefine((values, context) => {
      for (const id of criterionIds) {
        const score = Number(values.scores[id] ?? '');
        if (!Number.isInteger(score) || score < CALL_LIMITS.scoreMin || score > CALL_LIMITS.scoreMax) {
          context.addIssue({ code: 'custom', path: ['scores', id], message: 'callReview.errors.scoreRequired' });
        }
      }
    });
}

export type ScoreValues = z.input<ReturnType<typeof scoreSchema>>;

/** The form's start: the viewer's own scores and notes where they gave them, empty elsewhere. */
export function scoreValues(
  criterionIds: readonly string[],
  own: ReadonlyArray<{ criterionId: string; score: number; note: string | null }>,
): ScoreValues {
  const byCriterion = new Map(own.map((score) => [score.criterionId, score]));
  return {
    scores: Object.fromEntries(
      criterionIds.map((id) => [id, byCriterion.has(id) ? String(byCriterion.get(id)!.score) : '']),
    ),
    notes: Object.fromEntries(criterionIds.map((id) => [id, byCriterion.get(id)?.note ?? ''])),
  };
}

export function scoreInput(
  applicationId: string,
  criterionIds: readonly string[],
  values: ScoreValues,
): ScoreApplicationInput {
  return {
    applicationId,
    scores: criterionIds.map((criterionId) => ({
      criterionId,
      score: Number(values.scores[criterionId]),
      note: values.notes[criterionId]?.trim() || null,
    })),
  };
}
