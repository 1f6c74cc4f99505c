import { z } from 'zod';
import { FORUM_KINDS, type ForumKind } from '@roundtable/shared/forums';
import type { LocalizedText } from '@roundtable/shared/localized';
import { isPartialDate } from '@roundtable/shared/partial-date';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import type { CreateForumInput, ForumSeatInput, UpdateForumInput } from '../../gql/graphql';

/**
 * A forum's settings as the create and edit form holds them: its name, kind, topic, description,
 * goals, launch date, rules and representation map (docs/forums.md). Messages are catalogue keys
 * (forums.errors.*); the API holds every rule again (forum.inputs.ts, forum.service.ts).
 */

/** The API's limits: a text of each language up to 500 characters, 20 goals, 200 seats a sector. */
export const FORUM_LIMITS = {
  textMax: 500,
  goalsMax: 20,
  termYearsMin: 1,
  termYearsMax: 10,
  minMeetingsMin: 1,
  minMeetingsMax: 52,
  seatsMax: 200,
} as const;

/** The kinds a forum may be: the round table is national, and a national forum is the round table. */
export function kindsFor(national: boolean): readonly ForumKind[] {
  return national ? ['ROUND_TABLE'] : FORUM_KINDS.filter((kind) => kind !== 'ROUND_TABLE');
}

const WHOLE_NUMBER = /^\d+$/;

/** Empty, or a whole number from `min` to `max`. */
function optionalWhole(min: number, max: number, message: string) {
  return z
    .string()
    .trim()
    .refine((value) => value === '' || (WHOLE_NUMBER.test(value) && Number(value) >= min && Number(value) <= max), {
      message,
    });
}

const optionalText = z.string().trim().max(FORUM_LIMITS.textMax, 'forums.errors.textTooLong');

const goalSchema = z.object({
  he: z.string().trim().min(1, 'forums.errors.goalHeRequired').max(FORUM_LIMITS.textMax, 'forums.errors.textTooLong'),
  ar: optionalText,
  en: optionalText,
});

/** A sector's seats: empty or 0 leaves the sector out of the map. */
const seatCount = optionalWhole(0, FORUM_LIMITS.seatsMax, 'forums.errors.seatsRange');

/** The form's schema; `national` for the PMO's round table, the one forum of no cluster. */
export function forumSchema(national: boolean) {
  const kinds = kindsFor(national);
  return z
    .object({
      nameHe: z
        .string()
        .trim()
        .min(1, 'forums.errors.forumNameRequired')
        .max(FORUM_LIMITS.textMax, 'forums.errors.nameTooLong'),
      nameAr: z.string().trim().max(FORUM_LIMITS.textMax, 'forums.errors.nameTooLong'),
      nameEn: z.string().trim().max(FORUM_LIMITS.textMax, 'forums.errors.nameTooLong'),
      kind: z.union([z.literal(''), z.enum(FORUM_KINDS)]),
      topicCode: z.string(),
      descriptionHe: optionalText,
      descriptionAr: optionalText,
      descriptionEn: optionalText,
      goals: z.array(goalSchema).max(FORUM_LIMITS.goalsMax, 'forums.errors.tooManyGoals'),
      launchedOn: z
        .string()
        .trim()
        .refine((value) => value === '' || isPartialDate(value), 'forums.errors.partialDateInvalid'),
      termYears: optionalWhole(FORUM_LIMITS.termYearsMin, FORUM_LIMITS.termYearsMax, 'forums.errors.termYearsRange'),
      minMeetingsPerYear: optionalWhole(
        FORUM_LIMITS.minMeetingsMin,
        FORUM_LIMITS.minMeetingsMax,
        'forums.errors.minMeetingsRange',
      ),
      allowsIndividuals: z.boolean(),
      seats: z.record(z.enum(SECTOR_CODES), seatCount),
    })
    .superRefine((values, context) => {
      const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
      if (values.kind === '') issue('kind', 'forums.errors.kindRequired');
      else if (!kinds.includes(values.kind)) {
        issue('kind', national ? 'forums.errors.kindNational' : 'forums.errors.kindRoundTable');
      }
      // A description in Arabic or English alone would have no Hebrew text, which comes first.
      if (!values.descriptionHe && (values.descriptionAr || values.descriptionEn)) {
        issue('descriptionHe', 'forums.errors.descriptionHeRequired');
      }
    });
}

export type ForumValues = z.input<ReturnType<typeof forumSchema>>;
export type ForumOutput = z.output<ReturnType<typeof forumSchema>>;
export type GoalValues = ForumValues['goals'][number];

export const EMPTY_GOAL: GoalValues = { he: '', ar: '', en: '' };

function emptySeats(): Record<SectorCode, string> {
  return Object.fromEntries(SECTOR_CODES.map((sector) => [sector, ''])) as Record<SectorCode, string>;
}

/** A new forum's form: a national one can only be the round table; a cluster's kind is chosen. */
export function emptyForum(national: boolean): ForumValues {
  return {
    nameHe: '',
    nameAr: '',
    nameEn: '',
    kind: national ? 'ROUND_TABLE' : '',
    topicCode: '',
    descriptionHe: '',
    descriptionAr: '',
    descriptionEn: '',
    goals: [],
    launchedOn: '',
    termYears: '',
    minMeetingsPerYear: '',
    allowsIndividuals: false,
    seats: emptySeats(),
  };
}

/** What the form needs of a forum being changed (the forum page's query has it all). */
export interface ForumSettings {
  kind: ForumKind;
  name: LocalizedText;
  description: LocalizedText | null;
  topic: { code: string } | null;
  goals: readonly LocalizedText[];
  launchedOn: string | null;
  termYears: number | null;
  minMeetingsPerYear: number | null;
  allowsIndividuals: boolean;
  seats: ReadonlyArray<{ sector: SectorCode; seats: number }>;
}

/** The form's starting values for a forum being changed. */
export function forumValues(forum: ForumSettings): ForumValues {
  const seats = emptySeats();
  for (const row of forum.seats) seats[row.sector] = String(row.seats);
  return {
    nameHe: forum.name.he,
    nameAr: forum.name.ar ?? '',
    nameEn: forum.name.en ?? '',
    kind: forum.kind,
    topicCode: forum.topic?.code ?? '',
    descriptionHe: forum.description?.he ?? '',
    descriptionAr: forum.description?.ar ?? '',
    descriptionEn: forum.description?.en ?? '',
    goals: forum.goals.map((goal) => ({ he: goal.he, ar: goal.ar ?? '', en: goal.en ?? '' })),
    launchedOn: forum.launchedOn ?? '',
    termYears: forum.termYears === null ? '' : String(forum.termYears),
    minMeetingsPerYear: forum.minMeetingsPerYear === null ? '' : String(forum.minMeetingsPerYear),
    allowsIndividuals: forum.allowsIndividuals,
    seats,
  };
}

/** An empty translation is none (null), never an empty string. */
function localized(he: string, ar: string, en: string): LocalizedText {
  return { he, ar: ar || null, en: en || null };
}

/** The map in sector order: a row for each sector given at least one seat; none for no seat limit. */
export function seatRows(seats: Record<SectorCode, string>): ForumSeatInput[] {
  return SECTOR_CODES.flatMap((sector) => {
    const count = Number(seats[sector] || 0);
    return count > 0 ? [{ sector, seats: count }] : [];
  });
}

type ForumFields = Required<Omit<CreateForumInput, 'clusterId'>> & { kind: ForumKind };

/** Every setting, as both mutations take it: null clears an optional one, goals and seats replace the lists. */
function forumFields(values: ForumOutput): ForumFields {
  if (values.kind === '') throw new RangeError('A forum needs a kind: the schema refuses an empty one.');
  return {
    kind: values.kind,
    name: localized(values.nameHe, values.nameAr, values.nameEn),
    description: values.descriptionHe
      ? localized(values.descriptionHe, values.descriptionAr, values.descriptionEn)
      : null,
    topicCode: values.topicCode || null,
    goals: values.goals.map((goal) => localized(goal.he, goal.ar, goal.en)),
    launchedOn: values.launchedOn || null,
    termYears: values.termYears === '' ? null : Number(values.termYears),
    minMeetingsPerYear: values.minMeetingsPerYear === '' ? null : Number(values.minMeetingsPerYear),
    allowsIndividuals: values.allowsIndividuals,
    seats: seatRows(values.seats),
  };
}

/** A new forum of a cluster, or (clusterId null) the national round table. */
export function createForumInput(clusterId: string | null, values: ForumOutput): CreateForumInput {
  return { clusterId, ...forumFields(values) };
}

export function updateForumInput(id: string, values: ForumOutput): UpdateForumInput {
  return { id, ...forumFields(values) };
}
