import { describe, expect, it } from 'vitest';
import { OrganizationType } from '../src/organizations/organization.entity';
import { Role } from '../src/users/role';
import { graphql, login } from './support/client';
import { makeOrganization, makeUser, PASSWORD } from './support/factories';
import { useTestServer } from './support/server';

const ORGANIZATIONS = '{ organizations { id code parent { code } children { code } } }';
const USERS = '{ users(first: 100) { edges { node { username organization { code parent { code } } } } totalCount } }';
const USERS_WITH_CONTACTS = '{ users(first: 100) { edges { node { username phone email } } } }';
const SIZES = [1, 10, 100];

const server = useTestServer();

/**
 * A root with `size` organisations under it, a user in each, and a root ADMIN signed in.
 * Returns the statements one request costs, minus those of signing the request in:
 * authentication is a fixed cost per request, measured with `{ __typename }`.
 */
async function statementsFor(
  size: number,
  query: string,
  expectRows: (data: Record<string, any>) => void,
): Promise<number> {
  await server.reset();
  const root = await makeOrganization(server.em(), { code: 'ROOT', type: OrganizationType.COMMITTEE });
  await makeUser(server.em(), { username: 'root.admin', organization: root, roles: [Role.ADMIN] });
  for (let i = 1; i <= size; i += 1) {
    const organization = await makeOrganization(server.em(), { code: `ORG-${i}`, parent: root });
    await makeUser(server.em(), {
      username: `user${i}`,
      organization,
      phone: `1380000${String(i).padStart(4, '0')}`,
      email: `user${i}@example.cn`,
    });
  }
  const token = await login(server.url, 'root.admin', PASSWORD);

  server.queries.reset();
  await graphql(server.url, '{ __typename }', {}, { token });
  const authentication = server.queries.count;

  server.queries.reset();
  const response = await graphql(server.url, query, {}, { token });
  const statements = server.queries.count;

  expect(response.errors).toBeUndefined();
  expectRows(response.data!);
  return statements - authentication;
}

describe('the number of SQL statements does not grow with page size', () => {
  it('for organisations with their parents and children', async () => {
    const counts: number[] = [];
    for (const size of SIZES) {
      counts.push(
        await statementsFor(size, ORGANIZATIONS, (data) => {
          expect(data.organizations).toHaveLength(size + 1);
          const root = data.organizations.find((o: { code: string }) => o.code === 'ROOT');
          expect(root.children).toHaveLength(size);
        }),
      );
    }

    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  it('for a page of users with their organisations and those organisations’ parents', async () => {
    const counts: number[] = [];
    for (const size of SIZES) {
      counts.push(
        await statementsFor(size, USERS, (data) => {
          expect(data.users.totalCount).toBe(size + 1);
          expect(data.users.edges).toHaveLength(Math.min(size + 1, 100));
          const member = data.users.edges.find((e: { node: { username: string } }) => e.node.username === 'user1');
          expect(member.node.organization).toEqual({ code: 'ORG-1', parent: { code: 'ROOT' } });
        }),
      );
    }

    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[0]).toBeLessThanOrEqual(4);
  });

  it('for a page of users whose guarded contact fields are decided and audited', async () => {
    const counts: number[] = [];
    for (const size of SIZES) {
      counts.push(
        await statementsFor(size, USERS_WITH_CONTACTS, (data) => {
          const member = data.users.edges.find((e: { node: { username: string } }) => e.node.username === 'user1');
          // The root ADMIN reads them unmasked: every row was decided, and the request audited.
          expect(member.node).toEqual({ username: 'user1', phone: '13800000001', email: 'user1@example.cn' });
        }),
      );
    }

    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });
});
