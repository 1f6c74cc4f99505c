/** The three languages of the product, Hebrew first (the default and the fallback). */
export const LANGUAGES = ['he', 'ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'he';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * A text in the three languages. Hebrew is always there: every source is Hebrew. Arabic and
 * English are null where no source or faithful translation gives them (domain.md: never invent).
 */
export interface LocalizedText {
  he: string;
  ar: string | null;
  en: string | null;
}

/** Which language to show when a text lacks the one asked for. */
const FALLBACKS: Record<Language, readonly Language[]> = {
  he: ['he', 'en', 'ar'],
  ar: ['ar', 'he', 'en'],
  en: ['en', 'he', 'ar'],
};

/**
 * The text in `language`, or the first fallback that exists, with the language it is in, so a
 * page can mark a fallback fragment with its own `lang` (Israeli Standard 5568 / WCAG 3.1.2).
 */
export function pickLocalized(text: LocalizedText, language: Language): { text: string; language: Language } {
  for (const candidate of FALLBACKS[language]) {
    const value = text[candidate];
    if (value) return { text: value, language: candidate };
  }
  return { text: text.he, language: 'he' };
}
