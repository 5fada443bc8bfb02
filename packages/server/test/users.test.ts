import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { maskIdentifier } from '../src/policy/masking';
import { Role } from '../src/users/role';
import { User, UserStatus } from '../src/users/user.entity';
import { graphql, GraphQLResponse, login, onlyError } from './support/client';
import { makeTree, makeUser, PASSWORD } from './support/factories';
import { useTestServer } from './support/server';

const USERS = `query ($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    edges { cursor node { username } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;
const CREATE =
  'mutation ($input: CreateUserInput!) { createUser(input: $input) { id username roles organization { code } } }';
const UPDATE = 'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { username roles version } }';
const RESET_PASSWORD = 'mutation ($id: ID!, $p: String!) { resetUserPassword(id: $id, newPassword: $p) }';
const SET_STATUS = 'mutation ($id: ID!, $s: UserStatus!) { setUserStatus(id: $id, status: $s) { status } }';
const ME = '{ me { username phone } }';

const server = useTestServer();

/** A tree with a root ADMIN signed in. */
async function arrange() {
  const tree = await makeTree(server.em());
  const admin = await makeUser(server.em(), { username: 'root.admin', organization: tree.root, roles: [Role.ADMIN] });
  const token = await login(server.url, 'root.admin', PASSWORD);
  return { tree, admin, token };
}

async function usernames(token: string, variables: Record<string, unknown> = {}): Promise<string[]> {
  const response = await graphql(server.url, USERS, variables, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.users.edges.map((e: { node: { username: string } }) => e.node.username).sort();
}

const sensitiveReads = () => server.em().count(AuditEntry, { action: 'SENSITIVE_READ' });

describe('listing', () => {
  it('lists only the users of the ADMIN’s own subtree', async () => {
    const { tree } = await arrange();
    await makeUser(server.em(), { username: 'left.admin', organization: tree.left, roles: [Role.ADMIN] });
    await makeUser(server.em(), { username: 'left.member', organization: tree.leftBranch });
    await makeUser(server.em(), { username: 'right.member', organization: tree.right });
    const leftToken = await login(server.url, 'left.admin', PASSWORD);

    expect(await usernames(leftToken)).toEqual(['left.admin', 'left.member']);
  });

  it('filters by search, role, status and organisation', async () => {
    const { tree, token } = await arrange();
    await makeUser(server.em(), { username: 'alice', organization: tree.leftBranch, roles: [Role.ARCHIVIST] });
    const bob = await makeUser(server.em(), {
      username: 'bob',
      organization: tree.right,
      roles: [Role.ARCHIVIST, Role.AUDITOR],
    });
    await makeUser(server.em(), { username: 'carol', organization: tree.right });
    await server.em().nativeUpdate(User, { id: bob.id }, { status: UserStatus.DISABLED, displayName: '鲍勃' });

    expect(await usernames(token, { filter: { search: 'LIC' } })).toEqual(['alice']);
    expect(await usernames(token, { filter: { search: '鲍' } })).toEqual(['bob']);
    expect(await usernames(token, { filter: { role: 'ARCHIVIST' } })).toEqual(['alice', 'bob']);
    expect(await usernames(token, { filter: { role: 'AUDITOR' } })).toEqual(['bob']);
    expect(await usernames(token, { filter: { status: 'DISABLED' } })).toEqual(['bob']);
    expect(await usernames(token, { filter: { organizationId: String(tree.right.id) } })).toEqual(['bob', 'carol']);
    expect(await usernames(token, { filter: { organizationId: String(tree.right.id), status: 'ACTIVE' } })).toEqual([
      'carol',
    ]);
  });

  it('searches literally: % _ and \\ in the search match only themselves (issue 7)', async () => {
    const { tree, token } = await arrange();
    const named = async (username: string, displayName: string) => {
      const user = await makeUser(server.em(), { username, organization: tree.left });
      await server.em().nativeUpdate(User, { id: user.id }, { displayName });
    };
    await named('ab_c', '甲');
    await named('abxc', '乙');
    await named('percent', '100% 完成');
    await named('plain', '100 完成');
    await named('slash', 'back\\slash');
    await named('noslash', 'backslash');

    expect(await usernames(token, { filter: { search: 'b_c' } })).toEqual(['ab_c']);
    expect(await usernames(token, { filter: { search: '_' } })).toEqual(['ab_c']);
    expect(await usernames(token, { filter: { search: '%' } })).toEqual(['percent']);
    expect(await usernames(token, { filter: { search: '0% ' } })).toEqual(['percent']);
    expect(await usernames(token, { filter: { search: '\\' } })).toEqual(['slash']);
    expect(await usernames(token, { filter: { search: 'k\\s' } })).toEqual(['slash']);
  });

  it('pages with a cursor: three pages of two return every user once, with the total count', async () => {
    const { tree, token } = await arrange();
    for (const username of ['u.one', 'u.two', 'u.three', 'u.four', 'u.five']) {
      await makeUser(server.em(), { username, organization: tree.leftBranch });
    }
    const seen: string[] = [];
    let after: string | null = null;
    const pages: { hasNextPage: boolean; totalCount: number }[] = [];

    for (let page = 0; page < 3; page += 1) {
      const response: GraphQLResponse = await graphql(server.url, USERS, { first: 2, after }, { token });
      expect(response.errors).toBeUndefined();
      const connection = response.data!.users;
      seen.push(...connection.edges.map((e: { node: { username: string } }) => e.node.username));
      pages.push({ hasNextPage: connection.pageInfo.hasNextPage, totalCount: connection.totalCount });
      after = connection.pageInfo.endCursor;
    }

    expect(seen).toHaveLength(6);
    expect([...seen].sort()).toEqual(['root.admin', 'u.five', 'u.four', 'u.one', 'u.three', 'u.two']);
    expect(pages).toEqual([
      { hasNextPage: true, totalCount: 6 },
      { hasNextPage: true, totalCount: 6 },
      { hasNextPage: false, totalCount: 6 },
    ]);
  });

  it('rejects a page size above 100 or below 1 on field "first", and a malformed cursor', async () => {
    const { token } = await arrange();

    for (const first of [101, 0]) {
      expect(onlyError(await graphql(server.url, USERS, { first }, { token })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
    }
    expect((await graphql(server.url, USERS, { first: 100 }, { token })).errors).toBeUndefined();
    expect(onlyError(await graphql(server.url, USERS, { after: 'not-a-cursor' }, { token })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('forbids callers without the ADMIN role', async () => {
    const { tree } = await arrange();
    await makeUser(server.em(), { username: 'auditor', organization: tree.root, roles: [Role.AUDITOR] });
    const token = await login(server.url, 'auditor', PASSWORD);

    const response = await graphql(server.url, USERS, {}, { token });

    expect(onlyError(response).extensions?.code).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
  });
});

describe('creating', () => {
  const valid = (organizationId: number) => ({
    username: 'new.user',
    displayName: '新用户',
    organizationId: String(organizationId),
    roles: ['ARCHIVIST'],
    password: 'Strong#Pass2026',
    phone: '13900139000',
  });

  it('creates a user who can then sign in, and audits it', async () => {
    const { tree, token } = await arrange();

    const response = await graphql(server.url, CREATE, { input: valid(tree.left.id) }, { token });

    expect(response.errors).toBeUndefined();
    expect(response.data!.createUser).toMatchObject({
      username: 'new.user',
      roles: ['ARCHIVIST'],
      organization: { code: 'LEFT' },
    });
    await expect(login(server.url, 'new.user', 'Strong#Pass2026')).resolves.toBeTruthy();
    expect(
      await server.em().count(AuditEntry, { action: 'USER_CREATED', target: `User:${response.data!.createUser.id}` }),
    ).toBe(1);
  });

  it.each([
    ['username', { username: 'Bad Name!' }],
    ['password', { password: 'weakpass' }],
    ['roles', { roles: [] }],
    ['phone', { phone: 'call me' }],
  ])('rejects a bad %s on that field and creates nothing', async (field, change) => {
    const { tree, token } = await arrange();
    const before = await server.em().count(User, {});

    const error = onlyError(
      await graphql(server.url, CREATE, { input: { ...valid(tree.left.id), ...change } }, { token }),
    );

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await server.em().count(User, {})).toBe(before);
    expect(await server.em().count(AuditEntry, { action: 'USER_CREATED' })).toBe(0);
  });

  it('rejects a username already in use on field "username"', async () => {
    const { tree, token } = await arrange();
    await makeUser(server.em(), { username: 'taken', organization: tree.right });

    const error = onlyError(
      await graphql(server.url, CREATE, { input: { ...valid(tree.left.id), username: 'taken' } }, { token }),
    );

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'username' });
    expect(await server.em().count(User, { username: 'taken' })).toBe(1);
  });
});

describe('updating', () => {
  it('refuses an edit based on a stale version with CONFLICT, keeping the stored roles', async () => {
    const { tree, token } = await arrange();
    const user = await makeUser(server.em(), { username: 'alice', organization: tree.left, roles: [Role.REQUESTER] });
    const first = await graphql(
      server.url,
      UPDATE,
      { input: { id: String(user.id), version: user.version, displayName: '爱丽丝' } },
      { token },
    );
    expect(first.errors).toBeUndefined();

    const stale = onlyError(
      await graphql(
        server.url,
        UPDATE,
        { input: { id: String(user.id), version: user.version, roles: ['ADMIN'] } },
        { token },
      ),
    );

    expect(stale.extensions?.code).toBe('CONFLICT');
    expect((await server.em().findOneOrFail(User, user.id)).roles).toEqual([Role.REQUESTER]);
  });

  it('changes roles and audits the change as USER_UPDATED', async () => {
    const { tree, token } = await arrange();
    const user = await makeUser(server.em(), { username: 'alice', organization: tree.left, roles: [Role.REQUESTER] });

    const response = await graphql(
      server.url,
      UPDATE,
      { input: { id: String(user.id), version: user.version, roles: ['AUDITOR', 'ARCHIVIST'] } },
      { token },
    );

    expect(response.data!.updateUser).toEqual({
      username: 'alice',
      roles: ['ARCHIVIST', 'AUDITOR'],
      version: user.version + 1,
    });
    expect((await server.em().findOneOrFail(User, user.id)).roles).toEqual([Role.ARCHIVIST, Role.AUDITOR]);
    const [entry] = await server.em().find(AuditEntry, { action: 'USER_UPDATED' });
    expect(entry).toMatchObject({ actor: 'root.admin', target: `User:${user.id}` });
    expect(JSON.parse(entry.details!)).toMatchObject({ changed: ['roles'], roles: ['ARCHIVIST', 'AUDITOR'] });
  });

  it('resets a password: the user’s sessions end, the old password stops working and the new one works', async () => {
    const { tree, token } = await arrange();
    const user = await makeUser(server.em(), { username: 'alice', organization: tree.left });
    const aliceToken = await login(server.url, 'alice', PASSWORD);

    const response = await graphql(
      server.url,
      RESET_PASSWORD,
      { id: String(user.id), p: 'Fresh#Start2026' },
      { token },
    );

    expect(response.data).toEqual({ resetUserPassword: true });
    expect((await graphql(server.url, ME, {}, { token: aliceToken })).data).toEqual({ me: null });
    expect(
      onlyError(
        await graphql(server.url, 'mutation { login(username: "alice", password: "Test@Password1") { token } }'),
      ).extensions?.code,
    ).toBe('UNAUTHENTICATED');
    await expect(login(server.url, 'alice', 'Fresh#Start2026')).resolves.toBeTruthy();
  });

  it('refuses a common password when an admin creates a user or resets a password, on that field', async () => {
    const { tree, token } = await arrange();
    const user = await makeUser(server.em(), { username: 'alice', organization: tree.left });
    const input = { username: 'new.user', displayName: '新用户', organizationId: String(tree.left.id) };

    const created = await graphql(
      server.url,
      CREATE,
      { input: { ...input, roles: ['ARCHIVIST'], password: 'Qwerty123456!' } },
      { token },
    );
    const reset = await graphql(server.url, RESET_PASSWORD, { id: String(user.id), p: 'Password123!' }, { token });

    expect(onlyError(created).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(onlyError(reset).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(await server.em().count(User, { username: 'new.user' })).toBe(0);
    await expect(login(server.url, 'alice', PASSWORD)).resolves.toBeTruthy();
  });

  it('does not let an admin disable their own account', async () => {
    const { admin, token } = await arrange();

    const error = onlyError(await graphql(server.url, SET_STATUS, { id: String(admin.id), s: 'DISABLED' }, { token }));

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await server.em().findOneOrFail(User, admin.id)).status).toBe('ACTIVE');
    expect((await graphql(server.url, ME, {}, { token })).data!.me.username).toBe('root.admin');
  });
});

describe('contact details', () => {
  it('shows an ADMIN the phones of their subtree unmasked, and audits the request as one SENSITIVE_READ', async () => {
    const { tree, token } = await arrange();
    const alice = await makeUser(server.em(), { username: 'alice', organization: tree.left, phone: '13800138000' });
    const bob = await makeUser(server.em(), { username: 'bob', organization: tree.right, phone: '13900139000' });

    const response = await graphql(server.url, '{ users { edges { node { username phone } } } }', {}, { token });

    expect(response.errors).toBeUndefined();
    const phones = Object.fromEntries(
      response.data!.users.edges.map((e: { node: { username: string; phone: string } }) => [
        e.node.username,
        e.node.phone,
      ]),
    );
    expect(phones).toEqual({ 'root.admin': null, alice: '13800138000', bob: '13900139000' });
    const entries = await server.em().find(AuditEntry, { action: 'SENSITIVE_READ' });
    expect(entries).toHaveLength(1);
    expect(entries[0].actor).toBe('root.admin');
    const details = JSON.parse(entries[0].details!);
    // One group: which users, which field, and what unmasked it (the ADMIN role over their subtree).
    expect(details.reads).toEqual([
      { type: 'User', ids: [alice.id, bob.id].sort((a, b) => a - b), fields: ['phone'], basis: 'role' },
    ]);
    // Both users sit under the root, so the entry is about the root's subtree.
    expect(entries[0].organizationPath).toBe(tree.root.path);
  });

  it('lets a user read their own phone without a SENSITIVE_READ entry', async () => {
    const { tree } = await arrange();
    await makeUser(server.em(), { username: 'alice', organization: tree.left, phone: '13800138000' });
    const token = await login(server.url, 'alice', PASSWORD);

    expect((await graphql(server.url, ME, {}, { token })).data).toEqual({
      me: { username: 'alice', phone: '13800138000' },
    });
    expect(await sensitiveReads()).toBe(0);
  });
});

describe('masked values (issue 8, point 5)', () => {
  // What a caller without `user.readContact` is shown, sent back as if it were the value.
  const maskedPhone = maskIdentifier('13800138000');
  const maskedEmail = maskIdentifier('alice@example.org');

  it.each([
    ['phone', maskedPhone, 'zh-CN', '这是部分隐藏的值（含 *），请输入完整内容'],
    ['email', maskedEmail, 'en', 'This is a partly hidden value (it contains *); enter the whole value'],
  ])(
    'refuses to create a user with a masked %s, in the caller’s language, and creates nothing',
    async (field, value, language, message) => {
      const { tree, token } = await arrange();
      const before = await server.em().count(User, {});
      const input = {
        username: 'new.user',
        displayName: '新用户',
        organizationId: String(tree.left.id),
        roles: ['ARCHIVIST'],
        password: 'Strong#Pass2026',
        [field]: value,
      };

      const error = onlyError(await graphql(server.url, CREATE, { input }, { token, language }));

      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toBe(message);
      expect(await server.em().count(User, {})).toBe(before);
    },
  );

  it.each([
    ['phone', maskedPhone],
    ['email', maskedEmail],
    // A mask the user typed over in part still carries stars.
    ['phone', '138****80001'],
  ])('refuses to overwrite the %s with the masked-looking %s, and changes nothing', async (field, value) => {
    const { tree, token } = await arrange();
    const alice = await makeUser(server.em(), {
      username: 'alice',
      organization: tree.left,
      phone: '13800138000',
      email: 'alice@example.org',
    });

    const error = onlyError(
      await graphql(
        server.url,
        UPDATE,
        { input: { id: String(alice.id), version: alice.version, displayName: '爱丽丝', [field]: value } },
        { token },
      ),
    );

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    const stored = await server.em().fork().findOneOrFail(User, alice.id);
    expect(stored).toMatchObject({
      phone: '13800138000',
      email: 'alice@example.org',
      displayName: alice.displayName,
      version: alice.version,
    });
    expect(await server.em().count(AuditEntry, { action: 'USER_UPDATED' })).toBe(0);
  });
});
