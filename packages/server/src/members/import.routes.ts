import { sendRouteError } from '../app/route-errors';
import { EntityManager } from '@mikro-orm/knex';
import { NextFunction, Request, Response, Router } from 'express';
import { authenticate } from '../auth/auth.service';
import type { RouteDeps } from '../app/module';
import { currentRequestScope } from '../app/request-scope';
import { authorize } from '../policy/policy';
import { badInput, unauthenticated } from '../shared/errors';
import { ServiceContext } from '../shared/service-context';
import { exportMembers } from './member-export';
import { storeImportFile } from './member-import-file';
import { templateWorkbook } from './member-import-format';
import { membersModule } from './members.module';
import { MembershipStatus } from './membership';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Bulk import and export of members (issue 9 §9), bytes rather than GraphQL:
 * `GET /members/import-template.xlsx`, `POST /members/imports` (the raw file as the body, so the
 * SPA's XHR shows progress; answers a `fileRef` for `startMemberImport`) and
 * `GET /members/export.xlsx?search=&organizationId=&status=`. Bearer only; errors in the GraphQL
 * error shape, translated.
 */
export function memberImportRouter({ orm, settings, translate }: RouteDeps): Router {
  const router = Router();
  const signedIn = async (req: Request): Promise<ServiceContext> => {
    const em = orm.em.fork() as EntityManager;
    const scope = currentRequestScope()!;
    const actor = await authenticate(em, settings, req.get('authorization'));
    if (!actor) throw unauthenticated();
    return { em, settings, actor, requestId: scope.requestId, locale: scope.locale, now: () => new Date() };
  };
  const terms = (ctx: ServiceContext) => membersModule.terms![ctx.locale];

  router.get('/import-template.xlsx', (req, res, next) => {
    (async () => {
      const ctx = await signedIn(req);
      authorize(ctx.actor, 'member.import');
      const name = ctx.locale === 'en' ? 'member-import-template.xlsx' : '党员导入模板.xlsx';
      sendWorkbook(res, await templateWorkbook(ctx.locale, terms(ctx)), name);
    })().catch(next);
  });

  router.post('/imports', (req, res, next) => {
    (async () => {
      const ctx = await signedIn(req);
      // Who may upload, and how much, is settled before a byte of the body is read.
      authorize(ctx.actor, 'member.import');
      const bytes = await readLimited(req, settings.FILE_MAX_BYTES);
      res.status(201).json(await storeImportFile(ctx, bytes));
    })().catch(next);
  });

  router.get('/export.xlsx', (req, res, next) => {
    (async () => {
      const ctx = await signedIn(req);
      const query = req.query as Record<string, unknown>;
      const text = (name: string) => (typeof query[name] === 'string' && query[name] ? (query[name] as string) : null);
      const status = text('status');
      if (status && !(status in MembershipStatus)) throw badInput('status', 'memberExport.badFilter');
      const filter = {
        search: text('search'),
        organizationId: text('organizationId'),
        status: status as MembershipStatus | null,
      };
      const name = ctx.locale === 'en' ? 'members.xlsx' : '党员名册.xlsx';
      sendWorkbook(res, await exportMembers(ctx, filter, terms(ctx)), name);
    })().catch(next);
  });

  router.use(routeErrors(translate));
  return router;
}

class TooLarge extends Error {}

/** The body, refused as soon as its declared or streamed length passes `maxBytes` (the files module's limit). */
async function readLimited(req: Request, maxBytes: number): Promise<Buffer> {
  if (Number(req.get('content-length') ?? NaN) > maxBytes) throw new TooLarge();
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > maxBytes) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function sendWorkbook(res: Response, bytes: Buffer, name: string) {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_');
  res.setHeader('Content-Type', XLSX);
  res.setHeader('Content-Length', String(bytes.length));
  res.setHeader('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`);
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(bytes);
}

const routeErrors =
  (translate: RouteDeps['translate']) => (error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const locale = currentRequestScope()?.locale ?? 'zh-CN';
    res.setHeader('Cache-Control', 'no-store');
    if (error instanceof TooLarge) {
      // The rest of a refused body is not read: the connection closes after the answer.
      res.setHeader('Connection', 'close');
      req.resume();
      res.status(413).json({
        errors: [
          {
            message: translate(locale, 'memberImport.tooLarge'),
            extensions: { code: 'BAD_USER_INPUT', field: 'file' },
          },
        ],
      });
      return;
    }
    sendRouteError(res, error, { translate, locale, logAs: 'member import route error' });
  };
