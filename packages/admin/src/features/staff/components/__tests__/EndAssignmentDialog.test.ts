import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { graphQLError, mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import EndAssignmentDialog from '../EndAssignmentDialog.vue';
import { click, errorUnder, sent, type } from './dialog-helpers';

const HOLDING = { staffMemberId: 's1', name: '王建国', postTitle: '档案整理岗', startDate: '2024-01-01' };
const ended = () => ({
  data: {
    endAssignment: {
      id: 'a1',
      startDate: '2024-01-01',
      endDate: '2026-03-01',
      current: false,
      tenureEndsOn: '2027-01-01',
      post: { id: 'p3', title: '档案整理岗', region: '东城区' },
    },
  },
});

async function open(respond: (call: GraphQLCall) => unknown = ended) {
  const { calls } = stubGraphQL(respond);
  const mounted = mountWithApp(EndAssignmentDialog, { props: { modelValue: false, holding: HOLDING } });
  await mounted.wrapper.setProps({ modelValue: true });
  await flushPromises();
  return { ...mounted, calls };
}

describe('EndAssignmentDialog', { timeout: 30_000 }, () => {
  beforeEach(() => {
    setLocale('zh-CN');
    document.body.innerHTML = '';
  });

  it('refuses an end on or before the first day of the assignment before sending', async () => {
    const { calls } = await open();
    await type('end-assignment-date', '2024-01-01');
    await click('end-assignment-submit');
    await vi.waitFor(() => expect(errorUnder('end-assignment-date')).toBe('结束日期须晚于上岗日期（2024-01-01）'));
    expect(sent(calls, 'EndAssignment')).toEqual([]);
  });

  it('sends the person and the end date', async () => {
    const { calls, wrapper } = await open();
    await type('end-assignment-date', '2026-03-01');
    await click('end-assignment-submit');
    await vi.waitFor(() =>
      expect(sent(calls, 'EndAssignment')).toEqual([{ staffMemberId: 's1', endDate: '2026-03-01' }]),
    );
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1));
  });

  it('shows the server refusing the date under it and stays open', async () => {
    const { wrapper } = await open(() => graphQLError('日期先后顺序不正确', 'BAD_USER_INPUT', 'endDate'));
    await type('end-assignment-date', '2026-03-01');
    await click('end-assignment-submit');
    await vi.waitFor(() => expect(errorUnder('end-assignment-date')).toBe('日期先后顺序不正确'));
    expect(wrapper.emitted('saved')).toBeUndefined();
  });
});
