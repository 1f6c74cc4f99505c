import type { RequestHandler } from 'express';

/**
 * GraphQL answers carry personal data and depend on who asks: no browser or proxy may keep them.
 * Apollo's own cache-control headers are off (server.ts), so this is the only one.
 */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};
