#!/usr/bin/env node
// Fails when the checked-in src/gql no longer matches what codegen produces from the current
// schema and operations, so a schema change cannot ship with stale client types.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const checkedIn = join(root, 'src', 'gql');
const schema = '../server/schema.graphql';
if (!existsSync(join(root, schema))) {
  console.error(
    `check-codegen: schema ${schema} not found; print it first (pnpm --filter @dangan/server schema:print).`,
  );
  process.exit(1);
}
const fresh = mkdtempSync(join(tmpdir(), 'dangan-gql-'));

/** Every file under dir, as paths relative to dir, sorted. */
function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
}

try {
  const result = spawnSync('pnpm', ['exec', 'graphql-codegen', '--config', 'codegen.ts'], {
    cwd: root,
    env: { ...process.env, DANGAN_CODEGEN_OUT: `${fresh}/` },
    // codegen's progress log is noise here; its errors still reach stderr.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    console.error('check-codegen: graphql-codegen failed, see above.');
    process.exit(1);
  }

  const expected = listFiles(fresh);
  const actual = listFiles(checkedIn);
  const stale = [
    ...expected.filter((file) => !actual.includes(file)).map((file) => `missing: src/gql/${file}`),
    ...actual.filter((file) => !expected.includes(file)).map((file) => `extra:   src/gql/${file}`),
    ...expected
      .filter((file) => actual.includes(file))
      .filter((file) => readFileSync(join(fresh, file), 'utf8') !== readFileSync(join(checkedIn, file), 'utf8'))
      .map((file) => `changed: src/gql/${file}`),
  ];

  if (stale.length > 0) {
    console.error(`generated files are stale, run pnpm codegen\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`check-codegen: src/gql is up to date (${expected.length} files).`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
