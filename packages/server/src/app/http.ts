import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo, isIP } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import express, { NextFunction, Request, Response } from 'express';
import { AuditBatchWriter } from '../audit/batch-writer';
import { authenticate } from '../auth/auth.service';
import { Settings } from '../config/settings';
import { RequestContext } from './context';
import { formatError } from './errors';
import { translate } from './i18n';
import { describeForLog } from './log-safety';
import { queriesAndMutationsOnly, rejectNulCharacters } from './input-guard';
import { requestLimits } from './limits';
import { createLoaders } from './loaders';
import { logger } from './logger';
import { moduleOperationLimits, moduleRoutes } from './modules';
import { operationLimitsRule } from './operation-limits';
import { sensitiveReadAudit } from './plugins';
import { currentRequestScope, localeFromHeader, runInRequestScope } from './request-scope';
import { danganSchema } from './schema';
import { serveSpa } from './spa';

export interface RunningServer {
  server: Server;
  /** The address the server really listens on (HOST and PORT resolved, port 0 → the chosen port). */
  address: AddressInfo;
  url: string;
  stop(): Promise<void>;
}

/** Express app: /healthz, /graphql and, when built, the admin SPA with history fallback. */
export async function startHttpServer(orm: MikroORM, settings: Settings, port = settings.PORT): Promise<RunningServer> {
  const app = express();
  const httpServer = createServer(app);
  const limits = requestLimits(settings);
  const apollo = new ApolloServer<RequestContext>({
    schema: await danganSchema(),
    introspection: settings.GRAPHQL_INTROSPECTION,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM/SIGINT: Apollo's own handler re-raises the signal once it has stopped,
    // which killed the process before the final audit checkpoint and orm.close() could run.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    formatError,
    parseOptions: { maxTokens: settings.GRAPHQL_MAX_TOKENS },
    validationRules: [queriesAndMutationsOnly, ...limits.validationRules, operationLimitsRule(moduleOperationLimits)],
    plugins: [
      ...limits.plugins,
      rejectNulCharacters,
      sensitiveReadAudit(new AuditBatchWriter(orm.em as EntityManager)),
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
  // The SPA's files carry their own (app/spa.ts).
  app.set('etag', false);
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
    noStore,
    express.json({ limit: settings.REQUEST_BODY_LIMIT }),
    // A body that is not JSON (text/plain, a GET) leaves req.body unset, which the Apollo
    // middleware answers with a 500; Apollo itself refuses an empty body with a 400.
    (req: Request, _res: Response, next: NextFunction) => {
      req.body ??= {};
      next();
    },
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
          sensitiveReads: new Map(),
        };
      },
    }),
  );

  for (const route of moduleRoutes) app.use(route.path, route.router({ orm, settings, translate }));

  serveSpa(app, settings.SPA_DIR);
  app.use(jsonErrors);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, settings.HOST, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server: httpServer,
    address,
    url: `http://${host}:${address.port}`,
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

/** Body-parser errors (too large, malformed JSON, unknown charset) as JSON without internals, translated. */
function jsonErrors(error: { status?: number; type?: string }, req: Request, res: Response, next: NextFunction) {
  if (res.headersSent) return next(error);
  const status = error.status && error.status < 500 ? error.status : 500;
  // Body-parser's callbacks run outside the request's async scope: read the language here.
  const locale = localeFromHeader(req.get('accept-language'));
  if (status >= 500) {
    logger.error('http error', describeForLog(error));
    res.status(status).json({
      errors: [{ message: translate(locale, 'common.internal'), extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    return;
  }
  const message = translate(locale, status === 413 ? 'request.tooLarge' : 'request.body');
  res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
}
