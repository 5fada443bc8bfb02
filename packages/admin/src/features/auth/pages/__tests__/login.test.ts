import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { readToken } from '@/app/auth-token';
import { graphQLError, mountWithApp, stubGraphQL } from '@/__tests__/support';
import LoginPage from '../login.vue';

const signedIn = {
  data: {
    login: {
      token: 'token-1',
      expiresAt: '2030-01-01T00:00:00Z',
      user: {
        id: 'u1',
        username: 'admin',
        displayName: '系统管理员',
        roles: ['ADMIN'],
        organization: { id: 'o1', code: 'ROOT', name: '党委' },
      },
    },
  },
};

async function mountLogin(path = '/login') {
  const mounted = mountWithApp(LoginPage);
  await mounted.router.push(path);
  await mounted.router.isReady();
  return mounted;
}

async function fillAndSubmit(
  wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper'],
  username: string,
  password: string,
) {
  await wrapper.find('[data-test="login-username"]').setValue(username);
  await wrapper.find('[data-test="login-password"]').setValue(password);
  await wrapper.find('form').trigger('submit');
  await flushPromises();
}

describe('login page', () => {
  beforeEach(() => {
    setLocale('zh-CN');
    localStorage.clear();
  });

  it('blocks an empty submit and says which fields are missing', async () => {
    const { fetch } = stubGraphQL(() => signedIn);
    const { wrapper } = await mountLogin();

    await wrapper.find('[data-test="login-submit"]').trigger('click');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    // Element Plus shows field errors after a short debounce.
    await vi.waitFor(() =>
      expect(wrapper.findAll('.el-form-item__error').map((node) => node.text())).toEqual([
        '请输入用户名',
        '请输入密码',
      ]),
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('does not flag untouched fields when the language changes', async () => {
    stubGraphQL(() => signedIn);
    const { wrapper } = await mountLogin();

    setLocale('en');
    await flushPromises();
    // Element Plus would show field errors after a short debounce: wait past it.
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(wrapper.findAll('.el-form-item__error')).toHaveLength(0);
    expect(wrapper.find('[data-test="login-submit"]').text()).toBe('Sign in');
  });

  it("shows the server's own message when the sign-in is refused", async () => {
    stubGraphQL(() => graphQLError('用户名或密码错误', 'UNAUTHENTICATED'));
    const { wrapper, router } = await mountLogin();

    await fillAndSubmit(wrapper, 'admin', 'wrong-password');

    expect(wrapper.find('[data-test="login-error"]').text()).toContain('用户名或密码错误');
    expect(router.currentRoute.value.name).toBe('login');
    expect(readToken()).toBeNull();
  });

  it('sends the credentials in the chosen language and returns to the page asked for', async () => {
    const { calls } = stubGraphQL(() => signedIn);
    const { wrapper, router } = await mountLogin('/login?redirect=/users');

    await fillAndSubmit(wrapper, ' admin ', 'Dangan@2026');

    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      operationName: 'Login',
      variables: { username: 'admin', password: 'Dangan@2026' },
      headers: { 'Accept-Language': 'zh-CN' },
    });
    expect(readToken()).toBe('token-1');
    expect(router.currentRoute.value.fullPath).toBe('/users');
    expect(wrapper.find('[data-test="login-error"]').exists()).toBe(false);
  });

  it('does not follow a redirect to another site', async () => {
    stubGraphQL(() => signedIn);
    const { wrapper, router } = await mountLogin('/login?redirect=//evil.example/');

    await fillAndSubmit(wrapper, 'admin', 'Dangan@2026');

    expect(router.currentRoute.value.fullPath).not.toContain('evil');
  });

  it('reports an unreachable server instead of failing silently', async () => {
    stubGraphQL(() => {
      throw new TypeError('Failed to fetch');
    });
    const { wrapper } = await mountLogin();

    await fillAndSubmit(wrapper, 'admin', 'Dangan@2026');

    expect(wrapper.find('[data-test="login-error"]').text()).toContain('无法连接服务器');
  });

  describe('when the language changes with a refusal on screen', () => {
    it.each([
      ['a wrong password', graphQLError('用户名或密码错误', 'UNAUTHENTICATED'), 'Wrong username or password'],
      [
        'a lockout',
        {
          errors: [{ message: '登录失败次数过多，请 15 分钟后再试', extensions: { code: 'RATE_LIMITED' } }],
          data: null,
        },
        'Too many sign-in attempts; try again later',
      ],
      ['an unknown refusal', graphQLError('请求格式不正确', 'BAD_USER_INPUT'), 'Sign-in failed'],
    ])('re-translates %s without asking the server again', async (_case, refusal, english) => {
      const { calls } = stubGraphQL(() => refusal);
      const { wrapper } = await mountLogin();
      await fillAndSubmit(wrapper, 'admin', 'wrong-password');
      const chinese = wrapper.find('[data-test="login-error"]').text();

      setLocale('en');
      await flushPromises();
      expect(wrapper.find('[data-test="login-error"]').text()).toBe(english);

      // Back in the language the server answered in, its own (more precise) words return.
      setLocale('zh-CN');
      await flushPromises();
      expect(wrapper.find('[data-test="login-error"]').text()).toBe(chinese);
      expect(calls).toHaveLength(1);
    });

    it('re-translates an unreachable server', async () => {
      stubGraphQL(() => {
        throw new TypeError('Failed to fetch');
      });
      const { wrapper } = await mountLogin();
      await fillAndSubmit(wrapper, 'admin', 'Dangan@2026');

      setLocale('en');
      await flushPromises();

      expect(wrapper.find('[data-test="login-error"]').text()).toBe(
        'Cannot reach the server. Check your connection and try again.',
      );
    });
  });
});
