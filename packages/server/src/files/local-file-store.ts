import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../config/data-dir';
import { FileStore, isSha256, StoredContent } from './file-store';

/**
 * Content-addressed files under a directory: `<root>/ab/cd/<sha256>`, two levels of fan-out so
 * no directory grows past 65 536 entries. Content is written to `<root>/tmp/` first and renamed
 * into place once whole and hashed, so a crash never leaves a half file under a hash name (a
 * rename within one file system is atomic). Directories are 0700 and files 0600 like the rest
 * of DATA_DIR (config/data-dir.ts).
 */
export class LocalFileStore implements FileStore {
  private readonly tmpDir: string;

  constructor(private readonly root: string) {
    this.tmpDir = join(root, 'tmp');
  }

  async put(content: Readable | Buffer): Promise<StoredContent> {
    const source = Buffer.isBuffer(content) ? Readable.from([content]) : content;
    // The source may fail (a refused upload) before the pipeline below listens: the pipeline still
    // reports that error, this only keeps it from going unhandled meanwhile.
    source.on('error', () => undefined);
    // A store directory copied in with the usual 0755 is made private, as DATA_DIR is on start.
    await this.privateDir(this.root);
    await this.privateDir(this.tmpDir);
    const draft = join(this.tmpDir, `${Date.now()}-${randomBytes(8).toString('hex')}`);
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, measure, createWriteStream(draft, { mode: PRIVATE_FILE_MODE, flags: 'wx' }));
      const sha256 = hash.digest('hex');
      const target = this.pathOf(sha256);
      if (await this.holdsIntact(sha256)) {
        // Identical content is kept once: the copy already there is this content's.
        await rm(draft, { force: true });
      } else {
        // New, or the copy there is damaged (an integrity incident): the verified draft replaces it.
        await this.privateDir(join(target, '..'));
        await rename(draft, target);
      }
      return { sha256, size };
    } catch (error) {
      await rm(draft, { force: true });
      throw error;
    }
  }

  async get(sha256: string): Promise<Readable | null> {
    if (!(await this.has(sha256))) return null;
    return createReadStream(this.pathOf(sha256));
  }

  async has(sha256: string): Promise<boolean> {
    if (!isSha256(sha256)) return false;
    try {
      return (await stat(this.pathOf(sha256))).isFile();
    } catch {
      return false;
    }
  }

  /** Whether the stored copy still hashes to its name. */
  private async holdsIntact(sha256: string): Promise<boolean> {
    if (!(await this.has(sha256))) return false;
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(this.pathOf(sha256))) hash.update(chunk as Buffer);
    return hash.digest('hex') === sha256;
  }

  private pathOf(sha256: string): string {
    if (!isSha256(sha256)) throw new Error('not a SHA-256');
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  private async privateDir(path: string): Promise<void> {
    await mkdir(path, { recursive: true, mode: PRIVATE_DIR_MODE });
    await chmod(path, PRIVATE_DIR_MODE);
  }
}
