/**
 * The scale suite of the benchmark (`BENCH_SUITE=dossiers`, issue 9 point 13): a database filled
 * by the scale seed (db/scale-data.ts, BENCH_SCALE members, default 100 000, ~20 materials each),
 * Dangan and the hand-written SQL baseline (servers/scale-baseline.ts) side by side, and the reads
 * the SPA makes most on such a database, sent as the SPA sends them (its own documents, read from
 * packages/admin):
 *
 * - the dossier page (`DossierPage`) of a dossier with 100 materials, read by the archivist of the
 *   office that keeps it (contents shown, so Dangan writes a SENSITIVE_READ audit entry each time);
 * - the members page (`Members`, 100 rows, totalCount) filtered by an organisation's subtree and a
 *   status, read by the root ADMIN (ID number and phone decrypted and masked) and by the keeping
 *   archivist (decrypted, unmasked, audited);
 * - exact ID-number search (`Members` with `filter.idNumber`) through the blind index, by the custodian
 *   archivist (a caller who reads the number masked finds nothing: the filter would confirm hidden digits);
 *
 * - issue 10 point 9: the same members page read by the root ADMIN holding 10 active IDENTITY grants,
 *   each covering 10 dossiers of the page (every row unmasked on the grant basis, audited), against
 *   the same reader holding none (the row's "baseline" column; the grants are revoked and restored
 *   between runs, so both are measured in every round);
 *
 * then the 10 000-row member import, timed from the upload to the job's end, in each mode.
 *
 * BENCH_READS=text measures only the reads whose name contains it (with BENCH_PROFILE, to profile one).
 * BENCH_SCALE_KEEP=1 keeps the seeded databases (their locations are printed);
 * BENCH_SCALE_SQLITE / BENCH_SCALE_POSTGRESQL name one kept before, to skip the seeding.
 */
import { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { DefinitionNode, FragmentDefinitionNode, Kind, parse, print, visit } from 'graphql';
import { DEMO_PASSWORD } from '../src/db/demo-data';
import { DatabaseTarget, Dialect, ormOptions } from '../src/db/orm';
import { seedScaleData, scaleIdNumber, ScaleSeedResult, SHOWCASE_MATERIALS } from '../src/db/scale-data';
import { createScratchDatabase } from '../src/db/scratch-database';
import { Gender } from '../src/members/membership';
import { selectRows } from '../src/shared/lean-rows';
import { parseIndexKey, parsePiiKeys, PiiKey, PiiKeyring } from '../src/shared/pii/keyring';
import { Endpoint, Figure, measure, median, ROUNDS, Row, signIn, startChild, stop, warmUp } from './harness';
import { BenchQuery } from './queries';
import { BENCH_PII_KEYS } from './servers/shared';
import { AccessScope } from '../src/access/access-scope';
import { User } from '../src/users/user.entity';
import { makeGrant } from '../test/support/grants';

export const SCALE_SIZE = Number(process.env.BENCH_SCALE ?? 100_000);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
/** Only the reads whose name contains this (e.g. `dossier page`), for profiling one. */
const ONLY = process.env.BENCH_READS;

const ADMIN_SRC = join(__dirname, '../../admin/src/features');

/** One operation of the SPA's .graphql files with the fragments it uses, as the SPA sends it. */
function spaDocument(file: string, operation: string): string {
  const document = parse(readFileSync(join(ADMIN_SRC, file), 'utf8'));
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const chosen: DefinitionNode[] = [];
  const wanted = new Set<string>();
  const collect = (node: DefinitionNode) => {
    chosen.push(node);
    visit(node, {
      FragmentSpread(spread) {
        if (wanted.has(spread.name.value)) return;
        wanted.add(spread.name.value);
        collect(fragments.get(spread.name.value)!);
      },
    });
  };
  const found = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === operation);
  if (!found) throw new Error(`${operation} is not in ${file}`);
  collect(found);
  return chosen.map((node) => print(node)).join('\n\n');
}

const DOSSIER_PAGE_DOCUMENT = spaDocument('dossiers/operations.graphql', 'DossierPage');
const MEMBERS_DOCUMENT = spaDocument('members/operations.graphql', 'Members');

const dossierMaterials = (data: any) =>
  data.dossier ? data.dossier.current.length + data.dossier.superseded.length + data.dossier.invalidated.length : 0;

function scaleQueries(seeded: ScaleSeedResult, committeeId: number) {
  const dossierPage: BenchQuery = {
    name: `dossier page (${SHOWCASE_MATERIALS} materials), custodian archivist`,
    operationName: 'DossierPage',
    query: DOSSIER_PAGE_DOCUMENT,
    variables: () => ({ id: String(seeded.showcase.dossierId) }),
    rowsOf: dossierMaterials,
    expected: () => SHOWCASE_MATERIALS,
  };
  const membersPage = (reader: string): BenchQuery => ({
    name: `members page: subtree + status, 100 rows, ${reader}`,
    operationName: 'Members',
    query: MEMBERS_DOCUMENT,
    variables: () => ({ filter: { organizationId: String(committeeId), status: 'FULL' }, first: 100 }),
    rowsOf: (data) => data.members.edges.length,
  });
  const idSearch: BenchQuery = {
    name: 'ID-number search (blind index), custodian archivist',
    operationName: 'Members',
    query: MEMBERS_DOCUMENT,
    variables: () => ({ filter: { idNumber: seeded.showcase.idNumber }, first: 20 }),
    rowsOf: (data) => data.members.edges.length,
    expected: () => 1,
  };
  return {
    dossierPage,
    adminMembers: membersPage('ADMIN (masked)'),
    archivistMembers: membersPage('custodian archivist (unmasked, audited)'),
    idSearch,
  };
}

export const benchKeyring = () =>
  new PiiKeyring(
    parsePiiKeys(BENCH_PII_KEYS.PII_KEYS) as PiiKey[],
    parseIndexKey(BENCH_PII_KEYS.PII_INDEX_KEY) as Buffer,
  );

/** Migrates and fills the database with the scale seed; the seed's own progress goes to stderr. */
async function seedScale(target: DatabaseTarget): Promise<ScaleSeedResult> {
  const options = ormOptions(target);
  const orm = await MikroORM.init({ ...options, migrations: { ...options.migrations, silent: true } });
  try {
    if (target.dialect === 'sqlite') await orm.em.getConnection().execute('pragma journal_mode = wal');
    await orm.getMigrator().up();
    return await seedScaleData(orm.em.fork() as EntityManager, {
      members: SCALE_SIZE,
      keyring: benchKeyring(),
      log: (line) => console.error(`  ${line}`),
    });
  } finally {
    await orm.close(true);
  }
}

/** What a kept database holds, found again (the seed's result is not stored anywhere else). */
async function describeSeeded(target: DatabaseTarget): Promise<ScaleSeedResult> {
  const orm = await MikroORM.init(ormOptions(target));
  try {
    const em = orm.em.fork() as EntityManager;
    const [entry] = await selectRows<{ details: string | Record<string, unknown> }>(
      em,
      `select details from audit_entry where action = 'SCALE_DATA_SEEDED' order by id desc limit 1`,
    );
    const details = (typeof entry.details === 'string' ? JSON.parse(entry.details) : entry.details) as Record<
      string,
      any
    >;
    const dossierId = Number(String(details.showcaseDossier).split(':')[1]);
    const [showcase] = await selectRows<{ member_id: number }>(em, 'select member_id from dossier where id = ?', [
      dossierId,
    ]);
    const [member] = await selectRows<{ gender: string }>(em, 'select gender from member where id = ?', [
      showcase.member_id,
    ]);
    const committees = (
      await selectRows<{ code: string }>(em, `select code from organization where code like 'SC__' order by code`)
    ).map((row) => row.code);
    return {
      organizations: details.organizations,
      members: details.members,
      dossiers: details.dossiers,
      materials: details.materials,
      showcase: {
        dossierId,
        memberId: Number(showcase.member_id),
        idNumber: scaleIdNumber(0, member.gender as Gender).idNumber,
      },
      committees,
      tookMs: details.tookMs,
    };
  } finally {
    await orm.close(true);
  }
}

async function organizationId(target: DatabaseTarget, code: string): Promise<number> {
  const orm = await MikroORM.init(ormOptions(target));
  try {
    const [row] = await selectRows<{ id: number }>(
      orm.em.fork() as EntityManager,
      'select id from organization where code = ?',
      [code],
    );
    return Number(row.id);
  } finally {
    await orm.close(true);
  }
}

/** CSV of `count` valid new members (stage ACTIVIST), ID numbers from a range the seed never uses. */
function importCsv(count: number, offset: number): string {
  const fields = [
    'name',
    'gender',
    'ethnicity',
    'birthDate',
    'idNumber',
    'phone',
    'address',
    'stage',
    'applicationDate',
    'activistDate',
  ];
  const lines = [fields.join(',')];
  for (let k = 0; k < count; k += 1) {
    const gender = k % 2 ? Gender.MALE : Gender.FEMALE;
    const { idNumber, birthDate } = scaleIdNumber(offset + k, gender);
    const applied = `${Number(birthDate.slice(0, 4)) + 20}${birthDate.slice(4)}`.replace('-02-29', '-02-28');
    const activist = `${Number(applied.slice(0, 4)) + 1}${applied.slice(4)}`;
    lines.push(
      [
        `导入党员${k}`,
        gender,
        '汉族',
        birthDate,
        idNumber,
        `139${String(k).padStart(8, '0')}`,
        `示范市人民路${k}号`,
        'ACTIVIST',
        applied,
        activist,
      ].join(','),
    );
  }
  return lines.join('\r\n');
}

async function graphqlCall(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const request = () =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
  // A kept-alive socket the server closed meanwhile fails once (ECONNRESET): asked again.
  const response = await request().catch(request);
  const body = (await response.json()) as { data?: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export interface ImportFigure {
  dialect: Dialect;
  mode: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  imported: number;
}

/** Uploads a CSV of IMPORT_ROWS members and waits for the import job: seconds from upload to the job's end. */
async function timeImport(url: string, token: string, branchId: number, mode: string, offset: number) {
  const csv = importCsv(IMPORT_ROWS, offset);
  const started = Date.now();
  const uploaded = await fetch(`${url}/members/imports`, {
    method: 'POST',
    body: csv,
    headers: { authorization: `Bearer ${token}` },
  });
  if (uploaded.status !== 201) throw new Error(`upload answered ${uploaded.status}: ${await uploaded.text()}`);
  const { fileRef } = (await uploaded.json()) as { fileRef: string };
  const job = await graphqlCall(
    url,
    token,
    `mutation ($fileRef: String!, $mode: MemberImportMode!, $organizationId: ID!) {
      startMemberImport(fileRef: $fileRef, mode: $mode, organizationId: $organizationId) { id } }`,
    { fileRef, mode, organizationId: String(branchId) },
  );
  for (;;) {
    const { job: state } = await graphqlCall(url, token, 'query ($id: ID!) { job(id: $id) { status result error } }', {
      id: job.startMemberImport.id,
    });
    if (state.status === 'SUCCEEDED') {
      const seconds = (Date.now() - started) / 1000;
      const result = JSON.parse(state.result) as { imported: number; rejected: number };
      if (result.imported !== IMPORT_ROWS) throw new Error(`import took ${result.imported} of ${IMPORT_ROWS} rows`);
      return { seconds, imported: result.imported };
    }
    if (state.status !== 'QUEUED' && state.status !== 'RUNNING')
      throw new Error(`import job ${state.status}: ${state.error}`);
    if (Date.now() - started > 30 * 60_000) throw new Error('import did not finish within 30 minutes');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Number of grants and dossiers per grant of the grants read (issue 10 point 9). */
const GRANTS = 10;
const DOSSIERS_PER_GRANT = 10;

/**
 * Gives the root ADMIN GRANTS active IDENTITY grants covering the dossiers of the members page's
 * 100 rows (written straight into the tables, as test/support/grants.ts does); `active(false)`
 * revokes them, `active(true)` restores them, so "no grants" and "10 grants" alternate in a round.
 */
async function benchGrants(target: DatabaseTarget, memberIds: number[], onPage = true) {
  const orm = await MikroORM.init(ormOptions(target));
  const em = orm.em.fork() as EntityManager;
  const grantee = await em.findOneOrFail(User, { username: 'admin' });
  // On the page: the grants unmask its rows (and the read is audited). Off the page: the same
  // grants cover other dossiers, so the read pays for the checks alone.
  const dossiers = await selectRows<{ id: number }>(
    em,
    `select id from dossier where member_id ${onPage ? '' : 'not '}in (${memberIds.map(() => '?').join(', ')})
      order by id limit ${GRANTS * DOSSIERS_PER_GRANT}`,
    memberIds,
  );
  if (dossiers.length < GRANTS * DOSSIERS_PER_GRANT) throw new Error(`the page has ${dossiers.length} dossiers`);
  const requestIds: number[] = [];
  for (let i = 0; i < GRANTS; i += 1) {
    const covered = dossiers.slice(i * DOSSIERS_PER_GRANT, (i + 1) * DOSSIERS_PER_GRANT).map((d) => Number(d.id));
    requestIds.push((await makeGrant(em, { grantee, dossiers: covered, scopes: [AccessScope.IDENTITY] })).requestId);
  }
  const connection = em.getConnection();
  return {
    active: async (on: boolean) => {
      await connection.execute(
        `update access_grant set revoked_at = ? where request_id in (${requestIds.map(() => '?').join(', ')})`,
        [on ? null : new Date(), ...requestIds],
      );
    },
    close: async () => {
      await connection.execute(
        `update access_grant set revoked_at = ? where request_id in (${requestIds.map(() => '?').join(', ')})`,
        [new Date(), ...requestIds],
      );
      await orm.close(true);
    },
  };
}

/** The scale suite on one dialect: figures of each read on each server, and the import's times. */
export async function benchScale(
  dialect: Dialect,
  report: (row: Row) => void,
): Promise<{ rows: Row[]; imports: ImportFigure[]; seedSeconds: number | null }> {
  const reuse = dialect === 'sqlite' ? process.env.BENCH_SCALE_SQLITE : process.env.BENCH_SCALE_POSTGRESQL;
  const scratch = reuse ? null : await createScratchDatabase(dialect, 'bench_scale');
  const target: DatabaseTarget = scratch?.target ?? { dialect, location: reuse! };
  const children: ChildProcess[] = [];
  try {
    let seedSeconds: number | null = null;
    let seeded: ScaleSeedResult;
    if (scratch) {
      console.error(`Seeding ${SCALE_SIZE} members on ${dialect} …`);
      seeded = await seedScale(target);
      seedSeconds = seeded.tookMs / 1000;
    } else {
      seeded = await describeSeeded(target);
    }
    const committeeId = await organizationId(target, seeded.committees[0]);
    const dangan = await startChild('dangan.ts', target);
    children.push(dangan.child);
    const baseline = await startChild('baseline.ts', target);
    children.push(baseline.child);
    const adminToken = await signIn(dangan.url, 'admin', DEMO_PASSWORD);
    const archivistToken = await signIn(dangan.url, 'archivist', DEMO_PASSWORD);
    const databaseUrl = dialect === 'postgresql' ? target.location : undefined;
    const endpoints = (token: string) => ({
      ours: { url: dangan.url, pid: dangan.child.pid!, token, database: databaseUrl } as Endpoint,
      limit: { url: baseline.url, pid: baseline.child.pid!, token, database: databaseUrl } as Endpoint,
    });
    const admin = endpoints(adminToken);
    const archivist = endpoints(archivistToken);
    const queries = scaleQueries(seeded, committeeId);
    const reads: [BenchQuery, ReturnType<typeof endpoints>][] = (
      [
        [queries.dossierPage, archivist],
        [queries.adminMembers, admin],
        [queries.archivistMembers, archivist],
        [queries.idSearch, archivist],
      ] as [BenchQuery, ReturnType<typeof endpoints>][]
    ).filter(([read]) => !ONLY || read.name.includes(ONLY));
    for (const [query, servers] of reads) {
      await warmUp(servers.ours, query, 100);
      await warmUp(servers.limit, query, 100);
    }
    type Case = { read: BenchQuery; server: 'dangan' | 'baseline'; endpoint: Endpoint; before?: () => Promise<void> };
    const cases: Case[] = reads.flatMap(([read, servers]) => [
      { read, server: 'dangan' as const, endpoint: servers.ours },
      { read, server: 'baseline' as const, endpoint: servers.limit },
    ]);
    // Issue 10 point 9: both columns are Dangan, the same reader with 10 grants and with none:
    // grants covering the page (unmasking it, so the read is audited), and grants covering other
    // dossiers (the cost of the checks alone).
    const grantReads = [true, false].map((onPage) => ({
      onPage,
      read: {
        ...queries.adminMembers,
        name: `members page: subtree + status, 100 rows, ADMIN holding ${GRANTS} IDENTITY grants ${
          onPage ? 'covering the page' : 'on other dossiers'
        } (baseline column: holding none)`,
      } as BenchQuery,
    }));
    const grantSets: Awaited<ReturnType<typeof benchGrants>>[] = [];
    const wantedGrantReads = grantReads.filter(({ read }) => !ONLY || read.name.includes(ONLY));
    if (wantedGrantReads.length) {
      const page = await graphqlCall(dangan.url, adminToken, MEMBERS_DOCUMENT, queries.adminMembers.variables(0));
      const pageMembers = page.members.edges.map((edge: { node: { id: string } }) => Number(edge.node.id));
      const sets = new Map<boolean, Awaited<ReturnType<typeof benchGrants>>>();
      for (const onPage of [true, false]) sets.set(onPage, await benchGrants(target, pageMembers, onPage));
      grantSets.push(...sets.values());
      const only = async (onPage: boolean | null) => {
        for (const [which, set] of sets) await set.active(which === onPage);
      };
      const unmasked = async () => {
        const read = await graphqlCall(dangan.url, adminToken, MEMBERS_DOCUMENT, queries.adminMembers.variables(0));
        return read.members.edges.filter((edge: { node: { idNumber: string } }) => !edge.node.idNumber.includes('*'))
          .length;
      };
      await only(null);
      if ((await unmasked()) !== 0) throw new Error('without grants the ADMIN reads unmasked ID numbers');
      await only(false);
      if ((await unmasked()) !== 0) throw new Error('grants on other dossiers unmask the page');
      await only(true);
      if ((await unmasked()) !== 100) throw new Error('the grants do not unmask the page');
      for (const { onPage, read } of wantedGrantReads) {
        await only(onPage);
        await warmUp(admin.ours, read, 100);
        cases.push(
          { read, server: 'dangan', endpoint: admin.ours, before: () => only(onPage) },
          { read, server: 'baseline', endpoint: admin.ours, before: () => only(null) },
        );
        reads.push([read, admin]);
      }
    }
    const figures = new Map<Case, Figure[]>(cases.map((c) => [c, []]));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const c of cases) {
        await c.before?.();
        figures.get(c)!.push(await measure(c.endpoint, c.read, 100));
      }
    }
    for (const set of grantSets) await set.close();
    const rows: Row[] = [];
    for (const [read] of reads) {
      const row = { dialect, read: read.name, rows: SCALE_SIZE } as Row;
      for (const c of cases.filter((each) => each.read === read)) row[c.server] = median(figures.get(c)!);
      rows.push(row);
      report(row);
    }

    const imports: ImportFigure[] = [];
    if (IMPORT_ROWS > 0) {
      const branchId = await organizationId(target, `${seeded.committees[0]}-G1-B01`);
      // ID numbers from a range the seed never reaches, different on each run (a kept database).
      const offset = 50_000_000 + (Math.floor(Date.now() / 1000) % 2000) * 20_000;
      for (const [i, mode] of ['ALL_OR_NOTHING', 'VALID_ROWS_ONLY'].entries()) {
        const { seconds, imported } = await timeImport(
          dangan.url,
          archivistToken,
          branchId,
          mode,
          offset + i * IMPORT_ROWS,
        );
        const figure = {
          dialect,
          mode,
          rows: IMPORT_ROWS,
          seconds,
          rowsPerSecond: Math.round(IMPORT_ROWS / seconds),
          imported,
        };
        console.error(
          `import ${dialect} ${mode}: ${IMPORT_ROWS} rows in ${seconds.toFixed(1)} s (${figure.rowsPerSecond} rows/s)`,
        );
        imports.push(figure);
      }
    }
    return { rows, imports, seedSeconds };
  } finally {
    await Promise.all(children.map(stop));
    if (scratch && process.env.BENCH_SCALE_KEEP) console.error(`kept ${dialect} database: ${target.location}`);
    else await scratch?.drop();
  }
}
