import { DomainError } from '../../common/errors/domain-error.js';
import type { Viewer } from '../identity/viewer.js';

interface Scoped {
  clusterId: string | null;
}

/**
 * Rule 6 for forums: a cluster's forum is run by its cluster's CEO; a national forum (the round
 * table) by the PMO unit. ADMIN and PMO_ANALYST read every forum's records.
 */
export function canManageForum(viewer: Viewer, forum: Scoped): boolean {
  return forum.clusterId ? viewer.canManageCluster(forum.clusterId) : viewer.hasRole('PMO_ANALYST');
}

/** Who sees what is not public about a forum: its members' terms, its meetings and attendance. */
export function canReadForum(viewer: Viewer, forum: Scoped): boolean {
  return viewer.readsEverything || canManageForum(viewer, forum);
}

export function assertCanManageForum(viewer: Viewer, forum: Scoped): void {
  if (forum.clusterId) return viewer.assertCanManageCluster(forum.clusterId);
  viewer.requireAccountId();
  if (!viewer.hasRole('PMO_ANALYST')) {
    throw new DomainError('FORBIDDEN', 'Only the PMO unit runs the national round table.');
  }
}

/** FORBIDDEN, saying what is private and who may see it, unless the viewer reads this forum's records. */
export function assertCanReadForum(viewer: Viewer, forum: Scoped, what: string): void {
  if (canReadForum(viewer, forum)) return;
  throw new DomainError(
    viewer.isSignedIn || !viewer.hasExpiredSession ? 'FORBIDDEN' : 'SESSION_EXPIRED',
    `${what} are seen only by the forum's managers (${forum.clusterId ? "its cluster's CEO" : 'the PMO unit'}), the PMO unit and administrators.`,
  );
}
