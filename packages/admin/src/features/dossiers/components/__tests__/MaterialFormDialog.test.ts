import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { mountWithApp, stubGraphQL } from '@/__tests__/support';
import MaterialFormDialog from '../MaterialFormDialog.vue';

const categories = [{ id: 'c1', code: 'APPLICATION', nameZh: '入党申请书', nameEn: 'Application' }];

async function openDialog() {
  const { calls } = stubGraphQL(() => ({ data: { addMaterial: { id: '5' } } }));
  const { wrapper } = mountWithApp(MaterialFormDialog, {
    props: { modelValue: false, dossierId: '7', categories, material: null, categoryId: 'c1' },
  });
  await wrapper.setProps({ modelValue: true });
  await flushPromises();
  return { wrapper, calls };
}

type Wrapper = Awaited<ReturnType<typeof openDialog>>['wrapper'];
async function type(wrapper: Wrapper, test: string, value: string) {
  await wrapper.find(`input[data-test="${test}"]`).setValue(value);
  await flushPromises();
}
/** What the date picker emits when a day is picked (its popper is not the subject here). */
async function pick(wrapper: Wrapper, test: string, value: string) {
  const picker = wrapper.get(`[data-test="${test}"]`).findComponent({ name: 'ElDatePicker' });
  picker.vm.$emit('update:modelValue', value);
  await flushPromises();
}
const save = async () => {
  document.querySelector<HTMLButtonElement>('[data-test="material-save"]')!.click();
  await flushPromises();
  await new Promise((resolve) => setTimeout(resolve, 20));
  await flushPromises();
};

describe('material form', () => {
  beforeEach(() => setLocale('en'));

  it('refuses a date received before the date formed without sending anything', async () => {
    const { calls, wrapper } = await openDialog();
    await type(wrapper, 'material-title', 'Application');
    await pick(wrapper, 'material-formed-on', '2020-03-10');
    await pick(wrapper, 'material-received-on', '2020-03-01');
    await save();
    await vi.waitFor(() =>
      expect(wrapper.findAll('.el-form-item__error').map((error) => error.text())).toEqual([
        'The date received cannot be earlier than the date formed',
      ]),
    );
    expect(calls).toHaveLength(0);

    await pick(wrapper, 'material-received-on', '2020-03-12');
    await save();
    await vi.waitFor(() => expect(calls.map((call) => call.operationName)).toEqual(['AddMaterial']));
    expect(calls[0].variables.input).toMatchObject({
      dossierId: '7',
      categoryId: 'c1',
      title: 'Application',
      formedOn: '2020-03-10',
      receivedOn: '2020-03-12',
    });
    expect(wrapper.emitted('saved')).toEqual([['5']]);
  });
});
