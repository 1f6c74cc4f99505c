import 'reflect-metadata';
import { validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { LocalizedTextInput, localizedColumns } from './localized-text.input.js';

async function messages(text: Partial<LocalizedTextInput>): Promise<string[]> {
  const errors = await validate(Object.assign(new LocalizedTextInput(), text));
  return errors.flatMap((error) => Object.values(error.constraints ?? {}));
}

describe('a text in three languages', () => {
  it('refuses a Hebrew text of spaces alone, which would be stored empty', async () => {
    expect(await messages({ he: '   ' })).toEqual(['he must hold some text, not only spaces']);
    expect(await messages({ he: '\u00a0\t' })).toEqual(['he must hold some text, not only spaces']);
    expect(await messages({ he: '' })).toContain('he must be 1 to 500 characters');
  });

  it('accepts Hebrew with spaces around it, and stores it trimmed with empty translations as none', async () => {
    expect(await messages({ he: '  פורום  ', ar: ' ', en: null })).toEqual([]);
    expect(localizedColumns('name', { he: '  פורום  ', ar: ' ', en: null })).toEqual({
      nameHe: 'פורום',
      nameAr: null,
      nameEn: null,
    });
  });
});
