import { EntityManager } from '@mikro-orm/knex';
import { Router } from 'express';
import { defineModule, RouteDeps } from '../app/module';
import { currentRequestScope } from '../app/request-scope';
import { sendRouteError } from '../app/route-errors';
import { authenticate } from '../auth/auth.service';
import { unauthenticated } from '../shared/errors';
import { exportGrantedDossier } from './grant-export';

/**
 * `GET /access-exports/:requestId/:dossierId` (Bearer): the watermarked PDF of a dossier under the
 * caller's active grant of that request (grant-export.ts). Errors in the GraphQL error shape.
 */
function accessExportRouter({ orm, settings, translate }: RouteDeps): Router {
  const router = Router();
  router.get('/:requestId/:dossierId', (req, res, next) => {
    (async () => {
      const em = orm.em.fork() as EntityManager;
      const scope = currentRequestScope()!;
      const actor = await authenticate(em, settings, req.get('authorization'));
      if (!actor) throw unauthenticated();
      const ctx = { em, settings, actor, requestId: scope.requestId, locale: scope.locale, now: () => new Date() };
      const { requestId, dossierId } = req.params as { requestId: string; dossierId: string };
      const { bytes, fileName } = await exportGrantedDossier(ctx, requestId, dossierId);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Length', String(bytes.length));
      res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
      res.end(Buffer.from(bytes));
    })().catch(next);
  });
  router.use((error: unknown, _req: unknown, res: import('express').Response, next: (e?: unknown) => void) => {
    if (res.headersSent) return next(error);
    res.setHeader('Cache-Control', 'no-store');
    sendRouteError(res, error, {
      translate,
      locale: currentRequestScope()?.locale ?? 'zh-CN',
      logAs: 'access export error',
    });
  });
  return router;
}

/**
 * Exports of granted dossiers (issue 10 §6): only under the caller's active grant of the request,
 * whoever they are — without one, not even the custodian exports (requirements §3).
 */
export const accessExportModule = defineModule({
  name: 'accessExport',
  entities: [],
  resolvers: [],
  actions: {
    'accessGrant.export': { roles: 'any-authenticated', scope: 'grant' },
  },
  fieldRules: {},
  routes: { path: '/access-exports', router: accessExportRouter },
  messages: { 'zh-CN': {}, en: {} },
  auditActions: {
    DOSSIER_EXPORTED: { 'zh-CN': '凭调取授权导出档案', en: 'Dossier exported under an access grant' },
  },
});
