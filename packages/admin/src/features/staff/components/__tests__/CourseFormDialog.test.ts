import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { graphQLError, mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import CourseFormDialog from '../CourseFormDialog.vue';
import { choose, click, errorUnder, ORGANIZATIONS, sent, type } from './dialog-helpers';

async function open(
  respond: (call: GraphQLCall) => unknown = () => ({ data: { createTrainingCourse: { id: 'c9', title: '岗前培训' } } }),
) {
  const { calls } = stubGraphQL((call) =>
    call.operationName === 'Organizations' ? { data: { organizations: ORGANIZATIONS } } : respond(call),
  );
  const mounted = mountWithApp(CourseFormDialog, { props: { modelValue: false } });
  await mounted.wrapper.setProps({ modelValue: true });
  await flushPromises();
  return { ...mounted, calls };
}

async function fillValid() {
  await choose('course-form-organization', '档案室A', '.el-tree-node__content');
  await type('course-form-title', ' 岗前培训 ');
  await choose('course-form-kind', '岗前培训');
  await click('course-form-mode-PRACTICE');
  await click('course-form-professional');
  await type('course-form-hours', '4.5');
}

describe('CourseFormDialog', { timeout: 30_000 }, () => {
  beforeEach(() => {
    setLocale('zh-CN');
    document.body.innerHTML = '';
  });

  it('names every missing field and sends nothing', async () => {
    const { calls } = await open();
    await click('course-form-submit');
    await vi.waitFor(() => expect(errorUnder('course-form-organization')).toBe('请选择开课单位'));
    await vi.waitFor(() => expect(errorUnder('course-form-title')).toBe('请输入课程名称'));
    await vi.waitFor(() => expect(errorUnder('course-form-kind')).toBe('请选择类别'));
    await vi.waitFor(() => expect(errorUnder('course-form-hours')).toBe('学时须在 0.5 到 500 之间，以 0.5 为单位'));
    expect(sent(calls, 'CreateTrainingCourse')).toEqual([]);
  });

  it('sends the course as chosen', async () => {
    const { calls, wrapper } = await open();
    await fillValid();
    await click('course-form-submit');
    await vi.waitFor(() =>
      expect(sent(calls, 'CreateTrainingCourse')).toEqual([
        {
          input: {
            organizationId: 'o2',
            title: '岗前培训',
            kind: 'PRE_POST',
            mode: 'PRACTICE',
            professional: true,
            hours: 4.5,
          },
        },
      ]),
    );
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1));
  });

  it('shows the server refusing the organisation under it', async () => {
    const { wrapper } = await open(() =>
      graphQLError('没有这个组织，或您无权管理', 'BAD_USER_INPUT', 'organizationId'),
    );
    await fillValid();
    await click('course-form-submit');
    await vi.waitFor(() => expect(errorUnder('course-form-organization')).toBe('没有这个组织，或您无权管理'));
    expect(wrapper.emitted('saved')).toBeUndefined();
  });
});
