import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ElMessage } from 'element-plus';
import { setLocale } from '@/app/i18n';
import {
  messageBoxButton,
  mountWithApp,
  piniaWithAdminSignedIn,
  stubGraphQL,
  type GraphQLCall,
} from '@/__tests__/support';
import UserListPage from '../list.vue';

const user = (id: string, username: string, displayName: string, status = 'ACTIVE') => ({
  id,
  username,
  displayName,
  roles: ['ARCHIVIST'],
  status,
  phone: null,
  email: null,
  lastLoginAt: null,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  organization: { id: 'o1', name: '中共示范市委员会' },
});

const organization = {
  id: 'o1',
  code: 'SZ',
  name: '中共示范市委员会',
  type: 'COMMITTEE',
  active: true,
  version: 1,
  parent: null,
};

/** Answers the page's queries from a small in-memory list, so a status change shows on reload. */
function usersServer() {
  const users = [user('u1', 'admin', '系统管理员'), user('u2', 'archivist', '王档案')];
  return (call: GraphQLCall) => {
    if (call.operationName === 'Organizations') return { data: { organizations: [organization] } };
    if (call.operationName === 'SetUserStatus') {
      const changed = users.find((row) => row.id === call.variables.id)!;
      changed.status = call.variables.status as string;
      return { data: { setUserStatus: changed } };
    }
    return {
      data: {
        users: {
          totalCount: users.length,
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: users.map((node) => ({ cursor: node.id, node })),
        },
      },
    };
  };
}

async function mountList() {
  const pinia = piniaWithAdminSignedIn();
  const { calls } = stubGraphQL(usersServer());
  const { wrapper } = mountWithApp(UserListPage, { pinia });
  await flushPromises();
  return { wrapper, calls };
}

type Wrapper = Awaited<ReturnType<typeof mountList>>['wrapper'];
const row = (wrapper: Wrapper, username: string) =>
  wrapper.findAll('.el-table__row').find((candidate) => candidate.text().includes(username))!;
const statusChanges = (calls: GraphQLCall[]) => calls.filter((call) => call.operationName === 'SetUserStatus');

describe('user list', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows neither "no data" nor "0 in total" before the first answer', async () => {
    const answer = usersServer();
    let release: () => void = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      const { query, variables } = JSON.parse(String(init.body)) as {
        query: string;
        variables: Record<string, unknown>;
      };
      const operationName = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
      if (operationName === 'Users') await answered;
      return new Response(JSON.stringify(answer({ operationName, variables, headers: {} })), {
        headers: { 'Content-Type': 'application/json' },
      });
    });
    const { wrapper } = mountWithApp(UserListPage, { pinia: piniaWithAdminSignedIn() });
    await flushPromises();

    expect(wrapper.find('.el-empty').exists()).toBe(false);
    expect(wrapper.find('[data-test="pager-total"]').exists()).toBe(false);

    release();
    await flushPromises();
    expect(wrapper.find('[data-test="pager-total"]').text()).toContain('2');
    expect(wrapper.findAll('.el-table__row')).toHaveLength(2);
  });

  it('offers no 停用 on the signed-in admin themself', async () => {
    const { wrapper } = await mountList();

    expect(row(wrapper, 'admin').find('[data-test="user-toggle-status"]').exists()).toBe(false);
    expect(row(wrapper, 'archivist').find('[data-test="user-toggle-status"]').text()).toBe('停用');
  });

  it('asks before disabling a user, and sends nothing when the admin cancels', async () => {
    const { wrapper, calls } = await mountList();

    await row(wrapper, 'archivist').find('[data-test="user-toggle-status"]').trigger('click');
    await vi.waitFor(() => expect(document.querySelector('.el-message-box')?.textContent).toContain('王档案'));
    messageBoxButton('取消').click();
    await flushPromises();

    expect(statusChanges(calls)).toEqual([]);
  });

  it('disables the user once the admin confirms, and shows the new status', async () => {
    const { wrapper, calls } = await mountList();

    await row(wrapper, 'archivist').find('[data-test="user-toggle-status"]').trigger('click');
    await vi.waitFor(() => expect(document.querySelector('.el-message-box')).not.toBeNull());
    messageBoxButton('确定').click();

    await vi.waitFor(() =>
      expect(statusChanges(calls).map((call) => call.variables)).toEqual([{ id: 'u2', status: 'DISABLED' }]),
    );
    await vi.waitFor(() => expect(row(wrapper, 'archivist').find('[data-test="user-status"]').text()).toBe('已停用'));
  });

  describe('a contact detail the server withholds', () => {
    const reason = '无权查看该用户的联系方式';
    async function mountWith(answer: unknown) {
      const pinia = piniaWithAdminSignedIn();
      stubGraphQL((call) => (call.operationName === 'Users' ? answer : { data: { organizations: [organization] } }));
      const { wrapper } = mountWithApp(UserListPage, { pinia });
      await flushPromises();
      return wrapper;
    }
    const answerWithPhoneDenied = () => ({
      data: {
        users: {
          totalCount: 2,
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: [
            { cursor: 'u1', node: { ...user('u1', 'admin', '系统管理员'), phone: '13900000001' } },
            { cursor: 'u2', node: { ...user('u2', 'archivist', '王档案'), email: 'w***@example.org' } },
          ],
        },
      },
      errors: [{ message: reason, path: ['users', 'edges', 1, 'node', 'phone'], extensions: { code: 'FORBIDDEN' } }],
    });

    it('shows the page with a restricted placeholder there, the reason in its tooltip, and no toast', async () => {
      const toast = vi.spyOn(ElMessage, 'error');
      const wrapper = await mountWith(answerWithPhoneDenied());

      expect(wrapper.find('[data-test="load-error"]').exists()).toBe(false);
      expect(row(wrapper, 'admin').find('[data-test="user-phone"]').text()).toBe('13900000001');
      expect(row(wrapper, 'admin').find('[data-test="restricted-value"]').exists()).toBe(false);
      const restricted = row(wrapper, 'archivist').find('[data-test="user-phone"] [data-test="restricted-value"]');
      expect(restricted.text()).toBe('受限');
      // The email beside it arrived (masked) and is shown as the server sent it.
      expect(row(wrapper, 'archivist').find('[data-test="user-email"]').text()).toBe('w***@example.org');

      await restricted.trigger('mouseenter');
      await vi.waitFor(() =>
        expect([...document.querySelectorAll('.el-popper')].map((tip) => tip.textContent)).toContain(reason),
      );
      expect(toast).not.toHaveBeenCalled();
    });

    it('says 受限 as Restricted in English', async () => {
      setLocale('en');
      const wrapper = await mountWith(answerWithPhoneDenied());
      expect(row(wrapper, 'archivist').find('[data-test="restricted-value"]').text()).toBe('Restricted');
    });

    it('still reports an error of the whole query in place of the table', async () => {
      const wrapper = await mountWith({
        data: null,
        errors: [{ message: '无权执行该操作', path: ['users'], extensions: { code: 'FORBIDDEN' } }],
      });
      expect(wrapper.find('[data-test="load-error"]').text()).toContain('无权执行该操作');
      expect(wrapper.find('[data-test="restricted-value"]').exists()).toBe(false);
    });
  });
});
