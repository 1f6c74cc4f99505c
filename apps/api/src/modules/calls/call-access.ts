import { DomainError } from '../../common/errors/domain-error.js';
import { canManageForum } from '../forums/forum-access.js';
import type { Viewer } from '../identity/viewer.js';

interface ForumScope {
  id: string;
  clusterId: string | null;
}

/**
 * The advisory committee of a forum's calls (ועדה מייעצת): accounts granted COMMITTEE_MEMBER for
 * that forum, and the forum's managers (its cluster's CEO; the PMO unit for a national forum,
 * forum-access.ts). Reviewers score and decide; nobody else does.
 */
export function canReview(viewer: Viewer, forum: ForumScope): boolean {
  return (
    canManageForum(viewer, forum) ||
    viewer.grants.some((grant) => grant.role === 'COMMITTEE_MEMBER' && grant.forumId === forum.id)
  );
}

/** Who reads every application of a forum's calls, nominees' details included: reviewers, the PMO unit, admins. */
export function canReadApplications(viewer: Viewer, forum: ForumScope): boolean {
  return viewer.readsEverything || canReview(viewer, forum);
}

export function assertCanReview(viewer: Viewer, forum: ForumScope): void {
  viewer.requireAccountId();
  if (!canReview(viewer, forum)) {
    throw new DomainError(
      'FORBIDDEN',
      "Only the forum's advisory committee (its committee members and its managers) scores and decides applications.",
    );
  }
}

/** FORBIDDEN, saying who may see them, unless the viewer reads this forum's applications. */
export function assertCanReadApplications(viewer: Viewer, forum: ForumScope, what: string): void {
  if (canReadApplications(viewer, forum)) return;
  throw new DomainError(
    viewer.isSignedIn || !viewer.hasExpiredSession ? 'FORBIDDEN' : 'SESSION_EXPIRED',
    `${what} are seen only by the forum's advisory committee, the PMO unit and administrators.`,
  );
}
