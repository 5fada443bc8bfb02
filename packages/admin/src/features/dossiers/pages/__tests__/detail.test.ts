import { beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { setLocale } from '@/app/i18n';
import { useSessionStore } from '@/features/auth/store';
import {
  createTestRouter,
  graphQLError,
  messageBoxButton,
  mountWithApp,
  stubGraphQL,
  type GraphQLCall,
} from '@/__tests__/support';
import DossierDetailPage from '../detail.vue';

const APPLICATION = { id: 'c1', code: 'APPLICATION', nameZh: '入党申请书', nameEn: 'Application for membership' };
const INTERVIEW = { id: 'c2', code: 'INTERVIEW', nameZh: '谈话记录', nameEn: 'Interview record' };

const material = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  lineage: 'lineage-1',
  version: 1,
  status: 'CURRENT',
  title: '入党申请书',
  formedOn: '2020-03-01',
  receivedOn: '2020-03-05',
  pages: 2,
  notes: null,
  content: null,
  sha256: 'a'.repeat(64),
  lateFiling: false,
  invalidationReason: null,
  invalidatedAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  category: { id: 'c1' },
  files: [{ sha256: 'a'.repeat(64), fileName: '申请书.pdf', size: 2048, contentType: 'application/pdf' }],
  ...overrides,
});

function dossier() {
  return {
    id: '7',
    status: 'ESTABLISHING',
    overdue: true,
    completionDeadline: '2026-02-01T00:00:00Z',
    completedAt: null,
    member: { id: 'm1', name: '王芳', stage: 'APPLICANT', organization: { id: 'b1', name: '第一支部' } },
    custodian: { id: 'da', name: '档案室 A' },
    archivist: { id: 'u9', displayName: '王档案' },
    completeness: { rate: 0.5, complete: false, required: [APPLICATION, INTERVIEW], missing: [{ id: 'c2' }] },
    current: [material('12', { version: 2, title: '入党申请书（修订）' })],
    superseded: [material('11', { status: 'SUPERSEDED' })],
    invalidated: [
      material('13', {
        lineage: 'lineage-2',
        status: 'INVALIDATED',
        title: '错归材料',
        invalidationReason: '重复归档',
      }),
    ],
  };
}

/** Answers as the server does for the custodian, or for anyone else (files FORBIDDEN). */
function dossierServer({ custody }: { custody: boolean }) {
  return (call: GraphQLCall) => {
    if (call.operationName === 'InvalidateMaterial') return { data: { invalidateMaterial: { id: call.variables.id } } };
    const data = {
      dossier: dossier(),
      materialCategories: [APPLICATION, INTERVIEW].map((c) => ({ ...c, active: true })),
    };
    if (custody) return { data };
    for (const alias of ['current', 'superseded', 'invalidated'] as const) {
      for (const each of data.dossier[alias]) Object.assign(each, { files: null });
    }
    const errors = (['current', 'superseded', 'invalidated'] as const).map((alias) => ({
      message: '无权查看材料内容',
      path: ['dossier', alias, 0, 'files'],
      extensions: { code: 'FORBIDDEN' },
    }));
    return { data, errors };
  };
}

async function mountAs(
  organizationId: string,
  custody: boolean,
  respond: (call: GraphQLCall) => unknown = dossierServer({ custody }),
) {
  const pinia = createPinia();
  setActivePinia(pinia);
  useSessionStore().user = {
    id: 'u9',
    username: 'archivist',
    displayName: '王档案',
    roles: ['ARCHIVIST'],
    permissions: ['dossier.read', 'dossier.keep', 'file.upload', 'file.read'],
    organization: { id: organizationId, code: 'DA', name: '档案室' },
  };
  const router = createTestRouter();
  await router.push('/dossiers/7');
  const { calls } = stubGraphQL(respond);
  const { wrapper } = mountWithApp(DossierDetailPage, { pinia, router });
  await flushPromises();
  return { wrapper, calls };
}

describe('dossier page', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows the checklist, the rate and each version with the superseded and invalidated greyed', async () => {
    const { wrapper } = await mountAs('da', true);
    expect(wrapper.get('[data-test="dossier-status"]').text()).toBe('建档中');
    expect(wrapper.find('[data-test="dossier-overdue"]').exists()).toBe(true);
    expect(wrapper.get('[data-test="checklist-APPLICATION"]').attributes('data-present')).toBe('true');
    expect(wrapper.get('[data-test="checklist-INTERVIEW"]').attributes('data-present')).toBe('false');
    expect(wrapper.get('[data-test="completeness-rate"]').text()).toContain('50%');

    const application = wrapper.get('[data-test="category-APPLICATION"]');
    const versions = application.findAll('.el-timeline-item');
    expect(versions.map((version) => version.attributes('data-test'))).toEqual([
      'material-version-CURRENT',
      'material-version-SUPERSEDED',
      'material-version-INVALIDATED',
    ]);
    expect(versions[1].classes()).toContain('is-inactive');
    expect(versions[2].get('[data-test="invalidation-reason"]').text()).toContain('重复归档');
    expect(versions[0].get('[data-test="material-file"]').text()).toContain('申请书.pdf');
    // Only the current version can be changed.
    expect(application.findAll('[data-test="material-upload"]')).toHaveLength(1);
    expect(wrapper.find('[data-test="category-add-INTERVIEW"]').exists()).toBe(true);
  });

  it('shows files as restricted and offers no changes outside custody', async () => {
    const { wrapper } = await mountAs('db', false);
    expect(wrapper.findAll('[data-test="restricted-value"]')).toHaveLength(3);
    expect(wrapper.find('[data-test="material-file"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="material-upload"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="material-add"]').exists()).toBe(false);
    expect(wrapper.get('[data-test="dossier-member"]').text()).toBe('王芳');
  });

  it('asks for a reason before invalidating, and sends it', async () => {
    const { wrapper, calls } = await mountAs('da', true);
    await wrapper.get('[data-test="material-invalidate"]').trigger('click');
    await flushPromises();
    messageBoxButton('失效')!.click();
    await flushPromises();
    expect(document.querySelector('.el-message-box__errormsg')?.textContent).toContain('请填写失效原因');
    expect(calls.some((call) => call.operationName === 'InvalidateMaterial')).toBe(false);

    const input = document.querySelector<HTMLTextAreaElement>('.el-message-box textarea')!;
    input.value = '  内容有误 ';
    input.dispatchEvent(new Event('input'));
    await flushPromises();
    messageBoxButton('失效')!.click();
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await flushPromises();
    const sent = calls.find((call) => call.operationName === 'InvalidateMaterial');
    expect(sent?.variables).toEqual({ id: '12', reason: '内容有误' });
  });

  it('says so when the dossier does not exist or is outside the caller’s scope', async () => {
    const missing = await mountAs('da', true, () => ({ data: { dossier: null, materialCategories: [] } }));
    expect(missing.wrapper.find('[data-test="dossier-not-found"]').exists()).toBe(true);
    const hidden = await mountAs('db', false, () => graphQLError('档案不存在', 'NOT_FOUND'));
    expect(hidden.wrapper.find('[data-test="dossier-not-found"]').exists()).toBe(true);
    expect(hidden.wrapper.find('[data-test="load-error"]').exists()).toBe(false);
  });

  it('offers a retry when loading fails', async () => {
    const { wrapper } = await mountAs('da', true, () => graphQLError('服务器错误', 'INTERNAL_SERVER_ERROR'));
    expect(wrapper.find('[data-test="load-error"]').exists()).toBe(true);
  });
});
