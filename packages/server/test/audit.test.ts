import { describe, expect, it } from 'vitest';
import { EntityManager } from '@mikro-orm/knex';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { recordAudit } from '../src/audit/audit.service';
import { Role } from '../src/users/role';
import { graphql, login, onlyError } from './support/client';
import { makeTree, makeUser, PASSWORD } from './support/factories';
import { commandRunner } from './support/commands';
import { useTestServer, withoutAppendOnlyTrigger } from './support/server';

const VERIFY = '{ verifyAuditChain { ok checked firstBrokenId } }';
const ENTRIES = `query ($filter: AuditFilter, $first: Int, $after: String) {
  auditEntries(filter: $filter, first: $first, after: $after) {
    edges { node { id actor action target } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

const server = useTestServer();

const pause = (ms = 15) => new Promise((resolve) => setTimeout(resolve, ms));

async function signInAuditor(): Promise<string> {
  const tree = await makeTree(server.em());
  await makeUser(server.em(), { username: 'auditor', organization: tree.root, roles: [Role.AUDITOR] });
  return login(server.url, 'auditor', PASSWORD);
}

/** Appends an entry the way every service does. */
function record(action: string, actor = 'system', target: string | null = null) {
  return recordAudit(server.em(), { actor: { userId: 999, username: actor } }, { action, target, details: { action } });
}

async function verify(token: string) {
  const response = await graphql(server.url, VERIFY, {}, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.verifyAuditChain;
}

describe('the hash chain', () => {
  it('verifies intact after a few audited actions', async () => {
    const tree = await makeTree(server.em());
    await makeUser(server.em(), { username: 'root.admin', organization: tree.root, roles: [Role.ADMIN] });
    await graphql(server.url, 'mutation { login(username: "root.admin", password: "wrong") { token } }');
    const token = await login(server.url, 'root.admin', PASSWORD);
    await graphql(
      server.url,
      'mutation ($id: ID!) { renameOrganization(id: $id, name: "新名", version: 1) { name } }',
      { id: String(tree.left.id) },
      { token },
    );
    const entries = await server.em().count(AuditEntry, {});
    expect(entries).toBe(3);

    // The verification is recorded first (entry 4), then the chain checked.
    expect(await verify(token)).toEqual({ ok: true, checked: 4, firstBrokenId: null });
  });

  // Each arrangement starts from entries 1–4 written by services, entry 5, the auditor's sign-in,
  // and entry 6, the record of the first verification. Tampering bypasses PostgreSQL's
  // append-only trigger as an insider with superuser rights would.
  // [what, tampering, first broken id, intact entries before it]
  const tamperings: [string, (tx: EntityManager) => Promise<unknown>, number, number][] = [
    ['an edited row', (tx) => tx.nativeUpdate(AuditEntry, { id: 2 }, { details: '{"action":"NOTHING_TO_SEE"}' }), 2, 1],
    ['a deleted row', (tx) => tx.nativeDelete(AuditEntry, { id: 2 }), 3, 1],
    ['two rows swapped', swapContentOfEntries2And3, 2, 1],
    ['a row inserted in the middle', (tx) => insertForgedRowAt(tx, 3), 3, 2],
    ['a row appended with a made-up hash', (tx) => insertForgedRowAt(tx, 7), 7, 6],
  ];

  it.each(tamperings)('reports %s, naming the first broken entry', async (_, tamper, firstBrokenId, checked) => {
    for (const action of ['FIRST', 'SECOND', 'THIRD', 'FOURTH']) await record(action);
    const token = await signInAuditor();
    expect(await verify(token)).toEqual({ ok: true, checked: 6, firstBrokenId: null });

    await withoutAppendOnlyTrigger(server.em(), tamper);

    expect(await verify(token)).toEqual({ ok: false, checked, firstBrokenId: String(firstBrokenId) });
  });

  it('keeps one intact chain of 25 entries, ids 1 to 25, when 25 writers append at once', async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => record(`CONCURRENT_${i}`)));

    const entries = await server.em().find(AuditEntry, {}, { orderBy: { id: 'asc' } });
    expect(entries.map((e) => e.id)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(new Set(entries.map((e) => e.action)).size).toBe(25);
    const token = await signInAuditor();
    expect(await verify(token)).toEqual({ ok: true, checked: 27, firstBrokenId: null });
  });
});

async function swapContentOfEntries2And3(em: EntityManager) {
  const [second, third] = await em.find(AuditEntry, { id: { $in: [2, 3] } }, { orderBy: { id: 'asc' } });
  await em.nativeUpdate(AuditEntry, { id: 2 }, { action: third.action, details: third.details, at: third.at });
  await em.nativeUpdate(AuditEntry, { id: 3 }, { action: second.action, details: second.details, at: second.at });
}

/** Moves entries from `id` on one place up and puts a forged entry, linked to its predecessor, at `id`. */
async function insertForgedRowAt(tx: EntityManager, id: number) {
  await tx.execute('update audit_entry set id = id + 1000 where id >= ?', [id]);
  await tx.execute('update audit_entry set id = id - 999 where id >= 1000');
  const previous = await tx.findOneOrFail(AuditEntry, id - 1);
  await tx.insert(AuditEntry, {
    id,
    at: new Date(),
    actor: 'intruder',
    action: 'FORGED',
    prevHash: previous.hash,
    hash: 'f'.repeat(64),
  });
}

describe('reading the trail', () => {
  it('matches a target prefix literally: % _ and \\ match only themselves (issue 7)', async () => {
    const token = await signInAuditor(); // entry 1
    await record('A', 'system', 'User_legacy:1'); // 2
    await record('A', 'system', 'UserX:2'); // 3
    await record('A', 'system', '100%:3'); // 4
    await record('A', 'system', '100:4'); // 5
    await record('A', 'system', 'Path\\1'); // 6
    const ids = async (target: string) => {
      const response = await graphql(server.url, ENTRIES, { filter: { target } }, { token });
      expect(response.errors).toBeUndefined();
      return response.data!.auditEntries.edges.map((e: { node: { id: string } }) => Number(e.node.id));
    };

    expect(await ids('User_')).toEqual([2]);
    expect(await ids('100%')).toEqual([4]);
    expect(await ids('%')).toEqual([]);
    expect(await ids('Path\\')).toEqual([6]);
  });

  it('filters by actor, action, target prefix and time range, newest first, in pages', async () => {
    const token = await signInAuditor(); // entry 1: the auditor's sign-in
    await record('USER_UPDATED', 'alice', 'User:7'); // 2
    await record('ORGANIZATION_RENAMED', 'bob', 'Organization:3'); // 3
    await pause();
    const from = new Date();
    await pause();
    await record('ORGANIZATION_RENAMED', 'alice', 'Organization:4'); // 4
    await record('USER_UPDATED', 'bob', 'User:8'); // 5
    await pause();
    const to = new Date();
    await pause();
    await record('USER_DISABLED', 'alice', 'User:8'); // 6
    const ids = async (variables: Record<string, unknown>) => {
      const response = await graphql(server.url, ENTRIES, variables, { token });
      expect(response.errors).toBeUndefined();
      return response.data!.auditEntries.edges.map((e: { node: { id: string } }) => Number(e.node.id));
    };

    expect(await ids({})).toEqual([6, 5, 4, 3, 2, 1]);
    expect(await ids({ filter: { actor: 'alice' } })).toEqual([6, 4, 2]);
    expect(await ids({ filter: { action: 'ORGANIZATION_RENAMED' } })).toEqual([4, 3]);
    expect(await ids({ filter: { target: 'Organization:' } })).toEqual([4, 3]);
    expect(await ids({ filter: { target: 'User:8' } })).toEqual([6, 5]);
    expect(await ids({ filter: { from: from.toISOString(), to: to.toISOString() } })).toEqual([5, 4]);
    expect(await ids({ filter: { from: from.toISOString() } })).toEqual([6, 5, 4]);
    expect(await ids({ filter: { actor: 'bob', to: to.toISOString() } })).toEqual([5, 3]);

    const first = (await graphql(server.url, ENTRIES, { first: 4 }, { token })).data!.auditEntries;
    expect(first.edges.map((e: { node: { id: string } }) => Number(e.node.id))).toEqual([6, 5, 4, 3]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(6);
    const second = (await graphql(server.url, ENTRIES, { first: 4, after: first.pageInfo.endCursor }, { token })).data!
      .auditEntries;
    expect(second.edges.map((e: { node: { id: string } }) => Number(e.node.id))).toEqual([2, 1]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('rejects a time range whose start is after its end on field "from"', async () => {
    const token = await signInAuditor();

    const error = onlyError(
      await graphql(
        server.url,
        ENTRIES,
        { filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } },
        { token },
      ),
    );

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('forbids a REQUESTER to read or verify the trail', async () => {
    const tree = await makeTree(server.em());
    await makeUser(server.em(), { username: 'requester', organization: tree.root, roles: [Role.REQUESTER] });
    const token = await login(server.url, 'requester', PASSWORD);

    expect(onlyError(await graphql(server.url, ENTRIES, {}, { token })).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await graphql(server.url, VERIFY, {}, { token })).extensions?.code).toBe('FORBIDDEN');
  });
});

describe('pnpm audit:verify', () => {
  const runCommand = commandRunner(server);
  const runVerifyCommand = () => runCommand('src/audit/verify-command.ts');

  it('exits 0 on an intact chain, and 1 naming the broken entry after tampering', async () => {
    for (const action of ['FIRST', 'SECOND', 'THIRD']) await record(action);

    const intact = await runVerifyCommand();
    expect(intact.code, intact.output).toBe(0);
    expect(intact.output).toMatch(/intact: 3 entries/);

    await withoutAppendOnlyTrigger(server.em(), (tx) =>
      tx.nativeUpdate(AuditEntry, { id: 2 }, { actor: 'someone-else' }),
    );
    const broken = await runVerifyCommand();
    expect(broken.code, broken.output).toBe(1);
    expect(broken.output).toMatch(/broken at entry 2\b/);
  });
});
