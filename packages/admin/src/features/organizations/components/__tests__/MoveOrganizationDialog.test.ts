import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import type { OrganizationType } from '@/gql/graphql';
import { graphQLError, mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import { asListed } from '../../__tests__/fixtures';
import MoveOrganizationDialog from '../MoveOrganizationDialog.vue';

const organization = (id: string, name: string, type: OrganizationType, parentId: string | null, active = true) =>
  asListed({ id, code: id.toUpperCase(), name, type, active, version: 2, parent: parentId ? { id: parentId } : null });

// A committee holding a sub-committee, a general branch (with a branch), a department and a
// disabled committee.
const organizations = [
  organization('sz', '市委', 'COMMITTEE', null),
  organization('gw', '市直机关工委', 'COMMITTEE', 'sz'),
  organization('zzb', '第一党总支', 'GENERAL_BRANCH', 'sz'),
  organization('zb', '第一党支部', 'BRANCH', 'zzb'),
  organization('zzbu', '组织部', 'DEPARTMENT', 'sz'),
  organization('old', '撤销党委', 'COMMITTEE', 'sz', false),
];
const byId = (id: string) => organizations.find((candidate) => candidate.id === id)!;

function answer(call: GraphQLCall) {
  if (call.operationName === 'Organizations') return { data: { organizations } };
  const moved = byId(call.variables.id as string);
  return { data: { moveOrganization: { ...moved, parent: { id: call.variables.parentId }, version: 3 } } };
}

async function mountDialog(id: string) {
  const mounted = mountWithApp(MoveOrganizationDialog, { props: { modelValue: false, organization: byId(id) } });
  await mounted.wrapper.setProps({ modelValue: true });
  await flushPromises();
  return mounted.wrapper;
}

type Wrapper = Awaited<ReturnType<typeof mountDialog>>;

const disabledParents = () =>
  [...document.querySelectorAll('.el-tree-node[aria-disabled="true"] > .el-tree-node__content')].map((node) =>
    node.textContent?.trim(),
  );

async function chooseParent(name: string) {
  const node = [...document.querySelectorAll<HTMLElement>('.el-tree-node__content')].find(
    (candidate) => candidate.textContent?.trim() === name,
  );
  node!.click();
  await flushPromises();
}

async function submit(wrapper: Wrapper) {
  await wrapper.find('[data-test="org-move-submit"]').trigger('click');
  await flushPromises();
}

describe('moving an organisation', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('offers a branch only parents that may hold a branch, and not disabled ones', async () => {
    stubGraphQL(answer);
    await mountDialog('zb');

    expect(disabledParents()).toEqual(['撤销党委', '第一党支部', '组织部']);
  });

  it('offers a general branch neither itself, its own branches, nor a general branch or department', async () => {
    stubGraphQL(answer);
    await mountDialog('zzb');

    expect(disabledParents()).toEqual(['撤销党委', '第一党总支', '第一党支部', '组织部']);
  });

  it('moves the organisation under the chosen parent', async () => {
    const { calls } = stubGraphQL(answer);
    const wrapper = await mountDialog('zb');

    await chooseParent('市直机关工委');
    await submit(wrapper);

    const move = calls.find((call) => call.operationName === 'MoveOrganization');
    expect(move?.variables).toEqual({ id: 'zb', parentId: 'gw', version: 2 });
    expect(wrapper.emitted('saved')?.[0][0]).toMatchObject({ id: 'zb', parent: { id: 'gw' } });
  });

  it("shows the server's refusal under the 移动到 field", async () => {
    stubGraphQL((call) =>
      call.operationName === 'MoveOrganization'
        ? graphQLError('党总支下不能设立党委', 'BAD_USER_INPUT', 'parentId')
        : answer(call),
    );
    const wrapper = await mountDialog('zb');

    await chooseParent('市直机关工委');
    await submit(wrapper);

    await vi.waitFor(() =>
      expect(wrapper.findAll('.el-form-item__error').map((error) => error.text())).toEqual(['党总支下不能设立党委']),
    );
    expect(wrapper.find('.el-form-item__label').text()).toBe('移动到');
    expect(wrapper.emitted('saved')).toBeUndefined();
  });

  it('sends nothing when the organisation stays under the parent it has', async () => {
    const { calls } = stubGraphQL(answer);
    const wrapper = await mountDialog('zb');

    await submit(wrapper);

    expect(calls.filter((call) => call.operationName === 'MoveOrganization')).toEqual([]);
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([false]);
  });
});
