import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isCatalogueKey } from '../../i18n/catalogue-keys';
import { EMPTY_MILESTONE, milestoneInput, milestoneSchema, milestoneValues } from './milestone-schema';

function errorsOf(schema: z.ZodType, values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  const errors: Record<string, string> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return errors;
}

describe('milestoneSchema', () => {
  it('needs a date and a Hebrew title', () => {
    expect(errorsOf(milestoneSchema, EMPTY_MILESTONE)).toEqual({
      occurredOn: 'form.errors.dateRequired',
      titleHe: 'form.errors.titleHeRequired',
    });
  });

  it('takes a date as precise as it is known, and refuses one the calendar does not have', () => {
    for (const occurredOn of ['2021', '2021-06', '2021-06-15']) {
      expect(errorsOf(milestoneSchema, { ...EMPTY_MILESTONE, occurredOn, titleHe: 'כנס' }), occurredOn).toEqual({});
    }
    for (const occurredOn of ['21', '2021-13', '2021-02-30', '15/06/2021']) {
      expect(errorsOf(milestoneSchema, { ...EMPTY_MILESTONE, occurredOn, titleHe: 'כנס' }), occurredOn).toEqual({
        occurredOn: 'form.errors.dateInvalid',
      });
    }
  });

  it('limits each title to 500 characters', () => {
    const long = 'א'.repeat(501);
    expect(errorsOf(milestoneSchema, { occurredOn: '2021', titleHe: long, titleAr: long, titleEn: long })).toEqual({
      titleHe: 'form.errors.titleTooLong',
      titleAr: 'form.errors.titleTooLong',
      titleEn: 'form.errors.titleTooLong',
    });
  });

  it('uses only messages the catalogues have', () => {
    const messages = [
      ...Object.values(errorsOf(milestoneSchema, EMPTY_MILESTONE)),
      ...Object.values(errorsOf(milestoneSchema, { ...EMPTY_MILESTONE, occurredOn: 'x', titleAr: 'x'.repeat(501) })),
    ];
    expect(messages).toHaveLength(5);
    for (const message of messages) expect(isCatalogueKey(message), message).toBe(true);
  });
});

describe('milestoneInput and milestoneValues', () => {
  it('sends an empty translation as none, trimmed', () => {
    const values = milestoneSchema.parse({
      occurredOn: ' 2024-03 ',
      titleHe: ' כנס ',
      titleAr: ' ',
      titleEn: 'Conference',
    });
    expect(milestoneInput(values)).toEqual({
      occurredOn: '2024-03',
      title: { he: 'כנס', ar: null, en: 'Conference' },
    });
  });

  it('fills the form from a milestone and back again', () => {
    const milestone = { occurredOn: '2020-06-02', title: { he: 'הכרזה', ar: null, en: 'Announcement' } };
    expect(milestoneInput(milestoneSchema.parse(milestoneValues(milestone)))).toEqual(milestone);
  });
});
