import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isCatalogueKey } from '../../i18n/catalogue-keys';
import { EMPTY_MEETING, meetingInput, meetingSchema, meetingValues } from './meeting-schema';

function errorsOf(schema: z.ZodType, values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  const errors: Record<string, string> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return errors;
}

describe('meetingSchema', () => {
  it('needs a date and a title; the time starts filled', () => {
    expect(errorsOf(meetingSchema, EMPTY_MEETING)).toEqual({
      date: 'forums.errors.dateRequired',
      title: 'forums.errors.meetingTitleRequired',
    });
    expect(errorsOf(meetingSchema, { ...EMPTY_MEETING, time: '' })).toMatchObject({
      time: 'forums.errors.timeRequired',
    });
  });

  it('refuses a day the calendar does not have, and a time that is not one', () => {
    expect(errorsOf(meetingSchema, { ...EMPTY_MEETING, date: '2025-02-29', time: '25:00', title: 'x' })).toEqual({
      date: 'forums.errors.dateInvalid',
      time: 'forums.errors.timeInvalid',
    });
  });

  it("holds the API's limits", () => {
    expect(
      errorsOf(meetingSchema, {
        date: '2025-01-01',
        time: '10:00',
        title: 'x'.repeat(201),
        location: 'x'.repeat(201),
        agenda: 'x'.repeat(10_001),
        summary: 'x'.repeat(20_001),
      }),
    ).toEqual({
      title: 'forums.errors.meetingTitleTooLong',
      location: 'forums.errors.locationTooLong',
      agenda: 'forums.errors.agendaTooLong',
      summary: 'forums.errors.summaryTooLong',
    });
  });

  it('uses only messages the catalogues have', () => {
    const messages = [
      ...Object.values(errorsOf(meetingSchema, { ...EMPTY_MEETING, time: '' })),
      ...Object.values(
        errorsOf(meetingSchema, {
          date: 'x',
          time: 'x',
          title: 'x'.repeat(201),
          location: 'x'.repeat(201),
          agenda: 'x'.repeat(10_001),
          summary: 'x'.repeat(20_001),
        }),
      ),
    ];
    expect(messages).toHaveLength(9);
    for (const message of messages) expect(isCatalogueKey(message), message).toBe(true);
  });
});

describe('meetingInput and meetingValues', () => {
  it("sends the start as an instant from Israel's clock, and empty texts as none", () => {
    const values = meetingSchema.parse({
      date: '2024-05-12',
      time: '17:00',
      title: ' Quarterly meeting ',
      location: ' ',
      agenda: 'Budget',
      summary: '',
    });
    expect(meetingInput(values)).toEqual({
      startsAt: '2024-05-12T14:00:00.000Z',
      title: 'Quarterly meeting',
      location: null,
      agenda: 'Budget',
      summary: null,
    });
  });

  it('fills the form from a meeting and back again', () => {
    const meeting = {
      startsAt: '2025-01-20T16:30:00.000Z',
      title: 'מפגש',
      location: 'קריית ביאליק',
      agenda: null,
      summary: 'הוחלט',
    };
    expect(meetingValues(meeting)).toMatchObject({ date: '2025-01-20', time: '18:30' });
    expect(meetingInput(meetingSchema.parse(meetingValues(meeting)))).toEqual(meeting);
  });
});
