import type http from 'node:http';

/** A client must send its request headers within this (Node's default is 60 s). */
export const HEADERS_TIMEOUT_MS = 20_000;
/**
 * … and the whole request within this (Node's default is 5 minutes): a body of at most 100 kB
 * needs far less, and a slow sender holds a connection no longer. Answering is bounded separately,
 * by PostgreSQL's statement timeout.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

export function applyTimeouts(server: http.Server): void {
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
}
