/**
 * Speed targets live here, not in timed tests: `pnpm --filter @dangan/server bench` runs the
 * hottest read paths over real HTTP on SQLite and on PostgreSQL with a
 * realistic tree (500 organisations, one user each). Compare runs before and after a change.
 */
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { OrganizationType } from '../src/organizations/organization.entity';
import { Role } from '../src/users/role';
import { graphql, login } from '../test/support/client';
import { makeOrganization, makeUser, PASSWORD } from '../test/support/factories';
import { startTestServer, TestServer } from '../test/support/server';

const SIZE = 500;
let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  const root = await makeOrganization(server.em(), { code: 'ROOT', type: OrganizationType.COMMITTEE });
  await makeUser(server.em(), { username: 'root.admin', organization: root, roles: [Role.ADMIN] });
  for (let i = 1; i <= SIZE; i += 1) {
    const organization = await makeOrganization(server.em(), { code: `ORG-${i}`, parent: root });
    await makeUser(server.em(), { username: `user${i}`, organization });
  }
  token = await login(server.url, 'root.admin', PASSWORD);
}, 120_000);
afterAll(() => server.close());

async function expectData(query: string) {
  const response = await graphql(server.url, query, {}, { token });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
}

describe(`reads over HTTP (${SIZE} organisations and users)`, () => {
  bench('organisation tree with parents and children', () =>
    expectData('{ organizations { id code name type parent { code } children { code } } }'),
  );
  bench('first page of 100 users with their organisations', () =>
    expectData('{ users(first: 100) { edges { node { username phone organization { code } } } totalCount } }'),
  );
  bench('me', () => expectData('{ me { username roles organization { name } } }'));
});
