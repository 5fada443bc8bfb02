import { sendRouteError } from '../app/route-errors';
import { EntityManager } from '@mikro-orm/knex';
import { NextFunction, Request, Response, Router } from 'express';
import { liveSessionActor, authenticate } from '../auth/auth.service';
import { Settings } from '../config/settings';
import type { RouteDeps } from '../app/module';
import { currentRequestScope } from '../app/request-scope';
import { Actor } from '../policy/actor';
import { DomainError, unauthenticated } from '../shared/errors';
import { ServiceContext } from '../shared/service-context';
import { extensionOf } from './content-type';
import { hasSignature, verifyDownloadSignature } from './download-url';
import {
  authoriseDownload,
  authorizeUpload,
  fileStoreFor,
  readVerified,
  recordDownload,
  recordUpload,
} from './files.service';
import { UploadRefused, uploadGuard } from './upload-guard';

/**
 * `POST /files` (the raw bytes as the body, so the SPA's XHR can show progress) and
 * `GET /files/:sha256?owner=<Type>:<id>` (Bearer, or a signed URL from `fileDownloadUrl`).
 * Errors answer in the GraphQL error shape, translated, as `/graphql` does.
 */
export function filesRouter({ orm, settings, translate }: RouteDeps): Router {
  const router = Router();
  const contextOf = (actor: Actor | null, em: EntityManager): ServiceContext => {
    const scope = currentRequestScope()!;
    return { em, settings, actor, requestId: scope.requestId, locale: scope.locale, now: () => new Date() };
  };

  router.post('/', (req, res, next) => {
    const em = orm.em.fork() as EntityManager;
    upload(req, res, em, settings, (actor) => contextOf(actor, em)).catch(next);
  });
  router.get('/:sha256', (req, res, next) => {
    const em = orm.em.fork() as EntityManager;
    download(req, res, em, settings, (actor) => contextOf(actor, em)).catch(next);
  });
  router.use(fileErrors(translate));
  return router;
}

async function upload(
  req: Request,
  res: Response,
  em: EntityManager,
  settings: Settings,
  contextOf: (actor: Actor | null) => ServiceContext,
) {
  const ctx = contextOf(await authenticate(em, settings, req.get('authorization')));
  // Who may upload, and how much, is settled before a byte of the body is read.
  authorizeUpload(ctx);
  const maxBytes = settings.FILE_MAX_BYTES;
  const declared = Number(req.get('content-length') ?? NaN);
  if (declared > maxBytes) throw new UploadRefused('tooLarge', maxBytes);

  const guard = uploadGuard(maxBytes);
  req.on('error', (error) => guard.stream.destroy(error));
  req.on('aborted', () => guard.stream.destroy(new Error('upload aborted')));
  req.pipe(guard.stream);
  try {
    const stored = await fileStoreFor(settings).put(guard.stream);
    const uploaded = await recordUpload(ctx, stored, guard.contentType()!);
    res.status(201).json(uploaded);
  } catch (error) {
    req.unpipe(guard.stream);
    throw error;
  }
}

async function download(
  req: Request,
  res: Response,
  em: EntityManager,
  settings: Settings,
  contextOf: (actor: Actor | null) => ServiceContext,
) {
  const { sha256 } = req.params as { sha256: string };
  const query = req.query as Record<string, unknown>;
  const bearer = await authenticate(em, settings, req.get('authorization'));
  let actor = bearer;
  if (hasSignature(query)) {
    // A signed URL is the session's that asked for it: refused for anyone else's Bearer, expired or altered.
    const claim = verifyDownloadSignature(sha256, query, settings.TOKEN_SECRET, new Date());
    const signer = claim ? await liveSessionActor(em, claim.sessionId) : null;
    if (!signer || (bearer && bearer.userId !== signer.userId))
      throw new DomainError('FORBIDDEN', 'files.badSignature');
    actor = signer;
  }
  if (!actor) throw unauthenticated();
  const ctx = contextOf(actor);
  const { owner, decision, file } = await authoriseDownload(ctx, query.owner, sha256);
  const organizationPath = decision.allowed ? decision.organizationPath : undefined;
  const bytes = await readVerified(ctx, file, owner, organizationPath);
  const attachment = query.download === '1';
  await recordDownload(ctx, file, owner, decision, hasSignature(query) ? 'signed-url' : 'bearer');

  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Length', String(bytes.length));
  res.setHeader('Content-Disposition', contentDisposition(attachment, query.name, file.sha256, file.contentType));
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  // The SPA previews files in its own frames (app/http.ts denies framing for everything else).
  res.setHeader('X-Frame-Options', 'SAMEORIGIN');
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(file.contentType, attachment));
  res.end(bytes);
}

/**
 * Nothing served here may run script in our origin. Everything gets `sandbox` (a unique origin,
 * no script) — except a PDF shown inline: Chromium refuses to start its PDF viewer in any
 * sandboxed document (crbug.com/413851), so a sandboxed PDF preview would never display. The
 * viewer runs the document in its own process and origin, not ours, and the bytes were checked
 * to be a PDF (content type from the content, nosniff), so it cannot be read as HTML.
 */
function contentSecurityPolicy(contentType: string, attachment: boolean): string {
  const framing = "frame-ancestors 'self'";
  if (contentType === 'application/pdf' && !attachment) return framing;
  return `sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; ${framing}`;
}

/**
 * `inline` for previews, `attachment` with `?download=1`; the name (`?name=`, else the hash)
 * gets the detected type's extension, and goes both as an ASCII fallback and RFC 5987 UTF-8.
 */
function contentDisposition(attachment: boolean, requested: unknown, sha256: string, contentType: string): string {
  const extension = extensionOf(contentType) ?? 'bin';
  const base =
    typeof requested === 'string'
      ? requested
          // eslint-disable-next-line no-control-regex
          .replace(/[\u0000-\u001f\u007f"\\/:*?<>|]/g, '')
          .trim()
          .slice(0, 100)
      : '';
  const name = `${base || sha256.slice(0, 12)}.${extension}`;
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/[%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${attachment ? 'attachment' : 'inline'}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Domain errors and refused uploads as translated JSON; anything else is logged and answered without internals. */
const fileErrors =
  (translate: RouteDeps['translate']) => (error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const locale = currentRequestScope()?.locale ?? 'zh-CN';
    res.setHeader('Cache-Control', 'no-store');
    if (error instanceof UploadRefused) {
      const tooLarge = error.reason === 'tooLarge';
      // The rest of a refused body is not read: the connection closes after the answer.
      res.setHeader('Connection', 'close');
      req.resume();
      const message = tooLarge
        ? translate(locale, 'files.tooLarge', { max: formatMegabytes(error.maxBytes) })
        : translate(locale, 'files.unsupportedType');
      res
        .status(tooLarge ? 413 : 415)
        .json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'file' } }] });
      return;
    }
    sendRouteError(res, error, { translate, locale, logAs: 'files error' });
  };

const formatMegabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
