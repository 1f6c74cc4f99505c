import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@roundtable/shared/identity';
import type { TFunction } from 'i18next';

/**
 * The form schemas' messages are catalogue keys (`form.errors.*`), so a schema stays free of
 * translations and the same rule reads right in every language. These are the numbers they name.
 */
export const FIELD_LIMITS = {
  passwordMin: PASSWORD_MIN_LENGTH,
  passwordMax: PASSWORD_MAX_LENGTH,
  tokenNameMax: 100,
  displayNameMax: 200,
  emailMax: 254,
  titleMax: 500,
} as const;

/** The text of a field's error, or undefined (Mantine then shows none and drops aria-invalid). */
export function fieldError(t: TFunction, error: { message?: string } | undefined): string | undefined {
  return error?.message ? t(error.message, FIELD_LIMITS) : undefined;
}

/** A light check of the shape; the API holds the full rule and answers BAD_USER_INPUT. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
