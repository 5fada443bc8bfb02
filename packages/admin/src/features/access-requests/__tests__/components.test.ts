import { beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { graphQLError, mountWithApp, stubGraphQL } from '@/__tests__/support';
import DecideDialog from '../components/DecideDialog.vue';
import StepTimeline from '../components/StepTimeline.vue';
import { accessRequest, slot } from './fixtures';

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

beforeEach(() => setLocale('zh-CN'));

describe('StepTimeline', () => {
  it('shows each step with its mode, and each department with who decided, when and why', () => {
    const { wrapper } = mountWithApp(StepTimeline, {
      props: {
        slots: [
          slot({
            stepStatus: 'REJECTED',
            decision: 'APPROVED',
            approver: { id: 'a1', displayName: '组织部审批人' },
            decidedAt: '2026-11-21T02:30:00.000Z',
          }),
          slot({
            id: 's2',
            stepStatus: 'REJECTED',
            decision: 'REJECTED',
            department: { id: 'd2', code: 'SZ-JW', name: '市纪委监委' },
            approver: { id: 'a2', displayName: '纪委审批人' },
            decidedAt: '2026-11-21T03:00:00.000Z',
            comment: '材料不足',
            escalated: true,
          }),
          slot({ id: 's3', position: 2, mode: 'ANY_OF', stepStatus: 'CANCELLED', decision: 'NOT_NEEDED', dueAt: null }),
        ],
      },
    });
    const steps = wrapper.findAll('.el-timeline-item');
    expect(steps).toHaveLength(2);
    expect(steps[0]!.get('[data-test="timeline-mode"]').text()).toBe('会签');
    expect(steps[0]!.text()).toContain('所列部门均须同意');
    expect(steps[0]!.find('[data-test="timeline-escalated"]').exists()).toBe(true);
    expect(steps[0]!.find('[data-test="timeline-due"]').exists()).toBe(true);
    const slots = steps[0]!.findAll('[data-test="timeline-slot"]');
    expect(slots.map((each) => each.get('[data-test="timeline-department"]').text())).toEqual([
      '市委组织部',
      '市纪委监委',
    ]);
    expect(slots.map((each) => each.get('[data-test="timeline-decision"]').text())).toEqual(['同意', '驳回']);
    expect(slots[1]!.get('[data-test="timeline-who"]').text()).toContain('纪委审批人');
    expect(slots[1]!.get('[data-test="timeline-comment"]').text()).toBe('材料不足');
    expect(steps[1]!.get('[data-test="timeline-mode"]').text()).toBe('或签');
    expect(steps[1]!.get('[data-test="timeline-decision"]').text()).toBe('无需审批');
    expect(steps[1]!.find('[data-test="timeline-due"]').exists()).toBe(false);
    wrapper.unmount();
  });
});

describe('DecideDialog', () => {
  function mountDialog() {
    return mountWithApp(DecideDialog, {
      props: { modelValue: false, accessRequest: accessRequest(), stepSlot: slot({ stepVersion: 5 }) },
    });
  }

  it('will not send a rejection without a comment, and sends the step version it saw', async () => {
    const { calls } = stubGraphQL(() => ({ data: { decideAccessRequest: accessRequest({ status: 'REJECTED' }) } }));
    const { wrapper } = mountDialog();
    await wrapper.setProps({ modelValue: true });
    await flushPromises();
    const body = document.body;
    (body.querySelector('[data-test="decide-reject"] input') as HTMLInputElement).click();
    await flushPromises();
    (body.querySelector('[data-test="decide-submit"]') as HTMLButtonElement).click();
    await flushPromises();
    await settle();
    expect(calls.filter((call) => call.operationName === 'DecideAccessRequest')).toHaveLength(0);
    expect(body.querySelector('.el-dialog')!.textContent).toContain('驳回须填写意见说明');

    const comment = body.querySelector('textarea[data-test="decide-comment"]') as HTMLTextAreaElement;
    comment.value = '材料不足';
    comment.dispatchEvent(new Event('input'));
    await flushPromises();
    (body.querySelector('[data-test="decide-submit"]') as HTMLButtonElement).click();
    await flushPromises();
    const sent = calls.find((call) => call.operationName === 'DecideAccessRequest');
    expect(sent?.variables).toEqual({ requestId: '7', approve: false, comment: '材料不足', expectedVersion: 5 });
    expect(wrapper.emitted('decided')).toHaveLength(1);
    wrapper.unmount();
  });

  it('approves without a comment; a CONFLICT closes the dialog and asks for a reload', async () => {
    stubGraphQL(() => graphQLError('已被他人修改', 'CONFLICT'));
    const { wrapper } = mountDialog();
    await wrapper.setProps({ modelValue: true });
    await flushPromises();
    (document.body.querySelector('[data-test="decide-submit"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(wrapper.emitted('conflict')).toHaveLength(1);
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([false]);
    wrapper.unmount();
  });
});
