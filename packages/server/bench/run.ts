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
 * - BENCH_SUITE=dossiers: the scale suite instead (bench/scale.ts, issue 9 point 13): BENCH_SCALE
 *   members (default 100 000) from the scale seed, the dossier page, the members page, ID-number
 *   search and the member import (BENCH_IMPORT_ROWS, default 10 000; 0 skips it).
 *
 * Not a test: figures depend on the machine, so nothing here asserts a speed.
 */
import { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { setLogLevel } from '../src/app/logger';
import { Dialect } from '../src/db/orm';
import { createScratchDatabase } from '../src/db/scratch-database';
import {
  CONNECTIONS,
  Endpoint,
  Figure,
  Row,
  measure,
  median,
  ROUNDS,
  SECONDS,
  signIn,
  startChild,
  startPostGraphile,
  stop,
  warmUp,
} from './harness';
import { BenchQuery, ORGANIZATION_LIST, POSTGRAPHILE_QUERIES, SPA_USERS_PAGE, USERS_PAGE } from './queries';
import { benchScale, SCALE_SIZE } from './scale';
import { ADMIN, PASSWORD, seedBenchData } from './seed';

const list = (value: string | undefined, fallback: string) => (value || fallback).split(',').map((s) => s.trim());
const SIZES = list(process.env.BENCH_ROWS, '1,10,100').map(Number);
const DIALECTS = list(process.env.BENCH_DIALECTS, 'sqlite,postgresql') as Dialect[];
const POSTGRAPHILE_CLI = process.env.POSTGRAPHILE_CLI;

async function benchSize(dialect: Dialect, rows: number): Promise<Row[]> {
  const database = await createScratchDatabase(dialect, 'bench');
  const children: ChildProcess[] = [];
  try {
    await seedBenchData(database.target, rows);
    const dangan = await startChild('dangan.ts', database.target);
    children.push(dangan.child);
    const baseline = await startChild('baseline.ts', database.target);
    children.push(baseline.child);
    const token = await signIn(dangan.url, ADMIN, PASSWORD);
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
  if (process.env.BENCH_SUITE === 'dossiers') return scaleSuite();
  console.error(`${CONNECTIONS} connections, ${SECONDS} s per run; ${DIALECTS.join(', ')}; rows ${SIZES.join(', ')}`);
  const rows: Row[] = [];
  for (const dialect of DIALECTS) for (const size of SIZES) rows.push(...(await benchSize(dialect, size)));
  console.log([...HEADER, ...rows.map(line)].join('\n'));
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(rows, null, 2));
}

const IMPORT_HEADER = ['| dialect | mode | rows | seconds | rows/s |', '| --- | --- | ---: | ---: | ---: |'];

/** BENCH_SUITE=dossiers: the scale suite (bench/scale.ts) on each dialect. */
async function scaleSuite() {
  console.error(`${CONNECTIONS} connections, ${SECONDS} s per run; ${DIALECTS.join(', ')}; ${SCALE_SIZE} members`);
  const rows: Row[] = [];
  const imports: Awaited<ReturnType<typeof benchScale>>['imports'] = [];
  const seeds: string[] = [];
  for (const dialect of DIALECTS) {
    const result = await benchScale(dialect, report);
    rows.push(...result.rows);
    imports.push(...result.imports);
    if (result.seedSeconds !== null) seeds.push(`${dialect}: seeded in ${result.seedSeconds.toFixed(1)} s`);
  }
  console.log([...HEADER, ...rows.map(line)].join('\n'));
  if (imports.length) {
    const importLine = (i: (typeof imports)[number]) =>
      `| ${i.dialect} | ${i.mode} | ${i.rows} | ${i.seconds.toFixed(1)} | ${i.rowsPerSecond} |`;
    console.log(['', ...IMPORT_HEADER, ...imports.map(importLine)].join('\n'));
  }
  if (seeds.length) console.log(`\n${seeds.join('; ')}`);
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify({ rows, imports, seeds }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
