import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { graphQLError, mountWithApp, stubGraphQL } from '@/__tests__/support';
import DossierStatisticsCard from '../DossierStatisticsCard.vue';

// ECharts draws on a canvas happy-dom does not have; the chart gets its numbers, which is what is checked.
vi.mock('../DossierStatusChart.vue', () => ({
  __esModule: true,
  default: defineComponent({
    props: { byStatus: { type: Array, required: true } },
    setup: (props) => () =>
      h(
        'div',
        { 'data-test': 'dashboard-dossiers-chart' },
        (props.byStatus as { status: string; count: number }[]).map((each) => `${each.status}=${each.count}`).join(' '),
      ),
  }),
}));

const byStatus = (establishing: number, complete: number) => [
  { status: 'ESTABLISHING', count: establishing },
  { status: 'COMPLETE', count: complete },
  { status: 'IN_TRANSIT', count: 0 },
  { status: 'RETIRED_COLLECTION', count: 2 },
  { status: 'CLOSED', count: 0 },
];

async function mountCard() {
  const { wrapper } = mountWithApp(DossierStatisticsCard);
  await flushPromises();
  await vi.waitFor(() => expect(wrapper.find('.el-skeleton').exists()).toBe(false));
  return wrapper;
}

const text = (wrapper: Awaited<ReturnType<typeof mountCard>>, testId: string) =>
  wrapper.find(`[data-test="${testId}"] .el-statistic__content`).text();

describe('dossier statistics card', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows the total, the completeness rate, the overdue count and the statuses for the chart', async () => {
    stubGraphQL(() => ({
      data: {
        dossierStatistics: { byStatus: byStatus(3, 1), overdue: 2, completenessRate: 0.25 },
        dossierLifecycleCounts: { reviewsDue: 4, escalated: 1 },
      },
    }));

    const wrapper = await mountCard();

    expect(text(wrapper, 'dashboard-dossiers-total')).toBe('6');
    expect(text(wrapper, 'dashboard-dossiers-rate')).toBe('25%');
    expect(text(wrapper, 'dashboard-dossiers-overdue')).toBe('2');
    expect(text(wrapper, 'dashboard-dossiers-escalated')).toBe('1');
    expect(text(wrapper, 'dashboard-dossiers-reviews-due')).toBe('4');
    await vi.waitFor(() =>
      expect(wrapper.find('[data-test="dashboard-dossiers-chart"]').text()).toBe(
        'ESTABLISHING=3 COMPLETE=1 IN_TRANSIT=0 RETIRED_COLLECTION=2 CLOSED=0',
      ),
    );
  });

  it('says there are no dossiers rather than drawing an empty chart, and no rate', async () => {
    stubGraphQL(() => ({
      data: {
        dossierStatistics: {
          byStatus: byStatus(0, 0).map((each) => ({ ...each, count: 0 })),
          overdue: 0,
          completenessRate: null,
        },
        dossierLifecycleCounts: { reviewsDue: 0, escalated: 0 },
      },
    }));

    const wrapper = await mountCard();

    expect(text(wrapper, 'dashboard-dossiers-rate')).toBe('—');
    expect(wrapper.find('[data-test="dashboard-dossiers-chart"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('暂无档案');
  });

  it('keeps a failure inside the card, with a retry', async () => {
    stubGraphQL(() => graphQLError('服务器内部错误', 'INTERNAL_SERVER_ERROR'));

    const wrapper = await mountCard();

    expect(wrapper.find('[data-test="dashboard-dossiers"]').text()).toContain('服务器内部错误');
    expect(wrapper.find('[data-test="dashboard-dossiers-total"]').exists()).toBe(false);
  });
});
