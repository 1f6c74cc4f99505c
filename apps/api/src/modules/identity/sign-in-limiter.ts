import { HeaderMap } from '@apollo/server';
import type { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { AuthConfig } from '../../config/env.js';
import { DomainError } from '../../common/errors/domain-error.js';

/**
 * Counts sign-in attempts per account (its email, whether or not it exists) and per address, in
 * PostgreSQL so every API process shares the count. An attempt is counted before the password is
 * checked, so a burst of a thousand at once cannot slip through while the first are still hashing,
 * and given back when it succeeds: in effect only failures (and attempts in flight) count.
 */
export class SignInLimiter {
  private readonly byAccount: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(pool: Pool, config: AuthConfig) {
    const common = {
      storeClient: pool,
      storeType: 'pool',
      // Created by the migration, so the limiter never issues DDL at run time.
      tableName: 'sign_in_limit',
      tableCreated: true,
      duration: config.signInWindowMinutes * 60,
      blockDuration: config.signInWindowMinutes * 60,
    };
    this.byAccount = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'account',
      points: config.signInAttemptsPerAccount,
    });
    this.byAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'address',
      points: config.signInAttemptsPerAddress,
    });
  }

  /** Takes one attempt from both allowances, or refuses with RATE_LIMITED and when to retry. */
  async take(email: string, address: string): Promise<void> {
    try {
      await this.byAddress.consume(address);
    } catch (refusal) {
      throw limited(refusal, 'from this address');
    }
    try {
      await this.byAccount.consume(email);
    } catch (refusal) {
      await this.byAddress.reward(address).catch(() => undefined);
      throw limited(refusal, 'for this account');
    }
  }

  /** A success gives the address its attempt back and clears the account's count. */
  async succeeded(email: string, address: string): Promise<void> {
    await Promise.all([this.byAddress.reward(address), this.byAccount.delete(email)]);
  }
}

function limited(refusal: unknown, scope: string): unknown {
  if (!(refusal instanceof RateLimiterRes)) return refusal;
  const retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new DomainError(
    'RATE_LIMITED',
    `Too many sign-in attempts ${scope}. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or ask an administrator to reset your password.`,
    // Apollo takes the status and headers from `http`; formatError keeps it out of the JSON.
    { retryAfterSeconds, http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) } },
  );
}
