import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { mountWithApp, stubGraphQL } from '@/__tests__/support';
import PreferenceFormDialog from '../PreferenceFormDialog.vue';
import { choose, click, errorUnder, sent, type } from './dialog-helpers';

const STAFF = { id: 's2', name: '李敏', organization: { id: 'o2' } };
const post = (id: string, title: string, organization: { id: string; name: string }) => ({
  id,
  title,
  region: '东城区',
  maxTenureMonths: 36,
  minStaff: 1,
  maxStaff: 2,
  requiredQualification: null,
  organization,
  holders: [],
});

async function open() {
  const { calls } = stubGraphQL((call) =>
    call.operationName === 'CurrentPosts'
      ? {
          data: {
            // posts(organizationId) covers the subtree: a child office's post comes back too.
            posts: [
              post('p3', '档案整理岗', { id: 'o2', name: '档案室A' }),
              post('p4', '档案查阅岗', { id: 'o2', name: '档案室A' }),
              post('p7', '分室整理岗', { id: 'o5', name: '档案室A 分室' }),
            ],
          },
        }
      : { data: { setStaffPreference: true } },
  );
  const mounted = mountWithApp(PreferenceFormDialog, { props: { modelValue: false, staff: STAFF } });
  await mounted.wrapper.setProps({ modelValue: true });
  await flushPromises();
  return { ...mounted, calls };
}

describe('PreferenceFormDialog', { timeout: 30_000 }, () => {
  beforeEach(() => {
    setLocale('zh-CN');
    document.body.innerHTML = '';
  });

  it('asks for the post and sends nothing without it', async () => {
    const { calls } = await open();
    await click('preference-form-submit');
    await vi.waitFor(() => expect(errorUnder('preference-form-post')).toBe('请选择意向岗位'));
    expect(sent(calls, 'SetStaffPreference')).toEqual([]);
  });

  it('offers the posts of the person’s own organisation and sends the weight given', async () => {
    const { calls, wrapper } = await open();
    document.querySelector<HTMLElement>('[data-test="preference-form-post"] .el-select__wrapper')!.click();
    await flushPromises();
    const offered = [...document.querySelectorAll('.el-select-dropdown__item')].map((item) => item.textContent?.trim());
    expect(offered).toEqual(['档案整理岗（东城区）', '档案查阅岗（东城区）']);
    await choose('preference-form-post', '档案查阅岗（东城区）');
    await type('preference-form-weight', '8');
    await click('preference-form-submit');
    await vi.waitFor(() =>
      expect(sent(calls, 'SetStaffPreference')).toEqual([{ input: { staffMemberId: 's2', postId: 'p4', weight: 8 } }]),
    );
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toEqual([[8]]));
  });

  it('withdraws a preference with weight 0', async () => {
    const { calls } = await open();
    await choose('preference-form-post', '档案整理岗（东城区）');
    await type('preference-form-weight', '0');
    await click('preference-form-submit');
    await vi.waitFor(() =>
      expect(sent(calls, 'SetStaffPreference')).toEqual([{ input: { staffMemberId: 's2', postId: 'p3', weight: 0 } }]),
    );
  });

  it('refuses a blank weight before sending', async () => {
    const { calls } = await open();
    await choose('preference-form-post', '档案整理岗（东城区）');
    await type('preference-form-weight', '');
    await click('preference-form-submit');
    await vi.waitFor(() => expect(errorUnder('preference-form-weight')).toBe('意愿权重须为 0 到 10 之间的整数'));
    expect(sent(calls, 'SetStaffPreference')).toEqual([]);
  });
});
