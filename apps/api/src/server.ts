import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { Clock } from './common/clock.js';
import type { AppConfig } from './config/env.js';
import { createContext, type AuthDependencies, type Context } from './context.js';
import { postgresPool } from './database/data-source.js';
import { SessionService } from './modules/identity/session.service.js';
import { searchIndexStore } from './modules/pool/pool-search-index-store.js';
import { SignInLimiter } from './modules/identity/sign-in-limiter.js';
import { errorLoggingPlugin, formatError, RequestFailedError } from './common/errors/format-error.js';
import { QUERY_LIMIT_RULES, QUERY_PARSE_OPTIONS, queryCostPlugin } from './common/graphql/query-limits.js';
import { errorHandler } from './common/http/error-handler.js';
import { jsonBody, refuseBatches } from './common/http/json-body.js';
import { noStore } from './common/http/no-store.js';
import { rateLimitPerAddress } from './common/http/rate-limit.js';
import { securityHeaders } from './common/http/security-headers.js';
import { applyTimeouts } from './common/http/timeouts.js';
import type { Logger } from './common/logging/logger.js';
import { createSchema } from './schema.js';

export interface ServerDependencies {
  config: AppConfig;
  dataSource: DataSource;
  logger: Logger;
  /** The clock that decides deadlines; the system's unless a test sets one. */
  clock?: Clock;
}

export interface RoundtableServer {
  app: express.Express;
  httpServer: http.Server;
  /** Stops Apollo (and, through the drain plugin, the HTTP server's open requests). */
  stop(): Promise<void>;
}

/**
 * The whole app without `listen`, so tests run the same thing main.ts does: `/graphql`, the built
 * dashboard at `/`, `/healthz` (the process) and `/readyz` (the database answers). The limits a
 * request meets on the way are listed in docs/security.md.
 */
export async function createServer({
  config,
  dataSource,
  logger,
  clock,
}: ServerDependencies): Promise<RoundtableServer> {
  const auth: AuthDependencies = {
    config: config.auth,
    sessions: new SessionService(dataSource, config.auth),
    limiter: new SignInLimiter(postgresPool(dataSource), config.auth),
  };
  const app = express();
  const httpServer = http.createServer(app);
  applyTimeouts(httpServer);
  app.disable('x-powered-by');
  // No ETags: the API's answers are never cached (no-store.ts), and hashing each cost a search's
  // 23 KB answer a SHA-1. The dashboard's files still revalidate by Last-Modified; express.static
  // keeps its own ETags for the built assets.
  app.set('etag', false);
  // Whose X-Forwarded-For to believe: req.ip, and so the limits per address, depend on it.
  app.set('trust proxy', config.http.trustProxy);

  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    // Depth, aliases and tokens while parsing and validating; the cost, which depends on the
    // variables, once the operation is known (query-limits.ts).
    parseOptions: QUERY_PARSE_OPTIONS,
    validationRules: QUERY_LIMIT_RULES,
    // On by default; named so that no one turns it off by accident: it refuses the requests a
    // cross-site form could send (text/plain, a GET without a preflight header).
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts stops the server on SIGINT and SIGTERM, then the pool and the database, in order;
    // Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    // Compact JSON: Apollo indents by default, a third more bytes to write, send and parse.
    stringifyResult: (value) => JSON.stringify(value),
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The hosted sandbox needs the internet; the API is reached from the dashboard or a client.
      ApolloServerPluginLandingPageDisabled(),
      // Cache-Control is always no-store (no-store.ts): Apollo computes none, and so need not
      // follow every field's resolution (its cache-control plugin would, for hints nothing sets).
      ApolloServerPluginCacheControlDisabled(),
      queryCostPlugin(),
      errorLoggingPlugin(logger),
    ],
  });
  await apollo.start();

  app.use(
    pinoHttp({
      logger,
      genReqId: (_req, res) => {
        const id = randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    }),
  );

  app.use(securityHeaders({ secure: config.auth.secureCookies }));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // The partner pool's search index loads as the server starts (seconds for 200,000 profiles);
  // the process is ready once it has.
  const searchIndex = searchIndexStore(dataSource);
  searchIndex.start().catch((error: unknown) => logger.error({ err: error }, 'The search index did not load'));
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
    } catch (error) {
      logger.warn({ err: error }, 'Readiness check: the database does not answer');
      res.status(503).json({ status: 'database unavailable' });
      return;
    }
    try {
      await searchIndex.start();
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'search index not loaded' });
    }
  });

  app.use(
    '/graphql',
    noStore,
    // Before the body is read: a flood is refused at the cost of a counter.
    rateLimitPerAddress(config.http.requestsPerMinute),
    jsonBody,
    refuseBatches,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = String(req.id);
        try {
          return await createContext({ dataSource, logger, requestId, auth, req, res, ...(clock ? { clock } : {}) });
        } catch (error) {
          // Apollo neither logs this nor runs the error plugin for it: log it here, with the id.
          logger.error({ err: error, requestId }, 'Could not prepare a GraphQL request');
          throw new RequestFailedError(requestId, error);
        }
      },
    }),
  );

  serveDashboard(app, config.webDistDir, logger);
  // Too large, not JSON, or unexpected: a JSON answer with a code, never Express's page with a stack.
  app.use(errorHandler(logger));

  return {
    app,
    httpServer,
    stop: () => apollo.stop(),
  };
}

/** The built dashboard, with its routes (/he/clusters/haifa-bay) answered by index.html. */
function serveDashboard(app: express.Express, distDir: string, logger: Logger): void {
  const indexFile = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexFile)) {
    logger.warn({ distDir }, 'The dashboard is not built; serving the API only (run `npm run build`)');
    app.get('/{*path}', (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send('The dashboard is not built. Run `npm run build`, or `npm start` which builds it.');
    });
    return;
  }
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  app.get('/{*path}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
}
