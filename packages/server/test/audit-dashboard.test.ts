import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordAudit } from '../src/audit/audit.service';
import { writeCheckpoint } from '../src/audit/checkpoint-writer';
import { Role } from '../src/users/role';
import { User, UserStatus } from '../src/users/user.entity';
import { graphql, login, onlyError } from './support/client';
import { makeTree, makeUser, PASSWORD } from './support/factories';
import { dialect, useTestServer } from './support/server';

const server = useTestServer();

/** Entries written by `recorder` (user 999, who does not exist) about the organisations of the tree. */
async function arrange() {
  const tree = await makeTree(server.em());
  const rootAdmin = await makeUser(server.em(), {
    username: 'root.admin',
    organization: tree.root,
    roles: [Role.ADMIN],
  });
  rootAdmin.displayName = '王管理';
  await server.em().upsert(rootAdmin);
  await makeUser(server.em(), { username: 'left.admin', organization: tree.left, roles: [Role.ADMIN] });
  await makeUser(server.em(), { username: 'root.auditor', organization: tree.root, roles: [Role.AUDITOR] });
  await makeUser(server.em(), { username: 'left.archivist', organization: tree.left, roles: [Role.ARCHIVIST] });
  return tree;
}

const record = (action: string, organizationPath: string | null, actor = { userId: 999, username: 'recorder' }) =>
  recordAudit(server.em(), { actor }, { action, organizationPath });

async function query(username: string, document: string, variables: Record<string, unknown> = {}, language?: string) {
  const token = await login(server.url, username, PASSWORD);
  return graphql(server.url, document, variables, { token, language });
}

describe('audit action codes come from the server', () => {
  it("lists every module's actions with labels in the caller's language", async () => {
    await arrange();
    const document = '{ auditActions { code label } }';

    const zh = (await query('root.auditor', document)).data!.auditActions as { code: string; label: string }[];
    const en = (await query('root.auditor', document, {}, 'en')).data!.auditActions as typeof zh;

    expect(zh.map((action) => action.code)).toEqual(en.map((action) => action.code));
    expect(zh).toContainEqual({ code: 'LOGIN_FAILED', label: '登录失败' });
    expect(en).toContainEqual({ code: 'LOGIN_FAILED', label: 'Sign-in failed' });
    expect(en).toContainEqual({ code: 'USER_CREATED', label: 'User created' });
    expect(en).toContainEqual({ code: 'ORGANIZATION_MOVED', label: 'Organisation moved' });
    expect(en).toContainEqual({ code: 'AUDIT_CHAIN_VERIFIED', label: 'Hash chain verified' });
    expect(new Set(zh.map((action) => action.code)).size).toBe(zh.length);
    expect(zh.every((action) => action.label && action.label !== action.code)).toBe(true);
  });

  it('are for audit readers only', async () => {
    await arrange();

    const error = onlyError(await query('left.archivist', '{ auditActions { code } }'));

    expect(error.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('audit entries name their actor', () => {
  it("gives the actor's display name, and none for an actor that is no account", async () => {
    const tree = await arrange();
    const admin = await server.em().findOneOrFail(User, { username: 'root.admin' });
    await record('BY_ADMIN', tree.root.path, { userId: admin.id, username: 'root.admin' });
    await record('BY_NOBODY', tree.root.path);

    const response = await query(
      'root.auditor',
      '{ auditEntries(first: 100) { edges { node { action actor actorName } } } }',
    );

    const nodes = response.data!.auditEntries.edges.map((edge: { node: object }) => edge.node);
    expect(nodes).toContainEqual({ action: 'BY_ADMIN', actor: 'root.admin', actorName: '王管理' });
    expect(nodes).toContainEqual({ action: 'BY_NOBODY', actor: 'recorder', actorName: null });
  });
});

const PAGE = `query ($first: Int, $after: String, $offset: Int, $filter: AuditFilter) {
  auditEntries(first: $first, after: $after, offset: $offset, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { seq action } }
  }
}`;

describe('audit pages can be jumped to', () => {
  async function arrangeTwentyFive() {
    const tree = await arrange();
    for (let i = 1; i <= 25; i += 1) await record(`E${i}`, tree.left.path);
    return tree;
  }
  const actionsOf = (response: { data?: Record<string, any> | null }) =>
    response.data!.auditEntries.edges.map((edge: { node: { action: string } }) => edge.node.action);

  it('answers page 3 by offset as paging forward with cursors does', async () => {
    const tree = await arrangeTwentyFive();
    const filter = { organizationId: String(tree.left.id) };
    const token = await login(server.url, 'root.auditor', PASSWORD);
    const page1 = await graphql(server.url, PAGE, { first: 10, filter }, { token });
    const page2 = await graphql(
      server.url,
      PAGE,
      { first: 10, filter, after: page1.data!.auditEntries.pageInfo.endCursor },
      { token },
    );
    const page3 = await graphql(
      server.url,
      PAGE,
      { first: 10, filter, after: page2.data!.auditEntries.pageInfo.endCursor },
      { token },
    );

    const jumped = await graphql(server.url, PAGE, { first: 10, filter, offset: 20 }, { token });

    expect(actionsOf(jumped)).toEqual(actionsOf(page3));
    expect(actionsOf(jumped)).toEqual(['E5', 'E4', 'E3', 'E2', 'E1']);
    expect(jumped.data!.auditEntries.totalCount).toBe(25);
    expect(jumped.data!.auditEntries.pageInfo.hasNextPage).toBe(false);
  });

  it.each([-1, 10_001])('refuses offset %d on field "offset", in the caller\'s language', async (offset) => {
    await arrange();

    const zh = onlyError(await query('root.auditor', PAGE, { offset }));
    const en = onlyError(await query('root.auditor', PAGE, { offset }, 'en'));

    expect(zh.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'offset' });
    expect(zh.message).toContain('10000');
    expect(en.message).toMatch(/^Skip between 0 and 10000 entries/);
  });

  it('reads a deep page of the whole trail from the primary key, without sorting the trail', async () => {
    await arrangeTwentyFive();
    server.queries.reset();
    await query('root.auditor', PAGE, { first: 20, offset: 5 });
    const read = server.queries.statements.find((sql) => /from [`"]?audit_entry.* offset/i.test(sql))!;
    const sql = read
      .replace(/^\[query\]\s*/, '')
      .replace(/\s*\[took.*$/, '')
      .replace(/\$\d+/g, '?');
    const values = (sql.match(/\?/g) ?? []).map(() => 1);

    const plan = await explain(sql, values);
    if (process.env.SHOW_PLANS) console.log(dialect, sql, '\n', plan);

    // Newest first is the primary key read backwards; a sort would read the whole trail first.
    if (dialect === 'postgresql') {
      expect(plan).toMatch(/Index Scan Backward using audit_entry_pkey/);
      expect(plan).not.toMatch(/Sort/);
    } else {
      expect(plan).toMatch(/SCAN \S+( USING INTEGER PRIMARY KEY)?/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
  });
});

describe('the sign-in failures of the ADMIN dashboard', () => {
  it('filter by any of several actions, within the reader’s scope', async () => {
    const tree = await arrange();
    await record('LOGIN_FAILED', tree.left.path);
    await record('LOGIN_LOCKED', tree.leftBranch.path);
    await record('LOGIN_FAILED', tree.right.path);
    await record('LOGIN', tree.left.path);
    const filter = { actions: ['LOGIN_FAILED', 'LOGIN_LOCKED', 'LOGIN_REFUSED_LOCKED'] };

    const response = await query('left.admin', PAGE, { filter });

    expect(response.data!.auditEntries.totalCount).toBe(2);
    expect(
      response.data!.auditEntries.edges.map((edge: { node: { action: string } }) => edge.node.action).sort(),
    ).toEqual(['LOGIN_FAILED', 'LOGIN_LOCKED']);
  });

  it('refuses more than 50 actions on field "actions"', async () => {
    await arrange();
    const actions = Array.from({ length: 51 }, (_, i) => `A${i}`);

    const error = onlyError(await query('root.auditor', PAGE, { filter: { actions } }));

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'actions' });
  });
});

const STATUS = '{ auditChainStatus { headSeq headAt newestCheckpoint { seq at } refusedCheckpoints } }';

describe('the chain status of the dashboard', () => {
  it('gives the head and the newest checkpoint without verifying the chain', async () => {
    rmSync(server.settings.AUDIT_CHECKPOINT_FILE, { force: true });
    const tree = await arrange();
    await record('FIRST', tree.root.path);
    await writeCheckpoint(server.em(), server.settings);
    await record('SECOND', tree.root.path);
    const token = await login(server.url, 'root.auditor', PASSWORD);

    const status = (await graphql(server.url, STATUS, {}, { token })).data!.auditChainStatus;

    // FIRST, the checkpoint at it, SECOND, the auditor's sign-in; no AUDIT_CHAIN_VERIFIED entry.
    expect(status.headSeq).toBe(3);
    expect(status.newestCheckpoint.seq).toBe(1);
    expect(status.refusedCheckpoints).toBe(0);
    expect(Date.parse(status.headAt)).toBeGreaterThanOrEqual(Date.parse(status.newestCheckpoint.at));
    const again = (await graphql(server.url, STATUS, {}, { token })).data!.auditChainStatus;
    expect(again.headSeq).toBe(3);
  });

  it('answers a chain without checkpoints with its head only', async () => {
    rmSync(server.settings.AUDIT_CHECKPOINT_FILE, { force: true });
    await arrange();

    const response = await query('root.auditor', STATUS);

    // The sign-in itself is the only entry.
    expect(response.data!.auditChainStatus).toMatchObject({
      headSeq: 1,
      newestCheckpoint: null,
      refusedCheckpoints: 0,
    });
  });

  it.each(['left.admin', 'left.archivist'])(
    'is FORBIDDEN to %s, who does not read the whole tree',
    async (username) => {
      await arrange();

      expect(onlyError(await query(username, STATUS)).extensions?.code).toBe('FORBIDDEN');
    },
  );
});

const ACTIVITY = 'query ($from: DateTime!, $to: DateTime) { auditActivity(from: $from, to: $to) { action count } }';

describe('audit activity counts', () => {
  it("counts the entries of each action about the reader's subtree, most frequent first", async () => {
    const tree = await arrange();
    await record('USER_CREATED', tree.left.path);
    await record('USER_CREATED', tree.leftBranch.path);
    await record('USER_UPDATED', tree.left.path);
    await record('USER_CREATED', tree.right.path);
    const from = new Date(Date.now() - 86_400_000).toISOString();

    const left = await query('left.admin', ACTIVITY, { from });
    const root = await query('root.auditor', ACTIVITY, { from });

    // left.admin's own sign-in is about LEFT too.
    expect(left.data!.auditActivity).toEqual([
      { action: 'USER_CREATED', count: 2 },
      { action: 'LOGIN', count: 1 },
      { action: 'USER_UPDATED', count: 1 },
    ]);
    expect(root.data!.auditActivity).toContainEqual({ action: 'USER_CREATED', count: 3 });
  });

  it('refuses a span longer than 92 days, or one that ends before it starts, on field "from"', async () => {
    await arrange();
    const long = onlyError(await query('root.auditor', ACTIVITY, { from: '2020-01-01T00:00:00Z' }));
    const reversed = onlyError(
      await query('root.auditor', ACTIVITY, { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }),
    );

    expect(long.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'from' });
    expect(reversed.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});

const COUNTS = '{ userStatusCounts { active disabled locked total } }';

describe('users by status', () => {
  it('counts the accounts of the admin’s subtree: active, disabled and locked', async () => {
    const tree = await arrange();
    const disabled = await makeUser(server.em(), { username: 'left.gone', organization: tree.leftBranch });
    disabled.status = UserStatus.DISABLED;
    await server.em().upsert(disabled);
    await makeUser(server.em(), { username: 'left.locked', organization: tree.left });
    await makeUser(server.em(), { username: 'right.user', organization: tree.right });
    for (let i = 0; i < server.settings.LOGIN_MAX_FAILURES; i += 1) {
      await graphql(server.url, 'mutation { login(username: "left.locked", password: "wrong") { token } }');
    }

    const left = (await query('left.admin', COUNTS)).data!.userStatusCounts;
    const root = (await query('root.admin', COUNTS)).data!.userStatusCounts;

    // LEFT: left.admin, left.archivist, left.locked (locked), left.gone (disabled).
    expect(left).toEqual({ active: 2, disabled: 1, locked: 1, total: 4 });
    expect(root).toEqual({ active: 5, disabled: 1, locked: 1, total: 7 });
  });

  it('is for ADMINs only', async () => {
    await arrange();

    expect(onlyError(await query('root.auditor', COUNTS)).extensions?.code).toBe('FORBIDDEN');
  });
});

/** The query plan of a statement. */
async function explain(sql: string, values: unknown[]): Promise<string> {
  if (dialect === 'sqlite') {
    const rows = await server.em().getConnection().execute<{ detail: string }[]>(`explain query plan ${sql}`, values);
    return rows.map((row) => row.detail).join('\n');
  }
  return server.em().transactional(async (tx) => {
    await tx.execute('set local enable_seqscan = off');
    const rows = await tx.execute<{ 'QUERY PLAN': string }[]>(`explain ${sql}`, values);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

describe('my own sign-ins', () => {
  it('lists the attempts on my account, failed ones included, and no one else’s', async () => {
    await arrange();
    await graphql(server.url, 'mutation { login(username: "left.archivist", password: "wrong") { token } }');
    await login(server.url, 'left.admin', PASSWORD);
    const token = await login(server.url, 'left.archivist', PASSWORD);

    const response = await graphql(server.url, '{ mySignIns(first: 5) { action at ip } }', {}, { token });

    expect(response.data!.mySignIns.map((event: { action: string }) => event.action)).toEqual([
      'LOGIN',
      'LOGIN_FAILED',
    ]);
    expect(response.data!.mySignIns[0].ip).toBeTruthy();
  });
});
