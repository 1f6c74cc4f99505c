import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isCatalogueKey } from '../../i18n/catalogue-keys';
import {
  createForumInput,
  emptyForum,
  forumSchema,
  forumValues,
  kindsFor,
  seatRows,
  updateForumInput,
  type ForumSettings,
  type ForumValues,
} from './forum-schema';

function errorsOf(schema: z.ZodType, values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  const errors: Record<string, string> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return errors;
}

const clusterForum = forumSchema(false);

/** A cluster's forum with only what is required: a Hebrew name and a kind. */
function minimal(overrides: Partial<ForumValues> = {}): ForumValues {
  return { ...emptyForum(false), nameHe: 'פורום הרווחה', kind: 'PROFESSIONAL', ...overrides };
}

describe('forumSchema', () => {
  it('needs a Hebrew name and a kind', () => {
    expect(errorsOf(clusterForum, emptyForum(false))).toEqual({
      nameHe: 'forums.errors.forumNameRequired',
      kind: 'forums.errors.kindRequired',
    });
    expect(errorsOf(clusterForum, minimal())).toEqual({});
  });

  it("keeps the round table national: a cluster's forum is never one, a national forum always is", () => {
    expect(kindsFor(false)).toEqual(['HEADS', 'COORDINATING', 'PROFESSIONAL', 'CROSS_SECTOR']);
    expect(kindsFor(true)).toEqual(['ROUND_TABLE']);
    expect(errorsOf(clusterForum, minimal({ kind: 'ROUND_TABLE' }))).toEqual({
      kind: 'forums.errors.kindRoundTable',
    });
    expect(errorsOf(forumSchema(true), minimal({ kind: 'HEADS' }))).toEqual({ kind: 'forums.errors.kindNational' });
    expect(errorsOf(forumSchema(true), { ...emptyForum(true), nameHe: 'השולחן העגול' })).toEqual({});
  });

  it('takes a term of 1 to 10 years and a minimum of 1 to 52 meetings, or neither', () => {
    for (const termYears of ['1', '10', ' 3 ', '']) {
      expect(errorsOf(clusterForum, minimal({ termYears })), termYears).toEqual({});
    }
    for (const termYears of ['0', '11', '2.5', '-1', 'three']) {
      expect(errorsOf(clusterForum, minimal({ termYears })), termYears).toEqual({
        termYears: 'forums.errors.termYearsRange',
      });
    }
    for (const minMeetingsPerYear of ['1', '52', '']) {
      expect(errorsOf(clusterForum, minimal({ minMeetingsPerYear })), minMeetingsPerYear).toEqual({});
    }
    for (const minMeetingsPerYear of ['0', '53', '4.5']) {
      expect(errorsOf(clusterForum, minimal({ minMeetingsPerYear })), minMeetingsPerYear).toEqual({
        minMeetingsPerYear: 'forums.errors.minMeetingsRange',
      });
    }
  });

  it('takes a launch date as precise as it is known', () => {
    for (const launchedOn of ['2013', '2013-01', '2013-01-07', '']) {
      expect(errorsOf(clusterForum, minimal({ launchedOn })), launchedOn).toEqual({});
    }
    for (const launchedOn of ['13', '2013-13', '2013-02-30', '07/01/2013']) {
      expect(errorsOf(clusterForum, minimal({ launchedOn })), launchedOn).toEqual({
        launchedOn: 'forums.errors.partialDateInvalid',
      });
    }
  });

  it('takes 0 to 200 seats a sector, whole numbers only', () => {
    const seats = { ...emptyForum(false).seats, BUSINESS: '0', CIVIL_SOCIETY: '200' };
    expect(errorsOf(clusterForum, minimal({ seats }))).toEqual({});
    expect(
      errorsOf(clusterForum, minimal({ seats: { ...seats, BUSINESS: '201', ACADEMIA: '1.5', GOVERNMENT: '-2' } })),
    ).toEqual({
      'seats.BUSINESS': 'forums.errors.seatsRange',
      'seats.ACADEMIA': 'forums.errors.seatsRange',
      'seats.GOVERNMENT': 'forums.errors.seatsRange',
    });
  });

  it('needs each goal in Hebrew, and a Hebrew description when another language has one', () => {
    expect(
      errorsOf(
        clusterForum,
        minimal({
          goals: [
            { he: 'שיתוף פעולה', ar: '', en: '' },
            { he: ' ', ar: '', en: 'Cooperation' },
          ],
          descriptionEn: 'Who sits in it',
        }),
      ),
    ).toEqual({ 'goals.1.he': 'forums.errors.goalHeRequired', descriptionHe: 'forums.errors.descriptionHeRequired' });
  });

  it("holds the API's limits: 500 characters a text, 20 goals", () => {
    const long = 'א'.repeat(501);
    expect(
      errorsOf(
        clusterForum,
        minimal({
          nameEn: long,
          descriptionHe: long,
          goals: [{ he: long, ar: '', en: long }],
        }),
      ),
    ).toEqual({
      nameEn: 'forums.errors.nameTooLong',
      descriptionHe: 'forums.errors.textTooLong',
      'goals.0.he': 'forums.errors.textTooLong',
      'goals.0.en': 'forums.errors.textTooLong',
    });
    const goals = Array.from({ length: 21 }, (_, index) => ({ he: `מטרה ${index + 1}`, ar: '', en: '' }));
    expect(errorsOf(clusterForum, minimal({ goals }))).toEqual({ goals: 'forums.errors.tooManyGoals' });
    expect(errorsOf(clusterForum, minimal({ goals: goals.slice(0, 20) }))).toEqual({});
  });

  it('uses only messages the catalogues have', () => {
    const long = 'x'.repeat(501);
    const messages = [
      ...Object.values(errorsOf(clusterForum, emptyForum(false))),
      ...Object.values(errorsOf(clusterForum, minimal({ kind: 'ROUND_TABLE' }))),
      ...Object.values(errorsOf(forumSchema(true), minimal({ kind: 'HEADS' }))),
      ...Object.values(
        errorsOf(
          clusterForum,
          minimal({
            nameHe: long,
            descriptionAr: long,
            goals: [{ he: '', ar: '', en: '' }],
            launchedOn: 'x',
            termYears: 'x',
            minMeetingsPerYear: 'x',
            seats: { ...emptyForum(false).seats, BUSINESS: 'x' },
          }),
        ),
      ),
      ...Object.values(errorsOf(clusterForum, minimal({ goals: Array(21).fill({ he: 'x', ar: '', en: '' }) }))),
    ];
    expect(messages).toHaveLength(13);
    for (const message of messages) expect(isCatalogueKey(message), message).toBe(true);
  });
});

describe('shaping a forum for the API and back', () => {
  const haifaBay: ForumSettings = {
    kind: 'CROSS_SECTOR',
    name: { he: 'הפורום הבין-מגזרי האזורי', ar: null, en: 'Regional cross-sector forum' },
    description: { he: 'פורום אזורי', ar: null, en: 'A regional forum' },
    topic: { code: 'EMERGENCY_AND_CRISIS' },
    goals: [
      { he: 'שיתופי פעולה', ar: null, en: 'Cooperation' },
      { he: 'הידברות', ar: 'حوار', en: null },
    ],
    launchedOn: '2020-06',
    termYears: 3,
    minMeetingsPerYear: 4,
    allowsIndividuals: true,
    seats: [
      { sector: 'LOCAL_GOVERNMENT', seats: 9 },
      { sector: 'BUSINESS', seats: 9 },
      { sector: 'CIVIL_SOCIETY', seats: 9 },
    ],
  };

  it('fills the form from a forum and sends the same forum back', () => {
    const values = forumValues(haifaBay);
    expect(values.seats).toEqual({
      GOVERNMENT: '',
      LOCAL_GOVERNMENT: '9',
      BUSINESS: '9',
      CIVIL_SOCIETY: '9',
      PHILANTHROPY: '',
      ACADEMIA: '',
    });
    expect(values.termYears).toBe('3');
    const { topic, ...rest } = haifaBay;
    expect(updateForumInput('forum-1', forumSchema(false).parse(values))).toEqual({
      id: 'forum-1',
      ...rest,
      topicCode: topic!.code,
    });
  });

  it('sends empty settings as none: null clears them, an empty map removes the seat limit', () => {
    const values = forumSchema(false).parse(
      minimal({ nameHe: ' פורום ', nameEn: ' ', seats: { ...emptyForum(false).seats, ACADEMIA: '0' } }),
    );
    expect(createForumInput('cluster-1', values)).toEqual({
      clusterId: 'cluster-1',
      kind: 'PROFESSIONAL',
      name: { he: 'פורום', ar: null, en: null },
      description: null,
      topicCode: null,
      goals: [],
      launchedOn: null,
      termYears: null,
      minMeetingsPerYear: null,
      allowsIndividuals: false,
      seats: [],
    });
  });

  it('gives the map a row per sector with seats, in sector order', () => {
    expect(
      seatRows({
        GOVERNMENT: '',
        LOCAL_GOVERNMENT: '0',
        BUSINESS: '2',
        CIVIL_SOCIETY: '02',
        PHILANTHROPY: '',
        ACADEMIA: '1',
      }),
    ).toEqual([
      { sector: 'BUSINESS', seats: 2 },
      { sector: 'CIVIL_SOCIETY', seats: 2 },
      { sector: 'ACADEMIA', seats: 1 },
    ]);
  });

  it('keeps the goals in the order the form has them', () => {
    const values = forumValues(haifaBay);
    const reordered = { ...values, goals: [values.goals[1]!, values.goals[0]!] };
    expect(updateForumInput('forum-1', forumSchema(false).parse(reordered)).goals).toEqual([
      { he: 'הידברות', ar: 'حوار', en: null },
      { he: 'שיתופי פעולה', ar: null, en: 'Cooperation' },
    ]);
  });
});
