import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { graphQLError, mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import ContractFormDialog from '../ContractFormDialog.vue';
import StaffFormDialog from '../StaffFormDialog.vue';

const errorUnder = (testId: string) =>
  document
    .querySelector(`[data-test="${testId}"]`)
    ?.closest('.el-form-item')
    ?.querySelector('.el-form-item__error')
    ?.textContent?.trim();
const sent = (calls: GraphQLCall[], operation: string) =>
  calls.filter((call) => call.operationName === operation).map((call) => call.variables.input);

async function type(testId: string, value: string) {
  const input = document.querySelector<HTMLInputElement>(
    `[data-test="${testId}"] input, input[data-test="${testId}"], [data-test="${testId}"] textarea, textarea[data-test="${testId}"]`,
  )!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
  input.dispatchEvent(new Event('blur'));
  await flushPromises();
}

async function open(
  component: typeof StaffFormDialog | typeof ContractFormDialog,
  props: Record<string, unknown>,
  respond: (call: GraphQLCall) => unknown,
) {
  const { calls } = stubGraphQL(respond);
  // Opened after mounting, as a page opens it: opening fills the form.
  const mounted = mountWithApp(component as typeof ContractFormDialog, {
    props: { modelValue: false, staffMemberId: '', ...props },
  });
  await mounted.wrapper.setProps({ modelValue: true });
  await flushPromises();
  return { ...mounted, calls };
}

const submit = async (testId: string) => {
  document.querySelector<HTMLElement>(`[data-test="${testId}"]`)!.click();
  // Validation settles, then the error renders on the next tick.
  await flushPromises();
  await nextTick();
};

// Each case mounts the whole form with Element Plus; a slow shared machine needs more than 5 s.
describe('StaffFormDialog', { timeout: 30_000 }, () => {
  beforeEach(() => {
    setLocale('zh-CN');
    document.body.innerHTML = '';
  });

  it('names every missing field and sends nothing', async () => {
    const { calls } = await open(StaffFormDialog, {}, () => ({ data: { organizations: [] } }));
    await submit('staff-form-submit');
    await vi.waitFor(() => expect(errorUnder('staff-form-name')).toBe('请输入姓名'));
    await vi.waitFor(() => expect(errorUnder('staff-form-region')).toBe('请输入地区'));
    await vi.waitFor(() => expect(errorUnder('staff-form-birth-date')).toBe('请选择出生日期'));
    await vi.waitFor(() => expect(errorUnder('staff-form-hire-date')).toBe('请选择入职日期'));
    await vi.waitFor(() => expect(errorUnder('staff-form-retirement-date')).toBe('请选择退休日期'));
    expect(sent(calls, 'CreateStaffMember')).toEqual([]);
  });
});

const EDITED = {
  id: '7',
  version: 3,
  name: '王建国',
  region: '东城区',
  birthDate: '1990-04-01',
  hireDate: '2015-07-01',
  retirementDate: '2050-04-01',
};
const updated = (call: GraphQLCall) => ({
  data: {
    updateStaffMember: {
      ...EDITED,
      ...(call.variables.input as object),
      version: 4,
      status: 'ACTIVE',
      flaggedForRemoval: false,
      organization: { id: 'o2', name: '档案室A' },
      currentAssignment: null,
    },
  },
});

describe('StaffFormDialog editing a person', { timeout: 30_000 }, () => {
  beforeEach(() => {
    setLocale('zh-CN');
    document.body.innerHTML = '';
  });

  it('opens with the person’s fields, without the organisation, and sends only what changed with the version shown', async () => {
    const { calls, wrapper } = await open(StaffFormDialog, { staff: EDITED }, updated);
    expect(document.querySelector('[data-test="staff-form-organization"]')).toBeNull();
    expect(document.querySelector<HTMLInputElement>('[data-test="staff-form-region"]')!.value).toBe('东城区');
    await type('staff-form-name', ' 王建华 ');
    await type('staff-form-retirement-date', '2050-05-01');
    await submit('staff-form-submit');
    await vi.waitFor(() =>
      expect(sent(calls, 'UpdateStaffMember')).toEqual([
        { id: '7', version: 3, name: '王建华', retirementDate: '2050-05-01' },
      ]),
    );
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1));
  });

  it('sends nothing when nothing changed, and just closes', async () => {
    const { calls, wrapper } = await open(StaffFormDialog, { staff: EDITED }, updated);
    await submit('staff-form-submit');
    await vi.waitFor(() => expect(wrapper.emitted('update:modelValue')).toEqual([[false]]));
    expect(sent(calls, 'UpdateStaffMember')).toEqual([]);
    expect(wrapper.emitted('saved')).toBeUndefined();
  });

  it('refuses a hire date before the date of birth before sending', async () => {
    const { calls } = await open(StaffFormDialog, { staff: EDITED }, updated);
    await type('staff-form-hire-date', '1989-01-01');
    await submit('staff-form-submit');
    await vi.waitFor(() => expect(errorUnder('staff-form-hire-date')).toBe('入职日期不能早于出生日期'));
    expect(sent(calls, 'UpdateStaffMember')).toEqual([]);
  });

  it('closes on a stale version (CONFLICT), asks to reload, and tells the page to reload', async () => {
    const { wrapper } = await open(StaffFormDialog, { staff: EDITED }, () =>
      graphQLError('该记录已被他人修改', 'CONFLICT'),
    );
    await type('staff-form-region', '西城区');
    await submit('staff-form-submit');
    await vi.waitFor(() => expect(wrapper.emitted('conflict')).toHaveLength(1));
    expect(wrapper.emitted('update:modelValue')).toEqual([[false]]);
    expect(wrapper.emitted('saved')).toBeUndefined();
    await vi.waitFor(() =>
      expect(document.querySelector('.el-message')?.textContent).toContain('该记录已被他人修改，页面已重新加载'),
    );
  });
});

describe('ContractFormDialog', { timeout: 30_000 }, () => {
  beforeEach(() => {
    setLocale('zh-CN');
    document.body.innerHTML = '';
  });

  it('refuses an end before the start before sending', async () => {
    const { calls } = await open(ContractFormDialog, { staffMemberId: '7' }, () => ({
      data: { createContract: { id: '1' } },
    }));
    await type('contract-form-start', '2026-03-01');
    await type('contract-form-end', '2026-02-01');
    await type('contract-form-duties', '档案整理');
    await type('contract-form-obligations', '遵守保密规定');
    await submit('contract-form-submit');
    await vi.waitFor(() => expect(errorUnder('contract-form-end')).toBe('结束日期不能早于开始日期'));
    expect(sent(calls, 'CreateContract')).toEqual([]);
  });

  it('shows the server refusing a short term under the end date (extensions.field) and stays open', async () => {
    const { calls, wrapper } = await open(ContractFormDialog, { staffMemberId: '7' }, () =>
      graphQLError('服务期限不得少于 3 年', 'BAD_USER_INPUT', 'input.endDate'),
    );
    await type('contract-form-start', '2026-03-01');
    await type('contract-form-end', '2027-03-01');
    await type('contract-form-duties', '档案整理');
    await type('contract-form-obligations', '遵守保密规定');
    await submit('contract-form-submit');
    expect(sent(calls, 'CreateContract')).toEqual([
      {
        staffMemberId: '7',
        startDate: '2026-03-01',
        endDate: '2027-03-01',
        duties: '档案整理',
        obligations: '遵守保密规定',
      },
    ]);
    await vi.waitFor(() => expect(errorUnder('contract-form-end')).toBe('服务期限不得少于 3 年'));
    expect(wrapper.emitted('saved')).toBeUndefined();
  });
});
