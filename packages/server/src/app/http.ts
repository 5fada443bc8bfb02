import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import express, { NextFunction, Request, Response } from 'express';
import { authenticate } from '../auth/auth.service';
import { Settings } from '../config/settings';
import { RequestContext } from './context';
import { formatError } from './errors';
import { createLoaders } from './loaders';
import { logger } from './logger';
import { sensitiveReadAudit } from './plugins';
import { currentRequestScope, localeFromHeader, runInRequestScope } from './request-scope';
import { danganSchema } from './schema';

export interface RunningServer {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

function armor(settings: Settings) {
  return new ApolloArmor({
    maxDepth: { n: settings.GRAPHQL_MAX_DEPTH },
    maxAliases: { n: settings.GRAPHQL_MAX_ALIASES },
    maxTokens: { n: settings.GRAPHQL_MAX_TOKENS },
    costLimit: { maxCost: settings.GRAPHQL_MAX_COST },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** Express app: /healthz, /graphql and, when built, the admin SPA with history fallback. */
export async function startHttpServer(orm: MikroORM, settings: Settings, port = settings.PORT): Promise<RunningServer> {
  const app = express();
  const httpServer = createServer(app);
  const protection = armor(settings);
  const apollo = new ApolloServer<RequestContext>({
    schema: await danganSchema(),
    introspection: settings.GRAPHQL_INTROSPECTION,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    formatError,
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      sensitiveReadAudit,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(settings.NODE_ENV === 'production' ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // Only the proxies TRUST_PROXY names may tell the client's address; by default nobody may,
  // or any client could reset its sign-in limit with a made-up X-Forwarded-For (issue 7).
  app.set('trust proxy', settings.TRUST_PROXY.length ? settings.TRUST_PROXY : false);
  app.use(securityHeaders);
  app.use((req, _res, next) => {
    const scope = { requestId: randomUUID(), locale: localeFromHeader(req.get('accept-language')) };
    runInRequestScope(scope, next);
  });

  app.get('/healthz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: settings.REQUEST_BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const em = orm.em.fork() as EntityManager;
        const scope = currentRequestScope()!;
        return {
          em,
          settings,
          actor: await authenticate(em, settings, req.get('authorization')),
          locale: scope.locale,
          requestId: scope.requestId,
          now: () => new Date(),
          clientAddress: clientAddressOf(req),
          loaders: createLoaders(em),
          sensitiveReads: new Set<string>(),
        };
      },
    }),
  );

  serveSpa(app, settings.SPA_DIR);
  app.use(jsonErrors);

  await new Promise<void>((resolve) => httpServer.listen(port, resolve));
  const address = httpServer.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    server: httpServer,
    url,
    stop: async () => {
      await apollo.stop();
    },
  };
}

/**
 * The caller's address for sign-in limits and the audit trail: what a trusted proxy forwarded,
 * else the socket's. A forwarded value that is no IP address (over-long, garbage) is not
 * believed, so it can neither break the request nor stand for a client.
 */
function clientAddressOf(req: Request): string | null {
  for (const address of [req.ip, req.socket.remoteAddress]) {
    if (address && address.length <= 64 && isIP(address)) return address;
  }
  return null;
}

function serveSpa(app: express.Express, spaDir: string) {
  const index = join(spaDir, 'index.html');
  if (!existsSync(index)) {
    logger.warn('admin SPA is not built; only the API is served', { spaDir });
    return;
  }
  app.use(express.static(spaDir, { index: false, maxAge: '1h' }));
  // History-mode routes of the SPA (/organizations, /users/…) all load index.html.
  app.get(/^\/(?!graphql|healthz).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.sendFile(index, { headers: { 'Cache-Control': 'no-cache' } });
  });
}

function securityHeaders(_req: Request, res: Response, next: NextFunction) {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  next();
}

/** Body-parser errors (too large, malformed JSON) as JSON without internals. */
function jsonErrors(error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) {
  if (res.headersSent) return next(error);
  const status = error.status && error.status < 500 ? error.status : 500;
  const code = status === 413 ? 'BAD_USER_INPUT' : status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR';
  if (status >= 500) logger.error('http error', { error: String(error) });
  res
    .status(status)
    .json({ errors: [{ message: status === 413 ? 'Request body too large' : 'Bad request', extensions: { code } }] });
}
