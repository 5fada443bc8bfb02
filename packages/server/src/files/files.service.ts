import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ObjectQuery } from '@mikro-orm/core';
import { recordAudit } from '../audit/audit.service';
import { runAudited } from '../audit/audited-change';
import { Settings } from '../config/settings';
import { inSubtree } from '../organizations/subtree';
import { describeBasis } from '../policy/decision';
import { authorize, coversWholeTree, scopeRoot } from '../policy/policy';
import { badInput, DomainError, notFound } from '../shared/errors';
import { PageRequest, toPage } from '../shared/pagination';
import { ServiceContext } from '../shared/service-context';
import { User } from '../users/user.entity';
import { DOWNLOAD_URL_TTL_SECONDS, signedDownloadPath } from './download-url';
import { authoriseFileRead, FileOwner, ownerKey, parseOwner } from './file-owners';
import { FileStore, isSha256, StoredContent } from './file-store';
import { IntegrityIncident, IntegrityIncidentKind } from './integrity-incident.entity';
import { LocalFileStore } from './local-file-store';
import { StoredFile } from './stored-file.entity';

const stores = new Map<string, FileStore>();

/** The store of this configuration: `<DATA_DIR>/files` (an S3-compatible one would be chosen here). */
export function fileStoreFor(settings: Settings): FileStore {
  const root = join(settings.DATA_DIR, 'files');
  let store = stores.get(root);
  if (!store) stores.set(root, (store = new LocalFileStore(root)));
  return store;
}

export interface UploadedFile {
  sha256: string;
  size: number;
  contentType: string;
}

/** Whether the caller may upload at all: checked before a byte of the body is read. */
export const authorizeUpload = (ctx: ServiceContext) => authorize(ctx.actor, 'file.upload');

/**
 * Records stored content (its bytes are already in the store, under their hash). The same
 * content uploaded again keeps its first row; each upload is audited all the same.
 */
export async function recordUpload(ctx: ServiceContext, stored: StoredContent, contentType: string) {
  const actor = authorizeUpload(ctx);
  return runAudited(ctx, async (tx) => {
    const existing = await tx.findOne(StoredFile, { sha256: stored.sha256 });
    const file =
      existing ??
      new StoredFile(
        stored.sha256,
        stored.size,
        contentType,
        ctx.now(),
        tx.getReference(User, actor.userId, { wrapped: true }),
      );
    if (!existing) tx.persist(file);
    const result: UploadedFile = { sha256: file.sha256, size: file.size, contentType: file.contentType };
    return {
      result,
      audit: {
        action: 'FILE_UPLOADED',
        target: `StoredFile:${file.sha256}`,
        organizationPath: actor.organizationPath,
        details: { ...result, alreadyStored: !!existing },
      },
    };
  });
}

/**
 * The file as the caller may read it through `owner`, NOT_FOUND otherwise (no owner, unknown
 * owner type, an owner that does not hold it, no such file: one answer, so nothing tells
 * whether the file exists).
 */
export async function authoriseDownload(ctx: ServiceContext, ownerText: unknown, sha256: string) {
  const owner = parseOwner(ownerText);
  if (!owner || !isSha256(sha256)) throw notFound('StoredFile');
  const decision = await authoriseFileRead(ctx, owner, sha256);
  if (!decision.allowed) throw notFound('StoredFile');
  const file = await ctx.em.findOne(StoredFile, { sha256 });
  if (!file) throw notFound('StoredFile');
  return { owner, decision, file };
}

/** `fileDownloadUrl`: a signed path for `<img>`/`<iframe>`, after the same decision a download makes. */
export async function fileDownloadUrl(ctx: ServiceContext, ownerText: string, sha256: string): Promise<string> {
  const actor = authorize(ctx.actor, 'file.read');
  if (!parseOwner(ownerText)) throw badInput('owner', 'files.invalidOwner');
  if (!isSha256(sha256)) throw badInput('sha256', 'files.invalidSha256');
  const { owner } = await authoriseDownload(ctx, ownerText, sha256);
  const expiresAt = Math.floor(ctx.now().getTime() / 1000) + DOWNLOAD_URL_TTL_SECONDS;
  return signedDownloadPath({ sha256, owner, sessionId: actor.sessionId, expiresAt }, ctx.settings.TOKEN_SECRET);
}

/**
 * Reads the whole stored content and checks it against its name before any byte is sent
 * (issue 9 §6): damaged content is never served. Reading stops as soon as more bytes than the
 * recorded size arrive, so memory stays bounded by FILE_MAX_BYTES per download.
 */
export async function readVerified(ctx: ServiceContext, file: StoredFile, owner: FileOwner, organizationPath?: string) {
  const stream = await fileStoreFor(ctx.settings).get(file.sha256);
  let found: { sha256: string; size: number } | null = null;
  if (stream) {
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > file.size) {
        stream.destroy();
        break;
      }
      hash.update(chunk);
      chunks.push(chunk);
    }
    found = { sha256: size > file.size ? 'longer than recorded' : hash.digest('hex'), size };
    if (found.sha256 === file.sha256 && size === file.size) return Buffer.concat(chunks, size);
  }
  await raiseIntegrityIncident(ctx, file, owner, found, organizationPath);
  throw new DomainError('INTERNAL_SERVER_ERROR', 'files.integrityFailed');
}

async function raiseIntegrityIncident(
  ctx: ServiceContext,
  file: StoredFile,
  owner: FileOwner,
  found: { sha256: string; size: number } | null,
  organizationPath: string | undefined,
) {
  const kind = found ? IntegrityIncidentKind.FILE_CHECKSUM_MISMATCH : IntegrityIncidentKind.FILE_MISSING;
  const subject = `StoredFile:${file.sha256}`;
  const details = {
    sha256: file.sha256,
    owner: ownerKey(owner),
    expectedSize: file.size,
    ...(found ? { foundSha256: found.sha256, foundSize: found.size } : {}),
  };
  await runAudited(ctx, async (tx) => {
    tx.persist(new IntegrityIncident(kind, subject, ctx.now(), details, organizationPath ?? null));
    return {
      result: null,
      audit: {
        action: 'FILE_INTEGRITY_FAILED',
        target: subject,
        organizationPath: organizationPath ?? null,
        details: { kind, ...details },
      },
    };
  });
}

/**
 * The content download's audit entry (a sensitive read, requirements §6), written before any
 * byte leaves: if it cannot be written, nothing is served.
 */
export async function recordDownload(
  ctx: ServiceContext,
  file: StoredFile,
  owner: FileOwner,
  decision: Awaited<ReturnType<typeof authoriseDownload>>['decision'],
  via: 'bearer' | 'signed-url',
) {
  if (!decision.allowed) throw notFound('StoredFile');
  await recordAudit(ctx.em, ctx, {
    action: 'FILE_DOWNLOADED',
    target: `StoredFile:${file.sha256}`,
    organizationPath: decision.organizationPath ?? null,
    details: { owner: ownerKey(owner), basis: describeBasis(decision.basis), via },
  });
}

/** Newest first, about the reader's subtree (and about no organisation only for whole-tree readers). */
export async function listIntegrityIncidents(
  ctx: ServiceContext,
  filter: { resolved?: boolean | null },
  page: PageRequest,
) {
  const root = scopeRoot(ctx.actor, 'integrity.read');
  const scope: ObjectQuery<IntegrityIncident> = coversWholeTree(root)
    ? { $or: [{ organizationPath: inSubtree(root) }, { organizationPath: null }] }
    : { organizationPath: inSubtree(root) };
  const where: ObjectQuery<IntegrityIncident> = {
    ...scope,
    ...(filter.resolved == null ? {} : { resolved: filter.resolved }),
  };
  const [rows, totalCount] = await Promise.all([
    ctx.em.find(IntegrityIncident, page.afterId ? { ...where, id: { $lt: page.afterId } } : where, {
      orderBy: { id: 'desc' },
      limit: page.limit + 1,
    }),
    ctx.em.count(IntegrityIncident, where),
  ]);
  return toPage(rows, page.limit, totalCount);
}
