import { appendFileSync, closeSync, fstatSync, mkdirSync, openSync, readSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Appends one line. The file is opened with the append flag only (never truncated or
 * rewritten), so an operator can make it append-only on disk (`chattr +a`) or point it at a
 * write-once store; it is created readable by its owner only.
 */
export function appendLine(file: string, line: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  appendFileSync(file, `${line}\n`, { flag: 'a', mode: 0o600 });
}

const CHUNK = 64 * 1024;
const NEWLINE = 0x0a;

/**
 * The file's non-empty lines, last first, read backwards in chunks: the newest checkpoint is
 * at the end of a file that grows by a line a minute, so it is found without reading the rest.
 * A missing file has no lines.
 */
export function* linesFromEnd(file: string): Generator<string> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    let position = fstatSync(fd).size;
    let rest = Buffer.alloc(0);
    while (position > 0) {
      const length = Math.min(CHUNK, position);
      position -= length;
      const chunk = Buffer.alloc(length);
      readSync(fd, chunk, 0, length, position);
      const data = Buffer.concat([chunk, rest]);
      let end = data.length;
      for (let i = data.length - 1; i >= 0; i -= 1) {
        if (data[i] !== NEWLINE) continue;
        if (end > i + 1) yield data.toString('utf8', i + 1, end);
        end = i;
      }
      rest = data.subarray(0, end);
    }
    if (rest.length) yield rest.toString('utf8');
  } finally {
    closeSync(fd);
  }
}
