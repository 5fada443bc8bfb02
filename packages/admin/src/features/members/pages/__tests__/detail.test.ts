import { beforeEach, describe, expect, it, vi } from 'vitest';
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
import MemberDetailPage from '../detail.vue';
import { memberDetail, organizations } from '../../__tests__/fixtures';
import type { MemberDetail } from '../../data';

async function mountDetail(
  member: MemberDetail | null,
  permissions: Permission[] = ['member.read', 'dossier.read', 'dossier.keep'],
  fieldErrors: unknown[] = [],
) {
  const pinia = piniaWithAdminSignedIn();
  useSessionStore().user!.permissions = permissions;
  let current = member;
  const { calls } = stubGraphQL((call: GraphQLCall) => {
    if (call.operationName === 'Organizations') return { data: { organizations } };
    if (call.operationName === 'ChangeMembershipStatus') {
      const input = call.variables.input as { status: MemberDetail['membershipStatus']; date: string };
      current = {
        ...current!,
        membershipStatus: input.status,
        stage: 'ACTIVIST',
        activistDate: input.date,
        version: 4,
      };
      current.allowedTransitions = ['DEVELOPMENT_TARGET', 'TRANSFERRED_OUT', 'DECEASED'];
      return { data: { changeMembershipStatus: current } };
    }
    return { data: { member: current }, ...(fieldErrors.length ? { errors: fieldErrors } : {}) };
  });
  const router = createTestRouter([
    { path: '/members/:id', name: 'member-detail', component: MemberDetailPage },
    { path: '/members', name: 'members', component: { render: () => null } },
  ]);
  await router.push('/members/m1');
  const { wrapper } = mountWithApp(MemberDetailPage, { pinia, router });
  await flushPromises();
  return { wrapper, calls };
}

describe('member detail', { timeout: 30_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows personal data as served, party dates, relatives and a link to the dossier', async () => {
    const { wrapper } = await mountDetail(memberDetail({ idNumber: '1101**********002X' }));

    expect(wrapper.find('[data-test="member-detail-name"]').text()).toBe('王芳');
    expect(wrapper.find('[data-test="member-detail-id-number"]').text()).toBe('1101**********002X');
    expect(wrapper.find('[data-test="member-detail-applicationDate"]').text()).toBe('2020-03-01');
    expect(wrapper.find('[data-test="member-relatives"]').text()).toContain('王强');
    expect(wrapper.find('[data-test="member-relatives"]').text()).toContain('父亲');
    expect(wrapper.find('[data-test="member-open-dossier"]').attributes('href')).toBe('/dossiers/d1');
  });

  it('marks a withheld value restricted and keeps the rest of the page', async () => {
    const { wrapper } = await mountDetail(memberDetail({ address: null }), undefined, [
      { message: '无权查看', path: ['member', 'address'], extensions: { code: 'FORBIDDEN' } },
    ]);

    expect(wrapper.find('[data-test="member-personal"] [data-test="restricted-value"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="member-detail-name"]').text()).toBe('王芳');
  });

  it('offers the moves the server allows and sends the one chosen with its date', async () => {
    const { wrapper, calls } = await mountDetail(memberDetail());

    await wrapper.find('[data-test="member-change-status"]').trigger('click');
    await flushPromises();
    const choices = [...document.querySelectorAll('[data-test="member-status-choices"] .el-radio')].map((each) =>
      each.textContent?.trim(),
    );
    expect(choices).toEqual(['入党积极分子', '已转出', '已去世']);
    (document.querySelector('[data-test="member-status-submit"]') as HTMLButtonElement).click();

    await vi.waitFor(() =>
      expect(calls.filter((call) => call.operationName === 'ChangeMembershipStatus')).toHaveLength(1),
    );
    const input = calls.find((call) => call.operationName === 'ChangeMembershipStatus')!.variables.input;
    expect(input).toMatchObject({ id: 'm1', version: 3, status: 'ACTIVIST' });
    expect((input as { date: string }).date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await vi.waitFor(() => expect(wrapper.find('[data-test="member-detail-status"]').text()).toBe('入党积极分子'));
  });

  it('offers no change to a reader who does not keep dossiers, nor to an ended membership', async () => {
    const reader = await mountDetail(memberDetail(), ['member.read', 'dossier.read']);
    expect(reader.wrapper.find('[data-test="member-change-status"]').exists()).toBe(false);
    expect(reader.wrapper.find('[data-test="member-edit"]').exists()).toBe(false);

    const ended = await mountDetail(memberDetail({ membershipStatus: 'DECEASED', allowedTransitions: [] }));
    expect(ended.wrapper.find('[data-test="member-change-status"]').exists()).toBe(false);
  });

  it('says so when the member is not found', async () => {
    const { wrapper } = await mountDetail(null);

    expect(wrapper.find('[data-test="member-not-found"]').exists()).toBe(true);
  });
});
