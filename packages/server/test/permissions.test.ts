import { describe, expect, it } from 'vitest';
import { Organization, OrganizationType } from '../src/organizations/organization.entity';
import { Role } from '../src/users/role';
import { graphql, login } from './support/client';
import { makeOrganization, makeTree, makeUser, PASSWORD } from './support/factories';
import { useTestServer } from './support/server';

const server = useTestServer();

async function signInAt(organization: Organization, username: string, roles: Role[]): Promise<string> {
  await makeUser(server.em(), { username, organization, roles });
  return login(server.url, username, PASSWORD);
}

type Row = { code: string; allowedChildTypes: string[]; canManage: boolean };
const byCode = (rows: Row[]) => Object.fromEntries(rows.map((row) => [row.code, row]));

describe('Organization.allowedChildTypes', () => {
  it('follows the hierarchy rule of each organisation type', async () => {
    const root = await makeOrganization(server.em(), { code: 'ROOT', type: OrganizationType.COMMITTEE });
    const types = Object.values(OrganizationType).filter((type) => type !== OrganizationType.COMMITTEE);
    for (const type of types) await makeOrganization(server.em(), { code: type.replace('_', '-'), type, parent: root });
    const token = await signInAt(root, 'root.admin', [Role.ADMIN]);

    const response = await graphql<{ organizations: (Row & { type: string })[] }>(
      server.url,
      '{ organizations { code type allowedChildTypes } }',
      {},
      { token },
    );

    expect(response.errors).toBeUndefined();
    const allowed = Object.fromEntries(response.data!.organizations.map((o) => [o.type, o.allowedChildTypes]));
    expect(allowed).toEqual({
      COMMITTEE: ['COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'DEPARTMENT', 'ARCHIVE_OFFICE'],
      GENERAL_BRANCH: ['BRANCH'],
      BRANCH: [],
      DEPARTMENT: ['DEPARTMENT', 'ARCHIVE_OFFICE'],
      ARCHIVE_OFFICE: [],
    });
  });

  it('matches what a create accepts: a type outside the list is refused', async () => {
    const { root, left } = await makeTree(server.em());
    const token = await signInAt(root, 'root.admin', [Role.ADMIN]);
    const create = (type: string) =>
      graphql(
        server.url,
        'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { code } }',
        { input: { code: `NEW-${type.slice(0, 3)}`, name: 'New', type, parentId: String(left.id) } },
        { token },
      );

    expect((await create('BRANCH')).errors).toBeUndefined();
    expect((await create('DEPARTMENT')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('Organization.canManage', () => {
  it('is true inside an ADMIN’s subtree and false on the ancestors shown for context', async () => {
    const { left } = await makeTree(server.em());
    const token = await signInAt(left, 'left.admin', [Role.ADMIN]);

    const response = await graphql<{ organizations: Row[] }>(
      server.url,
      '{ organizations { code canManage } }',
      {},
      { token },
    );

    expect(response.errors).toBeUndefined();
    const rows = byCode(response.data!.organizations);
    expect(Object.keys(rows).sort()).toEqual(['LEFT', 'LEFT-B1', 'ROOT']);
    expect([rows.ROOT.canManage, rows.LEFT.canManage, rows['LEFT-B1'].canManage]).toEqual([false, true, true]);
  });

  it('is false everywhere for a role that does not manage organisations', async () => {
    const { root } = await makeTree(server.em());
    const token = await signInAt(root, 'root.archivist', [Role.ARCHIVIST]);

    const response = await graphql<{ organizations: Row[] }>(
      server.url,
      '{ organizations { canManage } }',
      {},
      { token },
    );

    expect(response.data!.organizations.map((o) => o.canManage)).toEqual([false, false, false, false]);
  });
});

describe('me.permissions', () => {
  const EVERYONE = [
    'session.self',
    'organization.read',
    'member.readOwn',
    'materialCategory.read',
    'job.read',
    'file.read',
    'accessPurpose.read',
    'notification.read',
    'accessRequest.read',
    // Whoever holds an active grant reads (and exports) the dossiers it covers (issue 10).
    'dossier.readGranted',
    'accessGrant.export',
    // One's own staff record, if one has any (issue 11 §6).
    'staff.readOwn',
  ];
  const READERS = ['member.read', 'dossier.read', 'member.export'];
  const expected: Record<Role, string[]> = {
    [Role.ADMIN]: [
      ...EVERYONE,
      ...READERS,
      'organization.manage',
      'user.read',
      'user.manage',
      'user.readContact',
      'audit.read',
      'materialCategory.manage',
      'job.manage',
      'job.selfTest',
      'integrity.read',
      'member.linkUser',
      'accessRequest.oversee',
      'accessGrant.revoke',
      'chainTemplate.read',
      'chainTemplate.manage',
      'accessPurpose.manage',
      'accessStatistics.read',
      // The staff roster of the subtree; scores and removal decisions stay guarded (issue 11 §6).
      'staff.read',
    ],
    [Role.AUDITOR]: [
      ...EVERYONE,
      ...READERS,
      'audit.read',
      'integrity.read',
      'accessRequest.oversee',
      'chainTemplate.read',
      'accessStatistics.read',
    ],
    [Role.ARCHIVIST]: [...EVERYONE, ...READERS, 'dossier.keep', 'file.upload', 'member.import'],
    [Role.APPROVER]: [
      ...EVERYONE,
      ...READERS,
      'accessRequest.decide',
      'accessGrant.revoke',
      'chainTemplate.read',
      'accessStatistics.read',
    ],
    [Role.STAFF_MANAGER]: [...EVERYONE, 'staff.read', 'staff.manage', 'file.upload'],
    [Role.REQUESTER]: [...EVERYONE, 'accessRequest.file', 'accessGrant.revoke', 'file.upload'],
  };

  it.each(Object.values(Role))('lists what the table allows a %s', async (role) => {
    const root = await makeOrganization(server.em(), { code: 'ROOT', type: OrganizationType.COMMITTEE });
    const token = await signInAt(root, `someone.${role.toLowerCase()}`, [role]);

    const response = await graphql<{ me: { permissions: string[] } }>(
      server.url,
      '{ me { permissions } }',
      {},
      {
        token,
      },
    );

    expect(response.errors).toBeUndefined();
    expect([...response.data!.me.permissions].sort()).toEqual([...expected[role]].sort());
  });

  it('joins the actions of every role a user holds', async () => {
    const root = await makeOrganization(server.em(), { code: 'ROOT', type: OrganizationType.COMMITTEE });
    const token = await signInAt(root, 'two.roles', [Role.AUDITOR, Role.REQUESTER]);

    const response = await graphql<{ me: { permissions: string[] } }>(
      server.url,
      '{ me { permissions } }',
      {},
      {
        token,
      },
    );

    expect([...response.data!.me.permissions].sort()).toEqual(
      [...new Set([...expected[Role.AUDITOR], ...expected[Role.REQUESTER]])].sort(),
    );
  });

  it('comes with the sign-in payload, so the SPA needs no second request', async () => {
    const root = await makeOrganization(server.em(), { code: 'ROOT', type: OrganizationType.COMMITTEE });
    await makeUser(server.em(), { username: 'an.auditor', organization: root, roles: [Role.AUDITOR] });

    const response = await graphql<{ login: { user: { permissions: string[] } } }>(
      server.url,
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { user { permissions } } }',
      { u: 'an.auditor', p: PASSWORD },
    );

    expect(response.data!.login.user.permissions).toContain('audit.read');
    expect(response.data!.login.user.permissions).not.toContain('user.manage');
  });
});
