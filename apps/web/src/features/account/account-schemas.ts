import { z } from 'zod';
import { EMAIL_PATTERN, FIELD_LIMITS } from '../../app/form-errors';

// Messages are catalogue keys, read with fieldError() (app/form-errors.ts).

export const emailField = z
  .string()
  .trim()
  .min(1, 'form.errors.emailRequired')
  .max(FIELD_LIMITS.emailMax, 'form.errors.emailInvalid')
  .regex(EMAIL_PATTERN, 'form.errors.emailInvalid');

/** A new password: 12 to 256 characters, as the API requires (packages/shared identity.ts). */
const newPasswordField = z
  .string()
  .min(1, 'form.errors.passwordRequired')
  .min(FIELD_LIMITS.passwordMin, 'form.errors.passwordTooShort')
  .max(FIELD_LIMITS.passwordMax, 'form.errors.passwordTooLong');

export const signInSchema = z.object({
  email: emailField,
  // Any length is checked at sign-in: an old password may predate the rules.
  password: z
    .string()
    .min(1, 'form.errors.passwordRequired')
    .max(FIELD_LIMITS.passwordMax, 'form.errors.passwordTooLong'),
});
export type SignInValues = z.input<typeof signInSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, 'form.errors.currentPasswordRequired')
      .max(FIELD_LIMITS.passwordMax, 'form.errors.passwordTooLong'),
    newPassword: newPasswordField,
    confirmPassword: z.string().min(1, 'form.errors.confirmRequired'),
  })
  .refine((values) => values.confirmPassword === values.newPassword, {
    path: ['confirmPassword'],
    message: 'form.errors.passwordsDiffer',
  })
  .refine((values) => values.newPassword !== values.currentPassword, {
    path: ['newPassword'],
    message: 'form.errors.passwordUnchanged',
  });
export type ChangePasswordValues = z.input<typeof changePasswordSchema>;

export const acceptInvitationSchema = z
  .object({
    password: newPasswordField,
    confirmPassword: z.string().min(1, 'form.errors.confirmRequired'),
  })
  .refine((values) => values.confirmPassword === values.password, {
    path: ['confirmPassword'],
    message: 'form.errors.passwordsDiffer',
  });
export type AcceptInvitationValues = z.input<typeof acceptInvitationSchema>;

/** How long a new API token lasts; the API takes 1 to 365 days. */
export const TOKEN_LIFETIMES = ['30', '90', '180', '365'] as const;

export const createApiTokenSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'form.errors.tokenNameRequired')
    .max(FIELD_LIMITS.tokenNameMax, 'form.errors.tokenNameTooLong'),
  expiresInDays: z.enum(TOKEN_LIFETIMES, 'form.errors.tokenLifetime'),
});
export type CreateApiTokenValues = z.input<typeof createApiTokenSchema>;
