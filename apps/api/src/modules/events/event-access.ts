import { DomainError } from '../../common/errors/domain-error.js';
import type { Viewer } from '../identity/viewer.js';

interface Scoped {
  clusterId: string | null;
}

/**
 * Rule 6 for events: a cluster's event is organised by its cluster's CEO; a national one (no
 * cluster) by the PMO unit. The organiser creates and changes it, closes and reopens its
 * registration, reads its registrants and cancels a registration. Everyone reads the event itself.
 */
export function canOrganiseEvent(viewer: Viewer, event: Scoped): boolean {
  return event.clusterId ? viewer.canManageCluster(event.clusterId) : viewer.hasRole('PMO_ANALYST');
}

/** Who reads an event's registrants: its organiser, and the PMO unit and administrators, who read everything (rule 6). */
export function canReadRegistrants(viewer: Viewer, event: Scoped): boolean {
  return canOrganiseEvent(viewer, event) || viewer.readsEverything;
}

export function assertCanOrganiseEvent(viewer: Viewer, event: Scoped): void {
  viewer.requireAccountId();
  if (!canOrganiseEvent(viewer, event)) {
    throw new DomainError(
      'FORBIDDEN',
      event.clusterId
        ? "Only the organising cluster's CEO may do this for its event."
        : 'Only the PMO unit may do this for a national event.',
      { clusterId: event.clusterId },
    );
  }
}
