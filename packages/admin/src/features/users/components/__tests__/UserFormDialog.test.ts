import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ElMessage } from 'element-plus';
import { setLocale } from '@/app/i18n';
import { graphQLError, mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import UserFormDialog from '../UserFormDialog.vue';

const organizations = [
  { id: 'o1', code: 'SZ', name: '中共示范市委员会', type: 'COMMITTEE', active: true, version: 1, parent: null },
  { id: 'o2', code: 'SZ-01', name: '市直机关工委', type: 'COMMITTEE', active: true, version: 1, parent: { id: 'o1' } },
];

function answer(call: GraphQLCall) {
  if (call.operationName === 'Organizations') return { data: { organizations } };
  const input = call.variables.input as Record<string, unknown>;
  return {
    data: {
      createUser: {
        id: 'u9',
        ...input,
        status: 'ACTIVE',
        lastLoginAt: null,
        version: 1,
        createdAt: '2026-01-01T00:00:00Z',
        organization: { id: input.organizationId, name: '市直机关工委' },
      },
    },
  };
}

async function mountDialog() {
  const mounted = mountWithApp(UserFormDialog, { props: { modelValue: true, user: null } });
  await flushPromises();
  return mounted;
}

type Wrapper = Awaited<ReturnType<typeof mountDialog>>['wrapper'];

interface Values {
  username?: string;
  displayName?: string;
  organization?: string;
  roles?: string[];
  password?: string;
  phone?: string;
  email?: string;
}

function clickInBody(selector: string, text?: string) {
  const candidates = [...document.querySelectorAll<HTMLElement>(selector)];
  const target = text ? candidates.find((element) => element.textContent?.trim() === text) : candidates[0];
  if (!target) throw new Error(`nothing to click: ${selector} ${text ?? ''}`);
  target.click();
}

async function fill(wrapper: Wrapper, values: Values) {
  const inputs: [keyof Values, string][] = [
    ['username', 'user-form-username'],
    ['displayName', 'user-form-display-name'],
    ['password', 'user-form-password'],
    ['phone', 'user-form-phone'],
    ['email', 'user-form-email'],
  ];
  for (const [key, testId] of inputs) {
    const value = values[key];
    if (typeof value === 'string') await wrapper.find(`[data-test="${testId}"]`).setValue(value);
  }
  if (values.organization) {
    await wrapper.find('[data-test="user-form-organization"] .el-select__wrapper').trigger('click');
    await flushPromises();
    clickInBody('.el-tree-node__content', values.organization);
    await flushPromises();
  }
  for (const role of values.roles ?? []) {
    await wrapper.find('[data-test="user-form-roles"] .el-select__wrapper').trigger('click');
    await flushPromises();
    clickInBody(`[data-test="user-form-role-${role}"]`);
    await flushPromises();
  }
}

const valid: Values = {
  username: 'zhang.wei',
  displayName: '张伟',
  organization: '市直机关工委',
  roles: ['ARCHIVIST'],
  password: 'Archive#2026',
};

async function submit(wrapper: Wrapper) {
  await wrapper.find('[data-test="user-form-submit"]').trigger('click');
  await flushPromises();
}

const fieldErrors = (wrapper: Wrapper) => wrapper.findAll('.el-form-item__error').map((node) => node.text());
const creates = (calls: GraphQLCall[]) => calls.filter((call) => call.operationName === 'CreateUser');

describe('create-user form', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('names every missing required field and sends nothing', async () => {
    const { calls } = stubGraphQL(answer);
    const { wrapper } = await mountDialog();

    await submit(wrapper);

    await vi.waitFor(() =>
      expect(fieldErrors(wrapper)).toEqual([
        '请输入用户名',
        '请输入姓名',
        '请选择所属组织',
        '请选择角色',
        '请输入初始密码',
      ]),
    );
    expect(creates(calls)).toEqual([]);
  });

  it('refuses a malformed username, phone and e-mail', async () => {
    const { calls } = stubGraphQL(answer);
    const { wrapper } = await mountDialog();

    await fill(wrapper, { ...valid, username: '.zhang', phone: '12-34', email: 'zhang@' });
    await submit(wrapper);

    await vi.waitFor(() =>
      expect(fieldErrors(wrapper)).toEqual([
        '用户名为 3–64 位小写字母、数字、点、下划线或连字符，且以字母或数字开头',
        '电话号码格式不正确',
        '邮箱格式不正确',
      ]),
    );
    expect(creates(calls)).toEqual([]);
  });

  it.each([
    ['too short', 'Ab#12345'],
    ['only two character classes', 'archive2026archive'],
  ])('refuses a weak password (%s)', async (_case, password) => {
    const { calls } = stubGraphQL(answer);
    const { wrapper } = await mountDialog();

    await fill(wrapper, { ...valid, password });
    await submit(wrapper);

    await vi.waitFor(() =>
      expect(fieldErrors(wrapper)).toEqual(['密码至少 10 位，且包含小写字母、大写字母、数字、符号中的至少 3 类']),
    );
    expect(creates(calls)).toEqual([]);
  });

  it('refuses a password that contains the username, whatever its case', async () => {
    const { calls } = stubGraphQL(answer);
    const { wrapper } = await mountDialog();

    await fill(wrapper, { ...valid, password: 'Zhang.Wei#2026' });
    await submit(wrapper);

    await vi.waitFor(() => expect(fieldErrors(wrapper)).toEqual(['密码不能包含用户名']));
    expect(creates(calls)).toEqual([]);
  });

  it('sends a valid user, with the username in lower case and blank contacts as null', async () => {
    const { calls } = stubGraphQL(answer);
    const { wrapper } = await mountDialog();

    await fill(wrapper, { ...valid, username: 'Zhang.Wei', displayName: ' 张伟 ', phone: '+86 139-0000-0000' });
    await submit(wrapper);

    expect(creates(calls).map((call) => call.variables)).toEqual([
      {
        input: {
          username: 'zhang.wei',
          displayName: '张伟',
          organizationId: 'o2',
          roles: ['ARCHIVIST'],
          password: 'Archive#2026',
          phone: '+86 139-0000-0000',
          email: null,
        },
      },
    ]);
    expect(wrapper.emitted('saved')?.[0][0]).toMatchObject({ id: 'u9', username: 'zhang.wei' });
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([false]);
  });

  it("puts the server's complaint under the field it names", async () => {
    stubGraphQL((call) =>
      call.operationName === 'CreateUser'
        ? graphQLError('用户名 zhang.wei 已被使用', 'BAD_USER_INPUT', 'input.username')
        : answer(call),
    );
    const { wrapper } = await mountDialog();

    await fill(wrapper, valid);
    await submit(wrapper);

    await vi.waitFor(() => expect(fieldErrors(wrapper)).toEqual(['用户名 zhang.wei 已被使用']));
    const usernameItem = wrapper.find('[data-test="user-form-username"]').element.closest('.el-form-item');
    expect(usernameItem?.querySelector('.el-form-item__error')?.textContent?.trim()).toBe('用户名 zhang.wei 已被使用');
    expect(wrapper.emitted('saved')).toBeUndefined();
  });

  it('shows the rules in English when the interface is in English', async () => {
    setLocale('en');
    stubGraphQL(answer);
    const { wrapper } = await mountDialog();

    await fill(wrapper, { ...valid, username: 'ab' });
    await submit(wrapper);

    await vi.waitFor(() =>
      expect(fieldErrors(wrapper)).toEqual([
        '3–64 lower-case letters, digits, dots, underscores or hyphens, starting with a letter or digit',
      ]),
    );
  });
});

describe('edit-user form', () => {
  beforeEach(() => setLocale('zh-CN'));

  // As an administrator who may not read this user's contact details would be shown them.
  const shownMasked = {
    id: 'u2',
    username: 'wang',
    displayName: '王档案',
    roles: ['ARCHIVIST', 'APPROVER'],
    status: 'ACTIVE',
    phone: '139****0001',
    email: 'w***@example.org',
    lastLoginAt: null,
    version: 4,
    createdAt: '2026-01-01T00:00:00Z',
    organization: { id: 'o2', name: '市直机关工委' },
  } as const;

  function editAnswer(call: GraphQLCall) {
    if (call.operationName === 'Organizations') return { data: { organizations } };
    const input = call.variables.input as Record<string, unknown>;
    return { data: { updateUser: { ...shownMasked, ...input, version: 5 } } };
  }

  async function mountEditor(user = shownMasked) {
    const mounted = mountWithApp(UserFormDialog, { props: { modelValue: false, user: user as never } });
    await mounted.wrapper.setProps({ modelValue: true });
    await flushPromises();
    return mounted.wrapper;
  }

  const updates = (calls: GraphQLCall[]) =>
    calls.filter((call) => call.operationName === 'UpdateUser').map((call) => call.variables.input);

  it('sends only the field the user changed, never the masked contacts it was shown', async () => {
    const { calls } = stubGraphQL(editAnswer);
    const wrapper = await mountEditor();
    expect((wrapper.find('[data-test="user-form-phone"]').element as HTMLInputElement).value).toBe('139****0001');
    expect(wrapper.find('[data-test="user-form-phone-masked"]').text()).toBe('部分已隐藏；不修改则保持原值');

    await fill(wrapper, { displayName: '王 档案' });
    await submit(wrapper);

    expect(updates(calls)).toEqual([{ id: 'u2', version: 4, displayName: '王 档案' }]);
    expect(JSON.stringify(calls)).not.toContain('*');
    expect(wrapper.emitted('saved')?.[0][0]).toMatchObject({ displayName: '王 档案' });
  });

  it('sends a contact the user replaced with a whole value, and still leaves out the other', async () => {
    const { calls } = stubGraphQL(editAnswer);
    const wrapper = await mountEditor();

    await fill(wrapper, { phone: '13900000002' });
    await submit(wrapper);

    expect(updates(calls)).toEqual([{ id: 'u2', version: 4, phone: '13900000002' }]);
  });

  it('refuses a contact edited into another masked-looking value, and sends nothing', async () => {
    const { calls } = stubGraphQL(editAnswer);
    const wrapper = await mountEditor();

    await fill(wrapper, { phone: '139****00012', email: 'x***@example.org' });
    await submit(wrapper);

    await vi.waitFor(() =>
      expect(fieldErrors(wrapper)).toEqual([
        '这是部分隐藏的值：请输入完整内容，或保持原样不修改',
        '这是部分隐藏的值：请输入完整内容，或保持原样不修改',
      ]),
    );
    expect(updates(calls)).toEqual([]);
  });

  it('sends nothing and says nothing was saved when nothing changed', async () => {
    const success = vi.spyOn(ElMessage, 'success');
    const { calls } = stubGraphQL(editAnswer);
    const wrapper = await mountEditor();

    await fill(wrapper, { displayName: '王档案' });
    await submit(wrapper);

    expect(updates(calls)).toEqual([]);
    expect(success).not.toHaveBeenCalled();
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([false]);
  });

  it('clears a contact the user emptied, by sending null', async () => {
    const { calls } = stubGraphQL(editAnswer);
    const wrapper = await mountEditor();

    await fill(wrapper, { email: '' });
    await submit(wrapper);

    expect(updates(calls)).toEqual([{ id: 'u2', version: 4, email: null }]);
  });
});
