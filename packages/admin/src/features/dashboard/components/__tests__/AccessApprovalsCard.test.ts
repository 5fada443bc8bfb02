import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { graphQLError, mountWithApp, stubGraphQL } from '@/__tests__/support';
import AccessApprovalsCard from '../AccessApprovalsCard.vue';

// ECharts draws on a canvas happy-dom does not have; the chart gets its numbers, which is what is checked.
vi.mock('../AccessDecisionChart.vue', () => ({
  __esModule: true,
  default: defineComponent({
    props: { median: { type: Number, required: true }, p90: { type: Number, required: true } },
    setup: (props) => () => h('div', { 'data-test': 'dashboard-access-chart' }, `${props.median}/${props.p90}`),
  }),
}));

async function mountCard(answer: unknown) {
  stubGraphQL(() => answer);
  const { wrapper } = mountWithApp(AccessApprovalsCard);
  await flushPromises();
  await vi.waitFor(() => expect(wrapper.find('.el-skeleton').exists()).toBe(false));
  return wrapper;
}

const statistics = (median: number | null, p90: number | null) => ({
  data: {
    accessStatistics: {
      pendingApprovals: 3,
      decidedLast30Days: 12,
      medianDecisionHours: median,
      p90DecisionHours: p90,
    },
  },
});

describe('the access approvals card', () => {
  beforeEach(() => setLocale('en'));

  it('shows pending approvals and the decision times of the last 30 days', async () => {
    const wrapper = await mountCard(statistics(5.26, 40));
    expect(wrapper.find('[data-test="dashboard-access-pending"]').text()).toContain('3');
    expect(wrapper.find('[data-test="dashboard-access-decided"]').text()).toContain('12');
    expect(wrapper.find('[data-test="dashboard-access-median"]').text()).toBe('5.3 h');
    expect(wrapper.find('[data-test="dashboard-access-p90"]').text()).toBe('40 h');
    await vi.waitFor(() => expect(wrapper.find('[data-test="dashboard-access-chart"]').text()).toBe('5.26/40'));
  });

  it('says when nothing was decided, without a chart', async () => {
    const wrapper = await mountCard(statistics(null, null));
    expect(wrapper.find('[data-test="dashboard-access-median"]').text()).toBe('—');
    expect(wrapper.find('[data-test="dashboard-access-chart"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('No decisions in the last 30 days');
  });

  it('steps aside when the server refuses the caller', async () => {
    const wrapper = await mountCard(graphQLError('Forbidden', 'FORBIDDEN'));
    expect(wrapper.find('[data-test="dashboard-access"]').exists()).toBe(false);
  });
});
