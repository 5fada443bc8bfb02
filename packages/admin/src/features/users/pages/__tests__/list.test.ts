import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
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
});
