import { EntityManager } from '@mikro-orm/knex';
import { Request, Router } from 'express';
import type { RouteDeps } from '../app/module';
import { currentRequestScope } from '../app/request-scope';
import { sendRouteError } from '../app/route-errors';
import { authenticate } from '../auth/auth.service';
import { fileStoreFor } from '../files/files.service';
import { detectImportFormat, importFileRef } from '../members/member-import-file';
import { authorize } from '../policy/policy';
import { badInput, unauthenticated } from '../shared/errors';
import { ServiceContext } from '../shared/service-context';
import { ATTENDANCE_FILE_PURPOSE } from './attendance-import.job';
import { readAttendanceSheet } from './attendance-import';

/**
 * `POST /staff/attendance-imports`: the raw XLSX or UTF-8 CSV body (the files module's size
 * limit), read at once so a wrong file is refused before any job, then kept sealed in the file
 * store and answered as a signed one-hour `fileRef` for `startAttendanceImport` — the member
 * import's machinery (member-import-file.ts), with a sheet of its own columns.
 */
export function attendanceImportRouter({ orm, settings, translate }: RouteDeps): Router {
  const router = Router();
  router.post('/attendance-imports', (req, res, next) => {
    (async () => {
      const em = orm.em.fork() as EntityManager;
      const scope = currentRequestScope()!;
      const actor = await authenticate(em, settings, req.get('authorization'));
      if (!actor) throw unauthenticated();
      const ctx: ServiceContext = {
        em,
        settings,
        actor,
        requestId: scope.requestId,
        locale: scope.locale,
        now: () => new Date(),
      };
      authorize(ctx.actor, 'staff.manage', { organizationPath: actor.organizationPath });
      const bytes = await readLimited(req, settings.FILE_MAX_BYTES);
      const format = detectImportFormat(bytes);
      if (!format) throw badInput('file', 'memberImport.unreadable');
      const rows = await readAttendanceSheet(bytes, format);
      const sealed = Buffer.from(settings.pii.encrypt(bytes.toString('base64'), ATTENDANCE_FILE_PURPOSE));
      const stored = await fileStoreFor(settings).put(sealed);
      const claim = {
        sha256: stored.sha256,
        format,
        userId: actor.userId,
        expiresAt: Math.floor(Date.now() / 1000) + 3600,
      };
      res.status(201).json({ fileRef: importFileRef(claim, settings.TOKEN_SECRET), format, rows: rows.length });
    })().catch(next);
  });
  router.use((error: unknown, _req: Request, res: import('express').Response, next: import('express').NextFunction) => {
    if (res.headersSent) return next(error);
    const locale = currentRequestScope()?.locale ?? 'zh-CN';
    res.setHeader('Cache-Control', 'no-store');
    if (error instanceof TooLarge) {
      res.setHeader('Connection', 'close');
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
    sendRouteError(res, error, { translate, locale, logAs: 'attendance import route error' });
  });
  return router;
}

class TooLarge extends Error {}

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
