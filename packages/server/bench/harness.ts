/**
 * What both suites of the benchmark share (bench/run.ts): the load generator, CPU readings,
 * bench servers in processes of their own, sign-in and medians.
 */
import { ChildProcess, execFileSync, fork, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { Dialect } from '../src/db/orm';
import { BenchQuery } from './queries';
import { BENCH_POOL_SIZE } from './servers/shared';

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
export const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
/** One read's figures on each server, medians of the rounds. */
export interface Row {
  dialect: Dialect;
  read: string;
  rows: number;
  dangan: Figure;
  baseline?: Figure;
  postgraphile?: Figure;
}

export interface Figure {
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

export interface Endpoint {
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
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

export async function post(endpoint: Endpoint, query: BenchQuery, rows: number) {
  const response = await fetch(`${endpoint.url}/graphql`, requestOf(endpoint, query, rows));
  return (await response.json()) as { data?: unknown; errors?: unknown };
}

export function requestOf(endpoint: Endpoint, query: BenchQuery, rows: number) {
  return {
    method: 'POST' as const,
    headers: {
      'content-type': 'application/json',
      ...(endpoint.token ? { authorization: `Bearer ${endpoint.token}` } : {}),
    },
    body: JSON.stringify({ operationName: query.operationName, query: query.query, variables: query.variables(rows) }),
  };
}

export function loadOptions(endpoint: Endpoint, query: BenchQuery, rows: number) {
  return { url: `${endpoint.url}/graphql`, connections: CONNECTIONS, ...requestOf(endpoint, query, rows) };
}

/**
 * Checks the answer, then loads the server with the read for WARMUP seconds: V8 compiles the
 * hot code on threads of the process, and that CPU time must not count against the first read
 * measured.
 */
export async function warmUp(endpoint: Endpoint, query: BenchQuery, rows: number) {
  const answer = await post(endpoint, query, rows);
  const expected = query.expected?.(rows) ?? query.variables(rows).first ?? rows;
  if (answer.errors || query.rowsOf(answer.data) !== expected) {
    throw new Error(`${endpoint.url} answered ${query.name} wrongly: ${JSON.stringify(answer).slice(0, 500)}`);
  }
  await autocannon({ ...loadOptions(endpoint, query, rows), duration: WARMUP });
}

/** CPU milliseconds used so far by PostgreSQL's backends connected to a database (Linux). */
export async function databaseCpuMs(databaseUrl: string): Promise<Map<number, number>> {
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
export function databaseCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, used] of after) total += used - (before.get(pid) ?? 0);
  return total;
}

/** Measures one read on one (warmed-up) server. */
export async function measure(endpoint: Endpoint, query: BenchQuery, rows: number): Promise<Figure> {
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

export const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const middleOrNull = (values: (number | null)[]) =>
  values.some((value) => value === null) ? null : middle(values as number[]);

/** Each number of the figures, the median of its rounds. */
export function median(figures: Figure[]): Figure {
  return {
    reqPerSec: middle(figures.map((f) => f.reqPerSec)),
    p99Ms: middle(figures.map((f) => f.p99Ms)),
    cpuMsPerRequest: middleOrNull(figures.map((f) => f.cpuMsPerRequest)),
    dbCpuMsPerRequest: middleOrNull(figures.map((f) => f.dbCpuMsPerRequest)),
  };
}

/**
 * The V8 flags `pnpm start` gives the server (package.json's start script), so every bench server
 * runs with the heap production runs with: a young generation of 128 MB semi-spaces keeps the
 * short-lived objects of 16 concurrent page reads from being promoted (issue 9 point 13).
 */
function productionNodeFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(__dirname, '../package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return scripts.start.match(/--max-[\w-]+=\d+/g) ?? [];
}

/** A bench server in a process of its own; resolves with its URL once it listens. */
export function startChild(file: string, target: unknown): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(join(__dirname, 'servers', file), {
    execArgv: [
      ...productionNodeFlags(),
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

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startPostGraphile(
  cli: string,
  databaseUrl: string,
): Promise<{ url: string; child: ChildProcess }> {
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

export async function signIn(url: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: username, p: password },
    }),
  });
  const body = (await response.json()) as { data?: { login: { token: string } } };
  if (!body.data?.login) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
  return body.data.login.token;
}

/** Asks a server to exit (a CPU profile is written then), killing it if it does not. */
export async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (child.connected) child.disconnect();
  else child.kill();
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
