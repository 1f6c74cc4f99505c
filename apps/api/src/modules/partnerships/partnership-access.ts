import { DomainError } from '../../common/errors/domain-error.js';
import type { Viewer } from '../identity/viewer.js';

interface Scoped {
  clusterId: string | null;
}

/**
 * Rule 6 for partnerships: a cluster's partnership is managed by its cluster's CEO; a national one
 * (no cluster) by the PMO unit. Besides them, an account whose pool profile is of a partner
 * organisation edits that partnership and reports its progress (the service checks that part,
 * which needs the database). Everyone reads every partnership: they hold no personal data.
 */
export function canManagePartnership(viewer: Viewer, partnership: Scoped): boolean {
  return partnership.clusterId ? viewer.canManageCluster(partnership.clusterId) : viewer.hasRole('PMO_ANALYST');
}

/** Who may register a partnership in this scope: the cluster's CEO, or the PMO unit for a national one. */
export function assertCanCreatePartnership(viewer: Viewer, clusterId: string | null): void {
  viewer.requireAccountId();
  if (clusterId) return viewer.assertCanManageCluster(clusterId);
  if (!viewer.hasRole('PMO_ANALYST')) {
    throw new DomainError(
      'FORBIDDEN',
      "Only the PMO unit registers a national partnership. A cluster's CEO registers their cluster's: give clusterId.",
    );
  }
}

export function partnershipForbidden(partnership: Scoped): DomainError {
  return new DomainError(
    'FORBIDDEN',
    `Only ${partnership.clusterId ? "the cluster's CEO" : 'the PMO unit'} and the partner organisations' own accounts change this partnership or report its progress. Ask its lead partner to add your organisation if you take part.`,
  );
}
