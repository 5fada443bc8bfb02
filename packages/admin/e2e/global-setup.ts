import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const repoRoot = resolve(import.meta.dirname, '../../..');
const serverEntry = join(repoRoot, 'packages/server/dist/main.js');
const spaDir = join(repoRoot, 'packages/admin/dist');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where the server under test keeps its data: tests that need a state the API cannot make (a dossier past its deadline). */
    database: { dialect: 'sqlite' | 'postgresql'; location: string };
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited early:\n${output()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not become healthy:\n${output()}`);
}

/** Runs one SQL statement on the PostgreSQL server that tests may use (psql ships with it). */
function psql(sql: string) {
  const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const result = spawnSync('psql', [adminUrl, '-v', 'ON_ERROR_STOP=1', '-qc', sql], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`psql failed: ${result.stderr || result.error}`);
  return adminUrl;
}

/**
 * The database the server under test uses: a fresh SQLite file by default, or with
 * E2E_DIALECT=postgresql a fresh PostgreSQL database (demo data is seeded on first start).
 */
function freshDatabase(): { env: Record<string, string>; drop: () => void } {
  if (process.env.E2E_DIALECT !== 'postgresql') return { env: { DATABASE_URL: '' }, drop: () => undefined };
  const name = `dangan_e2e_${randomBytes(5).toString('hex')}`;
  const url = new URL(psql(`create database "${name}"`));
  url.pathname = `/${name}`;
  return {
    env: {
      DATABASE_URL: url.toString(),
      TOKEN_SECRET: randomBytes(32).toString('hex'),
      AUDIT_CHECKPOINT_KEY: generateKeyPairSync('ed25519')
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString(),
      PII_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      PII_INDEX_KEY: randomBytes(32).toString('base64'),
    },
    drop: () => psql(`drop database if exists "${name}" with (force)`),
  };
}

/** Starts the production build of server and SPA on a fresh database. */
export default async function setup(project: TestProject) {
  for (const built of [serverEntry, join(spaDir, 'index.html')]) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run \`pnpm build\` first`);
  }
  mkdirSync(join(repoRoot, 'packages/admin/test-results'), { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'dangan-e2e-'));
  const database = freshDatabase();
  const port = await freePort();
  let log = '';
  const server = spawn(process.execPath, [serverEntry], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATA_DIR: dataDir,
      SPA_DIR: spaDir,
      ...database.env,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, server, () => log);
  project.provide('baseUrl', baseUrl);
  project.provide(
    'database',
    database.env.DATABASE_URL
      ? { dialect: 'postgresql', location: database.env.DATABASE_URL }
      : { dialect: 'sqlite', location: join(dataDir, 'dangan.sqlite') },
  );

  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
    database.drop();
  };
}
