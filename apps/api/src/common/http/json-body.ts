import express, { type RequestHandler } from 'express';
import { sendErrorResponse } from './error-response.js';

/** The largest JSON body `/graphql` reads; a query is a few kB, and the token limit stops long ones. */
export const MAX_BODY_BYTES = 100 * 1024;

/**
 * Parses the JSON body up to MAX_BODY_BYTES; a larger or malformed one becomes an error for
 * `errorHandler` (413 PAYLOAD_TOO_LARGE, 400 BAD_REQUEST). Other content types are left to Apollo,
 * whose CSRF prevention refuses the ones a cross-site form could send.
 */
export const jsonBody: RequestHandler = express.json({ limit: MAX_BODY_BYTES });

/**
 * Refuses a JSON array of operations (HTTP batching, off in Apollo too) before any work is done for
 * it: one request, one operation, so each counts against the rate limits.
 */
export const refuseBatches: RequestHandler = (req, res, next) => {
  if (!Array.isArray(req.body)) return next();
  sendErrorResponse(
    res,
    400,
    'BAD_REQUEST',
    'Batched requests (a JSON array of operations) are not supported. Send one operation per request.',
  );
};
