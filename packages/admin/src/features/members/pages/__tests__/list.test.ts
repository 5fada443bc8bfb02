import { beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { useSessionStore } from '@/features/auth/store';
import type { Permission } from '@/app/permissions';
import {
  createTestRouter,
  mountWithApp,
  piniaWithAdminSignedIn,
  stubGraphQL,
  type GraphQLCall,
} from '@/__tests__/support';
import ExportMembersButton from '@/features/member-import/components/ExportMembersButton.vue';
import MemberListPage from '../list.vue';
import { memberRow, organizations, WOMAN_ID } from '../../__tests__/fixtures';

const rows = [
  memberRow(),
  memberRow({
    id: 'm2',
    name: '李明',
    gender: 'MALE',
    idNumber: '110105199001011234',
    phone: null,
    membershipStatus: 'FULL',
    dossier: { id: 'd2', status: 'COMPLETE', overdue: false, completeness: { rate: 1 } },
  }),
];
const reason = '无权查看';

function answer(call: GraphQLCall) {
  if (call.operationName === 'Organizations') return { data: { organizations } };
  return {
    data: {
      members: {
        totalCount: 42,
        pageInfo: { hasNextPage: true, endCursor: 'c2' },
        edges: rows.map((node) => ({ cursor: node.id, node })),
      },
    },
    // The second row's phone withheld: the cell says why, the page stays.
    errors: [{ message: reason, path: ['members', 'edges', 1, 'node', 'phone'], extensions: { code: 'FORBIDDEN' } }],
  };
}

async function mountList(permissions: Permission[] = ['member.read', 'dossier.read']) {
  const pinia = piniaWithAdminSignedIn();
  useSessionStore().user!.permissions = permissions;
  const { calls } = stubGraphQL(answer);
  const router = createTestRouter([
    { path: '/members/:id', name: 'member-detail', component: { render: () => null } },
    { path: '/members', name: 'members', component: { render: () => null } },
  ]);
  const { wrapper } = mountWithApp(MemberListPage, { pinia, router });
  await flushPromises();
  return { wrapper, calls, router };
}
const memberQueries = (calls: GraphQLCall[]) =>
  calls.filter((call) => call.operationName === 'Members').map((call) => call.variables);

describe('member list', { timeout: 30_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows masked values as served, dossier status, completeness and the total', async () => {
    const { wrapper } = await mountList();

    const [first, second] = wrapper.findAll('.el-table__row');
    expect(first.find('[data-test="member-id-number"]').text()).toBe('1101**********002X');
    expect(first.find('[data-test="member-phone"]').text()).toBe('138****5678');
    expect(first.text()).toContain('建档中');
    expect(first.text()).toContain('已逾期');
    expect(first.find('[data-test="member-completeness"]').text()).toContain('25%');
    expect(second.text()).toContain('齐全');
    expect(second.find('[data-test="restricted-value"]').attributes('aria-label')).toContain(reason);
    expect(wrapper.find('[data-test="pager-total"]').text()).toContain('42');
  });

  it('searches by name and whole ID number (case and spaces folded); reset clears the filter', async () => {
    const { wrapper, calls } = await mountList();

    await wrapper.find('[data-test="member-filter-search"]').setValue('王');
    await wrapper.find('[data-test="member-filter-id-number"]').setValue(WOMAN_ID.toLowerCase());
    await wrapper.find('[data-test="member-filter-submit"]').trigger('click');
    await flushPromises();

    expect(memberQueries(calls).at(-1)).toEqual({
      filter: { search: '王', idNumber: WOMAN_ID },
      orderBy: 'ID',
      first: 20,
      after: null,
    });

    await wrapper.find('[data-test="member-filter-reset"]').trigger('click');
    await flushPromises();
    expect(memberQueries(calls).at(-1)).toEqual({ filter: {}, orderBy: 'ID', first: 20, after: null });
  });

  it('exports what the list shows: the searched filter, not the one being typed', async () => {
    const { wrapper } = await mountList(['member.read', 'dossier.read', 'member.export']);
    const exportedFilter = () => wrapper.findComponent(ExportMembersButton).props('filter');

    await wrapper.find('[data-test="member-filter-search"]').setValue('王');
    await wrapper.find('[data-test="member-filter-submit"]').trigger('click');
    await flushPromises();
    await wrapper.find('[data-test="member-filter-search"]').setValue('李');

    expect(exportedFilter()).toMatchObject({ search: '王' });
  });

  it('pages on with the cursor the server gave', async () => {
    const { wrapper, calls } = await mountList();

    await wrapper.find('[data-test="pager-next"]').trigger('click');
    await flushPromises();

    expect(memberQueries(calls).at(-1)).toMatchObject({ after: 'c2' });
  });

  it('opens a member from their row', async () => {
    const { wrapper, router } = await mountList();

    await wrapper.findAll('.el-table__row')[1].trigger('click');
    await flushPromises();

    expect(router.currentRoute.value.fullPath).toBe('/members/m2');
  });

  it('offers "new member" only to those who keep dossiers', async () => {
    expect((await mountList()).wrapper.find('[data-test="member-create"]').exists()).toBe(false);
    const keeper = await mountList(['member.read', 'dossier.read', 'dossier.keep']);
    expect(keeper.wrapper.find('[data-test="member-create"]').exists()).toBe(true);
  });
});
