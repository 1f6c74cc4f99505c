import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logging/logger.js';
import { MASKED_ERROR_MESSAGE } from '../errors/format-error.js';
import { sendErrorResponse } from './error-response.js';
import { MAX_BODY_BYTES } from './json-body.js';

/** What body-parser (and http-errors) put on the errors it raises. */
interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
}

/**
 * The last handler: what Express would otherwise answer with an HTML page and a stack trace. A
 * client's mistake gets its 4xx status and a stable code; anything else is logged with the request
 * id and answered with INTERNAL_SERVER_ERROR and that id. Never a stack trace.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const { status = 500, statusCode, type } = (error ?? {}) as HttpError;
    const httpStatus = statusCode ?? status;
    if (httpStatus === 413) {
      const limit = `${MAX_BODY_BYTES / 1024} kB`;
      return sendErrorResponse(
        res,
        413,
        'PAYLOAD_TOO_LARGE',
        `The request is larger than the ${limit} limit. Send a shorter query, with fewer or smaller variables.`,
        { maximumBytes: MAX_BODY_BYTES },
      );
    }
    if (type === 'entity.parse.failed') {
      return sendErrorResponse(
        res,
        400,
        'BAD_REQUEST',
        'The request body is not valid JSON. Send {"query": "…", "variables": {…}} with Content-Type: application/json.',
      );
    }
    if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
      return sendErrorResponse(
        res,
        415,
        'BAD_REQUEST',
        'The request body is in a character set or content encoding the API does not read. Send UTF-8 JSON.',
      );
    }
    if (httpStatus >= 400 && httpStatus < 500) {
      return sendErrorResponse(
        res,
        httpStatus,
        'BAD_REQUEST',
        'The request is not valid. Check its URL, headers and body.',
      );
    }
    logger.error(
      { err: error, requestId: String(req.id), url: req.originalUrl },
      'Unexpected error in an HTTP request',
    );
    sendErrorResponse(res, 500, 'INTERNAL_SERVER_ERROR', MASKED_ERROR_MESSAGE);
  };
}
