import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { ElDatePicker } from 'element-plus';
import { setLocale } from '@/app/i18n';
import { graphQLError, mountWithApp, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import ExplainOverdueDialog from '../ExplainOverdueDialog.vue';
import { addDays, chinaToday } from '../data';
import { dossierRow } from './fixtures';

const dossier = dossierRow('7', '李明');

async function mountDialog(respond: (call: GraphQLCall) => unknown = () => ({ data: { explainOverdue: dossier } })) {
  const { calls } = stubGraphQL(respond);
  const { wrapper } = mountWithApp(ExplainOverdueDialog, { props: { modelValue: false, dossier } });
  await wrapper.setProps({ modelValue: true });
  await flushPromises();
  return { wrapper, calls };
}
type Wrapper = Awaited<ReturnType<typeof mountDialog>>['wrapper'];

async function fill(wrapper: Wrapper, explanation: string, date: string | null) {
  await wrapper.find('[data-test="explain-overdue-explanation"]').setValue(explanation);
  if (date) wrapper.findComponent(ElDatePicker).vm.$emit('update:modelValue', date);
  await flushPromises();
}

async function submit(wrapper: Wrapper) {
  await wrapper.find('[data-test="explain-overdue-submit"]').trigger('click');
  await flushPromises();
}

const fieldErrors = (wrapper: Wrapper) => wrapper.findAll('.el-form-item__error').map((node) => node.text());
const explanations = (calls: GraphQLCall[]) => calls.filter((call) => call.operationName === 'ExplainOverdue');

describe('the overdue explanation dialog', () => {
  beforeEach(() => setLocale('en'));

  it('checks the explanation and the promised date before sending anything', async () => {
    const { wrapper, calls } = await mountDialog();
    await fill(wrapper, '缺', null);
    await submit(wrapper);
    await vi.waitFor(() =>
      expect(fieldErrors(wrapper)).toEqual([
        'The reason must be 5 to 500 characters',
        'Choose the promised completion date',
      ]),
    );

    await fill(wrapper, '等待上级党委审批', addDays(chinaToday(), 91));
    await submit(wrapper);
    await vi.waitFor(() =>
      expect(fieldErrors(wrapper)).toEqual(['The promised date must be after today and at most 90 days away']),
    );
    expect(explanations(calls)).toHaveLength(0);
  });

  it('sends the trimmed explanation, the date and the version it was shown, then reports saved', async () => {
    const { wrapper, calls } = await mountDialog();
    const promised = addDays(chinaToday(), 30);
    await fill(wrapper, '  等待上级党委审批  ', promised);
    await submit(wrapper);
    expect(explanations(calls).map((call) => call.variables)).toEqual([
      { dossierId: '7', explanation: '等待上级党委审批', promisedDate: promised, version: 3 },
    ]);
    expect(wrapper.emitted('saved')).toHaveLength(1);
  });

  it('shows the server’s refusal of a field under that field and stays open', async () => {
    const { wrapper } = await mountDialog(() =>
      graphQLError('The promised date must be after today', 'BAD_USER_INPUT', 'promisedDate'),
    );
    await fill(wrapper, '等待上级党委审批', addDays(chinaToday(), 1));
    await submit(wrapper);
    await vi.waitFor(() => expect(fieldErrors(wrapper)).toEqual(['The promised date must be after today']));
    expect(wrapper.emitted('saved')).toBeUndefined();
  });
});
