import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { setLocale } from '@/app/i18n';
import { useSessionStore } from '@/features/auth/store';
import type { Role } from '@/gql/graphql';
import { createTestRouter, graphQLError, mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import DashboardPage from '../index.vue';

// ECharts draws on a canvas happy-dom does not have; the chart gets its numbers, which is what is checked.
vi.mock('../../components/UserStatusChart.vue', () => ({
  __esModule: true,
  default: defineComponent({
    props: { counts: { type: Object, required: true } },
    setup: (props) => () =>
      h(
        'div',
        { 'data-test': 'dashboard-users-chart' },
        `${props.counts.active}/${props.counts.disabled}/${props.counts.locked}`,
      ),
  }),
}));

const problems = [
  {
    id: '9',
    action: 'LOGIN_LOCKED',
    actor: 'zhang.wei',
    at: '2026-03-01T08:05:00Z',
    target: 'User:5',
    targetLabel: '张伟',
    details: '{"ip":"10.0.0.7"}',
  },
  {
    id: '8',
    action: 'LOGIN_FAILED',
    actor: 'nobody',
    at: '2026-03-01T08:00:00Z',
    target: null,
    targetLabel: null,
    details: null,
  },
];

function answer(call: GraphQLCall, forbidChain = false) {
  switch (call.operationName) {
    case 'DashboardUserStatus':
      return { data: { userStatusCounts: { active: 7, disabled: 2, locked: 1, total: 10 } } };
    case 'DashboardSignInProblems':
      return {
        data: { auditEntries: { totalCount: 12, edges: problems.map((node) => ({ node })) } },
      };
    case 'DashboardChainStatus':
      return forbidChain
        ? graphQLError('仅顶级组织的用户可执行此操作', 'FORBIDDEN')
        : {
            data: {
              auditChainStatus: {
                headSeq: 120,
                headAt: '2026-03-01T09:00:00Z',
                refusedCheckpoints: 0,
                newestCheckpoint: { seq: 117, at: '2026-03-01T08:59:00Z' },
              },
            },
          };
    case 'DashboardActivity':
      return {
        data: {
          auditActivity: [
            { action: 'LOGIN', count: 40 },
            { action: 'USER_CREATED', count: 3 },
            { action: 'DOSSIER_TRANSFERRED', count: 1 },
          ],
        },
      };
    case 'AuditActions':
      return {
        data: {
          auditActions: [
            { code: 'LOGIN', label: '登录' },
            { code: 'LOGIN_FAILED', label: '登录失败' },
            { code: 'LOGIN_LOCKED', label: '登录已锁定' },
            { code: 'USER_CREATED', label: '新建用户' },
          ],
        },
      };
    case 'DashboardMySignIns':
      return {
        data: {
          mySignIns: [
            { id: '3', at: '2026-03-01T09:00:00Z', action: 'LOGIN', ip: '10.0.0.1' },
            { id: '2', at: '2026-02-28T09:00:00Z', action: 'LOGIN_FAILED', ip: '10.0.0.9' },
          ],
        },
      };
    default:
      throw new Error(`unexpected ${call.operationName}`);
  }
}

/** What the server's role × action table grants (server test permissions.test.ts pins it). */
const PERMISSIONS: Partial<Record<Role, string[]>> = {
  ADMIN: [
    'session.self',
    'organization.read',
    'organization.manage',
    'user.read',
    'user.manage',
    'user.readContact',
    'audit.read',
  ],
  AUDITOR: ['session.self', 'organization.read', 'audit.read'],
  ARCHIVIST: ['session.self', 'organization.read'],
};

async function mountAs(roles: Role[], { forbidChain = false } = {}) {
  const pinia = createPinia();
  setActivePinia(pinia);
  useSessionStore().user = {
    id: 'u1',
    username: 'someone',
    displayName: '李明',
    roles,
    permissions: roles.flatMap((role) => PERMISSIONS[role] ?? []),
    organization: { id: 'o1', code: 'SZ', name: '中共示范市委员会' },
  };
  const { calls } = stubGraphQL((call) => answer(call, forbidChain));
  const router = createTestRouter([{ path: '/audit', name: 'audit', component: { render: () => null } }]);
  const { wrapper } = mountWithApp(DashboardPage, { pinia, router });
  await flushPromises();
  await vi.dynamicImportSettled();
  await flushPromises();
  return { wrapper, calls };
}

const texts = (wrapper: Awaited<ReturnType<typeof mountAs>>['wrapper'], testId: string) =>
  wrapper.findAll(`[data-test="${testId}"]`).map((item) => item.text().replace(/\s+/g, ' '));

describe('the dashboard', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows an ADMIN users by status, sign-in failures and lockouts with who and when, and the chain', async () => {
    const { wrapper, calls } = await mountAs(['ADMIN']);

    expect(wrapper.find('[data-test="dashboard-users-total"]').text()).toContain('10');
    expect(wrapper.find('[data-test="dashboard-users-locked"]').text()).toContain('1');
    expect(wrapper.find('[data-test="dashboard-users-chart"]').text()).toBe('7/2/1');
    expect(wrapper.find('[data-test="dashboard-sign-in-count"]').text()).toContain('12');
    const [locked, failed] = texts(wrapper, 'dashboard-sign-in-problem');
    expect(locked).toContain('登录已锁定');
    expect(locked).toContain('张伟 (zhang.wei)');
    expect(locked).toContain('10.0.0.7');
    expect(failed).toContain('nobody');
    expect(wrapper.find('[data-test="dashboard-chain-head"]').text()).toContain('120');
    expect(wrapper.find('[data-test="dashboard-chain-checkpoint"]').text()).toContain('117');
    expect(wrapper.find('[data-test="dashboard-chain-behind"]').text()).toContain('3');
    // An ADMIN reads the trail of their subtree, so they see its activity too.
    expect(wrapper.find('[data-test="dashboard-activity"]').exists()).toBe(true);
    // No verification on a dashboard load: that is the audit page's rate-limited button.
    expect(calls.map((call) => call.operationName)).not.toContain('VerifyAuditChain');
    const problemsCall = calls.find((call) => call.operationName === 'DashboardSignInProblems')!;
    expect(problemsCall.variables.filter).toMatchObject({
      actions: ['LOGIN_FAILED', 'LOGIN_LOCKED', 'LOGIN_REFUSED_LOCKED'],
    });
    const since = Date.parse((problemsCall.variables.filter as { from: string }).from);
    expect(Date.now() - since).toBeGreaterThan(23.9 * 3_600_000);
    expect(Date.now() - since).toBeLessThan(24.1 * 3_600_000);
  });

  it('asks for the last seven days when the admin picks them', async () => {
    const { wrapper, calls } = await mountAs(['ADMIN']);

    await wrapper.find('[data-test="dashboard-period-week"] input').setValue(true);
    await flushPromises();

    const last = calls.filter((call) => call.operationName === 'DashboardSignInProblems').at(-1)!;
    const since = Date.parse((last.variables.filter as { from: string }).from);
    expect(Math.round((Date.now() - since) / 3_600_000)).toBe(24 * 7);
  });

  it('lets the chain card step aside for a branch ADMIN the server does not show the whole chain', async () => {
    const { wrapper } = await mountAs(['ADMIN'], { forbidChain: true });

    expect(wrapper.find('[data-test="dashboard-chain"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="dashboard-users"]').exists()).toBe(true);
  });

  it('shows an AUDITOR the chain and the activity by action, labelled, with no user statistics', async () => {
    const { wrapper, calls } = await mountAs(['AUDITOR']);

    expect(wrapper.find('[data-test="dashboard-chain-head"]').text()).toContain('120');
    expect(texts(wrapper, 'dashboard-activity-row')).toEqual(['登录40', '新建用户3', 'DOSSIER_TRANSFERRED1']);
    expect(wrapper.find('[data-test="dashboard-users"]').exists()).toBe(false);
    expect(calls.map((call) => call.operationName)).not.toContain('DashboardUserStatus');
  });

  it('shows other roles their organisation, roles, own recent sign-ins and what they can do', async () => {
    setLocale('en');
    const { wrapper, calls } = await mountAs(['ARCHIVIST']);

    expect(wrapper.find('[data-test="dashboard-organization"]').text()).toBe('中共示范市委员会');
    expect(texts(wrapper, 'dashboard-role')).toEqual(['Archivist']);
    expect(texts(wrapper, 'dashboard-my-sign-in')[0]).toContain('Signed in');
    expect(texts(wrapper, 'dashboard-my-sign-in')[1]).toContain('Failed');
    expect(texts(wrapper, 'dashboard-my-sign-in')[1]).toContain('10.0.0.9');
    expect(wrapper.find('[data-test="dashboard-can"]').text()).toContain('Browse the organisation tree');
    expect(calls.map((call) => call.operationName)).toEqual(['DashboardMySignIns']);
  });
});
