import type { Response } from 'express';
import type { ErrorCode } from '@roundtable/shared/errors';

/**
 * A refusal made before Apollo sees the request (too large, not JSON, too many), in the shape of
 * a GraphQL error response, so a client reads every error the same way: `errors[0].extensions.code`,
 * and the request id it can quote (also the `X-Request-Id` header).
 */
export function sendErrorResponse(
  res: Response,
  status: number,
  code: ErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...details, requestId: String(res.req.id) } }] });
}
