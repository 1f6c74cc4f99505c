import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config/env.js';
import { createContext, type AuthDependencies, type Context } from './context.js';
import { postgresPool } from './database/data-source.js';
import { SessionService } from './modules/identity/session.service.js';
import { SignInLimiter } from './modules/identity/sign-in-limiter.js';
import { errorLoggingPlugin, formatError } from './common/errors/format-error.js';
import type { Logger } from './common/logging/logger.js';
import { createSchema } from './schema.js';

export interface ServerDependencies {
  config: AppConfig;
  dataSource: DataSource;
  logger: Logger;
}

export interface RoundtableServer {
  app: express.Express;
  httpServer: http.Server;
  /** Stops Apollo (and, through the drain plugin, the HTTP server's open requests). */
  stop(): Promise<void>;
}

/**
 * The whole app without `listen`, so tests run the same thing main.ts does: `/graphql`, the built
 * dashboard at `/`, `/healthz` (the process) and `/readyz` (the database answers).
 */
export async function createServer({ config, dataSource, logger }: ServerDependencies): Promise<RoundtableServer> {
  const auth: AuthDependencies = {
    config: config.auth,
    sessions: new SessionService(dataSource, config.auth),
    limiter: new SignInLimiter(postgresPool(dataSource), config.auth),
  };
  const app = express();
  const httpServer = http.createServer(app);
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The hosted sandbox needs the internet; the API is reached from the dashboard or a client.
      ApolloServerPluginLandingPageDisabled(),
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

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // Mantine sets CSS variables in style attributes.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'Readiness check: the database does not answer');
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: ({ req, res }) => createContext({ dataSource, logger, requestId: String(req.id), auth, req, res }),
    }),
  );

  serveDashboard(app, config.webDistDir, logger);

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
