import { z } from 'zod';
import { instantToIsraelTime, israelTimeToInstant } from './forum-data';
import { isCalendarDate } from './member-schema';

/** The API's limits (meeting.inputs.ts): a title and a place of 200 characters, long agendas and summaries. */
export const MEETING_LIMITS = { titleMax: 200, locationMax: 200, agendaMax: 10_000, summaryMax: 20_000 } as const;

/**
 * A meeting as the form holds it: its date and time on Israel's clock (stored in UTC, shown in
 * Asia/Jerusalem), a title, and when known the place, the agenda and the summary.
 */
export const meetingSchema = z.object({
  date: z.string().trim().min(1, 'forums.errors.dateRequired').refine(isCalendarDate, 'forums.errors.dateInvalid'),
  time: z
    .string()
    .trim()
    .min(1, 'forums.errors.timeRequired')
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'forums.errors.timeInvalid'),
  title: z
    .string()
    .trim()
    .min(1, 'forums.errors.meetingTitleRequired')
    .max(MEETING_LIMITS.titleMax, 'forums.errors.meetingTitleTooLong'),
  location: z.string().trim().max(MEETING_LIMITS.locationMax, 'forums.errors.locationTooLong'),
  agenda: z.string().trim().max(MEETING_LIMITS.agendaMax, 'forums.errors.agendaTooLong'),
  summary: z.string().trim().max(MEETING_LIMITS.summaryMax, 'forums.errors.summaryTooLong'),
});
export type MeetingValues = z.input<typeof meetingSchema>;

export const EMPTY_MEETING: MeetingValues = {
  date: '',
  time: '18:00',
  title: '',
  location: '',
  agenda: '',
  summary: '',
};

export interface MeetingInput {
  startsAt: string;
  title: string;
  location: string | null;
  agenda: string | null;
  summary: string | null;
}

/** What the API takes: the start as an instant, empty texts as none (null clears them on a change). */
export function meetingInput(values: z.output<typeof meetingSchema>): MeetingInput {
  const startsAt = israelTimeToInstant(values.date, values.time);
  if (!startsAt) throw new RangeError(`Not a time in Israel: ${values.date} ${values.time}`);
  return {
    startsAt,
    title: values.title,
    location: values.location || null,
    agenda: values.agenda || null,
    summary: values.summary || null,
  };
}

/** The form's values for a meeting being changed. */
export function meetingValues(meeting: {
  startsAt: string;
  title: string;
  location: string | null;
  agenda: string | null;
  summary: string | null;
}): MeetingValues {
  const { date, time } = instantToIsraelTime(meeting.startsAt);
  return {
    date,
    time,
    title: meeting.title,
    location: meeting.location ?? '',
    agenda: meeting.agenda ?? '',
    summary: meeting.summary ?? '',
  };
}
