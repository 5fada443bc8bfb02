import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ElSelect } from 'element-plus';
import { setLocale } from '@/app/i18n';
import { graphQLError, mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import ChainTemplateEditor from '../ChainTemplateEditor.vue';
import { newStep, validateSteps, type ScopeChain } from '../../data';
import { inheritedChain, JW, OLD, ownChain, ZZB } from '../../__tests__/fixtures';

const departments = [ZZB, JW, OLD];

function mountEditor(chain: ScopeChain, respond: (call: GraphQLCall) => unknown = () => ({ data: {} })) {
  const { calls } = stubGraphQL(respond);
  const { wrapper } = mountWithApp(ChainTemplateEditor, {
    props: { organizationId: '1', chain, departments, canManage: true },
  });
  return { wrapper, calls };
}
type Wrapper = ReturnType<typeof mountEditor>['wrapper'];

const errorsShown = (wrapper: Wrapper) =>
  wrapper.findAll('.el-form-item__error, .el-alert__title').map((node) => node.text());
const stepCards = (wrapper: Wrapper) => wrapper.findAll('[data-test="chain-step-editor"]');
const saves = (calls: GraphQLCall[]) => calls.filter((call) => call.operationName === 'SetChainTemplate');

async function click(wrapper: Wrapper, selector: string) {
  await wrapper.find(selector).trigger('click');
  await flushPromises();
}

describe('the chain-template editor', () => {
  beforeEach(() => setLocale('en'));

  it('says where the chain comes from and lists its steps', () => {
    const { wrapper } = mountEditor(inheritedChain());
    expect(wrapper.find('[data-test="chain-IDENTITY-inherited"]').text()).toBe('Inherited from 中共示范市委员会');
    expect(wrapper.find('[data-test="chain-step"]').text()).toContain('市委组织部, 市纪委监委');
    expect(wrapper.find('[data-test="chain-step"]').text()).toContain('72 h limit');
    expect(wrapper.find('[data-test="chain-IDENTITY-remove"]').exists()).toBe(false);
  });

  it('refuses an empty step before sending, and marks that step', async () => {
    const { wrapper, calls } = mountEditor(ownChain());
    await click(wrapper, '[data-test="chain-IDENTITY-edit"]');
    await click(wrapper, '[data-test="chain-add-step"]');
    expect(stepCards(wrapper)).toHaveLength(2);
    await click(wrapper, '[data-test="chain-IDENTITY-save"]');
    await vi.waitFor(() => expect(errorsShown(wrapper)).toEqual(['Step 2 needs at least one department']));
    expect(stepCards(wrapper)[1].find('.el-form-item__error').exists()).toBe(true);
    expect(saves(calls)).toHaveLength(0);

    // Removing every step is refused too.
    for (const button of wrapper.findAll('[data-test="chain-step-remove"]').reverse()) await button.trigger('click');
    await click(wrapper, '[data-test="chain-IDENTITY-save"]');
    await vi.waitFor(() => expect(errorsShown(wrapper)).toEqual(['A chain needs at least one step']));
    expect(saves(calls)).toHaveLength(0);
  });

  it('sends the ordered steps with the version it was shown, and reports the saved chain', async () => {
    const saved = ownChain();
    const { wrapper, calls } = mountEditor(ownChain(), () => ({ data: { setChainTemplate: saved } }));
    await click(wrapper, '[data-test="chain-IDENTITY-edit"]');
    await click(wrapper, '[data-test="chain-add-step"]');
    const second = stepCards(wrapper)[1];
    await second.find('[data-test="chain-mode-ANY_OF"]').trigger('click');
    second.findComponent(ElSelect).vm.$emit('update:modelValue', [JW.id]);
    await flushPromises();
    // The new ANY_OF step goes first.
    await second.find('[data-test="chain-step-up"]').trigger('click');
    await click(wrapper, '[data-test="chain-IDENTITY-save"]');
    expect(saves(calls).map((call) => call.variables)).toEqual([
      {
        input: {
          organizationId: '1',
          scope: 'IDENTITY',
          version: 2,
          steps: [
            { mode: 'ANY_OF', departmentIds: ['12'] },
            { mode: 'ALL_OF', departmentIds: ['11', '12'], timeLimitHours: 72 },
          ],
        },
      },
    ]);
    expect(wrapper.emitted('saved')).toEqual([[saved]]);
  });

  it('creates a template where one is inherited: no version, starting from the inherited steps', async () => {
    const { wrapper, calls } = mountEditor(inheritedChain(), () => ({ data: { setChainTemplate: ownChain() } }));
    await click(wrapper, '[data-test="chain-IDENTITY-edit"]');
    await click(wrapper, '[data-test="chain-IDENTITY-save"]');
    expect(saves(calls)[0].variables.input).toEqual({
      organizationId: '1',
      scope: 'IDENTITY',
      steps: [{ mode: 'ALL_OF', departmentIds: ['11', '12'], timeLimitHours: 72 }],
    });
  });

  it('shows the server’s refusal of a step’s departments on that step and stays in the editor', async () => {
    const { wrapper } = mountEditor(ownChain(), () =>
      graphQLError('Step 2: 已撤销部门 is disabled', 'BAD_USER_INPUT', 'steps.1.departmentIds'),
    );
    await click(wrapper, '[data-test="chain-IDENTITY-edit"]');
    await click(wrapper, '[data-test="chain-add-step"]');
    stepCards(wrapper)[1].findComponent(ElSelect).vm.$emit('update:modelValue', [OLD.id]);
    await flushPromises();
    await click(wrapper, '[data-test="chain-IDENTITY-save"]');
    await vi.waitFor(() => expect(errorsShown(wrapper)).toEqual(['Step 2: 已撤销部门 is disabled']));
    expect(stepCards(wrapper)[1].find('.el-form-item__error').text()).toBe('Step 2: 已撤销部门 is disabled');
    expect(stepCards(wrapper)[0].find('.el-form-item__error').exists()).toBe(false);
    expect(wrapper.emitted('saved')).toBeUndefined();
  });

  it('leaves the editor and asks for a reload when someone else saved first', async () => {
    const { wrapper } = mountEditor(ownChain(), () => graphQLError('Changed meanwhile', 'CONFLICT'));
    await click(wrapper, '[data-test="chain-IDENTITY-edit"]');
    await click(wrapper, '[data-test="chain-IDENTITY-save"]');
    expect(wrapper.emitted('conflict')).toHaveLength(1);
    expect(stepCards(wrapper)).toHaveLength(0);
  });
});

describe('validateSteps', () => {
  beforeEach(() => setLocale('en'));

  it('names the step at fault the way the server does', () => {
    const duplicate = { ...newStep(), departmentIds: ['11', '11'] };
    const fine = { ...newStep('ANY_OF'), departmentIds: ['12'], timeLimitHours: 24 };
    const slow = { ...newStep(), departmentIds: ['12'], timeLimitHours: 721 };
    expect(validateSteps([fine, duplicate, slow])).toEqual({
      'steps.1.departmentIds': 'Step 2 names a department twice',
      'steps.2.timeLimitHours': 'The time limit must be a whole number of hours from 1 to 720',
    });
    expect(validateSteps([fine])).toEqual({});
  });
});
