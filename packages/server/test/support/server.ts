import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { EntityManager } from '@mikro-orm/knex';
import { startHttpServer, RunningServer } from '../../src/app/http';
import { RunningJobs, startJobs } from '../../src/jobs/job-runner';
import { setLogLevel } from '../../src/app/logger';
import { loadSettings, Settings } from '../../src/config/settings';
import { Dialect, openDatabase } from '../../src/db/orm';
import { createScratchDatabase, ScratchDatabase } from '../../src/db/scratch-database';

export const dialect = (process.env.TEST_DIALECT ?? 'sqlite') as Dialect;

/** Counts SQL statements, so tests can prove batching. */
export class QueryCounter {
  count = 0;
  statements: string[] = [];
  record = (sql: string) => {
    this.count += 1;
    this.statements.push(sql);
  };
  reset() {
    this.count = 0;
    this.statements = [];
  }
}

export interface TestServer {
  orm: MikroORM;
  url: string;
  settings: Settings;
  queries: QueryCounter;
  database: ScratchDatabase;
  /** A fresh entity manager for arranging and inspecting data directly. */
  em(): EntityManager;
  /** Empties every table so each test starts from nothing. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** One checkpoint signing key per test process, so no test writes a key file into a shared DATA_DIR. */
export const TEST_CHECKPOINT_KEY = generateKeyPairSync('ed25519')
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

/**
 * Personal-data keys of this test process: with DATABASE_URL they are required (every instance
 * must share them), and commands started against a test server's database need the server's.
 */
export const TEST_PII_KEYS = {
  PII_KEYS: `test1:${randomBytes(32).toString('base64')}`,
  PII_INDEX_KEY: randomBytes(32).toString('base64'),
};

export function testSettings(overrides: Record<string, string> = {}): Settings {
  return loadSettings({
    NODE_ENV: 'test',
    TOKEN_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    AUDIT_CHECKPOINT_KEY: TEST_CHECKPOINT_KEY,
    ...TEST_PII_KEYS,
    // Each server its own checkpoint file: no test sees another's checkpoints.
    AUDIT_CHECKPOINT_FILE: join(tmpdir(), `dangan-test-checkpoints-${randomBytes(6).toString('hex')}.jsonl`),
    DATA_DIR: join(tmpdir(), 'dangan-test-data'),
    LOG_LEVEL: 'silent',
    SPA_DIR: join(tmpdir(), 'dangan-no-spa'),
    ...overrides,
  });
}

/** A real database of the dialect under test, migrated, behind a real HTTP server on a free port. */
export async function startTestServer(overrides: Record<string, string> = {}): Promise<TestServer> {
  setLogLevel('silent');
  const database = await createScratchDatabase(dialect, 'test');
  const queries = new QueryCounter();
  const orm = await openDatabase(database.target, { onQuery: queries.record });
  const settings = testSettings(overrides);
  let running: RunningServer;
  try {
    running = await startHttpServer(orm, settings, 0);
    // Node closes an idle keep-alive socket after 5 s and the tests' fetch keeps one for 4 s: on a
    // loaded machine the client's timer fires late, it reuses a socket the server has just closed,
    // and the request fails with ECONNRESET. Idle sockets outlive any pause within a test file.
    running.server.keepAliveTimeout = 120_000;
  } catch (error) {
    await orm.close(true);
    await database.drop();
    throw error;
  }
  return {
    orm,
    url: running.url,
    settings,
    queries,
    database,
    em: () => orm.em.fork() as EntityManager,
    reset: () => emptyAllTables(orm),
    close: async () => {
      await running.stop();
      await orm.close(true);
      await database.drop();
    },
  };
}

/**
 * Runs `work` in a transaction where PostgreSQL's audit_entry trigger does not fire, the way an
 * insider with superuser rights gets past it (session_replication_role); on SQLite there is no
 * trigger. Tests of tampering go through here: what it changes only checkpoints can catch.
 */
export async function withoutAppendOnlyTrigger<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>) {
  return em.transactional(async (tx) => {
    if (dialect === 'postgresql') await tx.execute('set local session_replication_role = replica');
    return work(tx);
  });
}

async function emptyAllTables(orm: MikroORM) {
  const tables = Object.values(orm.getMetadata().getAll())
    .filter((meta) => !meta.abstract && !meta.embeddable)
    .map((meta) => meta.tableName);
  const connection = orm.em.getConnection();
  if (dialect === 'postgresql') {
    // The audit trail refuses TRUNCATE (its trigger); the harness passes it as a superuser may.
    await withoutAppendOnlyTrigger(orm.em.fork() as EntityManager, (tx) =>
      tx.execute(`truncate table ${tables.map((t) => `"${t}"`).join(', ')} restart identity cascade`),
    );
    return;
  }
  await connection.execute('pragma foreign_keys = off');
  for (const table of tables) await connection.execute(`delete from \`${table}\``);
  await connection.execute("delete from sqlite_sequence where name <> ''").catch(() => undefined);
  await connection.execute('pragma foreign_keys = on');
}

/**
 * The usual lifecycle in one line: a server for the file (or describe block), emptied before
 * each test. The returned object stands for the server once `beforeAll` has started it.
 */
export function useTestServer(overrides: Record<string, string> = {}, { resetEachTest = true } = {}): TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(overrides);
  });
  afterAll(() => server?.close());
  if (resetEachTest) beforeEach(() => server!.reset());
  return new Proxy({} as TestServer, {
    get(_, property) {
      if (!server) throw new Error('the test server starts in beforeAll; use it inside tests and hooks');
      return server[property as keyof TestServer];
    },
  });
}

/**
 * Runs the job module (its runner and schedules) beside `server` for the whole file, polling
 * fast so a test waits for a job in tenths of a second; the test server itself starts no jobs.
 */
export function useTestJobs(server: TestServer): void {
  let jobs: RunningJobs | undefined;
  beforeAll(async () => {
    jobs = await startJobs(server.orm, server.settings, server.database.target, {
      pollIntervalMs: 100,
      progressIntervalMs: 50,
      stopGraceMs: 2000,
    });
  });
  afterAll(() => jobs?.stop());
}
