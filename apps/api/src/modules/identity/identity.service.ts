import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import { Account } from './account.entity.js';
import { AuthSession } from './auth-session.entity.js';
import { normalizeEmail } from './email.js';
import type {
  AcceptInvitationInput,
  ChangePasswordInput,
  CreateApiTokenInput,
  SignInInput,
} from './identity.inputs.js';
import type { CreatedApiToken } from './identity.types.js';
import { hashPassword, tokenHash, verifyPassword } from './secrets.js';
import type { SessionCookie } from './session-cookie.js';
import type { SessionService } from './session.service.js';
import type { SignInLimiter } from './sign-in-limiter.js';
import { Viewer } from './viewer.js';

export interface IdentityDependencies {
  dataSource: DataSource;
  viewer: Viewer;
  audit: AuditTrail;
  sessions: SessionService;
  limiter: SignInLimiter;
  cookie: SessionCookie;
  /** The client's address, for the sign-in limit. */
  address: string;
}

/**
 * What a person does with their own account: sign in and out, accept an invitation, change the
 * password, keep API tokens. Password sign-in is one way to start a session; single sign-on would be
 * another that ends in the same `sessions.startSession`, leaving the rest of the API untouched.
 */
export class IdentityService {
  constructor(private readonly deps: IdentityDependencies) {}

  async signIn({ email: typed, password }: SignInInput): Promise<Account> {
    const { dataSource, limiter, audit, address } = this.deps;
    const email = normalizeEmail(typed);
    await limiter.take(email, address);
    const account = await dataSource.getRepository(Account).findOneBy({ email });
    const isRight = await verifyPassword(account?.passwordHash ?? null, password);
    if (!account || !isRight) {
      await audit.record(dataSource.manager, {
        action: 'SIGN_IN_FAILED',
        entityType: 'Account',
        entityId: account?.id ?? null,
        subjectAccountId: account?.id ?? null,
        actorAccountId: null,
      });
      throw new DomainError('INVALID_CREDENTIALS', 'The email or password is wrong. Check both and try again.');
    }
    // Only someone who knows the password learns that the account is disabled.
    if (account.status !== 'ACTIVE') {
      throw new DomainError('FORBIDDEN', 'This account is disabled. Ask an administrator to enable it.');
    }
    await limiter.succeeded(email, address);
    return this.startSession(account, 'SIGNED_IN');
  }

  /** Ends the session (or API token) the request came with; signing out twice is not an error. */
  async signOut(): Promise<boolean> {
    const { dataSource, viewer, sessions, audit, cookie } = this.deps;
    const { sessionId, accountId } = viewer;
    cookie.clear();
    if (sessionId) {
      await dataSource.transaction(async (manager) => {
        await sessions.revoke(manager, sessionId);
        await audit.record(manager, { action: 'SIGNED_OUT', entityType: 'Account', entityId: accountId });
      });
    }
    viewer.become(Viewer.anonymous());
    return true;
  }

  /** Needs the current password; every other session and token of the account ends. */
  async changePassword({ currentPassword, newPassword }: ChangePasswordInput): Promise<boolean> {
    const { dataSource, viewer, sessions, audit, limiter, address } = this.deps;
    const accountId = viewer.requireAccountId();
    const account = await dataSource.getRepository(Account).findOneByOrFail({ id: accountId });
    await limiter.take(account.email, address);
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      throw new DomainError('INVALID_CREDENTIALS', 'The current password is wrong.', {
        invalidArguments: ['currentPassword'],
      });
    }
    await limiter.succeeded(account.email, address);
    const passwordHash = await hashPassword(newPassword);
    await dataSource.transaction(async (manager) => {
      await manager.update(Account, { id: accountId }, { passwordHash, passwordChangedAt: new Date() });
      await sessions.revokeAll(manager, accountId, viewer.sessionId);
      await audit.record(manager, { action: 'PASSWORD_CHANGED', entityType: 'Account', entityId: accountId });
    });
    return true;
  }

  /** Sets the password from an invitation link and signs in; a link works once, until it expires. */
  async acceptInvitation({ token, password }: AcceptInvitationInput): Promise<Account> {
    const { dataSource } = this.deps;
    const hash = tokenHash(token);
    const account = await dataSource.getRepository(Account).findOneBy({ invitationTokenHash: hash });
    if (!account) {
      throw new DomainError(
        'NOT_FOUND',
        'This invitation link is not valid: it may have been used already. Sign in, or ask an administrator for a new one.',
      );
    }
    if (account.status === 'DISABLED') {
      throw new DomainError('FORBIDDEN', 'This account is disabled. Ask an administrator to enable it.');
    }
    if (account.invitationExpiresAt! <= new Date()) {
      throw new DomainError('INVITATION_EXPIRED', 'This invitation has expired. Ask an administrator for a new one.');
    }
    const passwordHash = await hashPassword(password);
    return this.startSession(account, 'INVITATION_ACCEPTED', async (manager) => {
      // Only the request that still finds the token uses it: two at once cannot both succeed.
      const result = await manager.query(
        `UPDATE account SET password_hash = $2, status = 'ACTIVE', password_changed_at = now(),
                invitation_token_hash = NULL, invitation_expires_at = NULL, updated_at = now()
          WHERE id = $1 AND invitation_token_hash = $3`,
        [account.id, passwordHash, hash],
      );
      if (result[1] !== 1) throw new DomainError('CONFLICT', 'This invitation link has just been used. Sign in.');
      await this.deps.sessions.revokeAll(manager, account.id);
    });
  }

  async createApiToken({ name, expiresInDays }: CreateApiTokenInput): Promise<CreatedApiToken> {
    const { dataSource, viewer, sessions, audit } = this.deps;
    const accountId = viewer.requireAccountId();
    const expiresAt = new Date(Date.now() + expiresInDays * 86_400_000);
    return dataSource.transaction(async (manager) => {
      const { token, session } = await sessions.startApiToken(manager, accountId, name.trim(), expiresAt);
      await audit.record(manager, {
        action: 'API_TOKEN_CREATED',
        entityType: 'ApiToken',
        entityId: session.id,
        subjectAccountId: accountId,
        after: { name: session.name, expiresAt: session.expiresAt.toISOString() },
      });
      return { token, apiToken: session };
    });
  }

  async revokeApiToken(id: string): Promise<AuthSession> {
    const { dataSource, viewer, sessions, audit } = this.deps;
    const accountId = viewer.requireAccountId();
    return dataSource.transaction(async (manager) => {
      const token = await manager.getRepository(AuthSession).findOneBy({ id, accountId, kind: 'API_TOKEN' });
      if (!token) throw new DomainError('NOT_FOUND', 'You have no API token with this id.');
      if (!token.revokedAt) {
        await sessions.revoke(manager, id);
        await audit.record(manager, {
          action: 'API_TOKEN_REVOKED',
          entityType: 'ApiToken',
          entityId: id,
          subjectAccountId: accountId,
          before: { name: token.name },
        });
      }
      return manager.getRepository(AuthSession).findOneByOrFail({ id });
    });
  }

  myApiTokens(): Promise<AuthSession[]> {
    const accountId = this.deps.viewer.requireAccountId();
    return this.deps.dataSource.getRepository(AuthSession).find({
      where: { accountId, kind: 'API_TOKEN' },
      order: { createdAt: 'DESC' },
    });
  }

  /** Starts a session after `prepare` (in the same transaction), records it and sets the cookie. */
  private async startSession(
    account: Account,
    action: 'SIGNED_IN' | 'INVITATION_ACCEPTED',
    prepare?: (manager: EntityManager) => Promise<void>,
  ): Promise<Account> {
    const { dataSource, sessions, audit, cookie, viewer } = this.deps;
    const { token, session } = await dataSource.transaction(async (manager) => {
      await prepare?.(manager);
      // A session the browser brought from before is not carried over into the new one.
      if (viewer.sessionId) await sessions.revoke(manager, viewer.sessionId);
      await manager.update(Account, { id: account.id }, { lastSignedInAt: new Date() });
      await audit.record(manager, {
        action,
        entityType: 'Account',
        entityId: account.id,
        subjectAccountId: account.id,
        actorAccountId: account.id,
      });
      return sessions.startSession(manager, account.id);
    });
    cookie.set(token, session.expiresAt);
    // The rest of this request's answer (the account's own fields) is for the one who signed in.
    viewer.become(await sessions.viewerFor(token));
    return dataSource.getRepository(Account).findOneByOrFail({ id: account.id });
  }
}
