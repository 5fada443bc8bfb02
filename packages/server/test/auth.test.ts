import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { LoginAttempt } from '../src/auth/login-attempt.entity';
import { assertStrongPassword } from '../src/auth/passwords';
import { DEMO_PASSWORD } from '../src/db/demo-data';
import { Role } from '../src/users/role';
import { graphql, login, onlyError } from './support/client';
import { makeTree, makeUser, PASSWORD } from './support/factories';
import { useTestServer } from './support/server';

const LOGIN =
  'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username roles phone } } }';
const ME = '{ me { username roles organization { code } } }';
const CHANGE_PASSWORD = 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

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
    const change = CHANGE_PASSWORD;

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

  it('refuses a common password, or the current one, as the new password on field "newPassword"', async () => {
    await arrange();
    const token = await login(server.url, 'alice', PASSWORD);

    for (const common of ['Password123!', 'Qwerty123456!', 'P@ssw0rd2024']) {
      const refused = onlyError(await graphql(server.url, CHANGE_PASSWORD, { c: PASSWORD, n: common }, { token }));
      expect(refused.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'newPassword' });
      expect(refused.message).toBe('该密码过于常见，容易被猜中，请换一个');
    }
    const same = onlyError(
      await graphql(server.url, CHANGE_PASSWORD, { c: PASSWORD, n: PASSWORD }, { token, language: 'en' }),
    );
    expect(same.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(same.message).toBe('The new password must differ from the current one');
    await expect(login(server.url, 'alice', PASSWORD)).resolves.toBeTruthy();
  });

  it('counts wrong current passwords toward the lockout, then refuses the change and sign-in with RATE_LIMITED', async () => {
    await arrange();
    const token = await login(server.url, 'alice', PASSWORD);
    const change = (current: string) =>
      graphql(server.url, CHANGE_PASSWORD, { c: current, n: 'Better#Pass2026' }, { token });

    for (let i = 0; i < 5; i += 1) {
      expect(onlyError(await change(`wrong-${i}`)).extensions).toMatchObject({ field: 'currentPassword' });
    }

    expect(onlyError(await change(PASSWORD)).extensions?.code).toBe('RATE_LIMITED');
    expect(onlyError(await graphql(server.url, LOGIN, { u: 'alice', p: PASSWORD })).extensions?.code).toBe(
      'RATE_LIMITED',
    );
    const actions = (await server.em().find(AuditEntry, {}, { orderBy: { id: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual([
      'LOGIN',
      ...Array(5).fill('PASSWORD_CHANGE_FAILED'),
      'LOGIN_LOCKED',
      'LOGIN_REFUSED_LOCKED',
      'LOGIN_REFUSED_LOCKED',
    ]);
  });

  it("accepts the demo password and the tests' password for the demo accounts", () => {
    for (const username of ['admin', 'archivist', 'approver.org', 'auditor', 'manager', 'requester', 'alice']) {
      expect(() => assertStrongPassword(DEMO_PASSWORD, username)).not.toThrow();
      expect(() => assertStrongPassword(PASSWORD, username)).not.toThrow();
    }
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

describe('lockout', () => {
  const audited = async (action: string) => server.em().find(AuditEntry, { action }, { orderBy: { id: 'asc' } });

  it('records the start of a lock once and each attempt refused while locked, naming the account and its organisation', async () => {
    await arrange();
    for (let i = 0; i < 7; i += 1) await graphql(server.url, LOGIN, { u: 'alice', p: 'wrong' });

    const account = { target: expect.stringMatching(/^User:\d+$/), targetLabel: '测试用户 (alice)' };
    const scoped = { ...account, actor: 'alice', organizationPath: '/ROOT/LEFT/LEFT-B1/' };
    expect(await audited('LOGIN_FAILED')).toEqual(Array(5).fill(expect.objectContaining(scoped)));
    const [locked, ...more] = await audited('LOGIN_LOCKED');
    expect(more).toEqual([]);
    expect(locked).toMatchObject(scoped);
    const { lockedUntil } = JSON.parse(locked.details!);
    expect(new Date(lockedUntil).getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(await audited('LOGIN_REFUSED_LOCKED')).toEqual(Array(2).fill(expect.objectContaining(scoped)));
  });

  it('ends the lock LOGIN_LOCK_MINUTES after the last failure, however often a locked username was tried', async () => {
    await arrange();
    for (let i = 0; i < 5; i += 1) await graphql(server.url, LOGIN, { u: 'alice', p: 'wrong' });
    expect(onlyError(await graphql(server.url, LOGIN, { u: 'alice', p: PASSWORD })).extensions?.code).toBe(
      'RATE_LIMITED',
    );
    // The failures age past the lock; the refused attempt just now does not restart it.
    const aged = new Date(Date.now() - 16 * 60_000);
    await server.em().nativeUpdate(LoginAttempt, { refused: false }, { at: aged });

    await expect(login(server.url, 'alice', PASSWORD)).resolves.toBeTruthy();
  });

  it('labels sign-in, sign-out and password changes with the account and its organisation', async () => {
    await arrange();
    const token = await login(server.url, 'alice', PASSWORD);
    await graphql(server.url, CHANGE_PASSWORD, { c: PASSWORD, n: 'Better#Pass2026' }, { token });
    await graphql(server.url, 'mutation { logout }', {}, { token });

    const entries = await server.em().find(AuditEntry, {}, { orderBy: { id: 'asc' } });
    expect(entries.map((e) => [e.action, e.actor, e.targetLabel, e.organizationPath])).toEqual([
      ['LOGIN', 'alice', '测试用户 (alice)', '/ROOT/LEFT/LEFT-B1/'],
      ['PASSWORD_CHANGED', 'alice', '测试用户 (alice)', '/ROOT/LEFT/LEFT-B1/'],
      ['LOGOUT', 'alice', '测试用户 (alice)', '/ROOT/LEFT/LEFT-B1/'],
    ]);
  });
});

describe('rate limit per address', () => {
  const limited = useTestServer({ LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '3' });
  const failAt = (url: string, username: string, headers: Record<string, string> = {}) =>
    graphql(url, LOGIN, { u: username, p: 'x' }, { headers });

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

  it('counts failures only: 40 people behind one address all sign in within the minute', async () => {
    const { tree } = await arrange();
    const usernames = Array.from({ length: 40 }, (_, i) => `office${i}`);
    for (const username of usernames) await makeUser(server.em(), { username, organization: tree.leftBranch });

    const responses = await Promise.all(usernames.map((u) => graphql(server.url, LOGIN, { u, p: PASSWORD })));

    expect(responses.filter((r) => r.data?.login?.token)).toHaveLength(40);
  });

  it('ignores X-Forwarded-For by default, so a client cannot reset its limit with a made-up header', async () => {
    for (let i = 1; i <= 3; i += 1) await failAt(limited.url, `u${i}`, { 'x-forwarded-for': `203.0.113.${i}` });

    const refused = await failAt(limited.url, 'u4', { 'x-forwarded-for': '203.0.113.4' });

    expect(onlyError(refused).extensions?.code).toBe('RATE_LIMITED');
    const addresses = (await limited.em().find(LoginAttempt, {})).map((a) => a.ip);
    expect(addresses).toHaveLength(3);
    for (const address of addresses) expect(address).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });
});

describe('rate limit per address behind a trusted proxy', () => {
  const proxied = useTestServer({ LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '3', TRUST_PROXY: 'loopback' });
  const failFrom = (forwardedFor: string, username = 'someone') =>
    graphql(proxied.url, LOGIN, { u: username, p: 'x' }, { headers: { 'x-forwarded-for': forwardedFor } });

  it('limits each client address the proxy forwards, and records it', async () => {
    for (let i = 1; i <= 3; i += 1) await failFrom('203.0.113.7', `u${i}`);

    expect(onlyError(await failFrom('203.0.113.7', 'u4')).extensions?.code).toBe('RATE_LIMITED');
    expect(onlyError(await failFrom('203.0.113.8', 'u4')).extensions?.code).toBe('UNAUTHENTICATED');
    const addresses = (await proxied.em().find(LoginAttempt, {}, { orderBy: { id: 'asc' } })).map((a) => a.ip);
    expect(addresses).toEqual(['203.0.113.7', '203.0.113.7', '203.0.113.7', '203.0.113.8']);
  });

  it.each([
    ['over-long', '9'.repeat(4000)],
    ['not an address', "'; drop table login_attempt; --"],
    ['garbage after a real address', '203.0.113.9, <script>'],
  ])(
    'answers a forwarded address that is %s like any other attempt, counting it against the proxy',
    async (_, value) => {
      const response = await failFrom(value);

      expect(response.status).toBe(200);
      expect(onlyError(response).extensions?.code).toBe('UNAUTHENTICATED');
      const [attempt] = await proxied.em().find(LoginAttempt, {});
      expect(attempt.ip).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    },
  );
});
