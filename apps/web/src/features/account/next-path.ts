import { isLanguage, type Language } from '@roundtable/shared/localized';
import { pathInLanguage } from '../../app/language';

const BASE = 'http://roundtable.invalid';

/** Pages it makes no sense to come back to after signing in. */
const NO_RETURN = new Set(['sign-in', 'invitation']);

/**
 * Where to go after signing in: the `?next=` path when it is a page of this site, else the home
 * page. Anything else (another origin, `//host`, a backslash, a script URL, the API's own paths)
 * is refused, so a crafted sign-in link cannot send someone elsewhere (open redirect).
 * A page in another of the three languages is taken in this one: the reader switched language on
 * the sign-in page.
 */
export function safeNextPath(next: string | null | undefined, language: Language): string {
  const home = `/${language}`;
  if (!next || !next.startsWith('/') || next.startsWith('//')) return home;
  // Backslashes, whitespace and control characters have no place in our paths, and some
  // browsers read "/\host" as another origin.
  // eslint-disable-next-line no-control-regex
  if (/[\\\s\u0000-\u001f\u007f]/.test(next)) return home;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return home;
  }
  if (url.origin !== BASE) return home;
  // Only the dashboard's pages, which all start with a language; never /graphql or /healthz.
  const [, first, page] = url.pathname.split('/');
  if (!isLanguage(first) || !page || NO_RETURN.has(page)) return home;
  return pathInLanguage(url.pathname, url.search, language);
}

/** The sign-in page, asked to come back to `path` (the page that needed an account). */
export function signInPath(language: Language, path?: string): string {
  const base = `/${language}/sign-in`;
  return path ? `${base}?${new URLSearchParams({ next: path })}` : base;
}
