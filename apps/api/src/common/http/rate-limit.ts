import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { sendErrorResponse } from './error-response.js';

/**
 * At most `requestsPerMinute` requests per client address (`req.ip`, so TRUST_PROXY decides what
 * the address is). Counted in this process's memory: with N processes behind a load balancer an
 * address gets up to N times the limit. A shared count would use a shared store, as sign-in does
 * (RateLimiterPostgres, sign-in-limiter.ts); for a coarse flood guard this is the cheap choice.
 */
export function rateLimitPerAddress(requestsPerMinute: number): RequestHandler {
  const limiter = new RateLimiterMemory({ points: requestsPerMinute, duration: 60 });
  return async (req, res, next) => {
    try {
      await limiter.consume(req.ip ?? req.socket.remoteAddress ?? 'unknown');
      next();
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) return next(refusal);
      const retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      res.setHeader('Retry-After', String(retryAfterSeconds));
      sendErrorResponse(
        res,
        429,
        'RATE_LIMITED',
        `Too many requests from this address: at most ${requestsPerMinute} a minute. Wait ${retryAfterSeconds} seconds and try again.`,
        { retryAfterSeconds },
      );
    }
  };
}
