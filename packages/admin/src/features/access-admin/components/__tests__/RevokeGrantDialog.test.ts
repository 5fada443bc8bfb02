import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { graphQLError, mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import RevokeGrantDialog from '../RevokeGrantDialog.vue';

const revoked = {
  id: '9',
  version: 4,
  grant: {
    id: '3',
    active: false,
    revokedAt: '2026-11-25T08:00:00.000Z',
    revokeReason: '核查结束',
    remainingSeconds: 0,
    revokedBy: { id: '1', displayName: '系统管理员' },
  },
};

async function mountDialog(respond: (call: GraphQLCall) => unknown = () => ({ data: { revokeAccessGrant: revoked } })) {
  const { calls } = stubGraphQL(respond);
  const { wrapper } = mountWithApp(RevokeGrantDialog, {
    props: { modelValue: false, requestId: '9', requestNumber: 'SQ-2026-0009' },
  });
  await wrapper.setProps({ modelValue: true });
  await flushPromises();
  return { wrapper, calls };
}
type Wrapper = Awaited<ReturnType<typeof mountDialog>>['wrapper'];

const revokes = (calls: GraphQLCall[]) => calls.filter((call) => call.operationName === 'RevokeAccessGrant');
const fieldErrors = (wrapper: Wrapper) => wrapper.findAll('.el-form-item__error').map((node) => node.text());

async function submit(wrapper: Wrapper, reason: string) {
  await wrapper.find('[data-test="revoke-grant-reason"]').setValue(reason);
  await wrapper.find('[data-test="revoke-grant-submit"]').trigger('click');
  await flushPromises();
}

describe('the revoke dialog', () => {
  beforeEach(() => setLocale('en'));

  it('names the request and will not revoke without a reason', async () => {
    const { wrapper, calls } = await mountDialog();
    expect(document.body.textContent).toContain('Revoke the grant of SQ-2026-0009');
    await submit(wrapper, '   ');
    await vi.waitFor(() => expect(fieldErrors(wrapper)).toEqual(['Give the reason for revoking']));
    expect(revokes(calls)).toHaveLength(0);
    expect(wrapper.emitted('revoked')).toBeUndefined();
  });

  it('sends the trimmed reason for the request and reports the revoked grant', async () => {
    const { wrapper, calls } = await mountDialog();
    await submit(wrapper, '  核查结束  ');
    expect(revokes(calls).map((call) => call.variables)).toEqual([{ requestId: '9', reason: '核查结束' }]);
    expect(wrapper.emitted('revoked')).toEqual([[revoked]]);
    expect(wrapper.emitted('update:modelValue')).toEqual([[false]]);
  });

  it('shows the server’s refusal of the reason under it and stays open', async () => {
    const { wrapper } = await mountDialog(() => graphQLError('The reason is too long', 'BAD_USER_INPUT', 'reason'));
    await submit(wrapper, '核查结束');
    await vi.waitFor(() => expect(fieldErrors(wrapper)).toEqual(['The reason is too long']));
    expect(wrapper.emitted('revoked')).toBeUndefined();
  });
});
