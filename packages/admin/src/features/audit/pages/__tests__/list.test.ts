import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import AuditTrailPage from '../list.vue';

const entry = (seq: number, action: string, details: string | null = null, targetLabel: string | null = null) => ({
  id: String(seq),
  seq,
  action,
  actor: 'admin',
  at: '2026-03-01T08:00:00Z',
  target: `User:${seq}`,
  targetLabel,
  details,
  requestId: `req-${seq}`,
  hash: `${seq}`.repeat(64).slice(0, 64),
});

const entries = [
  entry(2, 'DOSSIER_TRANSFERRED'),
  entry(1, 'USER_CREATED', '{"username":"zhang.wei","roles":["ARCHIVIST"]}', '张伟'),
];

const verification = {
  ok: false,
  checked: 0,
  firstBrokenId: null,
  problem: 'TRUNCATED',
  checkpoint: { seq: 42, hash: 'a'.repeat(64), at: '2026-03-01T08:00:00Z' },
};

function answer(call: GraphQLCall) {
  if (call.operationName === 'VerifyAuditChain') return { data: { verifyAuditChain: verification } };
  const action = (call.variables.filter as { action?: string } | undefined)?.action;
  const nodes = entries.filter((node) => !action || node.action === action);
  return {
    data: {
      auditEntries: {
        totalCount: nodes.length,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ cursor: node.id, node })),
      },
    },
  };
}

async function mountPage() {
  const { calls } = stubGraphQL(answer);
  const { wrapper } = mountWithApp(AuditTrailPage);
  await flushPromises();
  return { wrapper, calls };
}

type Wrapper = Awaited<ReturnType<typeof mountPage>>['wrapper'];
const actionTags = (wrapper: Wrapper) => wrapper.findAll('[data-test="audit-action"]').map((tag) => tag.text());

describe('audit trail page', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('labels known actions and shows codes it does not know as they are', async () => {
    const { wrapper } = await mountPage();

    expect(actionTags(wrapper)).toEqual(['DOSSIER_TRANSFERRED', '新建用户']);
  });

  it("shows the target's name with its Type:id beneath, and the bare Type:id where there is no name", async () => {
    const { wrapper } = await mountPage();

    const targets = wrapper.findAll('[data-test="audit-target"]');
    expect(targets.map((target) => target.find('[data-test="audit-target-label"]').exists())).toEqual([false, true]);
    expect(targets[0].text()).toBe('User:2');
    expect(targets[1].find('[data-test="audit-target-label"]').text()).toBe('张伟');
    expect(targets[1].find('[data-test="audit-target-ref"]').text()).toBe('User:1');
  });

  it.each([
    ['zh-CN', '哈希链被截断：记录止于检查点（第 42 条）之前，最新的记录已被删除', '对照'],
    [
      'en',
      'The hash chain was truncated: it ends before the checkpoint of entry 42; its newest entries were deleted',
      'Checked against the checkpoint of',
    ],
  ] as const)(
    'names the problem and the checkpoint a verification found, in %s',
    async (locale, problem, checkpoint) => {
      setLocale(locale);
      const { wrapper, calls } = await mountPage();

      await wrapper.find('[data-test="audit-verify-full"] input').setValue(true);
      await wrapper.find('[data-test="audit-verify"]').trigger('click');
      await flushPromises();

      const result = wrapper.find('[data-test="audit-verify-result"]');
      expect(calls.at(-1)).toMatchObject({ operationName: 'VerifyAuditChain', variables: { full: true } });
      expect(result.attributes('data-problem')).toBe('TRUNCATED');
      expect(result.find('.el-alert__title').text()).toBe(problem);
      expect(result.find('.el-alert__description').text()).toContain(checkpoint);
      expect(result.find('.el-alert__description').text()).toContain('42');
    },
  );

  it('keeps the main row short and shows details, request id and hash when a row is expanded', async () => {
    const { wrapper } = await mountPage();
    expect(wrapper.find('[data-test="audit-entry-json"]').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('zhang.wei');

    await wrapper.findAll('.el-table__expand-icon')[1].trigger('click');
    await flushPromises();

    const details = wrapper.find('[data-test="audit-entry-details"]');
    expect(wrapper.find('[data-test="audit-entry-json"]').text()).toBe(
      '{\n  "username": "zhang.wei",\n  "roles": [\n    "ARCHIVIST"\n  ]\n}',
    );
    expect(details.text()).toContain('req-1');
    expect(details.text()).toContain('1'.repeat(64));
  });

  it('filters by an action picked by its code from the labelled list', async () => {
    const { wrapper, calls } = await mountPage();

    await wrapper.find('[data-test="audit-filter-action"] .el-select__wrapper').trigger('click');
    await wrapper.find('[data-test="audit-filter-action"] input').setValue('user_cre');
    await flushPromises();
    const offered = [...document.querySelectorAll('[data-test^="audit-filter-action-"]')];
    const labelAndCode = (option: Element) => [...option.querySelectorAll('span > *')].map((part) => part.textContent);
    expect(offered.map(labelAndCode)).toEqual([['新建用户', 'USER_CREATED']]);
    (document.querySelector('[data-test="audit-filter-action-USER_CREATED"]') as HTMLElement).click();
    await flushPromises();
    await wrapper.find('[data-test="audit-filter-submit"]').trigger('click');
    await flushPromises();

    expect(calls.at(-1)?.variables.filter).toMatchObject({ action: 'USER_CREATED' });
    await vi.waitFor(() => expect(actionTags(wrapper)).toEqual(['新建用户']));
  });

  it('accepts an action code it does not know yet', async () => {
    const { wrapper, calls } = await mountPage();

    await wrapper.find('[data-test="audit-filter-action"] .el-select__wrapper').trigger('click');
    await wrapper.find('[data-test="audit-filter-action"] input').setValue('DOSSIER_TRANSFERRED');
    await flushPromises();
    await wrapper.find('[data-test="audit-filter-action"] input').trigger('keydown', { key: 'Enter', code: 'Enter' });
    await flushPromises();
    await wrapper.find('[data-test="audit-filter-submit"]').trigger('click');
    await flushPromises();

    expect(calls.at(-1)?.variables.filter).toMatchObject({ action: 'DOSSIER_TRANSFERRED' });
    await vi.waitFor(() => expect(actionTags(wrapper)).toEqual(['DOSSIER_TRANSFERRED']));
  });
});
