import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { request } from '@/app/graphql';
import { setLocale } from '@/app/i18n';
import { RenameOrganizationDocument } from '@/gql/graphql';
import { graphQLError, mountWithApp, resizeWindow, stubGraphQL } from '@/__tests__/support';
import NoteDialog from './NoteDialog.vue';

/** Saving a note sends one real request; the stubbed server answers with `answers` in turn. */
function serverAnswering(...answers: unknown[]) {
  const { calls } = stubGraphQL(() => answers.shift());
  const submit = vi.fn((note: { title: string }) =>
    request(RenameOrganizationDocument, { id: 'n1', name: note.title, version: 1 }, { silent: true }),
  );
  return { calls, submit };
}

const renamed = { data: { renameOrganization: { id: 'n1' } } };

async function mountDialog(submit: (note: { title: string; body: string }) => Promise<unknown>) {
  const { wrapper } = mountWithApp(NoteDialog, { props: { modelValue: true, submit } });
  await flushPromises();
  return wrapper;
}

type Wrapper = Awaited<ReturnType<typeof mountDialog>>;

async function fill(wrapper: Wrapper, title: string, body = '') {
  await wrapper.find('[data-test="note-title"]').setValue(title);
  await wrapper.find('[data-test="note-body"]').setValue(body);
}

async function save(wrapper: Wrapper) {
  await wrapper.find('[data-test="note-submit"]').trigger('click');
  await flushPromises();
}

const errorUnder = (wrapper: Wrapper, testId: string) =>
  wrapper
    .find(`[data-test="${testId}"]`)
    .element.closest('.el-form-item')
    ?.querySelector('.el-form-item__error')
    ?.textContent?.trim() ?? '';
const fieldErrors = (wrapper: Wrapper) => wrapper.findAll('.el-form-item__error').map((node) => node.text());
const toasts = () => [...document.querySelectorAll('.el-message')].map((node) => node.textContent?.trim());

describe('form dialog', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows what is missing and does not submit an invalid form', async () => {
    const { calls, submit } = serverAnswering(renamed);
    const wrapper = await mountDialog(submit);

    await save(wrapper);

    await vi.waitFor(() => expect(fieldErrors(wrapper)).toEqual(['请输入标题']));
    expect(submit).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
    expect(wrapper.emitted('update:modelValue')).toBeUndefined();
  });

  it('submits a valid form, says so and closes', async () => {
    const { calls, submit } = serverAnswering(renamed);
    const wrapper = await mountDialog(submit);

    await fill(wrapper, '档案移交');
    await save(wrapper);

    expect(calls.map((call) => call.variables.name)).toEqual(['档案移交']);
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([false]);
    await vi.waitFor(() => expect(toasts()).toContain('便签已保存'));
  });

  it("puts the server's complaint under the field it names and stays open", async () => {
    const { submit } = serverAnswering(graphQLError('正文不能包含身份证号', 'BAD_USER_INPUT', 'input.body'));
    const wrapper = await mountDialog(submit);

    await fill(wrapper, '档案移交', '110101199003071234');
    await save(wrapper);

    await vi.waitFor(() => expect(errorUnder(wrapper, 'note-body')).toBe('正文不能包含身份证号'));
    expect(errorUnder(wrapper, 'note-title')).toBe('');
    expect(wrapper.emitted('update:modelValue')).toBeUndefined();
    expect(toasts()).toEqual([]);
  });

  // Regression: `body` has no rules, and el-form's validate() resets the *value* of a rule-less
  // field it finds in error, so the complaint must be cleared before validating again.
  it("clears the server's complaint before the next attempt, keeping what was typed", async () => {
    const { submit } = serverAnswering(
      graphQLError('正文不能包含身份证号', 'BAD_USER_INPUT', 'body'),
      graphQLError('标题已被使用', 'BAD_USER_INPUT', 'title'),
    );
    const wrapper = await mountDialog(submit);

    await fill(wrapper, '档案移交', '110101199003071234');
    await save(wrapper);
    await vi.waitFor(() => expect(fieldErrors(wrapper)).toEqual(['正文不能包含身份证号']));
    await save(wrapper);

    await vi.waitFor(() => expect(fieldErrors(wrapper)).toEqual(['标题已被使用']));
    expect((wrapper.find('[data-test="note-body"]').element as HTMLInputElement).value).toBe('110101199003071234');
  });

  it('shows a complaint about a field the form does not have as a toast', async () => {
    const { submit } = serverAnswering(graphQLError('组织不存在', 'BAD_USER_INPUT', 'id'));
    const wrapper = await mountDialog(submit);

    await fill(wrapper, '档案移交');
    await save(wrapper);

    await vi.waitFor(() => expect(toasts()).toContain('组织不存在'));
    expect(fieldErrors(wrapper)).toEqual([]);
    expect(wrapper.emitted('update:modelValue')).toBeUndefined();
  });

  it('spins the save button while saving and sends nothing more on a second click', async () => {
    let finish: () => void = () => undefined;
    const submit = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const wrapper = await mountDialog(submit);
    const button = () => wrapper.find('[data-test="note-submit"]');

    await fill(wrapper, '档案移交');
    await save(wrapper);
    expect(button().classes()).toContain('is-loading');
    await save(wrapper);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(submit).toHaveBeenCalledTimes(1);

    finish();
    await flushPromises();
    expect(button().classes()).not.toContain('is-loading');
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([false]);
  });

  it('closes and asks for a reload when someone else changed the record first', async () => {
    const { submit } = serverAnswering(graphQLError('数据已被他人修改', 'CONFLICT'));
    const wrapper = await mountDialog(submit);

    await fill(wrapper, '档案移交');
    await save(wrapper);

    expect(wrapper.emitted('conflict')).toHaveLength(1);
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([false]);
  });
});

describe('form dialog on a phone', () => {
  beforeEach(() => setLocale('zh-CN'));
  afterEach(() => resizeWindow(1366));

  it('fills the screen and puts the labels above the fields', async () => {
    await resizeWindow(390);
    const wrapper = await mountDialog(vi.fn());
    const dialog = document.querySelector('.el-dialog')!;
    expect(dialog.classList).toContain('is-fullscreen');
    expect(dialog.classList).toContain('form-dialog--phone');
    expect(wrapper.find('.el-form').classes()).toContain('el-form--label-top');
  });

  it('keeps its width and side labels on a desktop, never wider than the window', async () => {
    await resizeWindow(1366);
    const wrapper = await mountDialog(vi.fn());
    const dialog = document.querySelector<HTMLElement>('.el-dialog')!;
    expect(dialog.classList).not.toContain('is-fullscreen');
    expect(dialog.style.getPropertyValue('--el-dialog-width')).toBe('min(480px, 92vw)');
    expect(wrapper.find('.el-form').classes()).toContain('el-form--label-right');
  });
});
