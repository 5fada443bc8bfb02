import { beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import {
  createTestRouter,
  mountWithApp,
  piniaWithAdminSignedIn,
  stubGraphQL,
  type GraphQLCall,
} from '@/__tests__/support';
import DossierListPage from '../list.vue';

const row = (id: string, name: string, status: string, rate: number, overdue = false) => ({
  id,
  status,
  overdue,
  completionDeadline: '2026-02-01T00:00:00Z',
  member: { id: `m${id}`, name },
  custodian: { id: 'da', name: '档案室 A' },
  completeness: { rate },
});

function answer(call: GraphQLCall) {
  if (call.operationName === 'Organizations') return { data: { organizations: [] } };
  const rows = [row('1', '王芳', 'COMPLETE', 1), row('2', '李强', 'ESTABLISHING', 0.5, true)];
  const filter = (call.variables.filter ?? {}) as { overdue?: boolean };
  const nodes = filter.overdue ? rows.filter((each) => each.overdue) : rows;
  return {
    data: {
      dossiers: {
        totalCount: nodes.length,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ cursor: node.id, node })),
      },
    },
  };
}

describe('dossier list', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('lists dossiers with their completeness and narrows to the overdue ones', async () => {
    const { calls } = stubGraphQL(answer);
    const router = createTestRouter([{ path: '/dossiers/:id', name: 'dossier', component: { render: () => null } }]);
    const { wrapper } = mountWithApp(DossierListPage, { pinia: piniaWithAdminSignedIn(), router });
    await flushPromises();
    const rows = () => wrapper.findAll('.el-table__body .el-table__row');
    expect(rows()).toHaveLength(2);
    expect(rows()[1].text()).toContain('建档中');
    expect(rows()[1].text()).toContain('已逾期');
    expect(rows()[1].get('[data-test="dossier-rate"]').attributes('aria-valuenow')).toBe('50');

    await wrapper.get('[data-test="dossier-filter-overdue"] input').setValue(true);
    await wrapper.get('[data-test="dossier-filter-submit"]').trigger('click');
    await flushPromises();
    expect(calls.filter((call) => call.operationName === 'DossierList').at(-1)!.variables.filter).toEqual({
      overdue: true,
    });
    expect(rows()).toHaveLength(1);

    await rows()[0].get('[data-test="dossier-open"]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/dossiers/2');
  });
});
