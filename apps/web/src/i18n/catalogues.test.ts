import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '@roundtable/shared/localized';
import { ERROR_CODES } from '@roundtable/shared/errors';
import { CLUSTER_LEGAL_FORMS, CLUSTER_STAGES } from '@roundtable/shared/clusters';
import { AUTHORITY_KINDS } from '@roundtable/shared/authority-kinds';
import { ACCOUNT_STATUSES, AUDIT_ACTIONS, ROLES } from '@roundtable/shared/identity';
import { FLASHES } from '../app/flash';
import he from './he.json';
import ar from './ar.json';
import en from './en.json';

const CATALOGUES: Record<Language, object> = { he, ar, en };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(value: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out.set(path, child);
    else for (const [k, v] of flatten(child as object, path)) out.set(k, v);
  }
  return out;
}

interface Shape {
  plain: Map<string, string>;
  plural: Map<string, Map<string, string>>;
}

function shapeOf(language: Language): Shape {
  const plain = new Map<string, string>();
  const plural = new Map<string, Map<string, string>>();
  for (const [key, text] of flatten(CATALOGUES[language])) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) {
      plain.set(key, text);
      continue;
    }
    const base = key.slice(0, match.index);
    if (!plural.has(base)) plural.set(base, new Map());
    plural.get(base)!.set(match[1]!, text);
  }
  return { plain, plural };
}

/** Interpolated names and Trans tags: a translation must use the same ones. */
function placeholders(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!);
  const tags = [...text.matchAll(/<(\w+)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...names, ...tags])].sort();
}

const shapes = Object.fromEntries(LANGUAGES.map((l) => [l, shapeOf(l)])) as Record<Language, Shape>;

describe('the he, ar and en catalogues', () => {
  it('have the same plain keys', () => {
    const reference = [...shapes.en.plain.keys()].sort();
    for (const language of LANGUAGES) {
      expect([...shapes[language].plain.keys()].sort(), language).toEqual(reference);
    }
  });

  it('pluralise the same keys', () => {
    const reference = [...shapes.en.plural.keys()].sort();
    for (const language of LANGUAGES) {
      expect([...shapes[language].plural.keys()].sort(), language).toEqual(reference);
    }
  });

  it("give every plural key all of its language's plural forms", () => {
    for (const language of LANGUAGES) {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      // Arabic has six forms, Hebrew three, English two.
      expect(categories.length).toBe({ ar: 6, he: 3, en: 2 }[language]);
      for (const [base, forms] of shapes[language].plural) {
        for (const category of categories) {
          expect(forms.has(category), `${language}: ${base}_${category}`).toBe(true);
        }
      }
    }
  });

  it('use the same placeholders and tags in every language', () => {
    for (const [key, text] of shapes.en.plain) {
      for (const language of LANGUAGES) {
        expect(placeholders(shapes[language].plain.get(key)!), `${language}: ${key}`).toEqual(placeholders(text));
      }
    }
    // A plural form may spell its number out ("רשות אחת"), so compare without `count`.
    const withoutCount = (forms: Map<string, string>) =>
      [...new Set([...forms.values()].flatMap(placeholders))].filter((p) => p !== 'count').sort();
    for (const [base, forms] of shapes.en.plural) {
      for (const language of LANGUAGES) {
        expect(withoutCount(shapes[language].plural.get(base)!), `${language}: ${base}`).toEqual(withoutCount(forms));
      }
    }
  });

  it('have no empty text', () => {
    for (const language of LANGUAGES) {
      for (const [key, text] of flatten(CATALOGUES[language])) {
        expect(text.trim(), `${language}: ${key}`).not.toBe('');
      }
    }
  });

  it('name every value the pages turn into text', () => {
    const keys = shapes.en.plain;
    for (const code of [...ERROR_CODES, 'NETWORK', 'UNKNOWN']) {
      expect(keys.has(`errors.code.${code}`), code).toBe(true);
    }
    for (const stage of [...CLUSTER_STAGES, 'UNKNOWN']) expect(keys.has(`stage.${stage}`)).toBe(true);
    for (const form of [...CLUSTER_LEGAL_FORMS, 'NONE']) {
      expect(keys.has(`legalForm.${form}`)).toBe(true);
    }
    for (const kind of [...AUTHORITY_KINDS, 'UNKNOWN']) {
      expect(keys.has(`kind.${kind}`)).toBe(true);
      expect(keys.has(`kindGroup.${kind}`)).toBe(true);
    }
    for (const role of ROLES) expect(keys.has(`role.${role}`), role).toBe(true);
    for (const status of ACCOUNT_STATUSES) expect(keys.has(`accountStatus.${status}`), status).toBe(true);
    // Every action the shared vocabulary has, also those a module in progress adds.
    for (const action of AUDIT_ACTIONS) expect(keys.has(`audit.action.${action}`), action).toBe(true);
    for (const entity of ['Account', 'RoleGrant', 'ApiToken', 'Milestone', 'other']) {
      expect(keys.has(`audit.entity.${entity}`), entity).toBe(true);
    }
    for (const flash of FLASHES) expect(keys.has(`flash.${flash}`), flash).toBe(true);
    for (const status of ['ACTIVE', 'EXPIRED', 'REVOKED']) {
      expect(keys.has(`account.tokens.statusValue.${status}`), status).toBe(true);
    }
    for (const reason of ['SESSION_EXPIRED', 'UNAUTHENTICATED']) {
      expect(keys.has(`signIn.reason.${reason}`), reason).toBe(true);
    }
  });

  it('contain every key the source code asks for by name', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (name !== 'gql') walk(path);
        } else if (/\.tsx?$/.test(name) && !name.endsWith('.test.ts')) files.push(path);
      }
    };
    walk(root);
    const used = new Set<string>();
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      // t('a.b'), i18nKey="a.b" and the like: literal keys only; dynamic ones are checked above.
      for (const match of source.matchAll(/\b(?:t|i18nKey=)\(?\s*['"]([a-zA-Z]+(?:\.[\w]+)+)['"]/g)) {
        used.add(match[1]!);
      }
      // Form schemas name their messages by key (read with fieldError()).
      for (const match of source.matchAll(/['"](form\.errors\.\w+)['"]/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) {
      expect(shapes.en.plain.has(key) || shapes.en.plural.has(key), key).toBe(true);
    }
  });
});
