#!/usr/bin/env node
/**
 * `pnpm test`: every check and every test suite, in the order a failure is cheapest to find,
 * ending with one line `N passed, N failed` summed over all suites (CI reads it).
 *
 * Suites: static checks (lint, types, generated files), server integration tests on SQLite
 * and PostgreSQL, admin component tests, the build and its bundle budget, and end-to-end tests
 * of the built SPA in Chromium against the production server on each database.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const reports = mkdtempSync(join(tmpdir(), 'dangan-test-'));
let passed = 0;
let failed = 0;
const failures = [];

function run(title, command, args, options = {}) {
  console.log(`\n━━ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...options.env } });
  return result.status === 0;
}

/**
 * Runs steps at once (each is `() => Promise`), printing each one's output whole when it ends so
 * logs do not interleave. Used where steps share nothing: the static checks, and the two
 * end-to-end runs (each starts its own server on its own port and database). CI has 15 minutes.
 */
async function together(...steps) {
  await Promise.all(steps.map((step) => step()));
}

function runBuffered(title, command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...options.env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => {
      console.log(`\n━━ ${title}: ${command} ${args.join(' ')}\n${output}`);
      resolve(status === 0);
    });
  });
}

/** A step that is not a test suite counts as one test: it passed or it failed. */
function count(title, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(title);
  }
}

async function checkBuffered(title, command, args) {
  count(title, await runBuffered(title, command, args));
}

/** A vitest suite counts its own tests, read from its JSON report. */
async function vitest(title, filter, extraArgs = [], env = {}, { buffered = false } = {}) {
  const report = join(reports, `${title.replace(/\W+/g, '-')}.json`);
  const ok = await (buffered ? runBuffered : run)(
    title,
    'pnpm',
    [
      '--filter',
      filter,
      'exec',
      'vitest',
      'run',
      ...extraArgs,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { env },
  );
  if (!existsSync(report)) {
    failed += 1;
    failures.push(`${title} (did not run)`);
    return;
  }
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  const broken = !ok && summary.numFailedTests === 0;
  if (broken) failed += 1; // a suite that failed to load still fails the run
  if (summary.numFailedTests > 0 || broken) failures.push(title);
  if (summary.numTotalTests === 0) {
    failed += 1;
    failures.push(`${title} (ran no test)`);
  }
}

const install = run('install', 'pnpm', ['install', '--frozen-lockfile']);
if (!install) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}
await together(
  () => checkBuffered('lint', 'pnpm', ['lint']),
  () => checkBuffered('typecheck', 'pnpm', ['typecheck']),
  () => checkBuffered('generated schema is current', 'pnpm', ['--filter', '@dangan/server', 'schema:check']),
  () => checkBuffered('generated operations are current', 'pnpm', ['--filter', '@dangan/admin', 'codegen:check']),
);
// The server suite (both databases) waits mostly on the databases, so the SPA's side runs beside
// it: its component tests, the build and its budget, then the end-to-end runs of the build (each
// its own server, port and database). Run one after the other they passed CI's 15 minutes.
await together(
  () => vitest('server (SQLite + PostgreSQL)', '@dangan/server', [], {}, { buffered: true }),
  async () => {
    await vitest('admin components', '@dangan/admin', [], {}, { buffered: true });
    const built = await runBuffered('build', 'pnpm', ['build']);
    count('build', built);
    await checkBuffered('bundle budget of the sign-in route', 'pnpm', ['--filter', '@dangan/admin', 'budget']);
    if (!built) return;
    await together(
      ...['sqlite', 'postgresql'].map(
        (dialect) => () =>
          vitest(
            `end-to-end on ${dialect} (Chromium)`,
            '@dangan/admin',
            ['--config', 'vitest.e2e.config.ts'],
            { E2E_DIALECT: dialect },
            { buffered: true },
          ),
      ),
    );
  },
);

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
