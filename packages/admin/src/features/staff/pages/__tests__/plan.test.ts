import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import type { Permission } from '@/app/permissions';
import { useSessionStore } from '@/features/auth/store';
import type { RotationPlanQuery, RotationPlanStatus } from '@/gql/graphql';
import {
  createTestRouter,
  mountWithApp,
  piniaWithAdminSignedIn,
  stubGraphQL,
  type GraphQLCall,
} from '@/__tests__/support';
import PlanPage from '../plan.vue';

// The chart is drawn by ECharts (canvas), which happy-dom cannot: the page's own parts are tested.
vi.mock('../../components/GanttChart.vue', () => ({
  __esModule: true,
  default: { props: ['gantt'], template: '<div data-test="staff-gantt">{{ gantt.rows.join(",") }}</div>' },
}));

type Plan = NonNullable<RotationPlanQuery['rotationPlan']>;
const plan = (status: RotationPlanStatus, hard = 0): Plan => ({
  id: '3',
  startDate: '2027-01-01',
  months: 12,
  status,
  createdAt: '2026-12-01T02:00:00Z',
  reviewedAt: null,
  publishedAt: null,
  version: 1,
  organization: { id: 'o7', name: '市委档案室（档案室A）' },
  score: { hard, medium: 1, soft: 14.5 },
  breakdown: [
    { rule: 'MOVE', count: 3, penalty: 3 },
    { rule: 'CROSS_REGION_QUOTA', count: 1, penalty: 1000 },
  ],
  violations: hard
    ? [
        {
          // As the server words it for zh-CN: rule code as the solver names it, message with names.
          rule: 'max-tenure',
          message: '陈志强在档案鉴定岗任职 42 个月，超过最长 36 个月',
          period: '2027-07',
          postId: 'p4',
          staffMemberId: 's1',
        },
      ]
    : [],
  assignments: [
    {
      id: 'ra1',
      startDate: '2027-01-01',
      endDate: '2028-01-01',
      post: { id: 'p4', title: '档案鉴定岗' },
      staffMember: { id: 's1', name: '陈志强' },
    },
    {
      id: 'ra2',
      startDate: '2027-01-01',
      endDate: '2027-07-01',
      post: { id: 'p2', title: '档案整理编目岗' },
      staffMember: { id: 's2', name: '林晓燕' },
    },
  ],
});

async function mountPlan(initial: Plan, permissions: Permission[] = ['staff.read', 'staff.manage']) {
  const pinia = piniaWithAdminSignedIn();
  useSessionStore().user!.permissions = permissions;
  let current = initial;
  const { calls } = stubGraphQL((call: GraphQLCall) => {
    if (call.operationName === 'ReviewRotationPlan') {
      current = { ...current, status: 'REVIEWED' };
      return { data: { reviewRotationPlan: current } };
    }
    return { data: { rotationPlan: current } };
  });
  const router = createTestRouter([
    { path: '/staff/rotation/plans/:id', name: 'staff-rotation-plan', component: PlanPage },
  ]);
  await router.push('/staff/rotation/plans/3');
  const { wrapper } = mountWithApp(PlanPage, { pinia, router });
  await flushPromises();
  return { wrapper, calls };
}

describe('rotation plan page', { timeout: 30_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows the score, the per-rule breakdown and the plan as a timeline by post', async () => {
    const { wrapper } = await mountPlan(plan('DRAFT'));
    expect(wrapper.find('[data-test="plan-score"]').text()).toContain('14.5');
    expect(wrapper.findAll('[data-test="plan-breakdown"] .el-table__row').map((row) => row.text())).toEqual([
      expect.stringContaining('MOVE'),
      expect.stringContaining('CROSS_REGION_QUOTA'),
    ]);
    expect(wrapper.find('[data-test="staff-gantt"]').text()).toBe('档案鉴定岗,档案整理编目岗');
    expect(wrapper.text()).toContain('全部硬性规则均已满足');
  });

  it('names the rule broken and for whom when the hard rules could not all be met', async () => {
    const { wrapper } = await mountPlan(plan('DRAFT', 1));
    const violation = wrapper.find('[data-test="plan-violations"] .el-table__row').text();
    expect(violation).toContain('岗位最长任职期限');
    expect(violation).toContain('陈志强在档案鉴定岗任职 42 个月，超过最长 36 个月');
    expect(violation).toContain('2027-07');
    expect(wrapper.text()).toContain('有硬性规则未能满足');
  });

  it('offers Review on a draft, then Publish once reviewed', async () => {
    const { wrapper, calls } = await mountPlan(plan('DRAFT'));
    expect(wrapper.find('[data-test="plan-publish"]').exists()).toBe(false);
    await wrapper.find('[data-test="plan-review"]').trigger('click');
    await flushPromises();
    expect(calls.filter((call) => call.operationName === 'ReviewRotationPlan').map((call) => call.variables)).toEqual([
      { id: '3' },
    ]);
    expect(wrapper.find('[data-test="plan-status"]').text()).toBe('已审核');
    expect(wrapper.find('[data-test="plan-publish"]').exists()).toBe(true);
  });

  it('offers no button on a published plan, nor to a reader who does not manage staff', async () => {
    expect(
      (await mountPlan(plan('PUBLISHED'))).wrapper
        .find('[data-test^="plan-review"], [data-test^="plan-publish"]')
        .exists(),
    ).toBe(false);
    expect((await mountPlan(plan('DRAFT'), ['staff.read'])).wrapper.find('[data-test="plan-review"]').exists()).toBe(
      false,
    );
  });
});
