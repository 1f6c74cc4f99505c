import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isCatalogueKey } from '../../i18n/catalogue-keys';
import { acceptInvitationSchema, changePasswordSchema, createApiTokenSchema, signInSchema } from './account-schemas';

/** The first message of each field that fails, by field name, as the form shows it. */
function errorsOf(schema: z.ZodType, values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  const errors: Record<string, string> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return errors;
}

const LONG = 'x'.repeat(257);

describe('signInSchema', () => {
  it('asks for both fields, and trims the email', () => {
    expect(errorsOf(signInSchema, { email: ' ', password: '' })).toEqual({
      email: 'form.errors.emailRequired',
      password: 'form.errors.passwordRequired',
    });
    expect(signInSchema.parse({ email: ' admin@demo.roundtable.test ', password: 'x' }).email).toBe(
      'admin@demo.roundtable.test',
    );
  });

  it('refuses something that is not an email, and a password longer than the API takes', () => {
    expect(errorsOf(signInSchema, { email: 'admin', password: LONG })).toEqual({
      email: 'form.errors.emailInvalid',
      password: 'form.errors.passwordTooLong',
    });
  });

  it('takes a short password: an old one may predate the rules', () => {
    expect(errorsOf(signInSchema, { email: 'a@b.org', password: 'short' })).toEqual({});
  });
});

describe('changePasswordSchema', () => {
  const valid = {
    currentPassword: 'roundtable-demo',
    newPassword: 'three calm herons',
    confirmPassword: 'three calm herons',
  };

  it('accepts a long enough new password typed twice', () => {
    expect(errorsOf(changePasswordSchema, valid)).toEqual({});
  });

  it('needs at least 12 characters', () => {
    expect(errorsOf(changePasswordSchema, { ...valid, newPassword: 'short', confirmPassword: 'short' })).toEqual({
      newPassword: 'form.errors.passwordTooShort',
    });
  });

  it('says where the confirmation differs, and refuses the same password again', () => {
    expect(errorsOf(changePasswordSchema, { ...valid, confirmPassword: 'three calm heron' })).toEqual({
      confirmPassword: 'form.errors.passwordsDiffer',
    });
    expect(
      errorsOf(changePasswordSchema, {
        currentPassword: valid.newPassword,
        newPassword: valid.newPassword,
        confirmPassword: valid.newPassword,
      }),
    ).toEqual({ newPassword: 'form.errors.passwordUnchanged' });
  });
});

describe('acceptInvitationSchema', () => {
  it('needs a new password of the right length, typed twice', () => {
    expect(errorsOf(acceptInvitationSchema, { password: '', confirmPassword: '' })).toEqual({
      password: 'form.errors.passwordRequired',
      confirmPassword: 'form.errors.confirmRequired',
    });
    expect(errorsOf(acceptInvitationSchema, { password: LONG, confirmPassword: LONG })).toEqual({
      password: 'form.errors.passwordTooLong',
    });
    expect(
      errorsOf(acceptInvitationSchema, { password: 'a long passphrase', confirmPassword: 'a long passphrase' }),
    ).toEqual({});
  });
});

describe('createApiTokenSchema', () => {
  it('needs a name of at most 100 characters and one of the offered lifetimes', () => {
    expect(errorsOf(createApiTokenSchema, { name: '  ', expiresInDays: '90' })).toEqual({
      name: 'form.errors.tokenNameRequired',
    });
    expect(errorsOf(createApiTokenSchema, { name: 'x'.repeat(101), expiresInDays: '7' })).toEqual({
      name: 'form.errors.tokenNameTooLong',
      expiresInDays: 'form.errors.tokenLifetime',
    });
    expect(createApiTokenSchema.parse({ name: ' CBS sync ', expiresInDays: '365' })).toEqual({
      name: 'CBS sync',
      expiresInDays: '365',
    });
  });
});

describe('every message of these schemas', () => {
  it('is a key of the catalogues', () => {
    const messages = [
      ...Object.values(errorsOf(signInSchema, { email: '', password: LONG })),
      ...Object.values(errorsOf(signInSchema, { email: 'x', password: '' })),
      ...Object.values(errorsOf(changePasswordSchema, { currentPassword: '', newPassword: '', confirmPassword: '' })),
      ...Object.values(
        errorsOf(changePasswordSchema, { currentPassword: 'a', newPassword: 'b', confirmPassword: 'c' }),
      ),
      ...Object.values(
        errorsOf(changePasswordSchema, { currentPassword: 'a', newPassword: LONG, confirmPassword: LONG }),
      ),
      ...Object.values(errorsOf(createApiTokenSchema, { name: '', expiresInDays: '' })),
      ...Object.values(errorsOf(createApiTokenSchema, { name: LONG, expiresInDays: '' })),
    ];
    expect(messages.length).toBeGreaterThan(8);
    for (const message of messages) expect(isCatalogueKey(message), message).toBe(true);
  });
});
