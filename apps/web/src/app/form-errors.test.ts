import { describe, expect, it } from 'vitest';
import { EMAIL_PATTERN, fieldError } from './form-errors';

describe('fieldError', () => {
  it('translates the key with the limits it names', () => {
    const t = ((key: string, values: Record<string, unknown>) => `${key}:${values['passwordMin']}`) as never;
    expect(fieldError(t, { message: 'form.errors.passwordTooShort' })).toBe('form.errors.passwordTooShort:12');
    expect(fieldError(t, undefined)).toBeUndefined();
    expect(fieldError(t, {})).toBeUndefined();
  });
});

describe('EMAIL_PATTERN', () => {
  it('accepts an address and refuses what is plainly not one', () => {
    expect(EMAIL_PATTERN.test('ceo.haifa-bay@demo.roundtable.test')).toBe(true);
    for (const value of ['', 'name', 'name@', '@example.org', 'a b@example.org', 'name@example']) {
      expect(EMAIL_PATTERN.test(value), value).toBe(false);
    }
  });
});
