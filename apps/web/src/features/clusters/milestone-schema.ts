import { z } from 'zod';
import { isPartialDate } from '@roundtable/shared/partial-date';
import type { LocalizedText } from '@roundtable/shared/localized';
import { FIELD_LIMITS } from '../../app/form-errors';

const optionalTitle = z.string().trim().max(FIELD_LIMITS.titleMax, 'form.errors.titleTooLong');

/**
 * A milestone as the form holds it: a date as precise as it is known (2021, 2021-06, 2021-06-15)
 * and a title in Hebrew (required: Hebrew first), Arabic and English when known.
 */
export const milestoneSchema = z.object({
  occurredOn: z.string().trim().min(1, 'form.errors.dateRequired').refine(isPartialDate, 'form.errors.dateInvalid'),
  titleHe: z
    .string()
    .trim()
    .min(1, 'form.errors.titleHeRequired')
    .max(FIELD_LIMITS.titleMax, 'form.errors.titleTooLong'),
  titleAr: optionalTitle,
  titleEn: optionalTitle,
});
export type MilestoneValues = z.input<typeof milestoneSchema>;

export const EMPTY_MILESTONE: MilestoneValues = { occurredOn: '', titleHe: '', titleAr: '', titleEn: '' };

/** What the API takes: an empty translation is none (null), never an empty string. */
export function milestoneInput(values: z.output<typeof milestoneSchema>): { occurredOn: string; title: LocalizedText } {
  return {
    occurredOn: values.occurredOn,
    title: { he: values.titleHe, ar: values.titleAr || null, en: values.titleEn || null },
  };
}

/** The form's starting values for a milestone being changed. */
export function milestoneValues(milestone: { occurredOn: string; title: LocalizedText }): MilestoneValues {
  return {
    occurredOn: milestone.occurredOn,
    titleHe: milestone.title.he,
    titleAr: milestone.title.ar ?? '',
    titleEn: milestone.title.en ?? '',
  };
}
