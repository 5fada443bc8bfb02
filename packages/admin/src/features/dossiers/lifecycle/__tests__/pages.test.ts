import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import InvalidatedPage from '../../pages/invalidated.vue';
import OverduePage from '../../pages/overdue.vue';
import { connection, dossierRow, materialRow, piniaWithArchivistSignedIn } from './fixtures';

describe('the overdue list', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows each dossier’s state and asks the server again when the filter changes', async () => {
    const rows = [
      dossierRow('1', '李明'),
      dossierRow('2', '张华', {
        explainedAt: '2026-11-01T00:00:00Z',
        overdueExplanation: '等待审批',
        promisedCompletionOn: '2026-12-01',
      }),
      dossierRow('3', '赵强', { explainedAt: '2026-10-01T00:00:00Z', escalatedAt: '2026-11-20T00:00:00Z' }),
    ];
    const { calls } = stubGraphQL(() => ({ data: { overdueDossiers: connection(rows) } }));
    const { wrapper } = mountWithApp(OverduePage, { pinia: piniaWithArchivistSignedIn() });
    await flushPromises();
    expect(wrapper.findAll('[data-test="overdue-state"]').map((tag) => tag.text())).toEqual([
      '未说明',
      '已说明',
      '已上报',
    ]);
    expect(wrapper.findAll('[data-test="overdue-explain"]')).toHaveLength(3);

    await wrapper.find('[data-test="overdue-filter-explained"] input').setValue(true);
    await flushPromises();
    expect(calls.at(-1)!.variables.filter).toEqual({ explained: true, escalated: false });
  });

  it('shows the empty state and the load error with a retry', async () => {
    let fail = true;
    stubGraphQL(() =>
      fail
        ? { errors: [{ message: '服务暂不可用', extensions: { code: 'INTERNAL_SERVER_ERROR' } }], data: null }
        : { data: { overdueDossiers: connection([]) } },
    );
    const { wrapper } = mountWithApp(OverduePage, { pinia: piniaWithArchivistSignedIn() });
    await flushPromises();
    expect(wrapper.text()).toContain('服务暂不可用');
    fail = false;
    await wrapper.find('[data-test="load-retry"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('.el-empty').exists()).toBe(true);
  });
});

describe('the invalidated materials', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('disposes of the selected materials in one batch with the decision', async () => {
    let rows = [
      materialRow('11', '李明', '入党申请书（重复）'),
      materialRow('12', '张华', '谈话记录（副本）'),
      materialRow('13', '赵强', '旧版登记表'),
    ];
    const { calls } = stubGraphQL((call: GraphQLCall) => {
      if (call.operationName === 'DisposeMaterials') {
        const ids = call.variables.materialIds as string[];
        rows = rows.filter((row) => !ids.includes(row.id));
        return { data: { disposeMaterials: { id: 'b1', method: 'DESTROYED', materialCount: ids.length } } };
      }
      return { data: { invalidatedMaterials: connection(rows) } };
    });
    const { wrapper } = mountWithApp(InvalidatedPage, { pinia: piniaWithArchivistSignedIn() });
    await flushPromises();
    expect(wrapper.find('[data-test="invalidated-dispose"]').attributes('disabled')).toBeDefined();

    const checkboxes = wrapper.findAll('.el-table__body .el-checkbox input');
    await checkboxes[0].setValue(true);
    await checkboxes[2].setValue(true);
    await flushPromises();
    expect(wrapper.find('[data-test="invalidated-selected"]').text()).toBe('已选 2 份');
    await wrapper.find('[data-test="invalidated-dispose"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-test="dispose-selected"]').text()).toContain('入党申请书（重复）');

    await wrapper.find('[data-test="dispose-submit"]').trigger('click');
    await flushPromises();
    await vi.waitFor(() =>
      expect(wrapper.findAll('.el-form-item__error').map((node) => node.text())).toEqual([
        '处理决定说明须为 5–1000 个字',
      ]),
    );
    expect(calls.some((call) => call.operationName === 'DisposeMaterials')).toBe(false);

    await wrapper.find('[data-test="dispose-note"]').setValue('经档案室集体研究，予以销毁');
    await wrapper.find('[data-test="dispose-submit"]').trigger('click');
    await flushPromises();
    const disposal = calls.find((call) => call.operationName === 'DisposeMaterials')!;
    expect(disposal.variables).toMatchObject({
      materialIds: ['11', '13'],
      decision: { method: 'DESTROYED', decisionNote: '经档案室集体研究，予以销毁' },
    });
    expect(wrapper.findAll('.el-table__body .el-table__row')).toHaveLength(1);
  });
});
