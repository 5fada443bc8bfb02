import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { Express, NextFunction, Request, Response } from 'express';
import { logger } from './logger';

/**
 * The SPA may run only the scripts it ships: no inline script, no eval. Element Plus positions
 * popups with inline styles, hence 'unsafe-inline' for styles only.
 */
export const SPA_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** Vite names every file under assets/ by its content hash: a changed file gets a new name. */
const HASHED_ASSETS = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, the favicon) is checked with the server before each use. */
const REVALIDATE = 'no-cache';
/** Paths the API answers; the SPA never stands in for them. */
const API_PATHS = /^\/(graphql|healthz)(\/|$)/;

type Encoding = 'br' | 'gzip';

interface StaticFile {
  path: string;
  etag: string;
  /** Copies compressed at build time (packages/admin/scripts/precompress.mjs), by encoding. */
  variants: Partial<Record<Encoding, { path: string; etag: string }>>;
}

/**
 * Serves the built admin SPA from `spaDir` (issue 8, delivery): each file in the encoding the
 * client prefers among those precompressed at build, hashed assets cached for a year, index.html
 * for the history routes, and a 404 for any other path that names a file.
 */
export function serveSpa(app: Express, spaDir: string): void {
  const index = join(spaDir, 'index.html');
  if (!existsSync(index)) {
    logger.warn('admin SPA is not built; only the API is served', { spaDir });
    return;
  }
  // The build does not change while the server runs: list it once, and serve only what is listed,
  // so no request path ever reaches the file system.
  const files = listStaticFiles(spaDir);
  const indexFile = files.get('/index.html')!;

  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    res.setHeader('Content-Security-Policy', SPA_CONTENT_SECURITY_POLICY);
    const file = files.get(decodedPath(req.path));
    if (file) return sendStatic(req, res, file, req.path.startsWith(HASHED_ASSETS) ? IMMUTABLE : REVALIDATE);
    // A missing script or image must fail as one: index.html in its place breaks in confusing ways.
    if (extname(req.path) || !req.accepts('html')) return notFound(res);
    // History-mode routes of the SPA (/organizations, /users/…) all load index.html.
    sendStatic(req, res, indexFile, REVALIDATE);
  });
}

/** The encoding to send: brotli where the client takes it, else gzip, else the file as it is. */
function preferredEncoding(acceptEncoding: string | undefined, available: Encoding[]): Encoding | undefined {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((param) => param.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  return (['br', 'gzip'] as const).find(
    (encoding) => available.includes(encoding) && (weights.get(encoding) ?? weights.get('*') ?? 0) > 0,
  );
}

function sendStatic(req: Request, res: Response, file: StaticFile, cacheControl: string) {
  const available = Object.keys(file.variants) as Encoding[];
  const encoding = preferredEncoding(req.get('accept-encoding'), available);
  // The type is the original file's: send would name a `.br` file application/octet-stream.
  res.type(extname(file.path));
  res.setHeader('Cache-Control', cacheControl);
  if (available.length) res.setHeader('Vary', 'Accept-Encoding');
  if (encoding) res.setHeader('Content-Encoding', encoding);
  const sent = encoding ? file.variants[encoding]! : file;
  // Our own ETag: res.sendFile follows the app's `etag` setting, which is off for the API (http.ts).
  res.setHeader('ETag', sent.etag);
  res.sendFile(sent.path, { dotfiles: 'allow' }, (error) => {
    // The file went away after start (a rebuild under a running server): a 404, not the JSON error handler.
    if (error && !res.headersSent) {
      res.removeHeader('Content-Encoding');
      notFound(res);
    }
  });
}

function notFound(res: Response) {
  res.status(404).type('text/plain').setHeader('Cache-Control', REVALIDATE);
  res.send('Not found');
}

function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Every file of the build by its URL path, with its precompressed copies; Vite's `.vite/` is not served. */
function listStaticFiles(spaDir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile() && !/\.(br|gz)$/.test(entry.name)) {
        const variants: StaticFile['variants'] = {};
        if (existsSync(`${path}.br`)) variants.br = { path: `${path}.br`, etag: etagOf(`${path}.br`) };
        if (existsSync(`${path}.gz`)) variants.gzip = { path: `${path}.gz`, etag: etagOf(`${path}.gz`) };
        files.set(`/${relative(spaDir, path).split(sep).join('/')}`, { path, etag: etagOf(path), variants });
      }
    }
  };
  visit(spaDir);
  return files;
}

/** Size and modification time, as `send` makes it: each encoded copy gets its own. */
function etagOf(path: string): string {
  const { size, mtimeMs } = statSync(path);
  return `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
}
