import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ElMessage } from 'element-plus';
import { setLocale } from '@/app/i18n';
import { mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import RenameOrganizationDialog from '../RenameOrganizationDialog.vue';
import { asListed } from '../../__tests__/fixtures';

const branch = asListed({
  id: 'zb',
  code: 'ZB',
  name: '第一党支部',
  type: 'BRANCH' as const,
  active: true,
  version: 2,
  parent: { id: 'sz' },
});

function answer(call: GraphQLCall) {
  if (call.operationName === 'Organizations') return { data: { organizations: [branch] } };
  return { data: { renameOrganization: { ...branch, name: call.variables.name, version: 3 } } };
}

async function mountDialog() {
  const mounted = mountWithApp(RenameOrganizationDialog, { props: { modelValue: false, organization: branch } });
  await mounted.wrapper.setProps({ modelValue: true });
  await flushPromises();
  return mounted.wrapper;
}

type Wrapper = Awaited<ReturnType<typeof mountDialog>>;

async function rename(wrapper: Wrapper, name: string) {
  await wrapper.find('[data-test="org-rename-name"]').setValue(name);
  await wrapper.find('[data-test="org-rename-submit"]').trigger('click');
  await flushPromises();
}

const renames = (calls: GraphQLCall[]) => calls.filter((call) => call.operationName === 'RenameOrganization');

describe('renaming an organisation', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('sends the new name with the version it was based on', async () => {
    const { calls } = stubGraphQL(answer);
    const wrapper = await mountDialog();

    await rename(wrapper, ' 第一党支部（机关） ');

    expect(renames(calls).map((call) => call.variables)).toEqual([
      { id: 'zb', name: '第一党支部（机关）', version: 2 },
    ]);
    expect(wrapper.emitted('saved')?.[0][0]).toMatchObject({ name: '第一党支部（机关）' });
  });

  it('sends nothing, and announces no rename, when the name is unchanged', async () => {
    const success = vi.spyOn(ElMessage, 'success');
    const { calls } = stubGraphQL(answer);
    const wrapper = await mountDialog();

    await rename(wrapper, '第一党支部 ');

    expect(renames(calls)).toEqual([]);
    expect(success).not.toHaveBeenCalled();
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([false]);
  });
});
