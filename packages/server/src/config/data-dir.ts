import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Owner-only modes (issue 7: nothing secret loose on disk). */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * What Dangan keeps in DATA_DIR: the SQLite database with its journal files, and the generated
 * token secret. Listed by name so a DATA_DIR shared with other files keeps theirs as they were.
 */
const DATA_FILE = /^(dangan\.sqlite(-wal|-shm|-journal)?|secrets\.json|pii-keys\.json)$/;

/**
 * Creates DATA_DIR readable by the owner only, or tightens an existing one and Dangan's files in
 * it: a directory or a database copied in with the usual 0755/0644 is made private on start.
 */
export function secureDataDir(dataDir: string, { create }: { create: boolean }): void {
  if (!existsSync(dataDir)) {
    if (!create) return;
    mkdirSync(dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  }
  chmodSync(dataDir, PRIVATE_DIR_MODE);
  for (const name of readdirSync(dataDir)) {
    const path = join(dataDir, name);
    if (DATA_FILE.test(name) && statSync(path).isFile()) chmodSync(path, PRIVATE_FILE_MODE);
  }
}

/**
 * A file that only the owner can read, created empty if missing (SQLite then opens it as an
 * empty database instead of creating it with the process's default mode), tightened if not.
 */
export function privateFile(path: string): void {
  if (!existsSync(path)) closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  chmodSync(path, PRIVATE_FILE_MODE);
}
