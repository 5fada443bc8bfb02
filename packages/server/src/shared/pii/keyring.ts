import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { inspect } from 'node:util';

/**
 * Personal data at rest (issue 9 §3): AES-256-GCM with the key id written into each value, so
 * keys rotate without a flag day — the current (first) key encrypts, every listed key decrypts,
 * and a re-encryption pass can move old values to the new key at leisure. A keyed blind index
 * (HMAC-SHA256 with a key of its own) lets exact search find a value without decrypting a table.
 *
 * The keys never leave this object: it prints as `[PiiKeyring]` in logs, JSON and errors.
 */

const FORMAT_VERSION = 'v1';
const IV_BYTES = 12;
export const KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/;

export interface PiiKey {
  id: string;
  key: Buffer;
}

/** Thrown when a stored value cannot be read; says which key id, never a key or a value. */
export class PiiDecryptionError extends Error {}

export class PiiKeyring {
  readonly #keys: ReadonlyMap<string, Buffer>;
  readonly #currentId: string;
  readonly #indexKey: Buffer;

  constructor(keys: PiiKey[], indexKey: Buffer) {
    if (!keys.length) throw new Error('a PII keyring needs at least one key');
    this.#keys = new Map(keys.map(({ id, key }) => [id, key]));
    this.#currentId = keys[0].id;
    this.#indexKey = indexKey;
  }

  get currentKeyId(): string {
    return this.#currentId;
  }

  /**
   * `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url). `purpose` (e.g. `member.idNumber`) is
   * authenticated data: a value copied into another column does not decrypt there.
   */
  encrypt(plaintext: string, purpose: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#keys.get(this.#currentId)!, iv);
    cipher.setAAD(Buffer.from(purpose));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'));
    return [FORMAT_VERSION, this.#currentId, ...parts].join('.');
  }

  decrypt(stored: string, purpose: string): string {
    const [version, keyId, iv, tag, ciphertext, ...rest] = stored.split('.');
    const key = this.#keys.get(keyId);
    if (version !== FORMAT_VERSION || rest.length || ciphertext === undefined) {
      throw new PiiDecryptionError('a stored personal value is not in the v1 format');
    }
    if (!key) throw new PiiDecryptionError(`personal data is encrypted with key "${keyId}", which is not configured`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(purpose));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new PiiDecryptionError(`a stored personal value does not authenticate with key "${keyId}"`);
    }
  }

  /** Whether a stored value was written with an older key (a rotation pass re-encrypts those). */
  isStale(stored: string): boolean {
    return stored.split('.')[1] !== this.#currentId;
  }

  /**
   * The blind index of a value: HMAC-SHA256 over its normalised form (trimmed, upper case, so
   * `x` and `X` check digits find the same record), hex. Equal values give equal indexes;
   * without the index key nothing can be guessed from it.
   */
  blindIndex(value: string, purpose: string): string {
    return createHmac('sha256', this.#indexKey)
      .update(`${purpose}:${normalizeForIndex(value)}`)
      .digest('hex');
  }

  toJSON(): string {
    return '[PiiKeyring]';
  }

  [inspect.custom](): string {
    return '[PiiKeyring]';
  }
}

export const normalizeForIndex = (value: string) => value.trim().toUpperCase();

const KEYS_FORMAT = 'must list keys as id:base64key separated by commas (32-byte keys, ids of letters, digits, _ or -)';

/** Parses `PII_KEYS` (`id:base64key,…`, the first is current); an error message names no key. */
export function parsePiiKeys(text: string): PiiKey[] | string {
  const keys: PiiKey[] = [];
  for (const entry of text.split(',').map((part) => part.trim())) {
    const [id, encoded, ...rest] = entry.split(':');
    const key = encoded ? Buffer.from(encoded, 'base64') : null;
    if (rest.length || !KEY_ID.test(id ?? '') || key?.length !== KEY_BYTES) return KEYS_FORMAT;
    if (keys.some((known) => known.id === id)) return 'must not list a key id twice';
    keys.push({ id, key });
  }
  return keys.length ? keys : KEYS_FORMAT;
}

/** Parses `PII_INDEX_KEY` (base64, at least 32 bytes). */
export function parseIndexKey(text: string): Buffer | string {
  const key = Buffer.from(text.trim(), 'base64');
  return key.length >= KEY_BYTES ? key : 'must be at least 32 bytes in base64';
}

/** Fresh keys for the embedded SQLite default, in the settings' text format. */
export function generatePiiKeys(): { keys: string; indexKey: string } {
  return {
    keys: `k${Date.now().toString(36)}:${randomBytes(KEY_BYTES).toString('base64')}`,
    indexKey: randomBytes(KEY_BYTES).toString('base64'),
  };
}
