import { randomBytes } from 'node:crypto';
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createScratchDatabase, ScratchDatabase } from '../src/db/scratch-database';
import { dialect, TEST_CHECKPOINT_KEY } from './support/server';

// Issue 7 §3: nothing loose on disk, and the server binds HOST and logs the address it really
// listens on. These start the real server command, as an operator does.

interface Started {
  child: ChildProcessWithoutNullStreams;
  listening: { address: string; port: number; url: string };
}

const children: ChildProcessWithoutNullStreams[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Runs `src/main.ts` with `env` until it logs that it listens. */
function startServer(env: Record<string, string>): Promise<Started> {
  const child = spawn(join(__dirname, '../node_modules/.bin/tsx'), ['src/main.ts'], {
    cwd: join(__dirname, '..'),
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'info',
      SEED_DEMO_DATA: 'false',
      SPA_DIR: join(tmpdir(), 'dangan-no-spa'),
      ...env,
    },
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no "listening" line within 60 s:\n${output}`)), 60_000);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const line = output.split('\n').find((l) => l.includes('Dangan is listening'));
      if (!line) return;
      clearTimeout(timer);
      resolve({ child, listening: JSON.parse(line) as Started['listening'] });
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
  });
}

const mode = (path: string) => statSync(path).mode & 0o777;

function temporaryDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dangan-start-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'data');
}

/** The database the server under test should use on this run's dialect. */
async function databaseEnv(): Promise<Record<string, string>> {
  if (dialect === 'sqlite') return { DATA_DIR: temporaryDataDir() };
  const database: ScratchDatabase = await createScratchDatabase('postgresql', 'start');
  cleanups.push(() => database.drop());
  return {
    DATABASE_URL: database.target.location,
    TOKEN_SECRET: 'start-test-secret-that-is-long-enough-1234',
    AUDIT_CHECKPOINT_KEY: TEST_CHECKPOINT_KEY,
    PII_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    PII_INDEX_KEY: randomBytes(32).toString('base64'),
    DATA_DIR: temporaryDataDir(),
  };
}

describe('starting the server', () => {
  it('creates data/ 0700 and the SQLite database, its -wal/-shm and secrets.json, pii-keys.json 0600', async () => {
    const dataDir = temporaryDataDir();

    const { listening } = await startServer({ DATA_DIR: dataDir });

    expect((await fetch(`http://127.0.0.1:${listening.port}/healthz`)).status).toBe(200);
    expect(mode(dataDir)).toBe(0o700);
    for (const file of ['dangan.sqlite', 'dangan.sqlite-wal', 'dangan.sqlite-shm', 'secrets.json', 'pii-keys.json']) {
      expect(mode(join(dataDir, file)), file).toBe(0o600);
    }
  });

  it('tightens a data directory and files that already exist with looser modes', async () => {
    const dataDir = temporaryDataDir();
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    writeFileSync(join(dataDir, 'secrets.json'), JSON.stringify({ tokenSecret: 'x'.repeat(48) }), { mode: 0o644 });
    writeFileSync(join(dataDir, 'dangan.sqlite'), '', { mode: 0o644 });
    writeFileSync(join(dataDir, 'notes.txt'), 'not ours', { mode: 0o644 });

    await startServer({ DATA_DIR: dataDir });

    expect(mode(dataDir)).toBe(0o700);
    for (const file of ['dangan.sqlite', 'dangan.sqlite-wal', 'dangan.sqlite-shm', 'secrets.json', 'pii-keys.json']) {
      expect(mode(join(dataDir, file)), file).toBe(0o600);
    }
    expect(mode(join(dataDir, 'notes.txt'))).toBe(0o644);
  });

  it('listens on 127.0.0.1 by default and logs the address and port it really listens on', async () => {
    const { listening } = await startServer(await databaseEnv());

    expect(listening.address).toBe('127.0.0.1');
    expect(listening.port).toBeGreaterThan(0);
    expect(listening.url).toBe(`http://127.0.0.1:${listening.port}`);
    expect(await (await fetch(`${listening.url}/healthz`)).json()).toEqual({ status: 'ok' });
  });

  it('binds the address HOST names', async () => {
    const { listening } = await startServer({ ...(await databaseEnv()), HOST: '0.0.0.0' });

    expect(listening.address).toBe('0.0.0.0');
    expect((await fetch(`http://127.0.0.1:${listening.port}/healthz`)).status).toBe(200);
  });
});
