import type { Role } from '@roundtable/shared/identity';
import type { LocalizedText } from '@roundtable/shared/localized';

interface GrantLike {
  role: Role;
  cluster: { slug: string; name: LocalizedText } | null;
}

export interface ViewerAccess {
  /** Accounts and roles: the administration pages. */
  isAdmin: boolean;
  /** The audit trail is for administrators and the PMO unit (rule 6). */
  canReadAudit: boolean;
  /** The clusters' forum activity is for the PMO unit and administrators (access.md). */
  canReadActivity: boolean;
  /** The partner pool's diversity in aggregate: the PMO unit, administrators and cluster CEOs (access.md). */
  canReadPoolDiversity: boolean;
  /** The national dashboard of partnerships: the PMO unit and administrators (docs/partnerships.md). */
  canReadPartnershipDashboard: boolean;
  /** Participation across events, by quarter and sector: the PMO unit and administrators (docs/events.md). */
  canReadEventParticipation: boolean;
  /** The network of partners: the PMO unit, administrators and cluster CEOs (access.md). */
  canReadPartnershipNetwork: boolean;
  /** Registering a partnership: a cluster's CEO (their cluster's) and the PMO unit (national ones; docs/partnerships.md). */
  canCreatePartnership: boolean;
  /** Every forum's members, meetings and attendance, read-only: the PMO unit and administrators (forums.md). */
  readsEveryForum: boolean;
  /** The clusters the viewer runs as their CEO, each once. */
  managedClusters: Array<{ slug: string; name: LocalizedText }>;
}

/**
 * What the pages offer a viewer, read from their roles. It only decides what to show: the API
 * checks every request again, so a link shown by mistake still leads to "no permission".
 */
export function viewerAccess(roles: readonly GrantLike[] | null | undefined): ViewerAccess {
  const list = roles ?? [];
  const has = (role: Role) => list.some((grant) => grant.role === role);
  const managed = new Map<string, { slug: string; name: LocalizedText }>();
  for (const grant of list) {
    if (grant.role === 'CLUSTER_CEO' && grant.cluster && !managed.has(grant.cluster.slug)) {
      managed.set(grant.cluster.slug, { slug: grant.cluster.slug, name: grant.cluster.name });
    }
  }
  return {
    isAdmin: has('ADMIN'),
    canReadAudit: has('ADMIN') || has('PMO_ANALYST'),
    canReadActivity: has('ADMIN') || has('PMO_ANALYST'),
    readsEveryForum: has('ADMIN') || has('PMO_ANALYST'),
    canReadPartnershipDashboard: has('ADMIN') || has('PMO_ANALYST'),
    canReadEventParticipation: has('ADMIN') || has('PMO_ANALYST'),
    canReadPartnershipNetwork: has('ADMIN') || has('PMO_ANALYST') || has('CLUSTER_CEO'),
    canCreatePartnership: has('PMO_ANALYST') || list.some((grant) => grant.role === 'CLUSTER_CEO' && grant.cluster),
    canReadPoolDiversity: has('ADMIN') || has('PMO_ANALYST') || has('CLUSTER_CEO'),
    managedClusters: [...managed.values()],
  };
}
