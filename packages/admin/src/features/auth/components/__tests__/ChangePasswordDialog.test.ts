import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { graphQLError, mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import ChangePasswordDialog from '../ChangePasswordDialog.vue';

async function mountDialog() {
  // Real transitions: the dialog forgets the passwords once it has finished closing.
  const mounted = mountWithApp(ChangePasswordDialog, {
    props: { modelValue: true },
    global: { stubs: { transition: false } },
  });
  await flushPromises();
  return mounted.wrapper;
}

type Wrapper = Awaited<ReturnType<typeof mountDialog>>;

const passwordInputs = (wrapper: Wrapper) => wrapper.findAll('input[type="password"]');

async function fill(wrapper: Wrapper, current: string, next: string, confirmation: string) {
  const [currentInput, nextInput, confirmationInput] = passwordInputs(wrapper);
  await currentInput.setValue(current);
  await nextInput.setValue(next);
  await confirmationInput.setValue(confirmation);
}

async function submit(wrapper: Wrapper) {
  await wrapper.find('[data-test="change-password-submit"]').trigger('click');
  await flushPromises();
}

const fieldErrors = (wrapper: Wrapper) => wrapper.findAll('.el-form-item__error').map((node) => node.text());
const changes = (calls: GraphQLCall[]) => calls.filter((call) => call.operationName === 'ChangePassword');

describe('change-password dialog', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('refuses a confirmation that differs from the new password and sends nothing', async () => {
    const { calls } = stubGraphQL(() => ({ data: { changePassword: true } }));
    const wrapper = await mountDialog();

    await fill(wrapper, 'Dangan@2026', 'Archive#2026x', 'Archive#2026y');
    await submit(wrapper);

    await vi.waitFor(() => expect(fieldErrors(wrapper)).toEqual(['两次输入的密码不一致']));
    expect(changes(calls)).toEqual([]);
  });

  it('shows a wrong current password under that field', async () => {
    stubGraphQL(() => graphQLError('当前密码不正确', 'BAD_USER_INPUT', 'currentPassword'));
    const wrapper = await mountDialog();

    await fill(wrapper, 'not-it', 'Archive#2026x', 'Archive#2026x');
    await submit(wrapper);

    await vi.waitFor(() => expect(fieldErrors(wrapper)).toEqual(['当前密码不正确']));
    expect(wrapper.emitted('update:modelValue')).toBeUndefined();
  });

  it('changes the password, closes, and forgets what was typed', async () => {
    const { calls } = stubGraphQL(() => ({ data: { changePassword: true } }));
    const wrapper = await mountDialog();

    await fill(wrapper, 'Dangan@2026', 'Archive#2026x', 'Archive#2026x');
    await submit(wrapper);
    expect(changes(calls).map((call) => call.variables)).toEqual([
      { currentPassword: 'Dangan@2026', newPassword: 'Archive#2026x' },
    ]);
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([false]);

    await wrapper.setProps({ modelValue: false });
    await vi.waitFor(() =>
      expect(passwordInputs(wrapper).map((input) => (input.element as HTMLInputElement).value)).toEqual(['', '', '']),
    );
  });
});
