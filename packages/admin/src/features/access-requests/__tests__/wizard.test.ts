import { beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { graphQLError, mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import NewRequestPage from '../pages/new.vue';
import { emptyWizardForm, stepProblems, toInput, wizardFieldOf } from '../wizard';

const PURPOSES = [
  { id: 'p1', code: 'POLITICAL_REVIEW', nameZh: '政治审查', nameEn: 'Political review', requiresDetails: false },
  { id: 'p7', code: 'OTHER', nameZh: '其他', nameEn: 'Other', requiresDetails: true },
];
const CATEGORIES = [
  { id: 'c1', code: 'A', nameZh: '履历', nameEn: 'CV', sensitivity: 'NORMAL', active: true },
  { id: 'c2', code: 'B', nameZh: '处分', nameEn: 'Sanctions', sensitivity: 'RESTRICTED', active: true },
] as const;
const OPTIONS = { purposes: PURPOSES, categories: CATEGORIES };

beforeEach(() => setLocale('zh-CN'));

describe('stepProblems', () => {
  it('needs a dossier, then a scope', () => {
    const form = emptyWizardForm();
    expect(stepProblems(0, form, OPTIONS).dossiers).toBe('请至少选择一份档案');
    form.dossiers.push({ id: '1', memberName: 'a', organizationName: 'b', custodianName: 'c' });
    expect(stepProblems(0, form, OPTIONS)).toEqual({});
    expect(stepProblems(1, form, OPTIONS).scopes).toBe('请至少选择一项查阅范围');
  });

  it('wants a category for every narrowed material scope', () => {
    const form = {
      ...emptyWizardForm(),
      scopes: ['MATERIALS', 'RESTRICTED'] as const,
      narrow: true,
      categoryIds: ['c1'],
    };
    expect(stepProblems(1, { ...form, scopes: [...form.scopes] }, OPTIONS).categoryIds).toBe(
      '每个所选的材料范围至少需要一个类别',
    );
    expect(stepProblems(1, { ...form, scopes: [...form.scopes], categoryIds: ['c1', 'c2'] }, OPTIONS)).toEqual({});
    // IDENTITY alone has nothing to narrow.
    expect(stepProblems(1, { ...form, scopes: ['IDENTITY'], categoryIds: [] }, OPTIONS)).toEqual({});
  });

  it('needs details for OTHER and a justification of 10–2000 characters', () => {
    const form = { ...emptyWizardForm(), purpose: 'OTHER', justification: '太短' };
    const problems = stepProblems(2, form, OPTIONS);
    expect(problems.purposeDetails).toBe('该用途须填写具体说明');
    expect(problems.justification).toBe('申请理由须为 10–2000 个字');
    expect(
      stepProblems(2, { ...form, purposeDetails: '专项检查', justification: '一二三四五六七八九十' }, OPTIONS),
    ).toEqual({});
    expect(
      stepProblems(2, { ...form, purpose: '', purposeDetails: 'x', justification: 'x'.repeat(10) }, OPTIONS).purpose,
    ).toBe('请选择查阅用途');
  });

  it('maps the server field of a refusal to the wizard field', () => {
    expect(wizardFieldOf('dossierIds.1')).toBe('dossiers');
    expect(wizardFieldOf('justificationFile.sha256')).toBe('file');
    expect(wizardFieldOf('input.durationDays')).toBe('durationDays');
    expect(wizardFieldOf('somethingElse')).toBeNull();
  });

  it('sends categories only when narrowing a material scope', () => {
    const form = {
      ...emptyWizardForm(),
      scopes: ['IDENTITY'] as ('IDENTITY' | 'MATERIALS')[],
      narrow: true,
      categoryIds: ['c1'],
    };
    expect(toInput(form).categoryIds).toBeNull();
    expect(toInput({ ...form, scopes: ['IDENTITY', 'MATERIALS'] }).categoryIds).toEqual(['c1']);
  });
});

function respond(call: GraphQLCall) {
  switch (call.operationName) {
    case 'AccessRequestOptions':
      return { data: { accessPurposes: PURPOSES, materialCategories: CATEGORIES } };
    case 'RequestableDossiers':
      return {
        data: {
          requestableDossiers: [
            { id: '11', memberName: '王芳', organizationName: '第一支部', custodianName: '档案室A', conflict: false },
            { id: '12', memberName: '孙某', organizationName: '第一支部', custodianName: '档案室A', conflict: true },
          ],
        },
      };
    case 'CreateAccessRequest':
      return graphQLError('查阅期限须为 1–30 天', 'BAD_USER_INPUT', 'durationDays');
    default:
      return { data: null };
  }
}

type Wrapper = ReturnType<typeof mountWithApp>['wrapper'];
/** el-form-item shows a message 100 ms after its state turns to error (a debounce). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
const click = async (wrapper: Wrapper, test: string) => {
  await wrapper.get(`[data-test="${test}"]`).trigger('click');
  await flushPromises();
  await settle();
};
const type = async (wrapper: Wrapper, test: string, value: string) => {
  await wrapper
    .get(`input[data-test="${test}"], textarea[data-test="${test}"], [data-test="${test}"] input`)
    .setValue(value);
};

describe('the request wizard', () => {
  it('does not pass a step before it is complete, and shows a conflict row without the pick button', async () => {
    const { calls } = stubGraphQL(respond);
    const { wrapper } = mountWithApp(NewRequestPage);
    await flushPromises();

    await click(wrapper, 'wizard-next');
    expect(wrapper.get('[data-test="wizard-step-dossiers"]').text()).toContain('请至少选择一份档案');
    expect(wrapper.get('[data-test="wizard-step-dossiers"]').isVisible()).toBe(true);

    await click(wrapper, 'dossier-search-submit');
    expect(wrapper.get('[data-test="dossier-search-problem"]').text()).toBe('请输入身份证号或姓名');
    await type(wrapper, 'dossier-search-input', '王');
    await click(wrapper, 'dossier-search-submit');
    expect(calls.find((call) => call.operationName === 'RequestableDossiers')?.variables).toEqual({ name: '王' });
    // Two rows, one pickable: the conflict shows its reason instead.
    expect(wrapper.findAll('[data-test="dossier-pick"]')).toHaveLength(1);
    expect(wrapper.find('[data-test="dossier-conflict"]').exists()).toBe(true);
    expect(wrapper.get('[data-test="dossier-conflict-note"]').text()).toContain('须回避');

    await click(wrapper, 'dossier-pick');
    expect(wrapper.findAll('[data-test="wizard-picked-dossier"]')).toHaveLength(1);
    await click(wrapper, 'wizard-next');
    expect(wrapper.get('[data-test="wizard-step-scopes"]').isVisible()).toBe(true);

    await click(wrapper, 'wizard-next');
    expect(wrapper.get('[data-test="wizard-step-scopes"]').text()).toContain('请至少选择一项查阅范围');
    await wrapper.get('[data-test="wizard-scope-IDENTITY"] input').setValue(true);
    await click(wrapper, 'wizard-next');
    expect(wrapper.get('[data-test="wizard-step-purpose"]').isVisible()).toBe(true);

    await click(wrapper, 'wizard-next');
    const purposeStep = wrapper.get('[data-test="wizard-step-purpose"]').text();
    expect(purposeStep).toContain('请选择查阅用途');
    expect(purposeStep).toContain('申请理由须为 10–2000 个字');
    wrapper.unmount();
  });

  it('shows a refusal from the server under its field, on its step', async () => {
    const { calls } = stubGraphQL(respond);
    const { wrapper } = mountWithApp(NewRequestPage);
    await flushPromises();
    await type(wrapper, 'dossier-search-input', '王');
    await click(wrapper, 'dossier-search-submit');
    await click(wrapper, 'dossier-pick');
    await click(wrapper, 'wizard-next');
    await wrapper.get('[data-test="wizard-scope-IDENTITY"] input').setValue(true);
    await click(wrapper, 'wizard-next');
    // Choose the purpose through the component's model (the select's popper is teleported).
    wrapper.findComponent({ name: 'ElSelect' }).vm.$emit('update:modelValue', 'POLITICAL_REVIEW');
    await type(wrapper, 'wizard-justification', '干部考察需要核实身份信息');
    await click(wrapper, 'wizard-next');
    expect(wrapper.get('[data-test="wizard-review"]').text()).toContain('王芳');
    await click(wrapper, 'wizard-submit');

    const sent = calls.find((call) => call.operationName === 'CreateAccessRequest')!.variables.input;
    expect(sent).toMatchObject({
      dossierIds: ['11'],
      scope: ['IDENTITY'],
      purpose: 'POLITICAL_REVIEW',
      durationDays: 7,
    });
    expect(wrapper.get('[data-test="wizard-step-purpose"]').isVisible()).toBe(true);
    expect(wrapper.get('[data-test="wizard-step-purpose"]').text()).toContain('查阅期限须为 1–30 天');
    wrapper.unmount();
  });
});
