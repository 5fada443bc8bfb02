import { Readable } from 'node:stream';

/** What storing some content gave: its address and its length in bytes. */
export interface StoredContent {
  sha256: string;
  size: number;
}

/**
 * Where attachment bytes live, addressed by their SHA-256 (issue 9 §6). Callers see hashes and
 * streams only — never a path — so an S3-compatible store can stand in for the local one.
 * Identical content is kept once; a failed or abandoned `put` leaves nothing under any hash.
 */
export interface FileStore {
  /** Stores the content; rejects with the source's error (size limit, refused type) and keeps nothing. */
  put(content: Readable | Buffer): Promise<StoredContent>;
  /** The stored bytes as they are now (not verified: the caller checks them), or null when absent. */
  get(sha256: string): Promise<Readable | null>;
  has(sha256: string): Promise<boolean>;
}

/** A SHA-256 in lower-case hex: the only file names a store accepts. */
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
export const isSha256 = (value: unknown): value is string => typeof value === 'string' && SHA256_PATTERN.test(value);
