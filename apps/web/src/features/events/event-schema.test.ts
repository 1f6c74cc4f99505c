import { describe, expect, it } from 'vitest';
import { isCatalogueKey } from '../../i18n/catalogue-keys';
import {
  createEventInput,
  emptyEvent,
  EMPTY_REGISTRATION,
  EMPTY_TRACK,
  eventSchema,
  eventValues,
  instantToIsraelDateTime,
  israelDateTimeToInstant,
  NATIONAL,
  registrationSchema,
  registrationVariables,
  updateEventInput,
  type EventValues,
} from './event-schema';

const CREATING = { confirmedCount: 0, creating: true };

const valid = (overrides: Partial<EventValues> = {}): EventValues => ({
  ...emptyEvent(NATIONAL),
  titleHe: 'כנס',
  startsOn: '2027-03-01',
  ...overrides,
});

/** The messages the schema gives, by field. */
function issues(values: EventValues, options = CREATING): Record<string, string> {
  const result = eventSchema(options).safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('registrationSchema', () => {
  it('asks for the sector the person comes from', () => {
    const result = registrationSchema.safeParse(EMPTY_REGISTRATION);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('events.errors.sectorRequired');
  });

  it('sends no organisation (null) when none is chosen', () => {
    expect(registrationVariables('e1', { sector: 'BUSINESS', organisationId: '' })).toEqual({
      eventId: 'e1',
      sector: 'BUSINESS',
      organisationId: null,
    });
  });
});

describe('eventSchema', () => {
  it('takes a national event with a Hebrew title and a first day', () => {
    expect(issues(valid())).toEqual({});
  });

  it('asks for the title in Hebrew, the first day, the organiser of a new event and an audience', () => {
    expect(issues({ ...emptyEvent(), audienceSectors: [] })).toEqual({
      titleHe: 'events.errors.titleRequired',
      organiser: 'events.errors.organiserRequired',
      startsOn: 'events.errors.startsOnRequired',
      audienceSectors: 'events.errors.audienceRequired',
    });
  });

  it('does not ask the organiser of an event being changed', () => {
    expect(issues(valid({ organiser: '' }), { confirmedCount: 0, creating: false })).toEqual({});
  });

  it('refuses a last day before the first and a date that is not one', () => {
    expect(issues(valid({ endsOn: '2027-02-28' }))).toEqual({ endsOn: 'events.errors.endsBeforeStarts' });
    expect(issues(valid({ startsOn: '2027-02-30' }))).toEqual({ startsOn: 'events.errors.dateInvalid' });
  });

  it('takes seats as a whole number from 1, or none for no limit, never below those confirmed', () => {
    expect(issues(valid({ capacity: '' }))).toEqual({});
    expect(issues(valid({ capacity: '1' }))).toEqual({});
    expect(issues(valid({ capacity: '0' }))).toEqual({ capacity: 'events.errors.capacityRange' });
    expect(issues(valid({ capacity: '2.5' }))).toEqual({ capacity: 'events.errors.capacityRange' });
    expect(issues(valid({ capacity: '3' }), { confirmedCount: 4, creating: false })).toEqual({
      capacity: 'events.errors.capacityBelowConfirmed',
    });
  });

  it('refuses a registration window that closes before it opens', () => {
    expect(
      issues(valid({ registrationOpensAt: '2027-02-01T09:00', registrationClosesAt: '2027-02-01T09:00' })),
    ).toEqual({ registrationClosesAt: 'events.errors.closesBeforeOpens' });
  });

  it('takes a link only for an online event, and only https', () => {
    expect(issues(valid({ onlineLink: 'https://example.test/room' }))).toEqual({
      onlineLink: 'events.errors.linkOnlyOnline',
    });
    expect(issues(valid({ isOnline: true, onlineLink: 'http://example.test' }))).toEqual({
      onlineLink: 'events.errors.linkInvalid',
    });
    expect(issues(valid({ isOnline: true, onlineLink: 'https://example.test/room' }))).toEqual({});
  });

  it("asks each track's topic in Hebrew, and Hebrew before a translation", () => {
    expect(issues(valid({ tracks: [{ ...EMPTY_TRACK, facilitatorEn: 'The team' }] }))).toEqual({
      'tracks.0.topicHe': 'events.errors.trackTopicRequired',
      'tracks.0.facilitatorHe': 'events.errors.hebrewFirst',
    });
  });

  it('names only messages the catalogues have', () => {
    const all = [
      ...Object.values(issues({ ...emptyEvent(), audienceSectors: [] })),
      ...Object.values(issues(valid({ tracks: [{ ...EMPTY_TRACK, outcomeAr: 'x' }] }))),
      ...Object.values(issues(valid({ capacity: '3' }), { confirmedCount: 4, creating: false })),
    ];
    for (const key of all) expect(isCatalogueKey(key), key).toBe(true);
  });
});

describe("the window on Israel's clock", () => {
  it('reads a datetime-local value as Israel time, in winter (+02:00) and summer (+03:00)', () => {
    expect(israelDateTimeToInstant('2027-01-10T09:00')).toBe('2027-01-10T07:00:00.000Z');
    expect(israelDateTimeToInstant('2027-07-10T09:00')).toBe('2027-07-10T06:00:00.000Z');
    expect(israelDateTimeToInstant('not a time')).toBeNull();
  });

  it('writes an instant back as the same wall-clock value', () => {
    expect(instantToIsraelDateTime('2027-07-10T06:00:00.000Z')).toBe('2027-07-10T09:00');
    expect(instantToIsraelDateTime(null)).toBe('');
  });
});

describe('the inputs sent', () => {
  it('sends a national event with clusterId null, the window as instants and tracks in order', () => {
    const values = eventSchema(CREATING).parse(
      valid({
        capacity: '1',
        registrationClosesAt: '2027-02-01T18:00',
        tracks: [
          { ...EMPTY_TRACK, topicHe: 'סביבה', topicEn: 'Environment' },
          { ...EMPTY_TRACK, topicHe: 'חינוך' },
        ],
      }),
    );
    const input = createEventInput(values);
    expect(input).toMatchObject({
      clusterId: null,
      kind: 'CONFERENCE',
      title: { he: 'כנס', ar: null, en: null },
      summary: null,
      venue: null,
      capacity: 1,
      registrationOpensAt: null,
      registrationClosesAt: '2027-02-01T16:00:00.000Z',
      startsOn: '2027-03-01',
      endsOn: null,
    });
    expect(input.tracks?.map((track) => track.topic.he)).toEqual(['סביבה', 'חינוך']);
    expect(input.tracks?.[0]?.facilitator).toBeNull();
  });

  it("sends a cluster's id as the organiser", () => {
    const values = eventSchema(CREATING).parse(valid({ organiser: 'c0ffee00-0000-4000-8000-000000000000' }));
    expect(createEventInput(values).clusterId).toBe('c0ffee00-0000-4000-8000-000000000000');
  });

  it('round-trips an event through the form unchanged', () => {
    const event = {
      kind: 'EXPOSURE_CONFERENCE' as const,
      title: { he: 'כנס חשיפה', ar: null, en: 'Exposure conference' },
      summary: null,
      venue: { he: 'המרכז לאומנויות', ar: null, en: null },
      outcomeSummary: null,
      isOnline: false,
      onlineLink: null,
      startsOn: '2027-08-26',
      endsOn: null,
      capacity: 135,
      registrationOpensAt: null,
      registrationClosesAt: '2027-08-20T21:00:00.000Z',
      audienceSectors: ['LOCAL_GOVERNMENT', 'BUSINESS'] as const,
      tracks: [
        { position: 2, topic: { he: 'חינוך', ar: null, en: null }, facilitator: null, outcomeSummary: null },
        { position: 1, topic: { he: 'סביבה', ar: null, en: null }, facilitator: null, outcomeSummary: null },
      ],
    };
    const values = eventValues({ ...event, audienceSectors: [...event.audienceSectors] });
    expect(values.tracks.map((track) => track.topicHe)).toEqual(['סביבה', 'חינוך']);
    const input = updateEventInput('e1', eventSchema({ confirmedCount: 0, creating: false }).parse(values));
    expect(input).toMatchObject({
      eventId: 'e1',
      title: event.title,
      venue: event.venue,
      capacity: 135,
      registrationClosesAt: event.registrationClosesAt,
      audienceSectors: ['LOCAL_GOVERNMENT', 'BUSINESS'],
    });
  });
});

describe("a source's undated event", () => {
  it('may stay without a date when changed, and the day is then left out of the input', () => {
    const options = { confirmedCount: 0, creating: false, undatedAllowed: true };
    const values = valid({ startsOn: '' });
    expect(issues(values, options)).toEqual({});
    expect(updateEventInput('e1', eventSchema(options).parse(values)).startsOn).toBeUndefined();
  });

  it('still needs a date when the source gives one or the event is new', () => {
    expect(issues(valid({ startsOn: '' }))).toEqual({ startsOn: 'events.errors.startsOnRequired' });
  });
});
