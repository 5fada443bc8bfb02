import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { Session } from '../src/auth/session.entity';
import { signedDownloadPath } from '../src/files/download-url';
import { registerFileOwner } from '../src/files/file-owners';
import { IntegrityIncident } from '../src/files/integrity-incident.entity';
import { StoredFile } from '../src/files/stored-file.entity';
import { allowedBy, DENIED } from '../src/policy/decision';
import { Role } from '../src/users/role';
import { graphql, login, onlyError } from './support/client';
import { makeTree, makeUser, PASSWORD } from './support/factories';
import { useTestServer } from './support/server';

const MAX_BYTES = 64 * 1024;
const dataDir = mkdtempSync(join(tmpdir(), 'dangan-files-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const server = useTestServer({ DATA_DIR: dataDir, FILE_MAX_BYTES: String(MAX_BYTES) });
const filesDir = join(dataDir, 'files');

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2000), Buffer.from('\n%%EOF\n')]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(3000)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(1000)]);
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00'), randomBytes(1000)]);

/**
 * A test owner type: `TestOwner:<id>` holds one file and names the users who may read it, as
 * the materials module's authoriser will for a material. Its decision carries the ROOT path.
 */
const holdings = new Map<string, { sha256: string; readers: Set<number> }>();
registerFileOwner('TestOwner', async (ctx, ownerId, sha256) => {
  const holding = holdings.get(ownerId);
  const allowed = holding?.sha256 === sha256 && !!ctx.actor && holding.readers.has(ctx.actor.userId);
  return allowed ? allowedBy({ kind: 'custody', organizationId: 1 }, '/ROOT/') : DENIED;
});

async function arrange() {
  holdings.clear();
  const tree = await makeTree(server.em());
  const archivist = await makeUser(server.em(), { organization: tree.left, roles: [Role.ARCHIVIST] });
  const other = await makeUser(server.em(), { organization: tree.left, roles: [Role.ARCHIVIST] });
  const requester = await makeUser(server.em(), { organization: tree.left });
  const admin = await makeUser(server.em(), { organization: tree.root, roles: [Role.ADMIN] });
  const login$ = (user: { username: string }) => login(server.url, user.username, PASSWORD);
  return {
    tree,
    archivist,
    other,
    requester,
    token: await login$(archivist),
    otherToken: await login$(other),
    requesterToken: await login$(requester),
    adminToken: await login$(admin),
  };
}

function upload(body: RequestInit['body'], token?: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/files`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body,
    duplex: 'half',
  } as RequestInit);
}

async function uploaded(content: Buffer, token: string) {
  const response = await upload(content, token);
  expect(response.status).toBe(201);
  return (await response.json()) as { sha256: string; size: number; contentType: string };
}

const download = (path: string, token?: string) =>
  fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

/** Every file under the store, tmp/ included, relative to it. */
function storedPaths(dir = filesDir, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? storedPaths(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}
const pathOf = (sha256: string) => join(filesDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
const auditActions = async (action: string) => server.em().find(AuditEntry, { action }, { orderBy: { id: 'asc' } });
const errorOf = async (response: Response) =>
  ((await response.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors[0];

describe('upload', () => {
  it('stores PDF, JPEG and PNG by their SHA-256, with the type told by the content', async () => {
    rmSync(filesDir, { recursive: true, force: true });
    const { token, archivist } = await arrange();
    for (const [content, type] of [
      [PDF, 'application/pdf'],
      [JPEG, 'image/jpeg'],
      [PNG, 'image/png'],
    ] as const) {
      // The client's claim is not what decides.
      const response = await upload(content, token, { 'content-type': 'text/plain' });
      expect(response.status).toBe(201);
      const body = await response.json();
      const sha256 = (await import('node:crypto')).createHash('sha256').update(content).digest('hex');
      expect(body).toEqual({ sha256, size: content.length, contentType: type });
      expect(readFileSync(pathOf(sha256)).equals(content)).toBe(true);
      expect(statSync(pathOf(sha256)).mode & 0o777).toBe(0o600);
      expect(statSync(join(pathOf(sha256), '..')).mode & 0o777).toBe(0o700);
      const row = await server.em().findOneOrFail(StoredFile, { sha256 });
      expect([row.size, row.contentType, row.createdBy?.id]).toEqual([content.length, type, archivist.id]);
    }
    expect(statSync(filesDir).mode & 0o777).toBe(0o700);
    const entries = await auditActions('FILE_UPLOADED');
    expect(entries.map((e) => e.actor)).toEqual([archivist.username, archivist.username, archivist.username]);
  });

  it('refuses a renamed executable and plain text whatever the header claims, in the caller’s language', async () => {
    const { token } = await arrange();
    const before = storedPaths();
    const exe = await upload(EXE, token, { 'content-type': 'application/pdf' });
    expect(exe.status).toBe(415);
    const error = await errorOf(exe);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(error.message).toBe('仅支持 PDF、JPEG 和 PNG 文件（按文件内容识别）');
    const text = await upload('hello, this is not a PDF', token, {
      'content-type': 'image/png',
      'accept-language': 'en',
    });
    expect(text.status).toBe(415);
    expect((await errorOf(text)).message).toBe('Only PDF, JPEG and PNG files are accepted (told by their content)');
    const tiny = await upload(Buffer.from([0x89, 0x50]), token);
    expect(tiny.status).toBe(415);
    expect(storedPaths()).toEqual(before);
    expect(await server.em().count(StoredFile)).toBe(0);
    expect(await auditActions('FILE_UPLOADED')).toEqual([]);
  });

  it('refuses an upload over the limit, declared or streamed, keeping nothing and no temporary file', async () => {
    const { token } = await arrange();
    const before = storedPaths();
    const big = Buffer.concat([PDF, randomBytes(MAX_BYTES)]);
    const declared = await upload(big, token, { 'accept-language': 'en' });
    expect(declared.status).toBe(413);
    expect((await errorOf(declared)).message).toBe('The file is too large: at most 0.1 MB');

    // No Content-Length: the limit is enforced while the bytes arrive.
    const chunks = [PDF, randomBytes(MAX_BYTES / 2), randomBytes(MAX_BYTES / 2)];
    const stream = new ReadableStream({
      pull(controller) {
        const chunk = chunks.shift();
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await upload(stream, token);
    expect(streamed.status).toBe(413);
    expect((await errorOf(streamed)).extensions.code).toBe('BAD_USER_INPUT');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(storedPaths()).toEqual(before);
    expect(await server.em().count(StoredFile)).toBe(0);

    const exact = Buffer.concat([Buffer.from('%PDF-'), randomBytes(MAX_BYTES - 5)]);
    expect((await upload(exact, token)).status).toBe(201);
  });

  it('keeps nothing of an upload the client abandons halfway', async () => {
    const { token } = await arrange();
    const before = storedPaths();
    const controller = new AbortController();
    let sent = 0;
    const stream = new ReadableStream({
      async pull(stream) {
        sent += 1;
        if (sent === 1) stream.enqueue(PDF);
        else if (sent === 2) {
          stream.enqueue(randomBytes(1000));
          // Give the server time to write the first bytes to its draft file, then hang up.
          await new Promise((resolve) => setTimeout(resolve, 100));
          controller.abort();
        }
      },
    });
    await expect(
      fetch(`${server.url}/files`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: stream,
        duplex: 'half',
        signal: controller.signal,
      } as RequestInit),
    ).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(storedPaths()).toEqual(before);
    expect(await server.em().count(StoredFile)).toBe(0);
    // The server goes on serving.
    expect((await upload(JPEG, token)).status).toBe(201);
  });

  it('keeps the same content once however often it is uploaded', async () => {
    const { token, otherToken, archivist } = await arrange();
    const first = await uploaded(PNG, token);
    const second = await uploaded(PNG, otherToken);
    expect(second).toEqual(first);
    expect(storedPaths().filter((path) => path.endsWith(first.sha256))).toHaveLength(1);
    expect(storedPaths().filter((path) => path.startsWith('tmp/'))).toEqual([]);
    const row = await server.em().findOneOrFail(StoredFile, { sha256: first.sha256 });
    expect(row.createdBy?.id).toBe(archivist.id);
    const entries = await auditActions('FILE_UPLOADED');
    expect(entries.map((e) => JSON.parse(e.details!).alreadyStored)).toEqual([false, true]);
  });

  // A requester uploads the justification of an access request (test/access-filing.test.ts).
  it('needs a signed-in archivist or requester', async () => {
    const { adminToken } = await arrange();
    const anonymous = await upload(PDF, undefined);
    expect(anonymous.status).toBe(401);
    expect((await errorOf(anonymous)).extensions.code).toBe('UNAUTHENTICATED');
    expect((await upload(PDF, adminToken)).status).toBe(403);
    expect(await server.em().count(StoredFile)).toBe(0);
  });
});

describe('download', () => {
  async function withHeldFile(content = PDF) {
    const actors = await arrange();
    const file = await uploaded(content, actors.token);
    holdings.set('m1', { sha256: file.sha256, readers: new Set([actors.archivist.id]) });
    return { ...actors, file };
  }

  it('serves the verified bytes to a reader the owner allows, with safe headers, and audits the read', async () => {
    const { token, file, archivist } = await withHeldFile();
    const response = await download(`/files/${file.sha256}?owner=TestOwner:m1`, token);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="${file.sha256.slice(0, 12)}.pdf"; filename*=UTF-8''${file.sha256.slice(0, 12)}.pdf`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");

    const [entry] = await auditActions('FILE_DOWNLOADED');
    expect(entry.actor).toBe(archivist.username);
    expect(entry.target).toBe(`StoredFile:${file.sha256}`);
    expect(entry.organizationPath).toBe('/ROOT/');
    expect(JSON.parse(entry.details!)).toEqual({ owner: 'TestOwner:m1', basis: 'custody', via: 'bearer' });
  });

  it('sandboxes images and saved files, and names a download in RFC 5987 form', async () => {
    const { token, file } = await withHeldFile(JPEG);
    const name = encodeURIComponent('入党申请书 "v2"/a');
    const response = await download(`/files/${file.sha256}?owner=TestOwner:m1&download=1&name=${name}`, token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="_____ v2a.jpg"; filename*=UTF-8''${encodeURIComponent('入党申请书 v2a.jpg')}`,
    );
    expect(response.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none';/);
  });

  it('answers 404 alike without an owner, for an unknown owner type, an owner without the file or a reader it refuses', async () => {
    const { token, otherToken, file } = await withHeldFile();
    const missing = 'f'.repeat(64);
    holdings.set('m2', { sha256: missing, readers: new Set() });
    const refused = [
      [`/files/${file.sha256}`, token],
      [`/files/${file.sha256}?owner=Nobody:m1`, token],
      [`/files/${file.sha256}?owner=TestOwner:m2`, token],
      [`/files/${file.sha256}?owner=TestOwner:m1`, otherToken],
      [`/files/${missing}?owner=TestOwner:m1`, token],
      [`/files/not-a-hash?owner=TestOwner:m1`, token],
    ] as const;
    const bodies = new Set<string>();
    for (const [path, as] of refused) {
      const response = await download(path, as);
      expect(response.status, path).toBe(404);
      bodies.add(await response.text());
    }
    expect(bodies.size).toBe(1);
    expect((await download(`/files/${file.sha256}?owner=TestOwner:m1`)).status).toBe(401);
    expect(await auditActions('FILE_DOWNLOADED')).toEqual([]);
  });

  it('serves a signed URL to its own session only, until it expires or the session ends', async () => {
    const { token, otherToken, file, archivist } = await withHeldFile(PNG);
    const query = 'query ($o: String!, $s: String!) { fileDownloadUrl(owner: $o, sha256: $s) }';
    const answer = await graphql(server.url, query, { o: 'TestOwner:m1', s: file.sha256 }, { token });
    const url = answer.data!.fileDownloadUrl as string;
    expect(url).toMatch(new RegExp(`^/files/${file.sha256}\\?owner=TestOwner%3Am1&s=[0-9a-f-]{36}&exp=\\d+&sig=`));

    const viaImg = await download(url);
    expect(viaImg.status).toBe(200);
    expect(Buffer.from(await viaImg.arrayBuffer()).equals(PNG)).toBe(true);
    const [entry] = await auditActions('FILE_DOWNLOADED');
    expect(JSON.parse(entry.details!).via).toBe('signed-url');

    // Another user's Bearer, an altered or an expired signature: refused.
    expect((await download(url, otherToken)).status).toBe(403);
    expect((await download(url.replace(/exp=(\d+)/, (_, exp) => `exp=${Number(exp) + 1}`))).status).toBe(403);
    const [session] = await server.em().find(Session, { user: archivist.id });
    const expired = signedDownloadPath(
      {
        sha256: file.sha256,
        owner: { type: 'TestOwner', id: 'm1' },
        sessionId: session.id,
        expiresAt: Math.floor(Date.now() / 1000) - 1,
      },
      server.settings.TOKEN_SECRET,
    );
    expect((await download(expired)).status).toBe(403);

    // Asking for a URL is decided as a download is.
    const denied = await graphql(server.url, query, { o: 'TestOwner:m1', s: file.sha256 }, { token: otherToken });
    expect(onlyError(denied).extensions?.code).toBe('NOT_FOUND');
    const bad = await graphql(server.url, query, { o: 'm1', s: file.sha256 }, { token });
    expect(onlyError(bad).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'owner' });

    // Losing access, then signing out, ends the URL before it expires.
    holdings.get('m1')!.readers.clear();
    expect((await download(url)).status).toBe(404);
    holdings.get('m1')!.readers.add(archivist.id);
    await graphql(server.url, 'mutation { logout }', {}, { token });
    expect((await download(url)).status).toBe(403);
  });

  it('serves no byte of tampered content and raises an integrity incident with an audit entry', async () => {
    const { token, adminToken, requesterToken, file, tree } = await withHeldFile();
    const tampered = Buffer.from(PDF);
    tampered[100] ^= 0xff;
    writeFileSync(pathOf(file.sha256), tampered);

    const response = await download(`/files/${file.sha256}?owner=TestOwner:m1`, token);
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(body).not.toContain('%PDF');
    expect(JSON.parse(body).errors[0].message).toBe('文件校验失败，未提供下载；已记录完整性事件，请联系管理员');
    expect(await auditActions('FILE_DOWNLOADED')).toEqual([]);

    const [entry] = await auditActions('FILE_INTEGRITY_FAILED');
    expect(entry.target).toBe(`StoredFile:${file.sha256}`);
    expect(JSON.parse(entry.details!)).toMatchObject({
      sha256: file.sha256,
      owner: 'TestOwner:m1',
      kind: 'FILE_CHECKSUM_MISMATCH',
    });
    const [incident] = await server.em().find(IntegrityIncident, {});
    expect([incident.kind, incident.subject, incident.resolved]).toEqual([
      'FILE_CHECKSUM_MISMATCH',
      `StoredFile:${file.sha256}`,
      false,
    ]);

    // Uploading the same content again restores the damaged copy.
    await uploaded(PDF, token);
    expect(readFileSync(pathOf(file.sha256)).equals(PDF)).toBe(true);
    expect((await download(`/files/${file.sha256}?owner=TestOwner:m1`, token)).status).toBe(200);

    // A missing file is an incident too.
    rmSync(pathOf(file.sha256));
    expect((await download(`/files/${file.sha256}?owner=TestOwner:m1`, token)).status).toBe(500);

    const incidents = `query ($first: Int, $after: String) {
      integrityIncidents(first: $first, after: $after) { edges { node { kind subject resolved details } } pageInfo { hasNextPage endCursor } totalCount }
    }`;
    const first = await graphql(server.url, incidents, { first: 1 }, { token: adminToken });
    expect(first.errors).toBeUndefined();
    expect(first.data!.integrityIncidents.totalCount).toBe(2);
    expect(first.data!.integrityIncidents.edges[0].node.kind).toBe('FILE_MISSING');
    const next = await graphql(
      server.url,
      incidents,
      { first: 1, after: first.data!.integrityIncidents.pageInfo.endCursor },
      { token: adminToken },
    );
    expect(next.data!.integrityIncidents.edges[0].node.kind).toBe('FILE_CHECKSUM_MISMATCH');
    expect(next.data!.integrityIncidents.pageInfo.hasNextPage).toBe(false);
    expect(onlyError(await graphql(server.url, incidents, {}, { token: requesterToken })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    // An auditor of LEFT sees incidents about its subtree only; these concern ROOT.
    await makeUser(server.em(), { username: 'left.auditor', organization: tree.left, roles: [Role.AUDITOR] });
    const leftAuditor = await login(server.url, 'left.auditor', PASSWORD);
    const scoped = await graphql(server.url, incidents, {}, { token: leftAuditor });
    expect(scoped.data!.integrityIncidents.totalCount).toBe(0);
  });
});
