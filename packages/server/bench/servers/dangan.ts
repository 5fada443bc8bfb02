/**
 * Dangan's own server for the benchmark, in a process of its own (the load generator must not
 * share its event loop). Started by bench/run.ts with BENCH_TARGET; reports its URL over IPC.
 */
import 'reflect-metadata';
import { generateKeyPairSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { startHttpServer } from '../../src/app/http';
import { setLogLevel } from '../../src/app/logger';
import { loadSettings } from '../../src/config/settings';
import { DatabaseTarget, ormOptions } from '../../src/db/orm';
import { startJobs } from '../../src/jobs/job-runner';
import { BENCH_PII_KEYS, BENCH_POOL_SIZE, BENCH_TOKEN_SECRET } from './shared';

async function main() {
  const target = JSON.parse(process.env.BENCH_TARGET!) as DatabaseTarget;
  setLogLevel((process.env.BENCH_LOG_LEVEL as 'silent' | undefined) ?? 'silent');
  const settings = loadSettings({
    NODE_ENV: 'production',
    TOKEN_SECRET: BENCH_TOKEN_SECRET,
    DATA_DIR: join(tmpdir(), 'dangan-bench-data'),
    LOG_LEVEL: (process.env.BENCH_LOG_LEVEL as 'silent' | undefined) ?? 'silent',
    SPA_DIR: join(tmpdir(), 'dangan-bench-no-spa'),
    // Required with DATABASE_URL (every instance shares them); given on SQLite too, so the
    // scale seed's encrypted columns read back.
    ...BENCH_PII_KEYS,
    AUDIT_CHECKPOINT_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    AUDIT_CHECKPOINT_FILE: join(tmpdir(), `dangan-bench-checkpoints-${process.pid}.jsonl`),
    ...(target.dialect === 'postgresql' ? { DATABASE_URL: target.location } : {}),
  });
  // On PostgreSQL the same pool as the baseline and PostGraphile get. On SQLite production's
  // single connection, as the baseline holds one: 16 connections of one synchronous thread add
  // no concurrency, and each audit write would empty the other connections' page caches.
  // The database was migrated by the seeding.
  const pool = target.dialect === 'postgresql' ? { pool: { min: 0, max: BENCH_POOL_SIZE } } : {};
  const orm = await MikroORM.init({ ...ormOptions(target), ...pool });
  if (target.dialect === 'sqlite') {
    await orm.em.getConnection().execute('pragma journal_mode = wal');
    await orm.em.getConnection().execute('pragma foreign_keys = on');
    await orm.em.getConnection().execute('pragma busy_timeout = 5000');
  }
  const running = await startHttpServer(orm, settings, 0);
  // As main.ts: background jobs (the member import) run in this process.
  const jobs = await startJobs(orm, settings, target);
  process.send!({ url: running.url });
  process.once('disconnect', async () => {
    await running.stop();
    await jobs.stop();
    await orm.close(true);
    process.exit(0);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
