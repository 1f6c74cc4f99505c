import type { Language } from '@roundtable/shared/localized';

/**
 * The link an administrator hands over. The token travels in the fragment, which browsers never
 * send to a server, so it stays out of access logs and `Referer` headers.
 */
export function invitationLink(origin: string, language: Language, token: string): string {
  return `${origin}/${language}/invitation#token=${encodeURIComponent(token)}`;
}

/** The token from an invitation link's fragment (`#token=…`), or null. */
export function tokenFromFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim();
  return token ? token : null;
}
