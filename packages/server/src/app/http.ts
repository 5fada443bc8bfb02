import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
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
      // No response is cacheable (every one depends on the caller; `no-store` is set below), and
      // the default cache-control plugin wraps every field's resolver to collect hints (issue 7).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(settings.NODE_ENV === 'production' ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // An ETag is a SHA-1 of every JSON body, useless on uncacheable POST answers (issue 7).
  // express.static and the SPA's index.html keep theirs: they do not use this setting.
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
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
    noStore,
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
          clientAddress: req.ip ?? null,
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

/** GraphQL answers depend on who asks: no cache may keep them. */
function noStore(_req: Request, res: Response, next: NextFunction) {
  res.setHeader('Cache-Control', 'no-store');
  next();
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
