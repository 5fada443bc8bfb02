import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { Role } from '../src/users/role';
import { graphql, login, onlyError } from './support/client';
import { makeTree, makeUser, PASSWORD } from './support/factories';
import { useTestServer } from './support/server';

const LOGIN =
  'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username roles phone } } }';
const ME = '{ me { username roles organization { code } } }';

const server = useTestServer();

async function arrange() {
  const tree = await makeTree(server.em());
  const user = await makeUser(server.em(), { username: 'alice', organization: tree.leftBranch, phone: '13800138000' });
  return { tree, user };
}

describe('sign-in', () => {
  it('returns an expiring token that identifies the user, and shows them their own phone', async () => {
    await arrange();
    const response = await graphql(server.url, LOGIN, { u: 'alice', p: PASSWORD });
    expect(response.errors).toBeUndefined();
    const payload = response.data!.login;
    expect(payload.user).toEqual({ username: 'alice', roles: ['REQUESTER'], phone: '13800138000' });
    expect(new Date(payload.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await graphql(server.url, ME, {}, { token: payload.token });
    expect(me.data!.me).toEqual({ username: 'alice', roles: ['REQUESTER'], organization: { code: 'LEFT-B1' } });
  });

  it('answers a wrong password and an unknown user with the same message', async () => {
    await arrange();
    const wrongPassword = onlyError(await graphql(server.url, LOGIN, { u: 'alice', p: 'nope' }));
    const unknownUser = onlyError(await graphql(server.url, LOGIN, { u: 'nobody', p: 'nope' }));
    expect(wrongPassword.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrongPassword.message).toBe('用户名或密码错误');
    expect(unknownUser).toEqual(wrongPassword);
  });

  it('speaks English when the caller asks for it', async () => {
    const error = onlyError(await graphql(server.url, LOGIN, { u: 'x', p: 'y' }, { language: 'en-GB,en;q=0.9' }));
    expect(error.message).toBe('Wrong username or password');
  });

  it('audits failed sign-ins under the name that was typed', async () => {
    await arrange();
    await graphql(server.url, LOGIN, { u: 'alice', p: 'wrong' });
    const entries = await server.em().find(AuditEntry, { action: 'LOGIN_FAILED' });
    expect(entries).toHaveLength(1);
    expect(entries[0].actor).toBe('alice');
  });

  it('locks a username after five failures in the window, whether or not the account exists', async () => {
    await arrange();
    for (const username of ['alice', 'ghost']) {
      for (let i = 0; i < 5; i += 1) {
        expect(onlyError(await graphql(server.url, LOGIN, { u: username, p: 'wrong' })).extensions?.code).toBe(
          'UNAUTHENTICATED',
        );
      }
      const locked = onlyError(
        await graphql(server.url, LOGIN, { u: username, p: username === 'alice' ? PASSWORD : 'x' }),
      );
      expect(locked.extensions?.code).toBe('RATE_LIMITED');
      expect(locked.message).toMatch(/15 分钟/);
    }
  });

  it('rejects a disabled account with the generic message', async () => {
    const { user } = await arrange();
    await server.em().nativeUpdate('User', { id: user.id }, { status: 'DISABLED' });
    expect(onlyError(await graphql(server.url, LOGIN, { u: 'alice', p: PASSWORD })).message).toBe('用户名或密码错误');
  });

  it('asks for sign-in when no or a forged token is sent', async () => {
    await arrange();
    const token = await login(server.url, 'alice', PASSWORD);
    const forged = `${token.slice(0, -3)}abc`;
    expect(
      onlyError(await graphql(server.url, '{ organizations { id } }', {}, { token: forged })).extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect(onlyError(await graphql(server.url, '{ organizations { id } }')).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await graphql(server.url, ME, {}, { token: forged })).data).toEqual({ me: null });
  });
});

describe('sign-out and passwords', () => {
  it('revokes the token on sign-out', async () => {
    await arrange();
    const token = await login(server.url, 'alice', PASSWORD);
    expect((await graphql(server.url, 'mutation { logout }', {}, { token })).data).toEqual({ logout: true });
    expect((await graphql(server.url, ME, {}, { token })).data).toEqual({ me: null });
  });

  it('changes the password only past the strength rule, and signs out other sessions', async () => {
    await arrange();
    const token = await login(server.url, 'alice', PASSWORD);
    const other = await login(server.url, 'alice', PASSWORD);
    const change = 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

    const weak = onlyError(await graphql(server.url, change, { c: PASSWORD, n: 'short' }, { token }));
    expect(weak.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const wrongCurrent = onlyError(await graphql(server.url, change, { c: 'wrong', n: 'Better#Pass2026' }, { token }));
    expect(wrongCurrent.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });

    expect((await graphql(server.url, change, { c: PASSWORD, n: 'Better#Pass2026' }, { token })).data).toEqual({
      changePassword: true,
    });
    expect((await graphql(server.url, ME, {}, { token: other })).data).toEqual({ me: null });
    expect((await graphql(server.url, ME, {}, { token })).data!.me.username).toBe('alice');
    await expect(login(server.url, 'alice', 'Better#Pass2026')).resolves.toBeTruthy();
  });

  it('signs a user out everywhere when an admin disables them', async () => {
    const { tree, user } = await arrange();
    await makeUser(server.em(), { username: 'root.admin', organization: tree.root, roles: [Role.ADMIN] });
    const adminToken = await login(server.url, 'root.admin', PASSWORD);
    const token = await login(server.url, 'alice', PASSWORD);
    const disable = await graphql(
      server.url,
      'mutation ($id: ID!) { setUserStatus(id: $id, status: DISABLED) { status } }',
      { id: user.id },
      { token: adminToken },
    );
    expect(disable.data).toEqual({ setUserStatus: { status: 'DISABLED' } });
    expect((await graphql(server.url, ME, {}, { token })).data).toEqual({ me: null });
  });
});

describe('rate limit per address', () => {
  const limited = useTestServer({ LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '3' });

  it('refuses a fourth sign-in attempt from one address within a minute, whatever the usernames', async () => {
    for (const username of ['u1', 'u2', 'u3']) {
      expect(onlyError(await graphql(limited.url, LOGIN, { u: username, p: 'x' })).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    const refused = onlyError(await graphql(limited.url, LOGIN, { u: 'u4', p: 'x' }, { language: 'en' }));
    expect(refused.extensions?.code).toBe('RATE_LIMITED');
    expect(refused.message).toMatch(/try again in a minute/);
  });
});
