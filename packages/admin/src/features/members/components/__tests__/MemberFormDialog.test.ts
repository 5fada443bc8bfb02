import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { graphQLError, mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import MemberFormDialog from '../MemberFormDialog.vue';
import { memberDetail, organizations, WOMAN_ID } from '../../__tests__/fixtures';
import type { MemberDetail } from '../../data';

function answer(call: GraphQLCall) {
  if (call.operationName === 'Organizations') return { data: { organizations } };
  const input = call.variables.input as Record<string, unknown>;
  const saved = { ...memberDetail(), ...input, relatives: [] };
  return { data: call.operationName === 'CreateMember' ? { createMember: saved } : { updateMember: saved } };
}

async function mountDialog(member: MemberDetail | null = null) {
  // Opened after mounting, as a page opens it: opening fills the form.
  const mounted = mountWithApp(MemberFormDialog, { props: { modelValue: false, member } });
  await mounted.wrapper.setProps({ modelValue: true });
  await flushPromises();
  return mounted;
}
type Wrapper = Awaited<ReturnType<typeof mountDialog>>['wrapper'];

async function type(wrapper: Wrapper, testId: string, value: string) {
  const input = wrapper.find(`input[data-test="${testId}"], [data-test="${testId}"] input`);
  await input.setValue(value);
  // change before blur: a date picker reads what was typed on change, and blur discards it.
  await input.trigger('change');
  await input.trigger('blur');
  await flushPromises();
}

async function chooseOrganization(wrapper: Wrapper, name: string) {
  await wrapper.find('[data-test="member-form-organization"] .el-select__wrapper').trigger('click');
  await flushPromises();
  [...document.querySelectorAll<HTMLElement>('.el-tree-node__content')]
    .find((node) => node.textContent?.trim() === name)!
    .click();
  await flushPromises();
}

async function submit(wrapper: Wrapper) {
  await wrapper.find('[data-test="member-form-submit"]').trigger('click');
  await flushPromises();
}

const errorUnder = (wrapper: Wrapper, testId: string) =>
  wrapper
    .find(`[data-test="${testId}"]`)
    .element.closest('.el-form-item')
    ?.querySelector('.el-form-item__error')
    ?.textContent?.trim();
const sent = (calls: GraphQLCall[], operation: string) =>
  calls.filter((call) => call.operationName === operation).map((call) => call.variables.input);

async function fillValidApplicant(wrapper: Wrapper, applicationDate = '2020-03-01') {
  await type(wrapper, 'member-form-name', '王芳');
  await type(wrapper, 'member-form-id-number', WOMAN_ID);
  await chooseOrganization(wrapper, '第一党支部');
  await type(wrapper, 'member-form-applicationDate', applicationDate);
}

// Each case mounts the whole form with Element Plus; a slow shared machine needs more than 5 s.
describe('member form', { timeout: 30_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('refuses an ID number with a wrong check digit in the browser, sending nothing', async () => {
    const { calls } = stubGraphQL(answer);
    const { wrapper } = await mountDialog();

    await fillValidApplicant(wrapper);
    await type(wrapper, 'member-form-id-number', '110105194912310021');
    await submit(wrapper);

    await vi.waitFor(() => expect(errorUnder(wrapper, 'member-form-id-number')).toBe('身份证号码校验位不正确，请核对'));
    expect(sent(calls, 'CreateMember')).toEqual([]);
  });

  it('refuses an ID number whose birth date or gender disagrees with the form', async () => {
    const { calls } = stubGraphQL(answer);
    const { wrapper } = await mountDialog();

    await fillValidApplicant(wrapper);
    await wrapper.find('[data-test="member-form-gender-MALE"] input').setValue(true);
    await submit(wrapper);

    await vi.waitFor(() =>
      expect(errorUnder(wrapper, 'member-form-id-number')).toBe('身份证号码中的性别与填写的性别不一致'),
    );
    expect(sent(calls, 'CreateMember')).toEqual([]);
  });

  it('refuses a malformed phone and an application before the age of 18', async () => {
    const { calls } = stubGraphQL(answer);
    const { wrapper } = await mountDialog();

    await fillValidApplicant(wrapper, '1960-01-01');
    await type(wrapper, 'member-form-phone', '12-34');
    await submit(wrapper);

    await vi.waitFor(() => expect(errorUnder(wrapper, 'member-form-phone')).toBe('电话号码格式不正确'));
    await vi.waitFor(() => expect(errorUnder(wrapper, 'member-form-applicationDate')).toBe('申请入党时须年满 18 周岁'));
    expect(sent(calls, 'CreateMember')).toEqual([]);
  });

  it('creates a member with relatives; the ID number fills in birth date and gender', async () => {
    const { calls } = stubGraphQL(answer);
    const { wrapper } = await mountDialog();

    await fillValidApplicant(wrapper);
    await wrapper.find('[data-test="member-form-relative-add"]').trigger('click');
    await type(wrapper, 'member-form-relative-0-name', '王强');
    await type(wrapper, 'member-form-relative-0-relation', '父亲');
    await submit(wrapper);

    expect(sent(calls, 'CreateMember')).toEqual([
      {
        name: '王芳',
        gender: 'FEMALE',
        ethnicity: '汉族',
        birthDate: '1949-12-31',
        idNumber: WOMAN_ID,
        phone: null,
        address: null,
        education: null,
        workUnit: null,
        post: null,
        organizationId: 'o2',
        stage: 'APPLICANT',
        applicationDate: '2020-03-01',
        activistDate: null,
        developmentTargetDate: null,
        probationaryDate: null,
        fullMembershipDate: null,
        relatives: [{ kind: 'FAMILY', name: '王强', relation: '父亲', workUnit: null, idNumber: null }],
      },
    ]);
    expect(wrapper.emitted('saved')).toHaveLength(1);
  });

  it('sends only the changed fields of an edit, never a masked value left alone', async () => {
    const { calls } = stubGraphQL(answer);
    const { wrapper } = await mountDialog(memberDetail({ idNumber: '1101**********002X', phone: '138****5678' }));

    await type(wrapper, 'member-form-work-unit', '示范市委组织部');
    await submit(wrapper);

    expect(calls.filter((call) => call.operationName === 'UpdateMember').map((call) => call.variables)).toEqual([
      { input: { id: 'm1', version: 3, workUnit: '示范市委组织部' } },
    ]);
  });

  it('refuses a masked value typed over', async () => {
    const { calls } = stubGraphQL(answer);
    const { wrapper } = await mountDialog(memberDetail({ phone: '138****5678' }));

    await type(wrapper, 'member-form-phone', '139****5678');
    await submit(wrapper);

    await vi.waitFor(() => expect(errorUnder(wrapper, 'member-form-phone')).toMatch(/部分隐藏/));
    expect(sent(calls, 'UpdateMember')).toEqual([]);
  });

  it("shows the server's refusal under the field it names, a relative's too", async () => {
    stubGraphQL((call) =>
      call.operationName === 'CreateMember'
        ? graphQLError('称谓过长', 'BAD_USER_INPUT', 'relatives.0.relation')
        : answer(call),
    );
    const { wrapper } = await mountDialog();

    await fillValidApplicant(wrapper);
    await wrapper.find('[data-test="member-form-relative-add"]').trigger('click');
    await type(wrapper, 'member-form-relative-0-name', '王强');
    await type(wrapper, 'member-form-relative-0-relation', '父亲');
    await submit(wrapper);

    await vi.waitFor(() => expect(errorUnder(wrapper, 'member-form-relative-0-relation')).toBe('称谓过长'));
    expect(errorUnder(wrapper, 'member-form-name')).toBeUndefined();
  });
});
