import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { SPA_CONTENT_SECURITY_POLICY } from '../src/app/spa';
import { useTestServer } from './support/server';

// Issue 8 §2: the built SPA is sent precompressed by Accept-Encoding, cached by kind, guarded by a
// CSP, and never stands in for a file that does not exist.

const INDEX_HTML =
  '<!doctype html><html><head><script type="module" src="/assets/app-abc123.js"></script></head><body></body></html>';
const APP_JS = `export const greeting = ${JSON.stringify('档案 '.repeat(400))};\n`;
const FAVICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64"/></svg>';

const spaDir = mkdtempSync(join(tmpdir(), 'dangan-spa-'));
mkdirSync(join(spaDir, 'assets'));
mkdirSync(join(spaDir, '.vite'));
writeFileSync(join(spaDir, 'index.html'), INDEX_HTML);
writeFileSync(join(spaDir, 'favicon.svg'), FAVICON);
writeFileSync(join(spaDir, 'assets', 'app-abc123.js'), APP_JS);
writeFileSync(join(spaDir, 'assets', 'app-abc123.js.br'), brotliCompressSync(APP_JS));
writeFileSync(join(spaDir, 'assets', 'app-abc123.js.gz'), gzipSync(APP_JS));
// Too small to be worth compressing: the build leaves it alone.
writeFileSync(join(spaDir, 'assets', 'tiny-abc123.css'), 'body{margin:0}');
writeFileSync(join(spaDir, '.vite', 'manifest.json'), '{"index.html":{"file":"assets/app-abc123.js"}}');
afterAll(() => rmSync(spaDir, { recursive: true, force: true }));

const server = useTestServer({ SPA_DIR: spaDir }, { resetEachTest: false });

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A plain HTTP request that decodes nothing, so the test sees the bytes the server sent. */
function send(path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const browser = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe('precompressed files', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['br', 'br'],
    ['*', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', undefined],
    ['', undefined],
    ['br;q=0, gzip;q=0', undefined],
  ])('for Accept-Encoding %j are sent as %s', async (acceptEncoding, expected) => {
    const response = await send('/assets/app-abc123.js', acceptEncoding ? { 'accept-encoding': acceptEncoding } : {});
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe(expected);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    const decoded =
      expected === 'br'
        ? brotliDecompressSync(response.body)
        : expected === 'gzip'
          ? gunzipSync(response.body)
          : response.body;
    expect(decoded.toString()).toBe(APP_JS);
  });

  it('without a compressed copy are sent as they are, not varying by encoding', async () => {
    const response = await send('/assets/tiny-abc123.css', { 'accept-encoding': 'gzip, br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers.vary).toBeUndefined();
    expect(response.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(response.body.toString()).toBe('body{margin:0}');
  });
});

describe('caching', () => {
  it('keeps hashed assets for a year', async () => {
    const response = await send('/assets/app-abc123.js', { 'accept-encoding': 'br' });
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it.each(['/', '/index.html', '/organizations', '/users/42'])(
    'makes the browser revalidate the page %s, which is index.html',
    async (path) => {
      const response = await send(path, browser);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body.toString()).toBe(INDEX_HTML);
    },
  );

  it('makes the browser revalidate files that carry no hash', async () => {
    const response = await send('/favicon.svg');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/svg+xml');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers a revalidation of an unchanged file with 304', async () => {
    const first = await send('/assets/app-abc123.js', { 'accept-encoding': 'br' });
    const again = await send('/assets/app-abc123.js', {
      'accept-encoding': 'br',
      'if-none-match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
    const otherEncoding = await send('/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(otherEncoding.headers.etag).not.toBe(first.headers.etag);
  });
});

describe('paths the build does not have', () => {
  it.each(['/assets/nope.js', '/favicon.ico', '/logo.png', '/users/42.json', '/.vite/manifest.json'])(
    '%s is a 404, not the SPA',
    async (path) => {
      const response = await send(path, browser);
      expect(response.status).toBe(404);
      expect(response.body.toString()).not.toContain('<html');
      expect(response.headers['cache-control']).toBe('no-cache');
    },
  );

  it('a route asked for by a client that takes no HTML is a 404', async () => {
    const response = await send('/organizations', { accept: 'application/json' });
    expect(response.status).toBe(404);
  });
});

describe('Content-Security-Policy', () => {
  it('allows no inline script and no framing', () => {
    const directives = new Map(
      SPA_CONTENT_SECURITY_POLICY.split('; ').map((directive) => {
        const [name, ...sources] = directive.split(' ');
        return [name, sources];
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it.each(['/', '/organizations', '/assets/app-abc123.js', '/assets/nope.js'])('is sent with %s', async (path) => {
    const response = await send(path, browser);
    expect(response.headers['content-security-policy']).toBe(SPA_CONTENT_SECURITY_POLICY);
  });
});

describe('the API beside the SPA', () => {
  it('answers GraphQL as before', async () => {
    const response = await send(
      '/graphql',
      { 'content-type': 'application/json', ...browser },
      'POST',
      JSON.stringify({ query: '{ __typename }' }),
    );
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body.toString())).toEqual({ data: { __typename: 'Query' } });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-security-policy']).toBeUndefined();
  });

  it('answers the health check as before', async () => {
    const response = await send('/healthz', browser);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body.toString())).toEqual({ status: 'ok' });
  });
});
