import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@roundtable/shared/identity';
import type { AuthConfig } from '../../config/env.js';
import { AuthSession, type SessionKind } from './auth-session.entity.js';
import { newToken, tokenHash } from './secrets.js';
import { Viewer } from './viewer.js';

/** Writing `last_used_at` on every request would turn reads into writes; a few minutes is enough. */
const TOUCH_AFTER_MS = 60_000;

interface SessionRow {
  id: string;
  kind: SessionKind;
  account_id: string;
  expired: boolean;
  stale: boolean;
  grants: { role: Role; clusterId: string | null; forumId: string | null }[];
}

/**
 * Browser sessions and API tokens: starting one, recognising one on a request, ending them. A
 * session ends after `sessionIdleMinutes` unused or `sessionMaxHours` in any case; an API token at
 * its own expiry. Either ends at once when revoked, or when its account is disabled.
 */
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AuthConfig,
  ) {}

  /** Who a token belongs to, in one query; an unknown token is no one, an expired one says so. */
  async viewerFor(token: string | undefined): Promise<Viewer> {
    if (!token || token.length > 200) return Viewer.anonymous();
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id, s.kind, s.account_id,
              (s.revoked_at IS NOT NULL OR s.expires_at <= now() OR a.status <> 'ACTIVE'
                OR (s.kind = 'SESSION' AND s.last_used_at <= now() - make_interval(mins => $2))) AS expired,
              s.last_used_at <= now() - make_interval(secs => $3) AS stale,
              coalesce((SELECT json_agg(json_build_object('role', g.role, 'clusterId', g.cluster_id, 'forumId', g.forum_id))
                          FROM role_grant g WHERE g.account_id = a.id), '[]') AS grants
         FROM auth_session s JOIN account a ON a.id = s.account_id
        WHERE s.token_hash = $1`,
      [tokenHash(token), this.config.sessionIdleMinutes, TOUCH_AFTER_MS / 1000],
    );
    const row = rows[0];
    if (!row) return Viewer.anonymous();
    if (row.expired) return Viewer.anonymous({ expired: true });
    if (row.stale) {
      await this.dataSource.query(`UPDATE auth_session SET last_used_at = now() WHERE id = $1`, [row.id]);
    }
    return Viewer.signedIn(row.account_id, row.id, row.grants);
  }

  /** A new browser session for an account, in the caller's transaction; the token is returned once. */
  async startSession(manager: EntityManager, accountId: string): Promise<{ token: string; session: AuthSession }> {
    const expiresAt = new Date(Date.now() + this.config.sessionMaxHours * 3_600_000);
    return this.start(manager, { accountId, kind: 'SESSION', name: null, expiresAt });
  }

  async startApiToken(
    manager: EntityManager,
    accountId: string,
    name: string,
    expiresAt: Date,
  ): Promise<{ token: string; session: AuthSession }> {
    return this.start(manager, { accountId, kind: 'API_TOKEN', name, expiresAt });
  }

  /** Ends every session and token of an account (disabled, or its password changed), but `keep`. */
  async revokeAll(manager: EntityManager, accountId: string, keep: string | null = null): Promise<void> {
    await manager.query(
      `UPDATE auth_session SET revoked_at = now()
        WHERE account_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [accountId, keep],
    );
  }

  async revoke(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(`UPDATE auth_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  private async start(
    manager: EntityManager,
    values: Pick<AuthSession, 'accountId' | 'kind' | 'name' | 'expiresAt'>,
  ): Promise<{ token: string; session: AuthSession }> {
    const token = newToken();
    const session = await manager.getRepository(AuthSession).save({ ...values, tokenHash: tokenHash(token) });
    return { token, session };
  }
}
