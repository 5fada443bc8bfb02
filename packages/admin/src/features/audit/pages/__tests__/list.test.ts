import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import { AUDIT_EXPORT_TOOLS, type AuditExportTools } from '../../export';
import AuditTrailPage from '../list.vue';

const entry = (seq: number, action: string, details: string | null = null, targetLabel: string | null = null) => ({
  id: String(seq),
  seq,
  action,
  actor: 'admin',
  actorName: '系统管理员',
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

const ACTION_LABELS = {
  'zh-CN': [
    { code: 'LOGIN_FAILED', label: '登录失败' },
    { code: 'USER_CREATED', label: '新建用户' },
  ],
  en: [
    { code: 'LOGIN_FAILED', label: 'Sign-in failed' },
    { code: 'USER_CREATED', label: 'User created' },
  ],
};

const organizations = [
  { id: 'o1', code: 'SZ', name: '中共示范市委员会', type: 'COMMITTEE', active: true, version: 1, parent: null },
  { id: 'o2', code: 'SZ-01', name: '市直机关工委', type: 'COMMITTEE', active: true, version: 1, parent: { id: 'o1' } },
];

const verification = {
  ok: false,
  checked: 0,
  firstBrokenId: null,
  problem: 'TRUNCATED',
  checkpoint: { seq: 42, hash: 'a'.repeat(64), at: '2026-03-01T08:00:00Z' },
};

function connection(nodes: unknown[], totalCount = nodes.length, hasNextPage = false) {
  return {
    data: {
      auditEntries: {
        totalCount,
        pageInfo: { hasNextPage, endCursor: hasNextPage ? 'next' : null },
        edges: nodes.map((node) => ({ cursor: (node as { id: string }).id, node })),
      },
    },
  };
}

function answer(call: GraphQLCall) {
  if (call.operationName === 'VerifyAuditChain') return { data: { verifyAuditChain: verification } };
  if (call.operationName === 'AuditActions') {
    return { data: { auditActions: ACTION_LABELS[call.headers['Accept-Language'] as 'en' | 'zh-CN'] } };
  }
  if (call.operationName === 'Organizations') return { data: { organizations } };
  const action = (call.variables.filter as { action?: string } | undefined)?.action;
  return connection(entries.filter((node) => !action || node.action === action));
}

async function mountPage(respond: (call: GraphQLCall) => unknown = answer, provide: Record<symbol, unknown> = {}) {
  const { calls } = stubGraphQL(respond);
  const { wrapper } = mountWithApp(AuditTrailPage, { global: { provide } });
  await flushPromises();
  return { wrapper, calls };
}

type Wrapper = Awaited<ReturnType<typeof mountPage>>['wrapper'];
const actionTags = (wrapper: Wrapper) => wrapper.findAll('[data-test="audit-action"]').map((tag) => tag.text());
const entryCalls = (calls: GraphQLCall[]) => calls.filter((call) => call.operationName === 'AuditEntries');

describe('audit trail page', () => {
  beforeEach(() => setLocale('zh-CN'));

  it("labels actions with the server's labels and shows codes it gave no label for as they are", async () => {
    const { wrapper } = await mountPage();

    expect(actionTags(wrapper)).toEqual(['DOSSIER_TRANSFERRED', '新建用户']);
  });

  it('asks the server for the labels in the chosen language', async () => {
    setLocale('en');
    const { wrapper, calls } = await mountPage();

    expect(calls.find((call) => call.operationName === 'AuditActions')?.headers['Accept-Language']).toBe('en');
    expect(actionTags(wrapper)).toEqual(['DOSSIER_TRANSFERRED', 'User created']);
  });

  it("names the actor, with the username beneath, and the target's name with its Type:id", async () => {
    const { wrapper } = await mountPage();

    const actor = wrapper.find('[data-test="audit-actor"]');
    expect(actor.find('[data-test="audit-actor-name"]').text()).toBe('系统管理员');
    expect(actor.text()).toContain('admin');
    const targets = wrapper.findAll('[data-test="audit-target"]');
    expect(targets[0].text()).toBe('User:2');
    expect(targets[1].find('[data-test="audit-target-label"]').text()).toBe('张伟');
    expect(targets[1].find('[data-test="audit-target-ref"]').text()).toBe('User:1');
  });

  it('shows a skeleton, not "no data", until the first answer arrives', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { fetch } = stubGraphQL(answer);
    const answered = fetch.getMockImplementation()!;
    fetch.mockImplementation(async (...args: Parameters<typeof answered>) => {
      await gate;
      return answered(...args);
    });
    const { wrapper } = mountWithApp(AuditTrailPage);
    await flushPromises();

    expect(wrapper.find('[data-test="audit-loading"]').exists()).toBe(true);
    expect(wrapper.text()).not.toContain('暂无数据');
    expect(wrapper.find('[data-test="audit-total"]').exists()).toBe(false);

    release();
    await flushPromises();
    expect(wrapper.find('[data-test="audit-loading"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="audit-total"]').text()).toContain('2');
  });

  it('jumps to a page by its number: the page is asked for by offset', async () => {
    const many = Array.from({ length: 20 }, (_, i) => entry(95 - i, 'USER_CREATED'));
    const { wrapper, calls } = await mountPage((call) =>
      call.operationName === 'AuditEntries' ? connection(many, 95) : answer(call),
    );
    expect(entryCalls(calls).at(-1)?.variables).toMatchObject({ first: 20, offset: 0 });
    expect(wrapper.find('[data-test="audit-total"]').text()).toContain('95');

    const jumper = wrapper.find('.el-pagination__jump input');
    await jumper.setValue('4');
    await jumper.trigger('change');
    await flushPromises();
    expect(entryCalls(calls).at(-1)?.variables).toMatchObject({ first: 20, offset: 60 });

    const pageTwo = wrapper.findAll('.el-pager li').find((item) => item.text() === '2')!;
    await pageTwo.trigger('click');
    await flushPromises();
    expect(entryCalls(calls).at(-1)?.variables).toMatchObject({ first: 20, offset: 20 });
  });

  it('says when the pages a jump can reach end before the trail does', async () => {
    const { wrapper } = await mountPage((call) =>
      call.operationName === 'AuditEntries' ? connection(entries, 25_000) : answer(call),
    );

    expect(wrapper.find('[data-test="audit-total"]').text()).toContain('25000');
    expect(wrapper.find('[data-test="audit-pager-capped"]').text()).toContain('10000');
  });

  it("filters by an organisation's subtree", async () => {
    const { wrapper, calls } = await mountPage();

    await wrapper.find('[data-test="audit-filter-organization"] .el-select__wrapper').trigger('click');
    await flushPromises();
    const node = [...document.querySelectorAll('.el-tree-node__content')].find((item) =>
      item.textContent?.includes('市直机关工委'),
    ) as HTMLElement;
    node.click();
    await flushPromises();
    await wrapper.find('[data-test="audit-filter-submit"]').trigger('click');
    await flushPromises();

    expect(entryCalls(calls).at(-1)?.variables).toMatchObject({ filter: { organizationId: 'o2' }, offset: 0 });
  });

  it('filters by an action picked from the labelled list, or by a code it does not know', async () => {
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
    expect(entryCalls(calls).at(-1)?.variables.filter).toMatchObject({ action: 'USER_CREATED' });
    await vi.waitFor(() => expect(actionTags(wrapper)).toEqual(['新建用户']));

    await wrapper.find('[data-test="audit-filter-action"] .el-select__wrapper').trigger('click');
    await wrapper.find('[data-test="audit-filter-action"] input').setValue('DOSSIER_TRANSFERRED');
    await flushPromises();
    await wrapper.find('[data-test="audit-filter-action"] input').trigger('keydown', { key: 'Enter', code: 'Enter' });
    await flushPromises();
    await wrapper.find('[data-test="audit-filter-submit"]').trigger('click');
    await flushPromises();
    expect(entryCalls(calls).at(-1)?.variables.filter).toMatchObject({ action: 'DOSSIER_TRANSFERRED' });
  });

  it('keeps the main row short and shows details, request id and hash when a row is expanded', async () => {
    const { wrapper } = await mountPage();
    expect(wrapper.find('[data-test="audit-entry-json"]').exists()).toBe(false);

    await wrapper.findAll('.el-table__expand-icon')[1].trigger('click');
    await flushPromises();

    const details = wrapper.find('[data-test="audit-entry-details"]');
    expect(wrapper.find('[data-test="audit-entry-json"]').text()).toContain('"username": "zhang.wei"');
    expect(details.text()).toContain('req-1');
  });

  it.each([
    ['zh-CN', '哈希链被截断：记录止于检查点（第 42 条）之前，最新的记录已被删除'],
    ['en', 'The hash chain was truncated: it ends before the checkpoint of entry 42; its newest entries were deleted'],
  ] as const)('names the problem a verification found, in %s', async (locale, problem) => {
    setLocale(locale);
    const { wrapper, calls } = await mountPage();

    await wrapper.find('[data-test="audit-verify-full"] input').setValue(true);
    await wrapper.find('[data-test="audit-verify"]').trigger('click');
    await flushPromises();

    expect(calls.at(-1)).toMatchObject({ operationName: 'VerifyAuditChain', variables: { full: true } });
    expect(wrapper.find('[data-test="audit-verify-result"] .el-alert__title').text()).toBe(problem);
  });
});

describe('export to Excel', () => {
  beforeEach(() => setLocale('en'));

  /** 250 entries under the filter, served in pages by cursor; each page waits for `next()`. */
  function pagedServer() {
    const all = Array.from({ length: 250 }, (_, i) => entry(250 - i, i % 2 ? 'LOGIN_FAILED' : 'UNKNOWN_CODE'));
    const waiting: (() => void)[] = [];
    const respond = async (call: GraphQLCall) => {
      if (call.operationName !== 'AuditEntries' || call.variables.first !== 100) return answer(call);
      await new Promise<void>((resolve) => waiting.push(resolve));
      const start = call.variables.after ? Number(call.variables.after) : 0;
      const nodes = all.slice(start, start + 100);
      const more = start + 100 < all.length;
      return {
        data: {
          auditEntries: {
            totalCount: all.length,
            pageInfo: { hasNextPage: more, endCursor: more ? String(start + 100) : null },
            edges: nodes.map((node) => ({ cursor: node.id, node })),
          },
        },
      };
    };
    return { respond, next: () => waiting.shift()?.() };
  }

  it('fetches the filtered entries in pages of 100 with a progress bar, and writes translated headers and labels', async () => {
    const server = pagedServer();
    const { calls, fetch } = stubGraphQL(answer);
    fetch.mockImplementation(async (_url: string, init: RequestInit) => {
      const { query, variables } = JSON.parse(String(init.body));
      const call = {
        operationName: /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '',
        variables,
        headers: init.headers as Record<string, string>,
      };
      calls.push(call);
      return new Response(JSON.stringify(await server.respond(call)), {
        headers: { 'Content-Type': 'application/json' },
      });
    });
    const write = vi.fn((_sheet: string, _rows: readonly (readonly unknown[])[]) => new Uint8Array([80, 75]));
    const tools: AuditExportTools = { loadWriter: vi.fn(async () => write), save: vi.fn() };
    const { wrapper } = mountWithApp(AuditTrailPage, {
      global: { provide: { [AUDIT_EXPORT_TOOLS as symbol]: tools } },
    });
    await flushPromises();

    await wrapper.find('[data-test="audit-filter-actor"]').setValue('admin');
    await wrapper.find('[data-test="audit-filter-submit"]').trigger('click');
    await flushPromises();
    await wrapper.find('[data-test="audit-export"]').trigger('click');
    await flushPromises();
    expect(tools.loadWriter).toHaveBeenCalled();
    server.next();
    await flushPromises();

    expect(wrapper.find('[data-test="audit-export-progress"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="audit-export-count"]').text()).toBe('Fetched 100 of 250');
    expect(wrapper.find('.el-progress').attributes('aria-valuenow')).toBe('40');
    server.next();
    await flushPromises();
    server.next();
    await flushPromises();

    const pages = calls.filter((call) => call.operationName === 'AuditEntries' && call.variables.first === 100);
    expect(pages.map((call) => call.variables.after ?? null)).toEqual([null, '100', '200']);
    expect(pages.every((call) => (call.variables.filter as { actor?: string }).actor === 'admin')).toBe(true);
    const [sheet, rows] = write.mock.calls[0];
    expect(sheet).toBe('Audit trail');
    expect(rows).toHaveLength(251);
    expect(rows[0]).toEqual([
      'No.',
      'Time',
      'Actor name',
      'Actor',
      'Action',
      'Action code',
      'Target name',
      'Target',
      'Details',
      'Request ID',
      'Hash',
    ]);
    expect(rows[1].slice(2, 6)).toEqual(['系统管理员', 'admin', 'UNKNOWN_CODE', 'UNKNOWN_CODE']);
    expect(rows[2].slice(4, 6)).toEqual(['Sign-in failed', 'LOGIN_FAILED']);
    expect(tools.save).toHaveBeenCalledWith(expect.any(Blob), expect.stringMatching(/^audit-\d{12}\.xlsx$/));
    expect(wrapper.find('[data-test="audit-export-progress"]').exists()).toBe(false);
  });
});
