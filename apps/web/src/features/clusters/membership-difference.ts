/**
 * Where the sources that list a cluster's members disagree: which authorities only some of
 * them list, grouped by the sources that do. Sources differ in date and membership changes, so
 * the page shows both versions rather than silently picking one (domain.md; data/README.md).
 */

interface SourceRef {
  id: string;
}

export interface MembershipSourceLike<S extends SourceRef> {
  source: S;
  authorityCount: number;
}

export interface ClusterAuthorityLike {
  isListedByAllSources: boolean;
  sources: ReadonlyArray<{ source: SourceRef }>;
}

export interface DifferenceGroup<S, A> {
  /** The sources that list these authorities. */
  listedBy: S[];
  /** The sources that do not. */
  missingFrom: S[];
  authorities: A[];
}

export function membershipDifference<S extends SourceRef, A extends ClusterAuthorityLike>(
  membershipSources: ReadonlyArray<MembershipSourceLike<S>>,
  authorities: readonly A[],
): DifferenceGroup<S, A>[] {
  const order = membershipSources.map((entry) => entry.source);
  const groups = new Map<string, DifferenceGroup<S, A>>();
  for (const authority of authorities) {
    const listing = new Set(authority.sources.map((entry) => entry.source.id));
    const missingFrom = order.filter((source) => !listing.has(source.id));
    // The API's flag decides; the sources missing it are computed to name them.
    if (authority.isListedByAllSources && missingFrom.length === 0) continue;
    const listedBy = order.filter((source) => listing.has(source.id));
    const key = listedBy.map((source) => source.id).join('|');
    let group = groups.get(key);
    if (!group) {
      group = { listedBy, missingFrom, authorities: [] };
      groups.set(key, group);
    }
    group.authorities.push(authority);
  }
  // Groups follow the order of the sources: first what only the first source lists.
  const rank = (group: DifferenceGroup<S, A>) =>
    group.listedBy.length === 0 ? order.length : order.indexOf(group.listedBy[0]!);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

/**
 * How many members the cluster declares but no source names ("7 authorities; 3 named"), or
 * null when the sources name them all or the cluster declares no number.
 */
export function unnamedMemberCount(declaredMemberCount: number | null, namedCount: number): number | null {
  if (declaredMemberCount === null || declaredMemberCount <= namedCount) return null;
  return declaredMemberCount - namedCount;
}
