import { createHmac, timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';
import { Settings } from '../config/settings';
import { fileStoreFor } from '../files/files.service';
import { badInput } from '../shared/errors';
import { ServiceContext } from '../shared/service-context';
import { readImportRows, UnreadableImport } from './member-import-format';

export type ImportFormat = 'xlsx' | 'csv';

/** Binds a stored import file to the user who uploaded it, for an hour: `startMemberImport` takes it. */
export interface ImportFileClaim {
  sha256: string;
  format: ImportFormat;
  userId: number;
  /** Unix seconds. */
  expiresAt: number;
}

const FILE_PURPOSE = 'memberImport.file';
const CLAIM_TTL_SECONDS = 3600;
const XLSX_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const keyOf = (secret: string) => createHmac('sha256', secret).update('dangan/member-import-file/v1').digest();
const sign = (text: string, secret: string) => createHmac('sha256', keyOf(secret)).update(text).digest('base64url');

export function importFileRef(claim: ImportFileClaim, secret: string): string {
  const text = Buffer.from(JSON.stringify(claim)).toString('base64url');
  return `${text}.${sign(text, secret)}`;
}

/** The claim of a reference the caller was given; BAD_USER_INPUT when altered, expired or someone else's. */
export function readImportFileRef(ctx: ServiceContext, ref: string): ImportFileClaim {
  const [text, signature] = ref.split('.');
  const expected = text ? sign(text, ctx.settings.TOKEN_SECRET) : '';
  const valid =
    !!signature &&
    signature.length === expected.length &&
    timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
  const claim = valid ? (JSON.parse(Buffer.from(text, 'base64url').toString()) as ImportFileClaim) : null;
  if (!claim || claim.userId !== ctx.actor?.userId || claim.expiresAt * 1000 < ctx.now().getTime()) {
    throw badInput('fileRef', 'memberImport.fileExpired');
  }
  return claim;
}

/** XLSX by its ZIP signature; otherwise text, read as UTF-8 CSV (a NUL byte says it is neither). */
export function detectImportFormat(bytes: Buffer): ImportFormat | null {
  if (bytes.subarray(0, 4).equals(XLSX_SIGNATURE)) return 'xlsx';
  return bytes.length && !bytes.includes(0) ? 'csv' : null;
}

/**
 * Checks an uploaded sheet can be read (so a wrong file is refused at once, not by the job),
 * then keeps it encrypted with the personal-data key — it is a list of ID numbers — in the file
 * store, which every instance shares, so whichever instance runs the job finds it.
 */
export async function storeImportFile(ctx: ServiceContext, bytes: Buffer) {
  const format = detectImportFormat(bytes);
  if (!format) throw badInput('file', 'memberImport.unreadable');
  const rows = await readImportRows(bytes, format).catch(unreadable);
  const sealed = Buffer.from(ctx.settings.pii.encrypt(bytes.toString('base64'), FILE_PURPOSE));
  const stored = await fileStoreFor(ctx.settings).put(sealed);
  const claim = {
    sha256: stored.sha256,
    format,
    userId: ctx.actor!.userId,
    expiresAt: Math.floor(ctx.now().getTime() / 1000) + CLAIM_TTL_SECONDS,
  };
  return { fileRef: importFileRef(claim, ctx.settings.TOKEN_SECRET), format, rows: rows.length };
}

export function unreadable(error: unknown): never {
  if (error instanceof UnreadableImport) {
    throw badInput('file', error.reason === 'header' ? 'memberImport.noHeader' : `memberImport.${error.reason}`);
  }
  throw error;
}

/** The stored file's bytes, decrypted. */
export async function loadImportFile(settings: Settings, sha256: string): Promise<Buffer> {
  const stream = await fileStoreFor(settings).get(sha256);
  if (!stream) throw badInput('fileRef', 'memberImport.fileExpired');
  const sealed = Buffer.concat(await (stream as Readable).toArray()).toString();
  return Buffer.from(settings.pii.decrypt(sealed, FILE_PURPOSE), 'base64');
}
