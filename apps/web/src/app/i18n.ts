import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@roundtable/shared/localized';
import he from '../i18n/he.json';
import ar from '../i18n/ar.json';
import en from '../i18n/en.json';
import { formatNumber } from './format';

const CATALOGUES: Record<Language, Record<string, unknown>> = { he, ar, en };

/**
 * One i18next instance for the app. The language comes from the URL (the first path segment),
 * not from detection: a bookmarked address always opens in the language it was saved in.
 */
export function createI18n(language: Language) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    resources: Object.fromEntries(LANGUAGES.map((code) => [code, { translation: CATALOGUES[code] }])),
    // Resources are bundled, so initialisation can finish before the first render.
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // Latin digits everywhere, also in Arabic (quality.md: decide once, apply everywhere).
  instance.services.formatter?.add('number', (value, lng) =>
    formatNumber(Number(value), (lng ?? language) as Language),
  );
  return instance;
}
