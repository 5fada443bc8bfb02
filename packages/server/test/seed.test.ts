import { describe, expect, it } from 'vitest';
import { DemoDataSeeder } from '../src/db/demo-data';
import { Organization, OrganizationType } from '../src/organizations/organization.entity';
import { User } from '../src/users/user.entity';
import { graphql } from './support/client';
import { useTestServer } from './support/server';

/** api.md: every demo user, with the role it documents; all sign in with the same password. */
const DEMO_PASSWORD = 'Dangan@2026';
const DEMO_USERS: [string, string][] = [
  ['admin', 'ADMIN'],
  ['archivist', 'ARCHIVIST'],
  ['archivist2', 'ARCHIVIST'],
  ['approver.org', 'APPROVER'],
  ['approver.disc', 'APPROVER'],
  ['auditor', 'AUDITOR'],
  ['manager', 'STAFF_MANAGER'],
  ['requester', 'REQUESTER'],
];
const LOGIN = `mutation ($u: String!, $p: String!) {
  login(username: $u, password: $p) { user { username roles organization { code type } } }
}`;

const server = useTestServer();

const seed = () => server.orm.getSeeder().seed(DemoDataSeeder);

async function signInDemoUser(username: string) {
  const response = await graphql(server.url, LOGIN, { u: username, p: DEMO_PASSWORD });
  expect(response.errors, username).toBeUndefined();
  return response.data!.login.user as {
    username: string;
    roles: string[];
    organization: { code: string; type: string };
  };
}

describe('demo data', () => {
  it('is idempotent: seeding twice leaves the same organisations and users', async () => {
    await seed();
    const once = { organizations: await server.em().count(Organization, {}), users: await server.em().count(User, {}) };

    await seed();

    expect(once.organizations).toBeGreaterThan(0);
    expect(once.users).toBeGreaterThanOrEqual(DEMO_USERS.length);
    expect({
      organizations: await server.em().count(Organization, {}),
      users: await server.em().count(User, {}),
    }).toEqual(once);
  });

  it.each(DEMO_USERS)('lets %s sign in with the demo password, holding the role %s', async (username, role) => {
    await seed();

    const user = await signInDemoUser(username);

    expect(user.username).toBe(username);
    expect(user.roles).toEqual([role]);
  });

  it('places the archivists in two different archive offices and the approvers in the two departments', async () => {
    await seed();

    const [archivist, archivist2, approverOrg, approverDisc] = await Promise.all(
      ['archivist', 'archivist2', 'approver.org', 'approver.disc'].map(signInDemoUser),
    );

    expect([archivist.organization.type, archivist2.organization.type]).toEqual(['ARCHIVE_OFFICE', 'ARCHIVE_OFFICE']);
    expect(archivist.organization.code).not.toBe(archivist2.organization.code);
    expect([approverOrg.organization.type, approverDisc.organization.type]).toEqual(['DEPARTMENT', 'DEPARTMENT']);
    expect(approverOrg.organization.code).not.toBe(approverDisc.organization.code);
    expect(await server.em().count(Organization, { type: OrganizationType.ARCHIVE_OFFICE })).toBeGreaterThanOrEqual(2);
  });
});
