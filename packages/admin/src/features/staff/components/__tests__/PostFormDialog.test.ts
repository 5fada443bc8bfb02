import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { graphQLError, mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import PostFormDialog from '../PostFormDialog.vue';
import { click, errorUnder, ORGANIZATIONS, sent, type } from './dialog-helpers';

const created = (call: GraphQLCall) => {
  const input = call.variables.input as Record<string, unknown>;
  return {
    data: {
      createPost: {
        id: 'p9',
        ...input,
        maxTenureMonths: input.maxTenureMonths ?? 36,
        organization: { id: input.organizationId, name: '档案室A' },
        holders: [],
      },
    },
  };
};

async function open(organizationId: string | null, respond: (call: GraphQLCall) => unknown = created) {
  const { calls } = stubGraphQL((call) =>
    call.operationName === 'Organizations' ? { data: { organizations: ORGANIZATIONS } } : respond(call),
  );
  // Opened after mounting, as a page opens it: opening fills the form.
  const mounted = mountWithApp(PostFormDialog, { props: { modelValue: false, organizationId } });
  await mounted.wrapper.setProps({ modelValue: true });
  await flushPromises();
  return { ...mounted, calls };
}

// Each case mounts the whole form with Element Plus; a slow shared machine needs more than 5 s.
describe('PostFormDialog', { timeout: 30_000 }, () => {
  beforeEach(() => {
    setLocale('zh-CN');
    document.body.innerHTML = '';
  });

  it('names the missing organisation, title and region and sends nothing', async () => {
    const { calls } = await open(null);
    await click('post-form-submit');
    await vi.waitFor(() => expect(errorUnder('post-form-organization')).toBe('请选择所属单位'));
    await vi.waitFor(() => expect(errorUnder('post-form-title')).toBe('请输入岗位名称'));
    await vi.waitFor(() => expect(errorUnder('post-form-region')).toBe('请输入地区'));
    expect(sent(calls, 'CreatePost')).toEqual([]);
  });

  it('refuses a malformed qualification code and a maximum below the minimum before sending', async () => {
    const { calls } = await open('o2');
    await type('post-form-title', '档案整理岗');
    await type('post-form-region', '东城区');
    await type('post-form-qualification', '9-bad');
    await type('post-form-min', '3');
    await type('post-form-max', '2');
    await click('post-form-submit');
    await vi.waitFor(() =>
      expect(errorUnder('post-form-qualification')).toBe(
        '资格代码以大写字母开头，由 2–50 个大写字母、数字或下划线组成',
      ),
    );
    await vi.waitFor(() => expect(errorUnder('post-form-max')).toBe('最多在岗人数不能少于最少在岗人数'));
    expect(sent(calls, 'CreatePost')).toEqual([]);
  });

  it('sends the post of the organisation chosen on the page, the code in capitals and a blank tenure as the default', async () => {
    const { calls, wrapper } = await open('o2');
    await type('post-form-title', ' 档案整理岗 ');
    await type('post-form-region', '东城区');
    await type('post-form-qualification', 'archives_pro');
    await type('post-form-max', '2');
    await click('post-form-submit');
    await vi.waitFor(() =>
      expect(sent(calls, 'CreatePost')).toEqual([
        {
          input: {
            organizationId: 'o2',
            title: '档案整理岗',
            region: '东城区',
            requiredQualification: 'ARCHIVES_PRO',
            maxTenureMonths: null,
            minStaff: 1,
            maxStaff: 2,
          },
        },
      ]),
    );
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1));
  });

  it('shows the server refusing a field under it and stays open', async () => {
    const { calls, wrapper } = await open('o2', () =>
      graphQLError('须为 1 到 600 之间的整数', 'BAD_USER_INPUT', 'maxTenureMonths'),
    );
    await type('post-form-title', '档案整理岗');
    await type('post-form-region', '东城区');
    await type('post-form-tenure', '48');
    await click('post-form-submit');
    await vi.waitFor(() => expect(errorUnder('post-form-tenure')).toBe('须为 1 到 600 之间的整数'));
    expect(sent(calls, 'CreatePost')).toHaveLength(1);
    expect(wrapper.emitted('saved')).toBeUndefined();
  });
});
