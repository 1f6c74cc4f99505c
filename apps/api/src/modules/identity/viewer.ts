import type { Role } from '@roundtable/shared/identity';
import { DomainError } from '../../common/errors/domain-error.js';

export interface ViewerGrant {
  role: Role;
  clusterId: string | null;
  forumId: string | null;
}

/**
 * Who is asking, as every resolver and service sees it: an account and its role grants, or no one.
 * How they proved it (a password, a cookie, a bearer token, one day single sign-on) stays in the
 * identity module; the rest of the API asks only these questions.
 */
export class Viewer {
  private constructor(
    private account: string | null,
    private roleGrants: readonly ViewerGrant[],
    private session: string | null,
    private expired: boolean,
  ) {}

  get accountId(): string | null {
    return this.account;
  }

  get grants(): readonly ViewerGrant[] {
    return this.roleGrants;
  }

  /** The browser session or API token the request came with. */
  get sessionId(): string | null {
    return this.session;
  }

  /** A token came but is past its time: an operation that needs an account says so. */
  get hasExpiredSession(): boolean {
    return this.expired;
  }

  /**
   * Becomes who signed in (or no one, after signing out) for the rest of the request. The object
   * itself changes because Apollo hands resolvers a shallow copy of the context: every holder of
   * this viewer then sees the same person.
   */
  become(other: Viewer): void {
    this.account = other.account;
    this.roleGrants = other.roleGrants;
    this.session = other.session;
    this.expired = other.expired;
  }

  static anonymous({ expired = false } = {}): Viewer {
    return new Viewer(null, [], null, expired);
  }

  static signedIn(accountId: string, sessionId: string, grants: readonly ViewerGrant[]): Viewer {
    return new Viewer(accountId, grants, sessionId, false);
  }

  get isSignedIn(): boolean {
    return this.accountId !== null;
  }

  hasRole(role: Role): boolean {
    return this.grants.some((grant) => grant.role === role);
  }

  /** ADMIN and PMO_ANALYST read every cluster's and every person's records (rule 6). */
  get readsEverything(): boolean {
    return this.hasRole('ADMIN') || this.hasRole('PMO_ANALYST');
  }

  /** The clusters this account runs as their CEO. */
  get managedClusterIds(): string[] {
    return this.grants.filter((grant) => grant.role === 'CLUSTER_CEO').map((grant) => grant.clusterId!);
  }

  canManageCluster(clusterId: string): boolean {
    return this.managedClusterIds.includes(clusterId);
  }

  /** The account id, or UNAUTHENTICATED (SESSION_EXPIRED when the session ran out). */
  requireAccountId(): string {
    if (this.accountId) return this.accountId;
    throw this.hasExpiredSession
      ? new DomainError('SESSION_EXPIRED', 'Your session has expired. Sign in again to continue.')
      : new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
  }

  /** Rule 6: a cluster CEO changes only their own cluster's data. */
  assertCanManageCluster(clusterId: string): void {
    this.requireAccountId();
    if (!this.canManageCluster(clusterId)) {
      throw new DomainError(
        'FORBIDDEN',
        "Only this cluster's CEO may change its data. Ask an administrator if you should have that role.",
        { clusterId },
      );
    }
  }
}
