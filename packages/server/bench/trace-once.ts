import 'reflect-metadata';
import { generateKeyPairSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { startHttpServer } from '../src/app/http';
import { setLogLevel } from '../src/app/logger';
import { loadSettings } from '../src/config/settings';
import { DEMO_PASSWORD } from '../src/db/demo-data';
import { DatabaseTarget, ormOptions } from '../src/db/orm';
import { signIn } from './harness';
import { BENCH_PII_KEYS, BENCH_TOKEN_SECRET } from './servers/shared';
import { readFileSync } from 'node:fs';

async function main() {
  const target = JSON.parse(process.env.TARGET!) as DatabaseTarget;
  setLogLevel('silent');
  const settings = loadSettings({
    NODE_ENV: 'production', TOKEN_SECRET: BENCH_TOKEN_SECRET, DATA_DIR: join(tmpdir(), 'dangan-bench-data'),
    LOG_LEVEL: 'silent', SPA_DIR: join(tmpdir(), 'x'), ...BENCH_PII_KEYS,
    AUDIT_CHECKPOINT_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    ...(target.dialect === 'postgresql' ? { DATABASE_URL: target.location } : {}),
  });
  let trace = false;
  const orm = await MikroORM.init({ ...ormOptions(target, { onQuery: (m) => trace && console.log(m.slice(0, 400)) }) });
  const running = await startHttpServer(orm, settings, 0);
  const token = await signIn(running.url, process.env.USER_NAME ?? 'archivist', DEMO_PASSWORD);
  const body = readFileSync(process.env.BODY!, 'utf8');
  for (let i = 0; i < 3; i += 1) {
    trace = i === 2;
    const started = process.hrtime.bigint();
    const r = await fetch(`${running.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    const text = await r.text();
    console.log(`request ${i}: ${Number(process.hrtime.bigint() - started) / 1e6} ms, ${text.length} bytes ${text.slice(0, 100)}`);
  }
  await running.stop();
  await orm.close(true);
}
main();
