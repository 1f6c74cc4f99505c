import { AUTHORITY_KINDS, type AuthorityKind } from '@roundtable/shared/authority-kinds';

export type KindKey = AuthorityKind | 'UNKNOWN';
/** The order the sources list them in: municipalities, local councils, regional councils. */
export const KIND_ORDER: readonly KindKey[] = [...AUTHORITY_KINDS, 'UNKNOWN'];

export interface KindGroup<T> {
  kind: KindKey;
  items: T[];
}

/**
 * Groups authorities by kind, in the order above, leaving out empty groups; inside a group,
 * sorted by name in the reader's language.
 */
export function groupAuthoritiesByKind<T>(
  items: readonly T[],
  kindOf: (item: T) => AuthorityKind | null,
  nameOf: (item: T) => string,
  locale: string,
): KindGroup<T>[] {
  const collator = new Intl.Collator(locale);
  return KIND_ORDER.map((kind) => ({
    kind,
    items: items
      .filter((item) => (kindOf(item) ?? 'UNKNOWN') === kind)
      .sort((a, b) => collator.compare(nameOf(a), nameOf(b))),
  })).filter((group) => group.items.length > 0);
}
