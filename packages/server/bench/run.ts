/**
 * `pnpm --filter @dangan/server bench`: Dangan's hottest reads against the practical limit, on
 * SQLite and on PostgreSQL, with a real load generator (issue 7, point 6). For each dialect and
 * each size it seeds a fresh database, starts Dangan and the hand-written SQL baseline
 * (bench/servers/) in processes of their own, signs in, checks that every server answers the
 * expected rows, then loads each one with autocannon and reports req/s and p99 latency.
 *
 * Environment (all optional):
 * - BENCH_ROWS: sizes, default `1,10,100`;  BENCH_DIALECTS: default `sqlite,postgresql`;
 * - BENCH_SECONDS: measured seconds per run (default 5); BENCH_WARMUP_SECONDS: seconds each read
 *   runs on each server before anything is measured (default 3);
 * - BENCH_ROUNDS: measurements of each read on each server, interleaved; the median is
 *   reported (default 1; docs/performance.md used 3);
 * - BENCH_CONNECTIONS: concurrent connections of the load generator (default 16);
 * - POSTGRAPHILE_CLI: path of a PostGraphile v4 `postgraphile` binary installed outside the
 *   repository; when set, PostGraphile is started on each PostgreSQL database (16-connection
 *   pool) and measured on the same rows with the same load generator.
 * - BENCH_JSON: a file to write the figures to, as JSON;
 * - BENCH_PROFILE: a directory; Dangan's server then writes a V8 CPU profile there on exit.
 *
 * Not a test: figures depend on the machine, so nothing here asserts a speed.
 */
import { ChildProcess, execFileSync, fork, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { setLogLevel } from '../src/app/logger';
import { Dialect } from '../src/db/orm';
import { createScratchDatabase } from '../src/db/scratch-database';
import { BenchQuery, ORGANIZATION_LIST, POSTGRAPHILE_QUERIES, SPA_USERS_PAGE, USERS_PAGE } from './queries';
import { ADMIN, PASSWORD, seedBenchData } from './seed';
import { BENCH_POOL_SIZE } from './servers/shared';

const list = (value: string | undefined, fallback: string) => (value || fallback).split(',').map((s) => s.trim());
const SIZES = list(process.env.BENCH_ROWS, '1,10,100').map(Number);
const DIALECTS = list(process.env.BENCH_DIALECTS, 'sqlite,postgresql') as Dialect[];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const POSTGRAPHILE_CLI = process.env.POSTGRAPHILE_CLI;

interface Figure {
  reqPerSec: number;
  p99Ms: number;
  /**
   * CPU time the server process spent per request (user + system, from /proc): it depends far
   * less than req/s on what else the machine runs. The database server's work is not in it.
   */
  cpuMsPerRequest: number | null;
  /** CPU time PostgreSQL's backends for the database spent per request (null on SQLite). */
  dbCpuMsPerRequest: number | null;
}

interface Row {
  dialect: Dialect;
  read: string;
  rows: number;
  dangan: Figure;
  baseline?: Figure;
  postgraphile?: Figure;
}

interface Endpoint {
  url: string;
  pid: number;
  token?: string;
  /** The PostgreSQL database it reads, to measure its backends' CPU time. */
  database?: string;
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU milliseconds a process has used so far (Linux); null where /proc is not there. */
function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

async function post(endpoint: Endpoint, query: BenchQuery, rows: number) {
  const response = await fetch(`${endpoint.url}/graphql`, requestOf(endpoint, query, rows));
  return (await response.json()) as { data?: unknown; errors?: unknown };
}

function requestOf(endpoint: Endpoint, query: BenchQuery, rows: number) {
  return {
    method: 'POST' as const,
    headers: {
      'content-type': 'application/json',
      ...(endpoint.token ? { authorization: `Bearer ${endpoint.token}` } : {}),
    },
    body: JSON.stringify({ operationName: query.operationName, query: query.query, variables: query.variables(rows) }),
  };
}

function loadOptions(endpoint: Endpoint, query: BenchQuery, rows: number) {
  return { url: `${endpoint.url}/graphql`, connections: CONNECTIONS, ...requestOf(endpoint, query, rows) };
}

/**
 * Checks the answer, then loads the server with the read for WARMUP seconds: V8 compiles the
 * hot code on threads of the process, and that CPU time must not count against the first read
 * measured.
 */
async function warmUp(endpoint: Endpoint, query: BenchQuery, rows: number) {
  const answer = await post(endpoint, query, rows);
  const expected = query.variables(rows).first ?? rows;
  if (answer.errors || query.rowsOf(answer.data) !== expected) {
    throw new Error(`${endpoint.url} answered ${query.name} wrongly: ${JSON.stringify(answer).slice(0, 500)}`);
  }
  await autocannon({ ...loadOptions(endpoint, query, rows), duration: WARMUP });
}

/** CPU milliseconds used so far by PostgreSQL's backends connected to a database (Linux). */
async function databaseCpuMs(databaseUrl: string): Promise<Map<number, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    return new Map(rows.flatMap(({ pid }) => (cpuMs(pid) === null ? [] : [[pid, cpuMs(pid)!]])));
  } finally {
    await client.end();
  }
}

/** CPU the backends spent between two readings (a backend started in between counts whole). */
function databaseCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, used] of after) total += used - (before.get(pid) ?? 0);
  return total;
}

/** Measures one read on one (warmed-up) server. */
async function measure(endpoint: Endpoint, query: BenchQuery, rows: number): Promise<Figure> {
  const options = loadOptions(endpoint, query, rows);
  await autocannon({ ...options, duration: 1 });
  const databaseBefore = endpoint.database ? await databaseCpuMs(endpoint.database) : null;
  const cpuBefore = cpuMs(endpoint.pid);
  const result = await autocannon({ ...options, duration: SECONDS });
  const cpuAfter = cpuMs(endpoint.pid);
  const databaseAfter = endpoint.database ? await databaseCpuMs(endpoint.database) : null;
  if (result.non2xx || result.errors || result.timeouts) {
    throw new Error(`${endpoint.url} failed under load: ${result.non2xx} non-2xx, ${result.errors} errors`);
  }
  const perRequest = (ms: number | null) => (ms === null ? null : Number((ms / result.requests.total).toFixed(2)));
  return {
    reqPerSec: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    cpuMsPerRequest: perRequest(cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore),
    dbCpuMsPerRequest: perRequest(
      databaseBefore && databaseAfter ? databaseCpuBetween(databaseBefore, databaseAfter) : null,
    ),
  };
}

const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const middleOrNull = (values: (number | null)[]) =>
  values.some((value) => value === null) ? null : middle(values as number[]);

/** Each number of the figures, the median of its rounds. */
function median(figures: Figure[]): Figure {
  return {
    reqPerSec: middle(figures.map((f) => f.reqPerSec)),
    p99Ms: middle(figures.map((f) => f.p99Ms)),
    cpuMsPerRequest: middleOrNull(figures.map((f) => f.cpuMsPerRequest)),
    dbCpuMsPerRequest: middleOrNull(figures.map((f) => f.dbCpuMsPerRequest)),
  };
}

/** A bench server in a process of its own; resolves with its URL once it listens. */
function startChild(file: string, target: unknown): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(join(__dirname, 'servers', file), {
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_PROFILE && file === 'dangan.ts'
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
        : []),
    ],
    // As `pnpm start` runs it: graphql-js, express and others skip development-only checks.
    env: { ...process.env, NODE_ENV: 'production', BENCH_TARGET: JSON.stringify(target) },
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message: { url: string }) => resolve({ url: message.url, child }));
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startPostGraphile(cli: string, databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    cli,
    ['-c', databaseUrl, '--host', '127.0.0.1', '--port', String(port), '--max-pool-size', String(BENCH_POOL_SIZE)],
    { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const ok = await fetch(`${url}/graphql`, {
      method: 'POST',
      body: '{"query":"{__typename}"}',
      headers: { 'content-type': 'application/json' },
    })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error('PostGraphile did not start');
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: ADMIN, p: PASSWORD },
    }),
  });
  const body = (await response.json()) as { data?: { login: { token: string } } };
  if (!body.data?.login) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
  return body.data.login.token;
}

/** Asks a server to exit (a CPU profile is written then), killing it if it does not. */
async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (child.connected) child.disconnect();
  else child.kill();
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

async function benchSize(dialect: Dialect, rows: number): Promise<Row[]> {
  const database = await createScratchDatabase(dialect, 'bench');
  const children: ChildProcess[] = [];
  try {
    await seedBenchData(database.target, rows);
    const dangan = await startChild('dangan.ts', database.target);
    children.push(dangan.child);
    const baseline = await startChild('baseline.ts', database.target);
    children.push(baseline.child);
    const token = await signIn(dangan.url);
    const postgraphile =
      dialect === 'postgresql' && POSTGRAPHILE_CLI
        ? await startPostGraphile(POSTGRAPHILE_CLI, database.target.location)
        : undefined;
    if (postgraphile) children.push(postgraphile.child);

    const databaseUrl = dialect === 'postgresql' ? database.target.location : undefined;
    const ours = { url: dangan.url, pid: dangan.child.pid!, token, database: databaseUrl };
    const limit = { url: baseline.url, pid: baseline.child.pid!, token, database: databaseUrl };
    const theirs = postgraphile && { url: postgraphile.url, pid: postgraphile.child.pid!, database: databaseUrl };
    for (const query of [USERS_PAGE, ORGANIZATION_LIST, SPA_USERS_PAGE]) await warmUp(ours, query, rows);
    for (const query of [USERS_PAGE, ORGANIZATION_LIST]) {
      await warmUp(limit, query, rows);
      if (theirs) await warmUp(theirs, POSTGRAPHILE_QUERIES[query.name], rows);
    }

    // Rounds interleave the servers, so a change in what else the machine runs hits them alike;
    // each figure is the median of its rounds.
    type Case = {
      read: BenchQuery;
      server: keyof Omit<Row, 'dialect' | 'read' | 'rows'>;
      endpoint: Endpoint;
      query: BenchQuery;
    };
    const cases: Case[] = [];
    for (const query of [USERS_PAGE, ORGANIZATION_LIST]) {
      cases.push({ read: query, server: 'dangan', endpoint: ours, query });
      cases.push({ read: query, server: 'baseline', endpoint: limit, query });
      if (theirs)
        cases.push({ read: query, server: 'postgraphile', endpoint: theirs, query: POSTGRAPHILE_QUERIES[query.name] });
    }
    cases.push({ read: SPA_USERS_PAGE, server: 'dangan', endpoint: ours, query: SPA_USERS_PAGE });
    const figures = new Map<Case, Figure[]>(cases.map((c) => [c, []]));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const c of cases) figures.get(c)!.push(await measure(c.endpoint, c.query, rows));
    }
    const results: Row[] = [];
    for (const read of [USERS_PAGE, ORGANIZATION_LIST, SPA_USERS_PAGE]) {
      const row = { dialect, read: read.name, rows } as Row;
      for (const c of cases.filter((c) => c.read === read)) row[c.server] = median(figures.get(c)!);
      results.push(row);
      report(row);
    }
    return results;
  } finally {
    await Promise.all(children.map(stop));
    await database.drop();
  }
}

const cpu = (figure: Figure) =>
  `${figure.cpuMsPerRequest ?? '?'}${figure.dbCpuMsPerRequest === null ? '' : ` + ${figure.dbCpuMsPerRequest}`}`;
const cell = (figure: Figure | undefined) =>
  figure ? `${figure.reqPerSec} | ${figure.p99Ms} | ${cpu(figure)}` : '— | — | —';
const ratio = (a: Figure, b: Figure | undefined) => (b ? `${((100 * a.reqPerSec) / b.reqPerSec).toFixed(0)} %` : '—');

const HEADER = [
  '| dialect | read | rows | Dangan req/s | p99 ms | CPU ms/req (+ db) | baseline req/s | p99 ms | CPU ms/req (+ db) | PostGraphile req/s | p99 ms | CPU ms/req (+ db) | Dangan ÷ baseline | Dangan ÷ PostGraphile |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];

function line(row: Row) {
  return `| ${row.dialect} | ${row.read} | ${row.rows} | ${cell(row.dangan)} | ${cell(row.baseline)} | ${cell(row.postgraphile)} | ${ratio(row.dangan, row.baseline)} | ${ratio(row.dangan, row.postgraphile)} |`;
}

function report(row: Row) {
  console.error(line(row));
}

async function main() {
  setLogLevel('silent');
  console.error(`${CONNECTIONS} connections, ${SECONDS} s per run; ${DIALECTS.join(', ')}; rows ${SIZES.join(', ')}`);
  const rows: Row[] = [];
  for (const dialect of DIALECTS) for (const size of SIZES) rows.push(...(await benchSize(dialect, size)));
  console.log([...HEADER, ...rows.map(line)].join('\n'));
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(rows, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
