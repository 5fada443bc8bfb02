import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { graphQLError, mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import { asListed } from '../../__tests__/fixtures';
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

// Under the committee: a general branch with a branch, a department with an archive office.
const organizations = [
  committee,
  { id: 'o3', code: 'ZZB', name: '第一党总支', type: 'GENERAL_BRANCH', active: true, version: 1, parent: { id: 'o1' } },
  { id: 'o4', code: 'ZB-1', name: '第一党支部', type: 'BRANCH', active: true, version: 1, parent: { id: 'o3' } },
  { id: 'o5', code: 'ZZB-B', name: '组织部', type: 'DEPARTMENT', active: true, version: 1, parent: { id: 'o1' } },
  { id: 'o6', code: 'DAS', name: '档案室', type: 'ARCHIVE_OFFICE', active: true, version: 1, parent: { id: 'o5' } },
].map((organization) => asListed(organization));

function answer(call: GraphQLCall) {
  if (call.operationName === 'Organizations') return { data: { organizations } };
  const input = call.variables.input as Record<string, string>;
  return {
    data: { createOrganization: { id: 'o2', ...input, active: true, version: 1, parent: { id: input.parentId } } },
  };
}

async function mountDialog(parentId = 'o1') {
  const mounted = mountWithApp(OrganizationFormDialog, { props: { modelValue: true, parentId } });
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

/** The types the type list offers, by their data-test. */
async function offeredTypes(wrapper: Wrapper) {
  await wrapper.find('[data-test="org-form-type"] .el-select__wrapper').trigger('click');
  await flushPromises();
  return [...document.querySelectorAll('[data-test^="org-form-type-"]')].map((option) =>
    option.getAttribute('data-test')!.replace('org-form-type-', ''),
  );
}

/** The chosen type's label; '' while the select shows its placeholder. */
const typeShown = (wrapper: Wrapper) => {
  const shown = wrapper.find('[data-test="org-form-type"] .el-select__placeholder');
  return shown.classes().includes('is-transparent') ? '' : shown.text();
};

async function chooseParent(name: string) {
  const node = [...document.querySelectorAll<HTMLElement>('.el-tree-node__content')].find(
    (candidate) => candidate.textContent?.trim() === name,
  );
  node!.click();
  await flushPromises();
}

/** Names of the organisations the parent picker greys out. */
function disabledParents() {
  return [...document.querySelectorAll('.el-tree-node[aria-disabled="true"] > .el-tree-node__content')].map((node) =>
    node.textContent?.trim(),
  );
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

  it('offers every type under a committee', async () => {
    stubGraphQL(answer);
    const { wrapper } = await mountDialog('o1');

    expect(await offeredTypes(wrapper)).toEqual([
      'COMMITTEE',
      'GENERAL_BRANCH',
      'BRANCH',
      'DEPARTMENT',
      'ARCHIVE_OFFICE',
    ]);
  });

  it('offers only branches under a general branch, and chooses it already', async () => {
    stubGraphQL(answer);
    const { wrapper } = await mountDialog('o3');

    expect(typeShown(wrapper)).toBe('党支部');
    expect(await offeredTypes(wrapper)).toEqual(['BRANCH']);
  });

  it('drops the chosen type when the new parent may not hold it', async () => {
    stubGraphQL(answer);
    const { wrapper } = await mountDialog('o1');
    await fill(wrapper, { type: 'COMMITTEE' });
    expect(typeShown(wrapper)).toBe('党委');

    await chooseParent('组织部');

    expect(typeShown(wrapper)).toBe('');
    expect(await offeredTypes(wrapper)).toEqual(['DEPARTMENT', 'ARCHIVE_OFFICE']);
  });

  it('does not offer a branch or an archive office as the parent', async () => {
    stubGraphQL(answer);
    await mountDialog('o1');

    expect(disabledParents()).toEqual(['第一党支部', '档案室']);
  });

  it("shows the server's refusal of the type under the type field", async () => {
    stubGraphQL((call) =>
      call.operationName === 'CreateOrganization'
        ? graphQLError('党总支下不能设立党委', 'BAD_USER_INPUT', 'type')
        : answer(call),
    );
    const { wrapper } = await mountDialog('o1');

    await fill(wrapper, { code: 'SUB', name: '下级党委', type: 'COMMITTEE' });
    await submit(wrapper);

    await vi.waitFor(() => expect(fieldErrors(wrapper)).toEqual(['党总支下不能设立党委']));
    const typeItem = wrapper.find('[data-test="org-form-type"]').element.closest('.el-form-item');
    expect(typeItem?.querySelector('.el-form-item__error')?.textContent?.trim()).toBe('党总支下不能设立党委');
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
