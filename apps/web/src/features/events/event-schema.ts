import { z } from 'zod';
import type { TFunction } from 'i18next';
import { EVENT_KINDS, EVENT_LIMITS } from '@roundtable/shared/events';
import type { LocalizedText } from '@roundtable/shared/localized';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import type { CreateEventInput, EventKind, UpdateEventInput } from '../../gql/graphql';
import { isCalendarDate, localized, sortSectors } from '../calls/call-schema';
import { instantToIsraelTime, israelTimeToInstant } from '../forums/forum-data';

/**
 * The forms of events (domain.md: Event, Registration): registering, and the organiser's event
 * form. Messages are catalogue keys (events.errors.*), read with `eventFieldError`; the API holds
 * every rule again.
 */

export const EVENT_FORM_LIMITS = {
  /** LocalizedTextInput: a title, a venue, a track's topic and facilitator. */
  textMax: 500,
  /** EventTextInput: a summary, an outcome. */
  summaryMax: EVENT_LIMITS.summary,
  capacityMax: EVENT_LIMITS.capacity,
  tracksMax: EVENT_LIMITS.listItems,
} as const;

export function eventFieldError(t: TFunction, error: { message?: string } | undefined): string | undefined {
  return error?.message ? t(error.message, EVENT_FORM_LIMITS) : undefined;
}

// ---------------------------------------------------------------- registering

export const registrationSchema = z.object({
  sector: z.union([z.literal(''), z.enum(SECTOR_CODES)]).refine((value) => value !== '', {
    message: 'events.errors.sectorRequired',
  }),
  /** '' for none: the organisation is optional (a philanthropist may come as themselves). */
  organisationId: z.string(),
});

export type RegistrationValues = z.input<typeof registrationSchema>;

export const EMPTY_REGISTRATION: RegistrationValues = { sector: '', organisationId: '' };

export function registrationVariables(
  eventId: string,
  values: RegistrationValues,
): { eventId: string; sector: SectorCode; organisationId: string | null } {
  if (values.sector === '') throw new RangeError('A sector is chosen first: the schema refuses none.');
  return { eventId, sector: values.sector, organisationId: values.organisationId || null };
}

// ---------------------------------------------------------------- the organiser's form

const text = z.string().trim().max(EVENT_FORM_LIMITS.textMax, 'events.errors.textTooLong');
const summary = z.string().trim().max(EVENT_FORM_LIMITS.summaryMax, 'events.errors.summaryTooLong');
/** A date and time on Israel's clock, as a datetime-local input gives it (YYYY-MM-DDTHH:mm); '' for none. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** A datetime-local value read as Israel's clock, to an instant (ISO); null when empty or not one. */
export function israelDateTimeToInstant(value: string): string | null {
  const match = DATE_TIME.exec(value.trim());
  return match ? israelTimeToInstant(match[1]!, match[2]!) : null;
}

/** An instant as a datetime-local value on Israel's clock; '' for none. */
export function instantToIsraelDateTime(value: unknown): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return '';
  const { date, time } = instantToIsraelTime(value);
  return `${date}T${time}`;
}

const trackSchema = z
  .object({
    topicHe: z
      .string()
      .trim()
      .min(1, 'events.errors.trackTopicRequired')
      .max(EVENT_FORM_LIMITS.textMax, 'events.errors.textTooLong'),
    topicAr: text,
    topicEn: text,
    facilitatorHe: text,
    facilitatorAr: text,
    facilitatorEn: text,
    outcomeHe: summary,
    outcomeAr: summary,
    outcomeEn: summary,
  })
  .superRefine((track, context) => {
    if (!track.facilitatorHe && (track.facilitatorAr || track.facilitatorEn)) {
      context.addIssue({ code: 'custom', path: ['facilitatorHe'], message: 'events.errors.hebrewFirst' });
    }
    if (!track.outcomeHe && (track.outcomeAr || track.outcomeEn)) {
      context.addIssue({ code: 'custom', path: ['outcomeHe'], message: 'events.errors.hebrewFirst' });
    }
  });

export interface EventSchemaOptions {
  /** Confirmed registrations now: the capacity may not go below them (0 for a new event). */
  confirmedCount: number;
  /** A new event names its organiser; an event being changed keeps its own. */
  creating: boolean;
  /** An event known from a source that gives no date (seed 004's online event) may stay without one. */
  undatedAllowed?: boolean;
}

export function eventSchema(options: EventSchemaOptions) {
  const { confirmedCount } = options;
  return z
    .object({
      kind: z.enum(EVENT_KINDS),
      /** Who organises a new event: a cluster's id, or NATIONAL for the PMO unit. Kept as created on edit. */
      organiser: z.string(),
      titleHe: z
        .string()
        .trim()
        .min(1, 'events.errors.titleRequired')
        .max(EVENT_FORM_LIMITS.textMax, 'events.errors.textTooLong'),
      titleAr: text,
      titleEn: text,
      summaryHe: summary,
      summaryAr: summary,
      summaryEn: summary,
      isOnline: z.boolean(),
      venueHe: text,
      venueAr: text,
      venueEn: text,
      onlineLink: z.string().trim().max(2000, 'events.errors.linkInvalid'),
      startsOn: z.string().trim(),
      endsOn: z.string().trim(),
      capacity: z.string().trim(),
      registrationOpensAt: z.string().trim(),
      registrationClosesAt: z.string().trim(),
      audienceSectors: z.array(z.enum(SECTOR_CODES)),
      tracks: z.array(trackSchema).max(EVENT_FORM_LIMITS.tracksMax, 'events.errors.tooManyTracks'),
      outcomeSummaryHe: summary,
      outcomeSummaryAr: summary,
      outcomeSummaryEn: summary,
    })
    .superRefine((values, context) => {
      const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
      if (options.creating && values.organiser === '') issue('organiser', 'events.errors.organiserRequired');
      if (values.startsOn === '') {
        if (!options.undatedAllowed) issue('startsOn', 'events.errors.startsOnRequired');
      } else if (!isCalendarDate(values.startsOn)) issue('startsOn', 'events.errors.dateInvalid');
      if (values.endsOn !== '') {
        if (!isCalendarDate(values.endsOn)) issue('endsOn', 'events.errors.dateInvalid');
        else if (isCalendarDate(values.startsOn) && values.endsOn < values.startsOn) {
          issue('endsOn', 'events.errors.endsBeforeStarts');
        }
      }
      if (values.capacity !== '') {
        const capacity = Number(values.capacity);
        if (!/^\d+$/.test(values.capacity) || capacity < 1 || capacity > EVENT_FORM_LIMITS.capacityMax) {
          issue('capacity', 'events.errors.capacityRange');
        } else if (capacity < confirmedCount) issue('capacity', 'events.errors.capacityBelowConfirmed');
      }
      const opens = values.registrationOpensAt === '' ? null : israelDateTimeToInstant(values.registrationOpensAt);
      const closes = values.registrationClosesAt === '' ? null : israelDateTimeToInstant(values.registrationClosesAt);
      if (values.registrationOpensAt !== '' && !opens) issue('registrationOpensAt', 'events.errors.dateTimeInvalid');
      if (values.registrationClosesAt !== '' && !closes) issue('registrationClosesAt', 'events.errors.dateTimeInvalid');
      if (opens && closes && Date.parse(closes) <= Date.parse(opens)) {
        issue('registrationClosesAt', 'events.errors.closesBeforeOpens');
      }
      if (values.onlineLink !== '') {
        if (!values.isOnline) issue('onlineLink', 'events.errors.linkOnlyOnline');
        else if (!/^https:\/\/[^\s/$.?#].[^\s]*$/i.test(values.onlineLink))
          issue('onlineLink', 'events.errors.linkInvalid');
      }
      if (values.audienceSectors.length === 0) issue('audienceSectors', 'events.errors.audienceRequired');
      if (!values.summaryHe && (values.summaryAr || values.summaryEn)) issue('summaryHe', 'events.errors.hebrewFirst');
      if (!values.venueHe && (values.venueAr || values.venueEn)) issue('venueHe', 'events.errors.hebrewFirst');
      if (!values.outcomeSummaryHe && (values.outcomeSummaryAr || values.outcomeSummaryEn)) {
        issue('outcomeSummaryHe', 'events.errors.hebrewFirst');
      }
    });
}

export type EventValues = z.input<ReturnType<typeof eventSchema>>;
export type EventOutput = z.output<ReturnType<typeof eventSchema>>;
export type TrackValues = EventValues['tracks'][number];

export const EMPTY_TRACK: TrackValues = {
  topicHe: '',
  topicAr: '',
  topicEn: '',
  facilitatorHe: '',
  facilitatorAr: '',
  facilitatorEn: '',
  outcomeHe: '',
  outcomeAr: '',
  outcomeEn: '',
};

/** A new event: a conference for every sector, no tracks yet. */
export function emptyEvent(organiser = ''): EventValues {
  return {
    kind: 'CONFERENCE',
    organiser,
    titleHe: '',
    titleAr: '',
    titleEn: '',
    summaryHe: '',
    summaryAr: '',
    summaryEn: '',
    isOnline: false,
    venueHe: '',
    venueAr: '',
    venueEn: '',
    onlineLink: '',
    startsOn: '',
    endsOn: '',
    capacity: '',
    registrationOpensAt: '',
    registrationClosesAt: '',
    audienceSectors: [...SECTOR_CODES],
    tracks: [],
    outcomeSummaryHe: '',
    outcomeSummaryAr: '',
    outcomeSummaryEn: '',
  };
}

type Text = LocalizedText | null | undefined;

/** What the form needs of an event being changed. */
export interface EventSettings {
  kind: EventKind;
  title: LocalizedText;
  summary?: Text;
  venue?: Text;
  outcomeSummary?: Text;
  isOnline: boolean;
  onlineLink?: string | null;
  startsOn?: unknown;
  endsOn?: unknown;
  capacity?: number | null;
  registrationOpensAt?: unknown;
  registrationClosesAt?: unknown;
  audienceSectors: readonly SectorCode[];
  tracks: ReadonlyArray<{ position: number; topic: LocalizedText; facilitator?: Text; outcomeSummary?: Text }>;
}

const dateText = (value: unknown) => (typeof value === 'string' ? value : '');

export function eventValues(event: EventSettings): EventValues {
  return {
    kind: event.kind,
    organiser: '',
    titleHe: event.title.he,
    titleAr: event.title.ar ?? '',
    titleEn: event.title.en ?? '',
    summaryHe: event.summary?.he ?? '',
    summaryAr: event.summary?.ar ?? '',
    summaryEn: event.summary?.en ?? '',
    isOnline: event.isOnline,
    venueHe: event.venue?.he ?? '',
    venueAr: event.venue?.ar ?? '',
    venueEn: event.venue?.en ?? '',
    onlineLink: event.onlineLink ?? '',
    startsOn: dateText(event.startsOn),
    endsOn: dateText(event.endsOn),
    capacity: event.capacity == null ? '' : String(event.capacity),
    registrationOpensAt: instantToIsraelDateTime(event.registrationOpensAt),
    registrationClosesAt: instantToIsraelDateTime(event.registrationClosesAt),
    audienceSectors: sortSectors(event.audienceSectors),
    tracks: [...event.tracks]
      .sort((a, b) => a.position - b.position)
      .map((track) => ({
        topicHe: track.topic.he,
        topicAr: track.topic.ar ?? '',
        topicEn: track.topic.en ?? '',
        facilitatorHe: track.facilitator?.he ?? '',
        facilitatorAr: track.facilitator?.ar ?? '',
        facilitatorEn: track.facilitator?.en ?? '',
        outcomeHe: track.outcomeSummary?.he ?? '',
        outcomeAr: track.outcomeSummary?.ar ?? '',
        outcomeEn: track.outcomeSummary?.en ?? '',
      })),
    outcomeSummaryHe: event.outcomeSummary?.he ?? '',
    outcomeSummaryAr: event.outcomeSummary?.ar ?? '',
    outcomeSummaryEn: event.outcomeSummary?.en ?? '',
  };
}

/** A text in three languages, or none when its Hebrew is empty (the schema refuses a translation without it). */
function optional(he: string, ar: string, en: string): LocalizedText | null {
  return he.trim() ? localized(he, ar, en) : null;
}

/** Every field the form shows is sent: the event becomes what the form shows (the tracks replace the list). */
function eventFields(values: EventOutput) {
  return {
    title: localized(values.titleHe, values.titleAr, values.titleEn),
    summary: optional(values.summaryHe, values.summaryAr, values.summaryEn),
    venue: values.isOnline ? null : optional(values.venueHe, values.venueAr, values.venueEn),
    isOnline: values.isOnline,
    onlineLink: values.isOnline ? values.onlineLink || null : null,
    // Empty only for a source's undated event (the schema allows it only then): left as it is.
    startsOn: values.startsOn || undefined,
    endsOn: values.endsOn || null,
    capacity: values.capacity === '' ? null : Number(values.capacity),
    registrationOpensAt: values.registrationOpensAt ? israelDateTimeToInstant(values.registrationOpensAt) : null,
    registrationClosesAt: values.registrationClosesAt ? israelDateTimeToInstant(values.registrationClosesAt) : null,
    audienceSectors: sortSectors(values.audienceSectors),
    // The order of the list is the programme's order (position).
    tracks: values.tracks.map((track) => ({
      topic: localized(track.topicHe, track.topicAr, track.topicEn),
      facilitator: optional(track.facilitatorHe, track.facilitatorAr, track.facilitatorEn),
      outcomeSummary: optional(track.outcomeHe, track.outcomeAr, track.outcomeEn),
    })),
    outcomeSummary: optional(values.outcomeSummaryHe, values.outcomeSummaryAr, values.outcomeSummaryEn),
  };
}

/** The organiser field's value for the PMO unit's national events. */
export const NATIONAL = 'national';

/** A new event, by a cluster (its id) or the PMO unit (NATIONAL: clusterId null). */
export function createEventInput(values: EventOutput): CreateEventInput {
  return {
    clusterId: values.organiser === NATIONAL ? null : values.organiser,
    kind: values.kind,
    ...eventFields(values),
  };
}

/** The kind and the organiser stay as created (the API does not change them). */
export function updateEventInput(eventId: string, values: EventOutput): UpdateEventInput {
  return { eventId, ...eventFields(values) };
}
