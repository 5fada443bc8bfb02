import { EntityManager } from '@mikro-orm/knex';
import { describe, expect, it } from 'vitest';
import { Organization, OrganizationType } from '../src/organizations/organization.entity';
import { selectRows } from '../src/shared/lean-rows';
import { Role } from '../src/users/role';
import { User } from '../src/users/user.entity';
import { graphql, login } from './support/client';
import { makeOrganization, makeUser, PASSWORD } from './support/factories';
import { dialect, useTestServer } from './support/server';

const server = useTestServer();

const USERS = '{ users(first: 100) { edges { node { username } } } }';
const ORGANIZATIONS = '{ organizations { code } }';
const MOVE = 'mutation ($id: ID!, $p: ID!, $v: Int!) { moveOrganization(id: $id, parentId: $p, version: $v) { code } }';

/**
 * A root, a large committee (BIG, 120 branches with a member each) and a small one (SMALL,
 * three branches with a member each and an ADMIN): the subtree of SMALL is a few rows of many.
 * Siblings whose codes extend SMALL's (SMALL0, SMALL-X) sit right beside its range.
 */
async function arrange() {
  const em = server.em();
  const root = await makeOrganization(em, { code: 'ROOT', type: OrganizationType.COMMITTEE });
  const big = await makeOrganization(em, { code: 'BIG', type: OrganizationType.COMMITTEE, parent: root });
  const small = await makeOrganization(em, { code: 'SMALL', type: OrganizationType.COMMITTEE, parent: root });
  for (const code of ['SMALL0', 'SMALL-X']) {
    const neighbour = await makeOrganization(em, { code, type: OrganizationType.COMMITTEE, parent: root });
    await makeUser(em, { username: `member.${code.toLowerCase()}`, organization: neighbour });
  }
  const branches: Organization[] = [];
  for (let i = 1; i <= 3; i += 1) {
    const branch = await makeOrganization(em, { code: `SMALL-B${i}`, parent: small });
    branches.push(branch);
    await makeUser(em, { username: `small.member${i}`, organization: branch });
  }
  const batch = server.em();
  const { passwordHash } = await batch.findOneOrFail(User, { username: 'small.member1' });
  for (let i = 1; i <= 120; i += 1) {
    const branch = new Organization(`BIG-B${i}`, `支部 ${i}`, OrganizationType.BRANCH, big);
    batch.persist([branch, new User(`big.member${i}`, '党员', branch, [Role.REQUESTER], passwordHash)]);
  }
  await batch.flush();
  await makeUser(em, { username: 'small.admin', organization: small, roles: [Role.ADMIN] });
  await makeUser(em, { username: 'root.admin', organization: root, roles: [Role.ADMIN] });
  await server.em().getConnection().execute('analyze');
  return { big, small, branches };
}

/** The SQL statements (with `?` placeholders) the server logged while `work` ran. */
async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  server.queries.reset();
  await work();
  return server.queries.statements.map((line) =>
    line.replace(/^\[query\] /, '').replace(/( \[took [^\]]*\])?( \(via [^)]*\))?\s*$/, ''),
  );
}

/**
 * The plan of a statement, whatever values it runs with. PostgreSQL: the generic plan of the
 * prepared statement, with sequential scans turned off in the test's own transaction (tables
 * this small are scanned whatever the indexes; what is left shows whether an index can serve the
 * condition at all). SQLite plans when it prepares, before any value is bound.
 */
async function planOf(sql: string): Promise<string> {
  if (dialect === 'sqlite') {
    const nulls = Array.from({ length: sql.split('?').length - 1 }, () => null);
    const rows = await selectRows<{ detail: string }>(server.em(), `explain query plan ${sql}`, nulls);
    return rows.map((row) => row.detail).join('\n');
  }
  // PostgreSQL statements are logged with $1, $2, … placeholders.
  const count = Math.max(0, ...[...sql.matchAll(/\$(\d+)/g)].map(([, n]) => Number(n)));
  const nulls = Array.from({ length: count }, () => 'null').join(', ');
  return server.em().transactional(async (tx: EntityManager) => {
    await tx.execute('set local enable_seqscan = off');
    await tx.execute('set local plan_cache_mode = force_generic_plan');
    await tx.execute(`prepare plan_probe as ${sql}`);
    const rows = await tx.execute<Record<string, string>[]>(`explain execute plan_probe${count ? `(${nulls})` : ''}`);
    await tx.execute('deallocate plan_probe');
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

const subtreeStatements = (statements: string[]) => statements.filter((sql) => /\bwhere\b[\s\S]*\bpath\b/i.test(sql));

describe('subtree filters', () => {
  it('list the users and organisations of a subtree through the path index, never a scan of organisations', async () => {
    await arrange();
    const token = await login(server.url, 'small.admin', PASSWORD);

    const statements = await statementsDuring(async () => {
      const users = await graphql(server.url, USERS, {}, { token });
      const organizations = await graphql(server.url, ORGANIZATIONS, {}, { token });
      expect(users.errors).toBeUndefined();
      expect(organizations.errors).toBeUndefined();
    });

    const reads = subtreeStatements(statements);
    expect(reads).toHaveLength(2);
    for (const statement of reads) {
      const plan = await planOf(statement);
      expect(plan).toContain('organization_path_index');
      expect(plan).not.toMatch(/SCAN o\b|SCAN organization\b|Seq Scan on organization/);
    }
  });

  it('moves a subtree with one update that finds the descendants through the path index', async () => {
    const { big, branches } = await arrange();
    const token = await login(server.url, 'root.admin', PASSWORD);
    const statements = await statementsDuring(async () => {
      const moved = await graphql(server.url, MOVE, { id: String(branches[0].id), p: String(big.id), v: 1 }, { token });
      expect(moved.errors).toBeUndefined();
    });

    const updates = subtreeStatements(statements).filter((sql) => /^\s*update\b/i.test(sql));
    expect(updates).toHaveLength(1);
    const plan = await planOf(updates[0]);
    expect(plan).toContain('organization_path_index');
  });

  it('holds exactly the descendants: not the siblings whose codes extend the root’s code', async () => {
    await arrange();
    const token = await login(server.url, 'small.admin', PASSWORD);

    const users = await graphql(server.url, USERS, {}, { token });
    const organizations = await graphql(server.url, ORGANIZATIONS, {}, { token });

    expect(users.data!.users.edges.map((e: { node: { username: string } }) => e.node.username).sort()).toEqual([
      'small.admin',
      'small.member1',
      'small.member2',
      'small.member3',
    ]);
    expect(organizations.data!.organizations.map((o: { code: string }) => o.code)).toEqual([
      'ROOT',
      'SMALL',
      'SMALL-B1',
      'SMALL-B2',
      'SMALL-B3',
    ]);
  });

  it('compares paths bytewise, as the range needs (PostgreSQL: collation "C"; SQLite: BINARY)', async () => {
    const connection = server.em().getConnection();
    const collations =
      dialect === 'postgresql'
        ? await connection.execute<{ collation: string }[]>(
            `select collation_name as collation from information_schema.columns
             where (table_name, column_name) in (('organization', 'path'), ('audit_entry', 'organization_path'))`,
          )
        : await connection.execute<{ collation: string }[]>(
            `select coll as collation from pragma_index_xinfo('organization_path_index') where name = 'path'
             union all
             select coll from pragma_index_xinfo('audit_entry_organization_path_index') where name = 'organization_path'`,
          );

    expect(collations.map((row) => row.collation)).toEqual(
      dialect === 'postgresql' ? ['C', 'C'] : ['BINARY', 'BINARY'],
    );
  });
});
