// What the staff dialogs' tests do as a person would: type, pick from teleported lists, save.
import { nextTick } from 'vue';
import { flushPromises } from '@vue/test-utils';
import type { GraphQLCall } from '@/__tests__/support';

/** The message under the form item that holds (or is) the element with this data-test. */
export const errorUnder = (testId: string) =>
  document
    .querySelector(`[data-test="${testId}"]`)
    ?.closest('.el-form-item')
    ?.querySelector('.el-form-item__error')
    ?.textContent?.trim();

export const formErrors = () =>
  [...document.querySelectorAll('.el-form-item__error')].map((each) => each.textContent?.trim());

/** The variables of every call of one operation, in order. */
export const sent = (calls: GraphQLCall[], operation: string) =>
  calls.filter((call) => call.operationName === operation).map((call) => call.variables);

/** Types into the input (or textarea) of the element with this data-test, as a person leaving the field. */
export async function type(testId: string, value: string) {
  const input = document.querySelector<HTMLInputElement>(
    `[data-test="${testId}"] input, input[data-test="${testId}"], [data-test="${testId}"] textarea, textarea[data-test="${testId}"]`,
  )!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
  input.dispatchEvent(new FocusEvent('blur'));
  await flushPromises();
}

export async function click(testId: string) {
  document.querySelector<HTMLElement>(`[data-test="${testId}"]`)!.click();
  // Validation settles, then the error renders on the next tick.
  await flushPromises();
  await nextTick();
}

/** Opens the select (or tree select) inside `testId` and clicks the teleported entry reading `text`. */
export async function choose(testId: string, text: string, entry = '.el-select-dropdown__item') {
  document.querySelector<HTMLElement>(`[data-test="${testId}"] .el-select__wrapper`)!.click();
  await flushPromises();
  const target = [...document.querySelectorAll<HTMLElement>(entry)].find(
    (element) => element.textContent?.trim() === text,
  );
  if (!target) throw new Error(`no ${entry} reading ${text} to choose in ${testId}`);
  target.click();
  await flushPromises();
}

export const ORGANIZATIONS = [
  { id: 'o1', code: 'SZ', name: '中共示范市委员会', type: 'COMMITTEE', active: true, version: 1, parent: null },
  {
    id: 'o2',
    code: 'SZ-DA-A',
    name: '档案室A',
    type: 'ARCHIVE_OFFICE',
    active: true,
    version: 1,
    parent: { id: 'o1' },
  },
];
