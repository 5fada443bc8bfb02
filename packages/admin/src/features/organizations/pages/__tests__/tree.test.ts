import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import {
  messageBoxButton,
  mountWithApp,
  piniaWithAdminSignedIn,
  stubGraphQL,
  type GraphQLCall,
} from '@/__tests__/support';
import { asListed } from '../../__tests__/fixtures';
import { useSessionStore } from '@/features/auth/store';
import OrganizationSelect from '../../components/OrganizationSelect.vue';
import OrganizationTreePage from '../tree.vue';

const organizations = [
  { id: 'o1', code: 'SZ', name: '中共示范市委员会', type: 'COMMITTEE', active: true, version: 1, parent: null },
  { id: 'o2', code: 'SZ-01', name: '市直机关工委', type: 'COMMITTEE', active: true, version: 3, parent: { id: 'o1' } },
  { id: 'o3', code: 'SZ-B1', name: '机关第一党支部', type: 'BRANCH', active: true, version: 1, parent: { id: 'o1' } },
  {
    id: 'o4',
    code: 'SZ-DAS',
    name: '市委档案室',
    type: 'ARCHIVE_OFFICE',
    active: true,
    version: 1,
    parent: { id: 'o1' },
  },
].map((organization) => asListed(organization));

function answer(call: GraphQLCall) {
  if (call.operationName === 'Organizations') return { data: { organizations } };
  const changed = organizations.find((organization) => organization.id === call.variables.id)!;
  return { data: { setOrganizationActive: { ...changed, active: call.variables.active, version: 4 } } };
}

/** The tree as the admin of `SZ` sees it (`respond` overrides the server's answers). */
async function mountTree(respond: (call: GraphQLCall) => unknown = answer) {
  const pinia = piniaWithAdminSignedIn();
  const { calls } = stubGraphQL(respond);
  const { wrapper } = mountWithApp(OrganizationTreePage, { pinia });
  await flushPromises();
  return { wrapper, calls };
}

type Wrapper = Awaited<ReturnType<typeof mountTree>>['wrapper'];
const node = (wrapper: Wrapper, code: string) => wrapper.find(`[data-test="org-node-${code}"]`);
const mutations = (calls: GraphQLCall[]) => calls.filter((call) => call.operationName === 'SetOrganizationActive');

describe('organisation tree', () => {
  beforeEach(() => setLocale('zh-CN'));

  // The server refuses it ("不能停用您自己所在的组织"), so the button would only ever fail.
  it("offers no 停用 for the signed-in user's own organisation", async () => {
    const { wrapper } = await mountTree();

    expect(node(wrapper, 'SZ').find('[data-test="org-toggle-active"]').exists()).toBe(false);
    expect(node(wrapper, 'SZ').find('[data-test="org-node-own"]').text()).toBe('本组织');
    expect(node(wrapper, 'SZ-01').find('[data-test="org-toggle-active"]').text()).toBe('停用');
  });

  it('offers 新建下级 only where something may be created: not on a branch or an archive office', async () => {
    const { wrapper } = await mountTree();

    const offersChild = (code: string) => node(wrapper, code).find('[data-test="org-create-child"]').exists();
    expect(['SZ', 'SZ-01', 'SZ-B1', 'SZ-DAS'].filter(offersChild)).toEqual(['SZ', 'SZ-01']);
    expect(node(wrapper, 'SZ-B1').find('[data-test="org-rename"]').exists()).toBe(true);
  });

  it('asks before disabling an organisation, and sends nothing when the admin cancels', async () => {
    const { wrapper, calls } = await mountTree();

    await node(wrapper, 'SZ-01').find('[data-test="org-toggle-active"]').trigger('click');
    await vi.waitFor(() => expect(document.querySelector('.el-message-box')?.textContent).toContain('市直机关工委'));
    messageBoxButton('取消').click();
    await flushPromises();

    expect(mutations(calls)).toEqual([]);
  });

  it('disables the organisation once the admin confirms', async () => {
    const { wrapper, calls } = await mountTree();

    await node(wrapper, 'SZ-01').find('[data-test="org-toggle-active"]').trigger('click');
    await vi.waitFor(() => expect(document.querySelector('.el-message-box')).not.toBeNull());
    messageBoxButton('确定').click();

    await vi.waitFor(() =>
      expect(mutations(calls).map((call) => call.variables)).toEqual([{ id: 'o2', active: false, version: 3 }]),
    );
    await vi.waitFor(() => expect(node(wrapper, 'SZ-01').find('[data-test="org-node-status"]').text()).toBe('停用'));
  });
});

describe('organisation tree: where the user stands and what they may do', () => {
  beforeEach(() => setLocale('zh-CN'));

  it("opens on the user's own organisation, expanded, selected and highlighted", async () => {
    const pinia = piniaWithAdminSignedIn();
    useSessionStore().user!.organization = { id: 'o2', code: 'SZ-01', name: '市直机关工委' };
    stubGraphQL(answer);
    const { wrapper } = mountWithApp(OrganizationTreePage, { pinia });
    await flushPromises();
    await flushPromises();

    const current = wrapper.find('.el-tree-node.is-current');
    expect(current.find('[data-test="org-node-SZ-01"]').exists()).toBe(true);
    expect(node(wrapper, 'SZ-01').classes()).toContain('org-node--own');
    expect(wrapper.find('.el-tree-node.is-expanded [data-test="org-node-SZ"]').exists()).toBe(true);
  });

  it('shows a skeleton, not "no data", until the first answer arrives', async () => {
    let release!: () => void;
    const answered = new Promise<void>((resolve) => (release = resolve));
    const pinia = piniaWithAdminSignedIn();
    const fetch = vi.fn(async () => {
      await answered;
      return new Response(JSON.stringify({ data: { organizations: [] } }), {
        headers: { 'Content-Type': 'application/json' },
      });
    });
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = mountWithApp(OrganizationTreePage, { pinia });
    await flushPromises();

    expect(wrapper.find('[data-test="org-tree-loading"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="org-tree-empty"]').exists()).toBe(false);

    release();
    await vi.waitFor(() => expect(wrapper.find('[data-test="org-tree-empty"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="org-tree-loading"]').exists()).toBe(false);
  });

  it('offers actions only where the server says the user manages the organisation', async () => {
    const scoped = organizations.map((organization) => ({ ...organization, canManage: organization.id !== 'o1' }));
    const { wrapper } = await mountTree((call) =>
      call.operationName === 'Organizations' ? { data: { organizations: scoped } } : answer(call),
    );

    expect(node(wrapper, 'SZ').find('[data-test="org-rename"]').exists()).toBe(false);
    expect(node(wrapper, 'SZ-01').find('[data-test="org-rename"]').exists()).toBe(true);
  });

  it('offers no organisation actions to a user without organization.manage', async () => {
    const pinia = piniaWithAdminSignedIn();
    useSessionStore().user!.permissions = ['session.self', 'organization.read'];
    const readOnly = organizations.map((organization) => ({ ...organization, canManage: false }));
    stubGraphQL(() => ({ data: { organizations: readOnly } }));
    const { wrapper } = mountWithApp(OrganizationTreePage, { pinia });
    await flushPromises();

    expect(wrapper.find('[data-test="org-create"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="org-rename"]').exists()).toBe(false);
  });

  it('does not offer a top-level organisation once the tree has its root', async () => {
    const { wrapper } = await mountTree();

    await wrapper.find('[data-test="org-create"]').trigger('click');
    await flushPromises();

    const parent = wrapper.findComponent(OrganizationSelect);
    expect(parent.props('clearable')).toBe(false);
    expect(parent.props('placeholder')).toBe('请选择上级组织');
  });
});
