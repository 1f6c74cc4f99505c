import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import i18next from 'i18next';
import he from '../../i18n/he.json';
import ar from '../../i18n/ar.json';
import en from '../../i18n/en.json';
import { isCatalogueKey } from '../../i18n/catalogue-keys';
import {
  appointReserveInput,
  appointReserveSchema,
  CALL_LIMITS,
  callSchema,
  callValues,
  createCallInput,
  decisionInput,
  decisionSchema,
  emptyCall,
  extensionInput,
  extensionSchema,
  isCalendarDate,
  scoreInput,
  scoreSchema,
  scoreValues,
  updateCallInput,
  type CallSettings,
  type CallValues,
} from './call-schema';

function errorsOf(schema: z.ZodType, values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  const errors: Record<string, string> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return errors;
}

const TODAY = '2026-03-10';
const MAP = ['LOCAL_GOVERNMENT', 'BUSINESS', 'CIVIL_SOCIETY'] as const;
const schema = callSchema({ today: TODAY, mapSectors: MAP });

/** Haifa Bay's call (seed 000) with only what is required. */
function minimal(overrides: Partial<CallValues> = {}): CallValues {
  return {
    ...emptyCall(MAP),
    titleHe: 'קול קורא להצטרפות לפורום הבין-מגזרי',
    textHe: 'מוזמנים גופים וארגונים מהמגזר השלישי ומהמגזר העסקי להגיש בקשות.',
    deadline: '2026-06-02',
    criteria: [{ ...emptyCall(MAP).criteria[0]!, nameHe: 'זיקה לאזור' }],
    ...overrides,
  };
}

describe('callSchema', () => {
  it('needs a Hebrew title and text, a deadline and a named criterion', () => {
    expect(errorsOf(schema, emptyCall(MAP))).toEqual({
      titleHe: 'callReview.errors.titleRequired',
      textHe: 'callReview.errors.textRequired',
      deadline: 'callReview.errors.deadlineRequired',
      'criteria.0.nameHe': 'callReview.errors.criterionNameRequired',
    });
    expect(errorsOf(schema, minimal())).toEqual({});
  });

  it('starts a new call with every sector of the map eligible, in sector order, and rotation 1', () => {
    const values = emptyCall(['CIVIL_SOCIETY', 'LOCAL_GOVERNMENT', 'BUSINESS']);
    expect(values.eligibleSectors).toEqual(['LOCAL_GOVERNMENT', 'BUSINESS', 'CIVIL_SOCIETY']);
    expect(values.rotation).toBe('1');
    expect(values.criteria).toHaveLength(1);
  });

  it('refuses a deadline in the past, before the opening, or not a real day', () => {
    expect(errorsOf(schema, minimal({ deadline: '2026-03-09' }))).toEqual({
      deadline: 'callReview.errors.deadlinePast',
    });
    expect(errorsOf(schema, minimal({ deadline: TODAY }))).toEqual({});
    expect(errorsOf(schema, minimal({ opensOn: '2026-07-01' }))).toEqual({
      deadline: 'callReview.errors.deadlineBeforeOpens',
    });
    expect(errorsOf(schema, minimal({ deadline: '2026-02-30', opensOn: '1/6/2026' }))).toEqual({
      deadline: 'callReview.errors.dateInvalid',
      opensOn: 'callReview.errors.dateInvalid',
    });
  });

  it("takes only sectors of the forum's map, at least one; any sector when the forum has no map", () => {
    expect(errorsOf(schema, minimal({ eligibleSectors: [] }))).toEqual({
      eligibleSectors: 'callReview.errors.sectorsRequired',
    });
    expect(errorsOf(schema, minimal({ eligibleSectors: ['BUSINESS', 'ACADEMIA'] }))).toEqual({
      eligibleSectors: 'callReview.errors.sectorNotInMap',
    });
    const noMap = callSchema({ today: TODAY, mapSectors: [] });
    expect(errorsOf(noMap, minimal({ eligibleSectors: ['ACADEMIA'] }))).toEqual({});
  });

  it('takes a rotation from 1 to 100, whole', () => {
    for (const rotation of ['1', '2', '100']) expect(errorsOf(schema, minimal({ rotation }))).toEqual({});
    for (const rotation of ['0', '101', '1.5', '', 'first']) {
      expect(errorsOf(schema, minimal({ rotation })), rotation).toEqual({
        rotation: 'callReview.errors.rotationRange',
      });
    }
  });

  it('needs 1 to 20 criteria, each named in Hebrew, a description in Hebrew when another language has one', () => {
    expect(errorsOf(schema, minimal({ criteria: [] }))).toEqual({ criteria: 'callReview.errors.criteriaRequired' });
    const criterion = minimal().criteria[0]!;
    expect(
      errorsOf(
        schema,
        minimal({ criteria: [criterion, { ...criterion, nameHe: ' ', descriptionEn: 'Regional ties' }] }),
      ),
    ).toEqual({
      'criteria.1.nameHe': 'callReview.errors.criterionNameRequired',
      'criteria.1.descriptionHe': 'callReview.errors.descriptionHeRequired',
    });
    expect(errorsOf(schema, minimal({ criteria: Array(21).fill(criterion) }))).toEqual({
      criteria: 'callReview.errors.tooManyCriteria',
    });
  });

  it("holds the API's limits: 500 characters a title or criterion, 20,000 the call's text", () => {
    const long = 'א'.repeat(CALL_LIMITS.textMax + 1);
    expect(errorsOf(schema, minimal({ titleEn: long, textHe: long }))).toEqual({
      titleEn: 'callReview.errors.textTooLong',
    });
    expect(errorsOf(schema, minimal({ textAr: 'ع'.repeat(CALL_LIMITS.documentMax + 1) }))).toEqual({
      textAr: 'callReview.errors.documentTooLong',
    });
  });
});

describe('shaping a call for the API and back', () => {
  const draft: CallSettings = {
    title: { he: 'קול קורא', ar: null, en: 'Call for applications' },
    text: { he: 'נוסח', ar: 'نص', en: null },
    opensOn: null,
    deadline: '2026-06-02',
    eligibleSectors: ['CIVIL_SOCIETY', 'BUSINESS'],
    allowsIndividuals: true,
    rotation: 1,
    criteria: [
      { position: 2, name: { he: 'ניסיון', ar: null, en: 'Experience' }, description: null },
      {
        position: 1,
        name: { he: 'זיקה לאזור', ar: null, en: null },
        description: { he: 'פעילות באזור', ar: null, en: null },
      },
    ],
  };

  it('fills the form from a draft and sends the same call back, criteria in their order', () => {
    const values = callValues(draft);
    expect(values.criteria.map((criterion) => criterion.nameHe)).toEqual(['זיקה לאזור', 'ניסיון']);
    expect(values.eligibleSectors).toEqual(['BUSINESS', 'CIVIL_SOCIETY']);
    expect(updateCallInput('call-1', schema.parse(values))).toEqual({
      callId: 'call-1',
      title: draft.title,
      text: draft.text,
      opensOn: null,
      deadline: '2026-06-02',
      eligibleSectors: ['BUSINESS', 'CIVIL_SOCIETY'],
      allowsIndividuals: true,
      rotation: 1,
      criteria: [
        { name: { he: 'זיקה לאזור', ar: null, en: null }, description: { he: 'פעילות באזור', ar: null, en: null } },
        { name: { he: 'ניסיון', ar: null, en: 'Experience' }, description: null },
      ],
    });
  });

  it('sends empty translations as none and trims', () => {
    const input = createCallInput(
      'forum-1',
      schema.parse(minimal({ titleHe: ' כותרת ', titleEn: ' ', opensOn: '2026-04-01' })),
    );
    expect(input.forumId).toBe('forum-1');
    expect(input.title).toEqual({ he: 'כותרת', ar: null, en: null });
    expect(input.opensOn).toBe('2026-04-01');
    expect(input.rotation).toBe(1);
  });
});

describe('the deadline, the decision and the scores', () => {
  it('extends only to a later day, with a reason in Hebrew', () => {
    const extension = extensionSchema('2020-05-15');
    expect(
      errorsOf(extension, { newDeadline: '2020-05-15', reasonHe: '', reasonAr: '', reasonEn: 'Holidays' }),
    ).toEqual({
      newDeadline: 'callReview.errors.extensionNotLater',
      reasonHe: 'callReview.errors.reasonHeRequired',
    });
    const values = { newDeadline: '2020-06-02', reasonHe: 'לאור החגים והעניין הרב', reasonAr: '', reasonEn: '' };
    expect(errorsOf(extension, values)).toEqual({});
    expect(extensionInput('call-1', values)).toEqual({
      callId: 'call-1',
      newDeadline: '2020-06-02',
      reason: { he: 'לאור החגים והעניין הרב', ar: null, en: null },
    });
  });

  it('needs a decision and its reason', () => {
    expect(errorsOf(decisionSchema, { decision: '', reason: ' ' })).toEqual({
      decision: 'callReview.errors.decisionRequired',
      reason: 'callReview.errors.reasonRequired',
    });
    expect(decisionInput('app-1', { decision: 'RESERVE', reason: ' מתאים לצוות עבודה ' })).toEqual({
      applicationId: 'app-1',
      decision: 'RESERVE',
      reason: 'מתאים לצוות עבודה',
    });
    expect(() => decisionInput('app-1', { decision: '', reason: 'x' })).toThrow(RangeError);
  });

  it('appoints a reserve by accepting it, from today or a later day', () => {
    const appoint = appointReserveSchema(TODAY);
    expect(errorsOf(appoint, { reason: '', termStartsOn: '2026-03-09' })).toEqual({
      reason: 'callReview.errors.reasonRequired',
      termStartsOn: 'callReview.errors.termStartPast',
    });
    expect(appointReserveInput('app-2', { reason: 'מושב התפנה', termStartsOn: '' })).toEqual({
      applicationId: 'app-2',
      decision: 'ACCEPT',
      reason: 'מושב התפנה',
      termStartsOn: null,
    });
  });

  it('needs a score from 1 to 5 for every criterion, and starts from the viewer’s own', () => {
    const ids = ['c1', 'c2'];
    const values = scoreValues(ids, [{ criterionId: 'c2', score: 4, note: 'פעילות ענפה' }]);
    expect(values).toEqual({ scores: { c1: '', c2: '4' }, notes: { c1: '', c2: 'פעילות ענפה' } });
    expect(errorsOf(scoreSchema(ids), values)).toEqual({ 'scores.c1': 'callReview.errors.scoreRequired' });
    expect(errorsOf(scoreSchema(ids), { ...values, scores: { c1: '6', c2: '4' } })).toEqual({
      'scores.c1': 'callReview.errors.scoreRequired',
    });
    const done = { ...values, scores: { c1: '5', c2: '4' } };
    expect(errorsOf(scoreSchema(ids), done)).toEqual({});
    expect(scoreInput('app-1', ids, done)).toEqual({
      applicationId: 'app-1',
      scores: [
        { criterionId: 'c1', score: 5, note: null },
        { criterionId: 'c2', score: 4, note: 'פעילות ענפה' },
      ],
    });
  });

  it('knows a real calendar day', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-2-1')).toBe(false);
  });
});

describe('the messages', () => {
  const messages = [
    ...Object.values(errorsOf(schema, emptyCall(MAP))),
    ...Object.values(
      errorsOf(
        schema,
        minimal({
          titleAr: 'x'.repeat(501),
          textEn: 'x'.repeat(20_001),
          opensOn: 'x',
          eligibleSectors: [],
          rotation: 'x',
          criteria: [],
        }),
      ),
    ),
    ...Object.values(errorsOf(schema, minimal({ deadline: '2020-01-01' }))),
    ...Object.values(errorsOf(schema, minimal({ opensOn: '2026-12-01' }))),
    ...Object.values(errorsOf(schema, minimal({ eligibleSectors: ['ACADEMIA'] }))),
    ...Object.values(errorsOf(schema, minimal({ criteria: Array(21).fill(minimal().criteria[0]) }))),
    ...Object.values(errorsOf(schema, minimal({ criteria: [{ ...minimal().criteria[0]!, descriptionAr: 'وصف' }] }))),
    ...Object.values(
      errorsOf(extensionSchema('2026-06-02'), { newDeadline: '2026-06-01', reasonHe: '', reasonAr: '', reasonEn: '' }),
    ),
    ...Object.values(errorsOf(decisionSchema, { decision: '', reason: 'x'.repeat(2001) })),
    ...Object.values(errorsOf(decisionSchema, { decision: 'ACCEPT', reason: '' })),
    ...Object.values(errorsOf(appointReserveSchema(TODAY), { reason: 'x', termStartsOn: '2020-01-01' })),
    ...Object.values(errorsOf(scoreSchema(['c1']), { scores: {}, notes: { c1: 'x'.repeat(2001) } })),
  ];

  it('are catalogue keys', () => {
    expect(new Set(messages).size).toBeGreaterThanOrEqual(20);
    for (const message of messages) expect(isCatalogueKey(message), message).toBe(true);
  });

  it('read in Hebrew, Arabic and English, with the limits they name', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'en',
      resources: { he: { translation: he }, ar: { translation: ar }, en: { translation: en } },
      interpolation: { escapeValue: false },
    });
    for (const language of ['he', 'ar', 'en'] as const) {
      const t = i18n.getFixedT(language);
      for (const message of messages) {
        const text = t(message, CALL_LIMITS);
        expect(text, `${language}: ${message}`).not.toBe(message);
        expect(text, `${language}: ${message}`).not.toMatch(/\{\{/);
      }
    }
    expect(i18n.getFixedT('he')('callReview.errors.textTooLong', CALL_LIMITS)).toContain('500');
    expect(i18n.getFixedT('ar')('callReview.errors.scoreRequired')).toContain('5');
    expect(i18n.getFixedT('en')('callReview.errors.titleRequired')).toBe("Enter the call's title in Hebrew.");
  });
});
