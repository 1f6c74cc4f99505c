import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../src/common/clock.js';
import { loadConfig } from '../../src/config/env.js';
import { createLogger, type Logger } from '../../src/common/logging/logger.js';
import { createServer } from '../../src/server.js';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface RequestOptions {
  /** Sent as `Authorization: Bearer …`, as an API client does. */
  token?: string;
  /** Sent as the Cookie header, as a browser does. */
  cookie?: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  url: string;
  /** The Node HTTP server, to read its settings (timeouts). */
  httpServer: http.Server;
  /** A raw HTTP request to a path (`/graphql`, `/healthz`), for what `request` cannot send. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** Sends a real GraphQL operation over HTTP, as the dashboard does. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<T>>;
  /** The same, with the HTTP response's status and headers. */
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<{ status: number; headers: Headers; body: GraphQLResponse<T> }>;
  close(): Promise<void>;
}

/**
 * The real app (server.ts) on an ephemeral port, over the given test database; `env` as the
 * environment would set it, and a logger to read what the server logs.
 */
export async function startTestServer(
  dataSource: DataSource,
  env: Record<string, string> = {},
  { logger = createLogger('silent'), clock }: { logger?: Logger; clock?: Clock } = {},
): Promise<TestServer> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const server = await createServer({ config, dataSource, logger, ...(clock ? { clock } : {}) });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const request = async (query: string, variables?: Record<string, unknown>, options: RequestOptions = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as never };
  };
  return {
    url,
    httpServer: server.httpServer,
    fetch: (path, init) => fetch(`${url}${path}`, init),
    request,
    async graphql(query, variables, options) {
      return (await request(query, variables, options)).body;
    },
    async close() {
      await server.stop();
    },
  };
}
