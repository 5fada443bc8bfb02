import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { graphQLError, mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import OrganizationFormDialog from '../OrganizationFormDialog.vue';

const committee = {
  id: 'o1',
  code: 'ROOT',
  name: '机关党委',
  type: 'COMMITTEE',
  active: true,
  version: 1,
  parent: null,
};

function answer(call: GraphQLCall) {
  if (call.operationName === 'Organizations') return { data: { organizations: [committee] } };
  const input = call.variables.input as Record<string, string>;
  return {
    data: { createOrganization: { id: 'o2', ...input, active: true, version: 1, parent: { id: input.parentId } } },
  };
}

async function mountDialog() {
  const mounted = mountWithApp(OrganizationFormDialog, { props: { modelValue: true, parentId: 'o1' } });
  await flushPromises();
  return mounted;
}

type Wrapper = Awaited<ReturnType<typeof mountDialog>>['wrapper'];

async function fill(wrapper: Wrapper, values: { code?: string; name?: string; type?: string }) {
  if (values.code !== undefined) await wrapper.find('[data-test="org-form-code"]').setValue(values.code);
  if (values.name !== undefined) await wrapper.find('[data-test="org-form-name"]').setValue(values.name);
  if (values.type !== undefined) {
    await wrapper.find('[data-test="org-form-type"]').trigger('click');
    await flushPromises();
    (document.querySelector(`[data-test="org-form-type-${values.type}"]`) as HTMLElement).click();
    await flushPromises();
  }
}

async function submit(wrapper: Wrapper) {
  await wrapper.find('[data-test="org-form-submit"]').trigger('click');
  await flushPromises();
}

const fieldErrors = (wrapper: Wrapper) => wrapper.findAll('.el-form-item__error').map((node) => node.text());

describe('organisation form', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('refuses a code that breaks the code rule and sends nothing', async () => {
    const { calls } = stubGraphQL(answer);
    const { wrapper } = await mountDialog();

    await fill(wrapper, { code: 'A', name: '第一党支部', type: 'BRANCH' });
    await submit(wrapper);

    await vi.waitFor(() =>
      expect(fieldErrors(wrapper)).toEqual(['编码为 2–32 位大写字母、数字或连字符，且以字母或数字开头']),
    );
    expect(calls.map((call) => call.operationName)).not.toContain('CreateOrganization');
  });

  it('requires a name of at most 100 characters and a type', async () => {
    const { calls } = stubGraphQL(answer);
    const { wrapper } = await mountDialog();

    await fill(wrapper, { code: 'BRANCH-01', name: '党'.repeat(101) });
    await submit(wrapper);

    await vi.waitFor(() => expect(fieldErrors(wrapper)).toEqual(['名称不能超过 100 个字符', '请选择类型']));
    expect(calls.map((call) => call.operationName)).not.toContain('CreateOrganization');
  });

  it('upper-cases the code as it is typed', async () => {
    stubGraphQL(answer);
    const { wrapper } = await mountDialog();

    await fill(wrapper, { code: 'branch-01' });

    expect((wrapper.find('[data-test="org-form-code"]').element as HTMLInputElement).value).toBe('BRANCH-01');
  });

  it('creates the organisation under the chosen parent when the form is valid', async () => {
    const { calls } = stubGraphQL(answer);
    const { wrapper } = await mountDialog();

    await fill(wrapper, { code: 'BRANCH-01', name: ' 第一党支部 ', type: 'BRANCH' });
    await submit(wrapper);

    const create = calls.find((call) => call.operationName === 'CreateOrganization');
    expect(create?.variables).toEqual({
      input: { code: 'BRANCH-01', name: '第一党支部', type: 'BRANCH', parentId: 'o1' },
    });
    expect(wrapper.emitted('saved')?.[0][0]).toMatchObject({ id: 'o2', code: 'BRANCH-01' });
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([false]);
  });

  it("puts the server's complaint about a field under that field", async () => {
    stubGraphQL((call) =>
      call.operationName === 'CreateOrganization'
        ? graphQLError('编码已被使用', 'BAD_USER_INPUT', 'code')
        : answer(call),
    );
    const { wrapper } = await mountDialog();

    await fill(wrapper, { code: 'ROOT', name: '重复', type: 'BRANCH' });
    await submit(wrapper);

    await vi.waitFor(() => expect(fieldErrors(wrapper)).toEqual(['编码已被使用']));
    expect(wrapper.emitted('saved')).toBeUndefined();
  });
});
