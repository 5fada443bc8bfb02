import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { graphQLError, mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import RemovalDecisionDialog from '../RemovalDecisionDialog.vue';

const STAFF = { id: '7', name: '周丽华', removalReason: '2025、2026 年度考核连续不合格' };

async function mountDialog(
  respond: (call: GraphQLCall) => unknown = () => ({
    data: { decideRemoval: { id: '7', status: 'ACTIVE', flaggedForRemoval: false } },
  }),
) {
  const { calls } = stubGraphQL(respond);
  const mounted = mountWithApp(RemovalDecisionDialog, { props: { modelValue: false, staff: STAFF } });
  await mounted.wrapper.setProps({ modelValue: true });
  await flushPromises();
  return { ...mounted, calls };
}

const click = async (testId: string) => {
  document.querySelector<HTMLElement>(`[data-test="${testId}"]`)!.click();
  // Validation settles, then the error renders on the next tick.
  await flushPromises();
  await nextTick();
};
const errors = () => [...document.querySelectorAll('.el-form-item__error')].map((each) => each.textContent?.trim());
const decisions = (calls: GraphQLCall[]) =>
  calls.filter((call) => call.operationName === 'DecideRemoval').map((call) => call.variables.input);

// Each case mounts the dialog with Element Plus; a slow shared machine needs more than 5 s.
describe('RemovalDecisionDialog', { timeout: 30_000 }, () => {
  beforeEach(() => {
    setLocale('zh-CN');
    document.body.innerHTML = '';
  });

  it('sends nothing until a decision is chosen', async () => {
    const { calls } = await mountDialog();
    await click('removal-submit');
    await vi.waitFor(() => expect(errors()).toEqual(['请选择决定']));
    expect(decisions(calls)).toEqual([]);
  });

  it('asks for the improvement plan before keeping a person, then sends it', async () => {
    const { calls, wrapper } = await mountDialog();
    await click('removal-outcome-KEEP');
    await click('removal-submit');
    await vi.waitFor(() => expect(errors()).toEqual(['请输入改进计划']));
    expect(decisions(calls)).toEqual([]);

    const plan = document.querySelector<HTMLTextAreaElement>('textarea[data-test="removal-plan"]')!;
    plan.value = '三个月内完成业务培训';
    plan.dispatchEvent(new Event('input'));
    await flushPromises();
    await click('removal-submit');
    expect(decisions(calls)).toEqual([
      { staffMemberId: '7', outcome: 'KEEP', improvementPlan: '三个月内完成业务培训' },
    ]);
    expect(wrapper.emitted('decided')).toEqual([['KEEP']]);
  });

  it('says what removing does and needs an explicit confirmation before sending it', async () => {
    const { calls, wrapper } = await mountDialog();
    await click('removal-outcome-REMOVE');
    const warning = document.querySelector('[data-test="removal-warning"]')!.textContent!;
    expect(warning).toContain('离职');
    expect(warning).toContain('岗位空出');
    expect(warning).toContain('账号被停用');
    // No plan is asked for a removal.
    expect(document.querySelector('[data-test="removal-plan"]')).toBeNull();

    await click('removal-submit');
    await vi.waitFor(() => expect(errors()).toEqual(['请勾选确认后再提交清退决定']));
    expect(decisions(calls)).toEqual([]);

    document.querySelector<HTMLInputElement>('[data-test="removal-confirm"] input')!.click();
    await flushPromises();
    await click('removal-submit');
    expect(decisions(calls)).toEqual([{ staffMemberId: '7', outcome: 'REMOVE', improvementPlan: null }]);
    expect(wrapper.emitted('decided')).toEqual([['REMOVE']]);
  });

  it('shows the server refusing the plan under the plan field and stays open', async () => {
    const { wrapper } = await mountDialog(() =>
      graphQLError('改进计划过长', 'BAD_USER_INPUT', 'input.improvementPlan'),
    );
    await click('removal-outcome-KEEP');
    const plan = document.querySelector<HTMLTextAreaElement>('textarea[data-test="removal-plan"]')!;
    plan.value = '计划';
    plan.dispatchEvent(new Event('input'));
    await flushPromises();
    await click('removal-submit');
    await vi.waitFor(() => expect(errors()).toEqual(['改进计划过长']));
    expect(wrapper.emitted('decided')).toBeUndefined();
    expect(wrapper.emitted('update:modelValue')).toBeUndefined();
  });
});
