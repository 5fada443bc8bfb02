import { describe, expect, it } from 'vitest';
import { recordAudit } from '../src/audit/audit.service';
import { Role } from '../src/users/role';
import { User } from '../src/users/user.entity';
import { graphql, login, onlyError } from './support/client';
import { makeTree, makeUser, PASSWORD } from './support/factories';
import { dialect, useTestServer } from './support/server';

const ENTRIES = `query ($filter: AuditFilter) {
  auditEntries(filter: $filter, first: 100) { edges { node { action target targetLabel } } totalCount }
}`;

const server = useTestServer();

/**
 * The tree of the factories (ROOT → LEFT → LEFT-B1, ROOT → RIGHT) with one entry about each
 * organisation and one about none (a failed sign-in of an unknown name), and readers at
 * several levels: an ADMIN of LEFT, an AUDITOR and an ADMIN at the root.
 */
async function arrange() {
  const tree = await makeTree(server.em());
  const about = (action: string, organizationPath: string | null) =>
    recordAudit(
      server.em(),
      { actor: { userId: 999, username: 'recorder' } },
      { action, target: 'Organization:1', label: action, organizationPath },
    );
  await about('ABOUT_ROOT', '/ROOT/');
  await about('ABOUT_LEFT', '/ROOT/LEFT/');
  await about('ABOUT_LEFT_B1', '/ROOT/LEFT/LEFT-B1/');
  await about('ABOUT_RIGHT', '/ROOT/RIGHT/');
  await about('ABOUT_NO_ORGANIZATION', null);
  // An organisation whose code starts like LEFT's must not fall into LEFT's subtree.
  await about('ABOUT_LEFTOVER', '/ROOT/LEFTOVER/');
  await makeUser(server.em(), { username: 'left.admin', organization: tree.left, roles: [Role.ADMIN] });
  await makeUser(server.em(), { username: 'root.auditor', organization: tree.root, roles: [Role.AUDITOR] });
  await makeUser(server.em(), { username: 'root.admin', organization: tree.root, roles: [Role.ADMIN] });
  return tree;
}

/** The actions of the recorded entries the user reads (sign-ins are left out: another concern). */
async function recordedActionsReadBy(username: string, filter: Record<string, unknown> = {}) {
  const token = await login(server.url, username, PASSWORD);
  const response = await graphql(server.url, ENTRIES, { filter }, { token });
  expect(response.errors).toBeUndefined();
  const nodes: { action: string }[] = response.data!.auditEntries.edges.map((e: { node: object }) => e.node);
  return nodes
    .map((node) => node.action)
    .filter((action) => action.startsWith('ABOUT_'))
    .sort();
}

describe('audit reads are scoped to the reader’s subtree', () => {
  it('an ADMIN of a branch reads entries about their subtree only: no other branch, no platform-wide entry', async () => {
    await arrange();

    expect(await recordedActionsReadBy('left.admin')).toEqual(['ABOUT_LEFT', 'ABOUT_LEFT_B1']);
  });

  it('an ADMIN of a branch reads no sign-in of users outside their subtree, which a root reader sees', async () => {
    await arrange();
    await login(server.url, 'root.auditor', PASSWORD);
    await graphql(server.url, 'mutation { login(username: "nobody", password: "wrong") { token } }');
    const signIns = async (username: string) => {
      const token = await login(server.url, username, PASSWORD);
      const response = await graphql(server.url, ENTRIES, { filter: { target: 'User:' } }, { token });
      const nodes: { action: string; target: string }[] = response.data!.auditEntries.edges.map(
        (e: { node: object }) => e.node,
      );
      return nodes.filter((node) => node.action.startsWith('LOGIN')).map((node) => node.target);
    };
    const rootAuditor = `User:${(await server.em().findOneOrFail(User, { username: 'root.auditor' })).id}`;

    expect(await signIns('root.admin')).toContain(rootAuditor);
    expect(await signIns('left.admin')).not.toContain(rootAuditor);
  });

  it('an AUDITOR and an ADMIN at the root read every entry, those about no organisation included', async () => {
    await arrange();
    const everything = [
      'ABOUT_LEFT',
      'ABOUT_LEFTOVER',
      'ABOUT_LEFT_B1',
      'ABOUT_NO_ORGANIZATION',
      'ABOUT_RIGHT',
      'ABOUT_ROOT',
    ];

    expect(await recordedActionsReadBy('root.auditor')).toEqual(everything);
    expect(await recordedActionsReadBy('root.admin')).toEqual(everything);
  });

  it("filters by an organisation's subtree, within the reader's own", async () => {
    const tree = await arrange();
    const byOrganization = (username: string, organization: { id: number }) =>
      recordedActionsReadBy(username, { organizationId: String(organization.id) });

    expect(await byOrganization('root.auditor', tree.left)).toEqual(['ABOUT_LEFT', 'ABOUT_LEFT_B1']);
    expect(await byOrganization('root.auditor', tree.root)).toEqual(
      ['ABOUT_LEFT', 'ABOUT_LEFTOVER', 'ABOUT_LEFT_B1', 'ABOUT_RIGHT', 'ABOUT_ROOT'].sort(),
    );
    expect(await byOrganization('left.admin', tree.leftBranch)).toEqual(['ABOUT_LEFT_B1']);
    expect(await byOrganization('left.admin', tree.root)).toEqual(['ABOUT_LEFT', 'ABOUT_LEFT_B1']);
    expect(await byOrganization('left.admin', tree.right)).toEqual([]);
  });

  it('rejects a malformed organisation id on field "organizationId"', async () => {
    await arrange();
    const token = await login(server.url, 'root.auditor', PASSWORD);

    const error = onlyError(await graphql(server.url, ENTRIES, { filter: { organizationId: 'x' } }, { token }));

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'organizationId' });
  });

  it('lets only readers of the whole tree verify the chain: an ADMIN of a branch is FORBIDDEN', async () => {
    await arrange();
    const verify = async (username: string) => {
      const token = await login(server.url, username, PASSWORD);
      const response = await graphql(server.url, '{ verifyAuditChain { ok } }', {}, { token });
      return response.errors?.[0]?.extensions?.code ?? response.data!.verifyAuditChain.ok;
    };

    expect(await verify('left.admin')).toBe('FORBIDDEN');
    expect(await verify('root.auditor')).toBe(true);
  });

  it('finds the entries of a subtree through an index, not a scan of the trail', async () => {
    await arrange();
    server.queries.reset();
    await recordedActionsReadBy('left.admin');
    const count = server.queries.statements.find((sql) => /select count\(.*organization_path/i.test(sql))!;
    // The log carries no values: they are what LEFT's subtree means in each dialect's form.
    const sql = count
      .replace(/^\[query\]\s*/, '')
      .replace(/\s*\[took.*$/, '')
      .replace(/\$\d+/g, '?');
    const values = dialect === 'postgresql' ? ['/ROOT/LEFT/%'] : ['/ROOT/LEFT/', '/ROOT/LEFT0'];

    const plan = await explain(sql, values);

    // The prefix bounds the index search (PostgreSQL: an Index Cond; SQLite: SEARCH with a range),
    // rather than every index entry being read and filtered.
    const bounded =
      dialect === 'postgresql'
        ? /using audit_entry_organization_path_index[^\n]*\n\s*Index Cond: \(\(organization_path ~>=~/
        : /SEARCH \S+ USING (COVERING )?INDEX audit_entry_organization_path_index \(organization_path>\? AND/;
    expect(plan).toMatch(bounded);
  });
});

/** The query plan, with sequential scans priced out on PostgreSQL so a usable index must show. */
async function explain(sql: string, values: string[]): Promise<string> {
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
