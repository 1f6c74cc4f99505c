import { createContext, use } from 'react';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@roundtable/shared/localized';

const STORAGE_KEY = 'roundtable.language';

/** The language the person chose before, or Hebrew. */
export function preferredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be blocked (private mode, policies); the default still works.
    return DEFAULT_LANGUAGE;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering is harmless.
  }
}

/** The language a path names in its first segment, if any. */
export function languageOfPath(pathname: string): Language | null {
  const first = pathname.split('/')[1];
  return isLanguage(first) ? first : null;
}

/** The same page in another language: the first path segment swapped, the query kept. */
export function pathInLanguage(pathname: string, search: string, language: Language): string {
  const segments = pathname.split('/');
  if (isLanguage(segments[1])) segments[1] = language;
  else segments.splice(1, 0, language);
  const path = segments.join('/').replace(/\/$/, '') || `/${language}`;
  return path + search;
}

export const LanguageContext = createContext<Language>(DEFAULT_LANGUAGE);

/** The language of the page being shown (from the URL). */
export function useLanguage(): Language {
  return use(LanguageContext);
}
