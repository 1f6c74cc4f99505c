import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { ROLE_SCOPES } from '@roundtable/shared/identity';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { decodeCursor, encodeCursor } from '../../common/graphql/pagination.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import { Cluster } from '../clusters/cluster.entity.js';
import { Person } from '../people/person.entity.js';
import { Account } from './account.entity.js';
import { normalizeEmail } from './email.js';
import type { AccountsArgs } from './identity.args.js';
import type { GrantRoleInput, InviteAccountInput, RoleGrantInput } from './identity.inputs.js';
import type { AccountConnection, Invitation } from './identity.types.js';
import { RoleGrant } from './role-grant.entity.js';
import { newToken, tokenHash } from './secrets.js';
import type { SessionService } from './session.service.js';
import type { Viewer } from './viewer.js';

/** An invitation link stays valid for a week: long enough to reach a busy person, short enough to expire unused. */
const INVITATION_DAYS = 7;

/**
 * What an administrator does with accounts: invite, grant and revoke roles with their scope,
 * disable and enable. Each change and its audit entry commit together. One rule spans rows: at
 * least one active administrator remains, checked under a lock so two admins cannot remove each
 * other at once.
 */
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly audit: AuditTrail,
    private readonly sessions: SessionService,
  ) {}

  async list({ search, role, status, first, after }: AccountsArgs): Promise<AccountConnection> {
    const query = this.dataSource.getRepository(Account).createQueryBuilder('a');
    if (search?.trim()) {
      const pattern = `%${search.trim().replace(/[\\%_]/g, '\\$&')}%`;
      query.andWhere('(a.display_name ILIKE :pattern OR a.email ILIKE :pattern)', { pattern });
    }
    if (status) query.andWhere('a.status = :status', { status });
    if (role) {
      query.andWhere('EXISTS (SELECT 1 FROM role_grant g WHERE g.account_id = a.id AND g.role = :role)', { role });
    }
    const totalCount = await query.getCount();
    if (after) {
      const [name, id] = decodeCursor(after, 2);
      query.andWhere('(a.display_name, a.id) > (:name, :id)', { name, id });
    }
    const rows = await query
      .orderBy('a.display_name', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .take(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: last ? encodeCursor([last.displayName, last.id]) : null,
      },
    };
  }

  async one(id: string): Promise<Account> {
    const account = await this.dataSource.getRepository(Account).findOneBy({ id });
    if (!account) throw new NotFoundError('account', id);
    return account;
  }

  /** Creates the account with its roles; it becomes ACTIVE when the person sets a password from the link. */
  async invite({ email: typed, displayName, personId, roles }: InviteAccountInput): Promise<Invitation> {
    const email = normalizeEmail(typed);
    return this.dataSource.transaction(async (manager) => {
      if (personId && !(await manager.existsBy(Person, { id: personId }))) throw new NotFoundError('person', personId);
      const token = newToken();
      const expiresAt = invitationExpiry();
      const account = await unique(
        () =>
          manager.getRepository(Account).save({
            email,
            displayName: displayName.trim(),
            personId: personId ?? null,
            status: 'INVITED' as const,
            invitationTokenHash: tokenHash(token),
            invitationExpiresAt: expiresAt,
          }),
        'An account with this email exists already. Find it in the list and grant it the roles instead.',
      );
      for (const grant of roles) await this.insertGrant(manager, account.id, grant);
      await this.audit.record(manager, {
        action: 'ACCOUNT_INVITED',
        entityType: 'Account',
        entityId: account.id,
        subjectAccountId: account.id,
        after: { displayName: account.displayName, status: account.status, roles: roles.map(describeGrant) },
      });
      return { account, token, expiresAt };
    });
  }

  /** A new link for an account not yet active, or to let an active one set a new password. */
  async reissueInvitation(accountId: string): Promise<Invitation> {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.lockAccount(manager, accountId);
      if (account.status === 'DISABLED') {
        throw new DomainError('CONFLICT', 'This account is disabled. Enable it before sending a new invitation.');
      }
      const token = newToken();
      const expiresAt = invitationExpiry();
      await manager.update(
        Account,
        { id: accountId },
        { invitationTokenHash: tokenHash(token), invitationExpiresAt: expiresAt },
      );
      await this.audit.record(manager, {
        action: 'INVITATION_REISSUED',
        entityType: 'Account',
        entityId: accountId,
        subjectAccountId: accountId,
        after: { expiresAt: expiresAt.toISOString() },
      });
      return { account: await manager.findOneByOrFail(Account, { id: accountId }), token, expiresAt };
    });
  }

  async grantRole({ accountId, ...grant }: GrantRoleInput): Promise<Account> {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.lockAccount(manager, accountId);
      await this.insertGrant(manager, accountId, grant);
      return account;
    });
  }

  async revokeRole(roleGrantId: string): Promise<Account> {
    return this.dataSource.transaction(async (manager) => {
      const grant = await manager.findOneBy(RoleGrant, { id: roleGrantId });
      if (!grant) throw new NotFoundError('role grant', roleGrantId);
      if (grant.role === 'ADMIN') await this.keepAnAdministrator(manager, grant.accountId);
      await manager.delete(RoleGrant, { id: roleGrantId });
      await this.audit.record(manager, {
        action: 'ROLE_REVOKED',
        entityType: 'RoleGrant',
        entityId: grant.id,
        subjectAccountId: grant.accountId,
        clusterId: grant.clusterId,
        before: describeGrant(grant),
      });
      return manager.findOneByOrFail(Account, { id: grant.accountId });
    });
  }

  /** Lets no one in any more and ends every session and token at once; the history stays. */
  async disable(accountId: string): Promise<Account> {
    if (accountId === this.viewer.accountId) {
      throw new DomainError('CONFLICT', 'You cannot disable your own account. Ask another administrator.');
    }
    return this.dataSource.transaction(async (manager) => {
      const account = await this.lockAccount(manager, accountId);
      if (account.status === 'DISABLED') return account;
      await this.keepAnAdministrator(manager, accountId);
      await manager.update(Account, { id: accountId }, { status: 'DISABLED' });
      await this.sessions.revokeAll(manager, accountId);
      await this.recordStatus(manager, account, 'DISABLED');
      return manager.findOneByOrFail(Account, { id: accountId });
    });
  }

  async enable(accountId: string): Promise<Account> {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.lockAccount(manager, accountId);
      if (account.status !== 'DISABLED') return account;
      const status = account.passwordHash ? 'ACTIVE' : 'INVITED';
      await manager.update(Account, { id: accountId }, { status });
      await this.recordStatus(manager, account, status);
      return manager.findOneByOrFail(Account, { id: accountId });
    });
  }

  private async recordStatus(manager: EntityManager, account: Account, status: Account['status']): Promise<void> {
    await this.audit.record(manager, {
      action: status === 'DISABLED' ? 'ACCOUNT_DISABLED' : 'ACCOUNT_ENABLED',
      entityType: 'Account',
      entityId: account.id,
      subjectAccountId: account.id,
      before: { status: account.status },
      after: { status },
    });
  }

  private async insertGrant(manager: EntityManager, accountId: string, grant: RoleGrantInput): Promise<RoleGrant> {
    const clusterId = grant.clusterId ?? null;
    const forumId = grant.forumId ?? null;
    const scope = ROLE_SCOPES[grant.role];
    if (scope === 'CLUSTER' && !clusterId) {
      throw new DomainError('BAD_USER_INPUT', 'A cluster CEO role needs its cluster: give clusterId.', {
        invalidArguments: ['clusterId'],
      });
    }
    if (scope !== 'CLUSTER' && clusterId) {
      throw new DomainError('BAD_USER_INPUT', `${grant.role} is not scoped to a cluster: leave clusterId out.`, {
        invalidArguments: ['clusterId'],
      });
    }
    if (scope === 'FORUM' && !forumId) {
      throw new DomainError('BAD_USER_INPUT', 'A committee member role needs its forum: give forumId.', {
        invalidArguments: ['forumId'],
      });
    }
    if (scope !== 'FORUM' && forumId) {
      throw new DomainError('BAD_USER_INPUT', `${grant.role} is not scoped to a forum: leave forumId out.`, {
        invalidArguments: ['forumId'],
      });
    }
    if (clusterId && !(await manager.existsBy(Cluster, { id: clusterId })))
      throw new NotFoundError('cluster', clusterId);
    // A committee member reviews one forum's calls: the forum must exist (and, locked, stays while the
    // grant is made), and the entry goes to its cluster's history, where that cluster's CEO looks.
    let auditClusterId = clusterId;
    if (forumId) {
      const [forum]: { clusterId: string | null }[] = await manager.query(
        `SELECT cluster_id AS "clusterId" FROM forum WHERE id = $1 FOR KEY SHARE`,
        [forumId],
      );
      if (!forum) throw new NotFoundError('forum', forumId);
      auditClusterId = forum.clusterId;
    }
    const saved = await unique(
      () => manager.getRepository(RoleGrant).save({ accountId, role: grant.role, clusterId, forumId }),
      'The account holds this role already.',
    );
    await this.audit.record(manager, {
      action: 'ROLE_GRANTED',
      entityType: 'RoleGrant',
      entityId: saved.id,
      subjectAccountId: accountId,
      clusterId: auditClusterId,
      after: describeGrant(saved),
    });
    return saved;
  }

  /** Locks the account's row for the transaction, so concurrent changes to it take turns. */
  private async lockAccount(manager: EntityManager, accountId: string): Promise<Account> {
    const account = await manager
      .getRepository(Account)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :accountId', { accountId })
      .getOne();
    if (!account) throw new NotFoundError('account', accountId);
    return account;
  }

  /**
   * Refuses a change that would leave no active administrator. The transaction-scoped lock makes
   * concurrent removals take turns, so each sees the others' effect.
   */
  private async keepAnAdministrator(manager: EntityManager, losingAccountId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('roundtable:administrators'))`);
    const [{ count }] = await manager.query(
      `SELECT count(DISTINCT a.id)::int AS count FROM account a JOIN role_grant g ON g.account_id = a.id
        WHERE g.role = 'ADMIN' AND a.status = 'ACTIVE' AND a.id <> $1`,
      [losingAccountId],
    );
    if (count === 0) {
      throw new DomainError(
        'CONFLICT',
        'This would leave no active administrator. Make someone else an administrator first.',
      );
    }
  }
}

function invitationExpiry(): Date {
  return new Date(Date.now() + INVITATION_DAYS * 86_400_000);
}

function describeGrant(grant: { role: string; clusterId?: string | null; forumId?: string | null }) {
  return { role: grant.role, clusterId: grant.clusterId ?? null, forumId: grant.forumId ?? null };
}

/** Runs an insert and turns a unique violation (two requests racing, or a repeat) into CONFLICT. */
async function unique<T>(insert: () => Promise<T>, message: string): Promise<T> {
  try {
    return await insert();
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
      throw new DomainError('CONFLICT', message);
    }
    throw error;
  }
}
