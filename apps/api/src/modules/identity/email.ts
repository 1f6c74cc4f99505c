import { isEmail, ValidateBy } from 'class-validator';

/** Emails are compared as typed but for case and surrounding spaces (the column holds this form). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** An email address, forgiving the spaces a paste brings along (they are trimmed before storing). */
export function IsEmailAddress(): PropertyDecorator {
  return ValidateBy({
    name: 'isEmailAddress',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && value.trim().length <= 254 && isEmail(value.trim()),
      defaultMessage: () => 'email must be an email address (at most 254 characters), such as name@example.org',
    },
  });
}
