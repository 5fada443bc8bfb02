import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { Organization, OrganizationType } from '../src/organizations/organization.entity';
import { Role } from '../src/users/role';
import { graphql, login, onlyError } from './support/client';
import { makeOrganization, makeTree, makeUser, PASSWORD } from './support/factories';
import { useTestServer } from './support/server';

const ORGANIZATIONS = '{ organizations { code parent { code } children { code } } }';
const ORGANIZATION = 'query ($id: ID!) { organization(id: $id) { code name version active } }';
const CREATE = `mutation ($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id code name type parent { code } }
}`;
const RENAME =
  'mutation ($id: ID!, $name: String!, $v: Int!) { renameOrganization(id: $id, name: $name, version: $v) { name version } }';
const MOVE =
  'mutation ($id: ID!, $p: ID!, $v: Int!) { moveOrganization(id: $id, parentId: $p, version: $v) { code parent { code } version } }';
const SET_ACTIVE =
  'mutation ($id: ID!, $a: Boolean!, $v: Int!) { setOrganizationActive(id: $id, active: $a, version: $v) { active version } }';

const server = useTestServer();

/** Signs in a new user of the organisation with the given roles. */
async function signInAt(organization: Organization, username: string, roles: Role[] = [Role.ADMIN]): Promise<string> {
  await makeUser(server.em(), { username, organization, roles });
  return login(server.url, username, PASSWORD);
}

async function versionOf(organization: Organization): Promise<number> {
  return (await server.em().findOneOrFail(Organization, organization.id)).version;
}

async function nameOf(organization: Organization): Promise<string> {
  return (await server.em().findOneOrFail(Organization, organization.id)).name;
}

const codesOf = (response: { data?: { organizations: { code: string }[] } | null }) =>
  response.data!.organizations.map((o) => o.code).sort();

describe('visibility', () => {
  it('shows a branch user their subtree and the chain of ancestors, and nothing of sibling subtrees', async () => {
    const tree = await makeTree(server.em());
    await makeOrganization(server.em(), { code: 'LEFT-B1-G', parent: tree.leftBranch });
    await makeOrganization(server.em(), { code: 'LEFT-B2', parent: tree.left });
    await makeOrganization(server.em(), { code: 'RIGHT-B1', parent: tree.right });
    const token = await signInAt(tree.leftBranch, 'branch.user', [Role.REQUESTER]);

    const response = await graphql(server.url, ORGANIZATIONS, {}, { token });

    expect(response.errors).toBeUndefined();
    const byCode = Object.fromEntries(response.data!.organizations.map((o: { code: string }) => [o.code, o]));
    expect(Object.keys(byCode).sort()).toEqual(['LEFT', 'LEFT-B1', 'LEFT-B1-G', 'ROOT']);
    expect(byCode.ROOT).toEqual({ code: 'ROOT', parent: null, children: [{ code: 'LEFT' }] });
    expect(byCode.LEFT).toEqual({ code: 'LEFT', parent: { code: 'ROOT' }, children: [{ code: 'LEFT-B1' }] });
    expect(byCode['LEFT-B1']).toEqual({ code: 'LEFT-B1', parent: { code: 'LEFT' }, children: [{ code: 'LEFT-B1-G' }] });
    expect(byCode['LEFT-B1-G']).toEqual({ code: 'LEFT-B1-G', parent: { code: 'LEFT-B1' }, children: [] });
  });

  it("shows an archivist the area their office serves (its parent's subtree), so they can file members of its branches", async () => {
    const tree = await makeTree(server.em());
    const office = await makeOrganization(server.em(), {
      code: 'LEFT-DA',
      parent: tree.left,
      type: OrganizationType.ARCHIVE_OFFICE,
    });
    await makeOrganization(server.em(), { code: 'LEFT-B2', parent: tree.left });
    await makeOrganization(server.em(), { code: 'RIGHT-B1', parent: tree.right });
    const token = await signInAt(office, 'office.archivist', [Role.ARCHIVIST]);

    expect(codesOf(await graphql(server.url, ORGANIZATIONS, {}, { token }))).toEqual([
      'LEFT',
      'LEFT-B1',
      'LEFT-B2',
      'LEFT-DA',
      'ROOT',
    ]);
    const sibling = await server.em().findOneOrFail(Organization, { code: 'RIGHT-B1' });
    const single = await graphql(server.url, ORGANIZATION, { id: String(sibling.id) }, { token });
    expect(single.data!.organization).toBeNull();
  });

  it('answers null for a single organisation the caller may not see, and the organisation for one they may', async () => {
    const tree = await makeTree(server.em());
    const token = await signInAt(tree.leftBranch, 'branch.user', [Role.REQUESTER]);

    expect((await graphql(server.url, ORGANIZATION, { id: String(tree.right.id) }, { token })).data).toEqual({
      organization: null,
    });
    expect(
      (await graphql(server.url, ORGANIZATION, { id: String(tree.root.id) }, { token })).data!.organization.code,
    ).toBe('ROOT');
  });
});

describe('creating', () => {
  it('lets an ADMIN create a child organisation, and audits it', async () => {
    const tree = await makeTree(server.em());
    const token = await signInAt(tree.root, 'root.admin');

    const response = await graphql(
      server.url,
      CREATE,
      { input: { code: 'LEFT-B9', name: '第九支部', type: 'BRANCH', parentId: String(tree.left.id) } },
      { token },
    );

    expect(response.errors).toBeUndefined();
    const created = response.data!.createOrganization;
    expect(created).toMatchObject({ code: 'LEFT-B9', name: '第九支部', type: 'BRANCH', parent: { code: 'LEFT' } });
    const stored = await server.em().findOneOrFail(Organization, { code: 'LEFT-B9' });
    expect(stored.path).toBe('/ROOT/LEFT/LEFT-B9/');
    const entries = await server.em().find(AuditEntry, { action: 'ORGANIZATION_CREATED' });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: 'root.admin', target: `Organization:${created.id}` });
  });

  it('keeps the party structure: no committee under a general branch, nothing under a branch', async () => {
    const tree = await makeTree(server.em());
    const token = await signInAt(tree.root, 'root.admin');
    const create = (code: string, type: string, parent: Organization) =>
      graphql(server.url, CREATE, { input: { code, name: code, type, parentId: String(parent.id) } }, { token });

    const underGeneralBranch = onlyError(await create('BAD-1', 'COMMITTEE', tree.left));
    expect(underGeneralBranch.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'type' });
    expect(underGeneralBranch.message).toBe('党总支下不能设立党委');
    expect(onlyError(await create('BAD-2', 'BRANCH', tree.leftBranch)).extensions?.field).toBe('type');
    expect(await server.em().count(Organization, { code: { $like: 'BAD-%' } })).toBe(0);

    const move = await graphql(
      server.url,
      MOVE,
      { id: String(tree.right.id), p: String(tree.left.id), v: await versionOf(tree.right) },
      { token },
    );
    expect(onlyError(move).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  });

  it('rejects a malformed code on field "code", in Chinese by default and in English on request, creating nothing', async () => {
    const tree = await makeTree(server.em());
    const token = await signInAt(tree.root, 'root.admin');
    const input = { code: 'bad code!', name: '坏代码', type: 'BRANCH', parentId: String(tree.left.id) };
    const before = await server.em().count(Organization, {});

    const chinese = onlyError(await graphql(server.url, CREATE, { input }, { token }));
    const english = onlyError(await graphql(server.url, CREATE, { input }, { token, language: 'en' }));

    expect(chinese.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(chinese.message).toMatch(/组织代码/);
    expect(english.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(english.message).toMatch(/^An organisation code is/);
    expect(await server.em().count(Organization, {})).toBe(before);
    expect(await server.em().count(AuditEntry, { action: 'ORGANIZATION_CREATED' })).toBe(0);
  });

  it('rejects a code already in use on field "code"', async () => {
    const tree = await makeTree(server.em());
    const token = await signInAt(tree.root, 'root.admin');

    const error = onlyError(
      await graphql(
        server.url,
        CREATE,
        { input: { code: 'RIGHT', name: '重复', type: 'BRANCH', parentId: String(tree.left.id) } },
        { token },
      ),
    );

    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(await server.em().count(Organization, { code: 'RIGHT' })).toBe(1);
  });

  it('forbids a caller without the ADMIN role', async () => {
    const tree = await makeTree(server.em());
    const token = await signInAt(tree.root, 'root.archivist', [Role.ARCHIVIST, Role.AUDITOR]);

    const error = onlyError(
      await graphql(
        server.url,
        CREATE,
        { input: { code: 'NEW', name: '新', type: 'BRANCH', parentId: String(tree.left.id) } },
        { token },
      ),
    );

    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(await server.em().count(Organization, { code: 'NEW' })).toBe(0);
  });

  it('forbids an ADMIN of a subtree to create under an organisation outside it, and does not reveal a sibling subtree', async () => {
    const tree = await makeTree(server.em());
    const token = await signInAt(tree.left, 'left.admin');
    const create = (code: string, parentId: number) =>
      graphql(
        server.url,
        CREATE,
        { input: { code, name: code, type: 'BRANCH', parentId: String(parentId) } },
        { token },
      );

    // The root is visible to them (an ancestor) but not theirs to manage.
    expect(onlyError(await create('UNDER-ROOT', tree.root.id)).extensions?.code).toBe('FORBIDDEN');
    // A sibling subtree is invisible to them: it answers as if it did not exist.
    expect(onlyError(await create('UNDER-RIGHT', tree.right.id)).extensions?.code).toBe('NOT_FOUND');
    expect(await server.em().count(Organization, { code: { $in: ['UNDER-ROOT', 'UNDER-RIGHT'] } })).toBe(0);
    // Inside their own subtree they may.
    expect((await create('UNDER-LEFT', tree.left.id)).data!.createOrganization.parent).toEqual({ code: 'LEFT' });
  });
});

describe('renaming', () => {
  it('refuses a rename based on a stale version with CONFLICT, leaving the name unchanged', async () => {
    const tree = await makeTree(server.em());
    const token = await signInAt(tree.root, 'root.admin');
    const version = await versionOf(tree.left);
    const first = await graphql(server.url, RENAME, { id: String(tree.left.id), name: '左一', v: version }, { token });
    expect(first.data!.renameOrganization).toEqual({ name: '左一', version: version + 1 });

    const stale = onlyError(
      await graphql(server.url, RENAME, { id: String(tree.left.id), name: '左二', v: version }, { token }),
    );

    expect(stale.extensions?.code).toBe('CONFLICT');
    expect(await nameOf(tree.left)).toBe('左一');
  });

  it('lets exactly one of two concurrent renames of the same version win; the other is a CONFLICT', async () => {
    const tree = await makeTree(server.em());
    const token = await signInAt(tree.root, 'root.admin');
    const version = await versionOf(tree.left);
    const rename = (name: string) =>
      graphql(server.url, RENAME, { id: String(tree.left.id), name, v: version }, { token });

    const responses = await Promise.all([rename('甲'), rename('乙')]);

    const winners = responses.filter((r) => r.data?.renameOrganization);
    const losers = responses.filter((r) => !r.data?.renameOrganization);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(onlyError(losers[0]).extensions?.code).toBe('CONFLICT');
    expect(await nameOf(tree.left)).toBe(winners[0].data!.renameOrganization.name);
    expect(await versionOf(tree.left)).toBe(version + 1);
    expect(await server.em().count(AuditEntry, { action: 'ORGANIZATION_RENAMED' })).toBe(1);
  });
});

describe('moving', () => {
  it('refuses to move an organisation under itself or its own descendant, on field "parentId"', async () => {
    const tree = await makeTree(server.em());
    const token = await signInAt(tree.root, 'root.admin');
    const version = await versionOf(tree.left);

    for (const target of [tree.leftBranch, tree.left]) {
      const error = onlyError(
        await graphql(server.url, MOVE, { id: String(tree.left.id), p: String(target.id), v: version }, { token }),
      );
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    }
    expect((await server.em().findOneOrFail(Organization, tree.leftBranch.id)).path).toBe('/ROOT/LEFT/LEFT-B1/');
  });

  it('rewrites the paths of the whole moved subtree, so the new parent subtree ADMIN sees and manages its grandchildren', async () => {
    const tree = await makeTree(server.em());
    const grandchild = await makeOrganization(server.em(), { code: 'LEFT-B1-G', parent: tree.leftBranch });
    const rootToken = await signInAt(tree.root, 'root.admin');
    const rightToken = await signInAt(tree.right, 'right.admin');
    const renameGrandchild = async (name: string) =>
      graphql(
        server.url,
        RENAME,
        { id: String(grandchild.id), name, v: await versionOf(grandchild) },
        { token: rightToken },
      );
    expect(codesOf(await graphql(server.url, ORGANIZATIONS, {}, { token: rightToken }))).toEqual(['RIGHT', 'ROOT']);
    expect(onlyError(await renameGrandchild('越权')).extensions?.code).toBe('NOT_FOUND');

    const moved = await graphql(
      server.url,
      MOVE,
      { id: String(tree.left.id), p: String(tree.right.id), v: await versionOf(tree.left) },
      { token: rootToken },
    );

    expect(moved.errors).toBeUndefined();
    expect(moved.data!.moveOrganization).toMatchObject({ code: 'LEFT', parent: { code: 'RIGHT' } });
    const paths = (await server.em().find(Organization, {}, { orderBy: { id: 'asc' } })).map((o) => [o.code, o.path]);
    expect(Object.fromEntries(paths)).toEqual({
      ROOT: '/ROOT/',
      LEFT: '/ROOT/RIGHT/LEFT/',
      'LEFT-B1': '/ROOT/RIGHT/LEFT/LEFT-B1/',
      RIGHT: '/ROOT/RIGHT/',
      'LEFT-B1-G': '/ROOT/RIGHT/LEFT/LEFT-B1/LEFT-B1-G/',
    });
    expect(codesOf(await graphql(server.url, ORGANIZATIONS, {}, { token: rightToken }))).toEqual([
      'LEFT',
      'LEFT-B1',
      'LEFT-B1-G',
      'RIGHT',
      'ROOT',
    ]);
    expect((await renameGrandchild('新名')).data!.renameOrganization.name).toBe('新名');
    expect(await server.em().count(AuditEntry, { action: 'ORGANIZATION_MOVED' })).toBe(1);
  });
});

describe('disabling and enabling', () => {
  it('disables and re-enables an organisation version by version, refusing a stale version', async () => {
    const tree = await makeTree(server.em());
    const token = await signInAt(tree.root, 'root.admin');
    const id = String(tree.leftBranch.id);
    const version = await versionOf(tree.leftBranch);

    const disabled = await graphql(server.url, SET_ACTIVE, { id, a: false, v: version }, { token });
    expect(disabled.data!.setOrganizationActive).toEqual({ active: false, version: version + 1 });
    expect(
      onlyError(await graphql(server.url, SET_ACTIVE, { id, a: true, v: version }, { token })).extensions?.code,
    ).toBe('CONFLICT');
    expect((await graphql(server.url, ORGANIZATION, { id }, { token })).data!.organization.active).toBe(false);

    const enabled = await graphql(server.url, SET_ACTIVE, { id, a: true, v: version + 1 }, { token });
    expect(enabled.data!.setOrganizationActive).toEqual({ active: true, version: version + 2 });
    const actions = (
      await server.em().find(AuditEntry, { target: `Organization:${id}` }, { orderBy: { id: 'asc' } })
    ).map((e) => e.action);
    expect(actions).toEqual(['ORGANIZATION_DISABLED', 'ORGANIZATION_ENABLED']);
  });
});
