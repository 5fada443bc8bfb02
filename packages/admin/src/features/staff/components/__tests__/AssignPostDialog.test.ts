import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { graphQLError, mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import AssignPostDialog from '../AssignPostDialog.vue';
import { choose, click, errorUnder, formErrors, sent, type } from './dialog-helpers';

const OFFICE = { id: 'o2', name: '档案室A' };
const POST = {
  id: 'p3',
  title: '档案整理岗',
  region: '东城区',
  maxTenureMonths: 36,
  minStaff: 1,
  maxStaff: 2,
  requiredQualification: null,
  organization: OFFICE,
  holders: [
    {
      id: 'a1',
      startDate: '2024-01-01',
      endDate: null,
      tenureEndsOn: '2027-01-01',
      staffMember: { id: 's1', name: '王建国' },
    },
  ],
};
const person = (id: string, name: string, organization: { id: string; name: string }) => ({
  node: {
    id,
    name,
    region: '东城区',
    status: 'ACTIVE',
    hireDate: '2015-07-01',
    flaggedForRemoval: false,
    organization,
    currentAssignment: null,
    removalReason: null,
    failedPeriods: null,
  },
});
// The filter covers the subtree: a person of a child office comes back too.
const roster = {
  data: {
    staffMembers: {
      totalCount: 3,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [
        person('s1', '王建国', OFFICE),
        person('s2', '李敏', OFFICE),
        person('s3', '赵强', { id: 'o5', name: '档案室A 分室' }),
      ],
    },
  },
};

async function open(respond: (call: GraphQLCall) => unknown) {
  const { calls } = stubGraphQL((call) => (call.operationName === 'StaffMembers' ? roster : respond(call)));
  const mounted = mountWithApp(AssignPostDialog, { props: { modelValue: false, post: POST } });
  await mounted.wrapper.setProps({ modelValue: true });
  await flushPromises();
  return { ...mounted, calls };
}

const assigned = () => ({
  data: {
    assignPost: {
      id: 'a2',
      startDate: '2026-03-01',
      endDate: null,
      current: false,
      tenureEndsOn: '2029-03-01',
      post: { id: 'p3', title: '档案整理岗', region: '东城区' },
    },
  },
});

describe('AssignPostDialog', { timeout: 30_000 }, () => {
  beforeEach(() => {
    setLocale('zh-CN');
    document.body.innerHTML = '';
  });

  it('asks for the person and the start date and sends nothing without them', async () => {
    const { calls } = await open(assigned);
    await click('assign-form-submit');
    await vi.waitFor(() => expect(formErrors()).toEqual(['请选择人员', '请选择上岗日期']));
    expect(sent(calls, 'AssignPost')).toEqual([]);
  });

  it('offers the active staff of the post’s own organisation who do not hold it, and sends the one chosen', async () => {
    const { calls, wrapper } = await open(assigned);
    expect(sent(calls, 'StaffMembers')[0]).toEqual({ filter: { organizationId: 'o2', status: 'ACTIVE' }, first: 50 });
    document.querySelector<HTMLElement>('[data-test="assign-form-person"] .el-select__wrapper')!.click();
    await flushPromises();
    const offered = [...document.querySelectorAll('.el-select-dropdown__item')].map((item) => item.textContent?.trim());
    expect(offered).toEqual(['李敏']);
    await choose('assign-form-person', '李敏');
    await type('assign-form-start', '2026-03-01');
    await click('assign-form-submit');
    await vi.waitFor(() =>
      expect(sent(calls, 'AssignPost')).toEqual([
        { input: { postId: 'p3', staffMemberId: 's2', startDate: '2026-03-01' } },
      ]),
    );
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1));
  });

  it('shows why the server refuses the person under the person, and stays open', async () => {
    const { wrapper } = await open(() =>
      graphQLError('该人员尚未通过岗前培训，不能上岗', 'BAD_USER_INPUT', 'staffMemberId'),
    );
    await choose('assign-form-person', '李敏');
    await type('assign-form-start', '2026-03-01');
    await click('assign-form-submit');
    await vi.waitFor(() => expect(errorUnder('assign-form-person')).toBe('该人员尚未通过岗前培训，不能上岗'));
    expect(wrapper.emitted('saved')).toBeUndefined();
  });

  it('shows a full post under the post', async () => {
    await open(() => graphQLError('该岗位已满员（最多 2 人）', 'BAD_USER_INPUT', 'postId'));
    await choose('assign-form-person', '李敏');
    await type('assign-form-start', '2026-03-01');
    await click('assign-form-submit');
    await vi.waitFor(() => expect(errorUnder('assign-form-post')).toBe('该岗位已满员（最多 2 人）'));
  });
});
