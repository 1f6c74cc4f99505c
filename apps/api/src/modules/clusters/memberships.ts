import type { ClusterMembership } from './cluster-membership.entity.js';
import type { ClusterAuthority, ClusterSourceCount, MembershipSource } from './cluster-authority.types.js';

/**
 * Pure functions over a cluster's membership rows (one per cluster, authority and source): the
 * authority list with each authority's sources, and each source's count. Sources disagree, so
 * nothing here picks a winner; `isListedByAllSources` marks where they differ.
 */
export function clusterAuthorities(memberships: readonly ClusterMembership[]): ClusterAuthority[] {
  const sourceCount = new Set(memberships.map((m) => m.sourceId)).size;
  return groupBy(memberships, (m) => m.authorityId).map(([authorityId, rows]) => ({
    authorityId,
    sources: rows.map(toMembershipSource),
    isListedByAllSources: new Set(rows.map((m) => m.sourceId)).size === sourceCount,
  }));
}

export function clusterSourceCounts(memberships: readonly ClusterMembership[]): ClusterSourceCount[] {
  return groupBy(memberships, (m) => m.sourceId).map(([sourceId, rows]) => ({
    sourceId,
    authorityCount: new Set(rows.map((m) => m.authorityId)).size,
  }));
}

export function toMembershipSource(membership: ClusterMembership): MembershipSource {
  return { sourceId: membership.sourceId, joinedOn: membership.joinedOn };
}

export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): [K, T[]][] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups];
}
