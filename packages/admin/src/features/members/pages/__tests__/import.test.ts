import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { mountWithApp, piniaWithAdminSignedIn, stubGraphQL, type GraphQLCall } from '@/__tests__/support';
import MemberImportPage from '../import.vue';

/** A stand-in for the browser's XHR that `uploadImportFile` uses: records the upload, lets the test answer. */
class FakeXhr {
  static last: FakeXhr | undefined;
  url = '';
  body: unknown;
  status = 0;
  responseText = '';
  upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;

  constructor() {
    FakeXhr.last = this;
  }
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader() {}
  send(body: unknown) {
    this.body = body;
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

const organizations = [
  { id: 'o1', code: 'SZ', name: '中共示范市委员会', type: 'COMMITTEE' },
  { id: 'o9', code: 'DA', name: '市委档案室', type: 'ARCHIVE_OFFICE' },
];
const report = {
  mode: 'ALL_OR_NOTHING',
  total: 4,
  imported: 0,
  rejected: 1,
  errors: [{ row: 4, column: '身份证号码', field: 'idNumber', message: '身份证号码校验位不正确，请核对' }],
};
type JobState = {
  status: string;
  progress: number;
  message: string | null;
  result: string | null;
  error: string | null;
};

/** The server as the page sees it: organisations, the start mutation, then `jobStates` one poll after another. */
function stubServer(jobStates: JobState[]) {
  const states = [...jobStates];
  return stubGraphQL((call: GraphQLCall) => {
    if (call.operationName === 'MemberImportOrganizations') return { data: { organizations } };
    if (call.operationName === 'StartMemberImport')
      return { data: { startMemberImport: { id: 'j1', status: 'QUEUED' } } };
    if (call.operationName === 'FollowedJob')
      return { data: { job: { id: 'j1', ...(states.shift() ?? jobStates.at(-1)) } } };
    throw new Error(`unexpected ${call.operationName}`);
  });
}

async function mountPage() {
  const { wrapper } = mountWithApp(MemberImportPage, { pinia: piniaWithAdminSignedIn() });
  await flushPromises();
  return wrapper;
}

async function chooseFile(wrapper: VueWrapper) {
  const input = wrapper.find<HTMLInputElement>('[data-test=import-file] input[type=file]');
  const file = new File(['姓名,身份证号码\r\n'], 'members.csv', { type: 'text/csv' });
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
}

async function chooseMode(wrapper: VueWrapper, testId: 'mode-all' | 'mode-valid') {
  await wrapper.find(`[data-test=${testId}] input`).setValue(true);
}

/** Picks the party organisation from the select's teleported list, as a person would. */
async function chooseOrganization(wrapper: VueWrapper, name: string) {
  await wrapper.find('[data-test=import-organization] .el-select__wrapper').trigger('click');
  await flushPromises();
  const option = [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((item) =>
    item.textContent?.startsWith(name),
  );
  option!.click();
  await flushPromises();
}

const text = (wrapper: VueWrapper, testId: string) => wrapper.find(`[data-test=${testId}]`).text();

describe('member import page', () => {
  beforeEach(() => {
    setLocale('zh-CN');
    FakeXhr.last = undefined;
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('offers only party organisations and starts nothing until the file, the mode and the organisation are chosen', async () => {
    const { calls } = stubServer([]);
    const wrapper = await mountPage();
    const start = () => wrapper.find('[data-test=start-import]').trigger('click');

    await start();
    expect(text(wrapper, 'import-failure')).toBe('请选择文件、导入方式和默认党组织');

    await chooseFile(wrapper);
    await chooseOrganization(wrapper, '中共示范市委员会');
    const offered = [...document.querySelectorAll('.el-select-dropdown__item')].map((item) => item.textContent);
    expect(offered).toEqual(['中共示范市委员会 (SZ)']);
    await start();
    // No mode chosen yet: nothing was uploaded, nothing started.
    expect(FakeXhr.last).toBeUndefined();
    expect(wrapper.find('[data-test=import-failure]').exists()).toBe(true);

    await chooseMode(wrapper, 'mode-valid');
    await start();
    expect(FakeXhr.last?.url).toBe('/members/imports');
    expect(wrapper.find('[data-test=import-failure]').exists()).toBe(false);
    expect(calls.map((call) => call.operationName)).toEqual(['MemberImportOrganizations']);
  });

  it('shows the upload’s progress, then the job’s, then the report by row, column and problem', async () => {
    const { calls } = stubServer([
      { status: 'RUNNING', progress: 40, message: '正在校验', result: null, error: null },
      { status: 'SUCCEEDED', progress: 100, message: null, result: JSON.stringify(report), error: null },
    ]);
    const wrapper = await mountPage();
    await chooseFile(wrapper);
    await chooseMode(wrapper, 'mode-all');
    await chooseOrganization(wrapper, '中共示范市委员会');
    await wrapper.find('[data-test=start-import]').trigger('click');

    const xhr = FakeXhr.last!;
    expect((xhr.body as File).name).toBe('members.csv');
    xhr.upload.onprogress!({ loaded: 30, total: 100, lengthComputable: true });
    await flushPromises();
    expect(text(wrapper, 'import-progress')).toContain('正在上传');
    expect(text(wrapper, 'import-progress')).toContain('30%');

    xhr.answer(201, { fileRef: 'ref-1', format: 'csv', rows: 4 });
    await flushPromises();
    expect(calls.find((call) => call.operationName === 'StartMemberImport')?.variables).toEqual({
      fileRef: 'ref-1',
      mode: 'ALL_OR_NOTHING',
      organizationId: 'o1',
    });
    expect(text(wrapper, 'import-progress')).toContain('正在校验');
    expect(text(wrapper, 'import-progress')).toContain('40%');
    expect(wrapper.find('[data-test=import-result]').exists()).toBe(false);

    await vi.advanceTimersByTimeAsync(1000);
    await flushPromises();
    expect(wrapper.find('[data-test=import-progress]').exists()).toBe(false);
    expect(text(wrapper, 'import-summary')).toContain('共 4 行，已导入 0 行，有误 1 行');
    expect(text(wrapper, 'import-summary')).toContain('有行存在错误，未导入任何党员');
    const cells = wrapper.findAll('[data-test=import-errors] .el-table__body td').map((cell) => cell.text());
    expect(cells).toEqual(['4', '身份证号码', '身份证号码校验位不正确，请核对']);
    expect(wrapper.find('[data-test=download-report]').exists()).toBe(true);
  });

  it('shows a failed job’s message and no report', async () => {
    stubServer([{ status: 'FAILED', progress: 60, message: null, result: null, error: '导入期间身份证号码已被登记' }]);
    const wrapper = await mountPage();
    await chooseFile(wrapper);
    await chooseMode(wrapper, 'mode-valid');
    await chooseOrganization(wrapper, '中共示范市委员会');
    await wrapper.find('[data-test=start-import]').trigger('click');
    FakeXhr.last!.answer(201, { fileRef: 'ref-1', format: 'csv', rows: 4 });
    await flushPromises();

    expect(text(wrapper, 'import-failure')).toBe('导入期间身份证号码已被登记');
    expect(wrapper.find('[data-test=import-progress]').exists()).toBe(false);
    expect(wrapper.find('[data-test=import-result]').exists()).toBe(false);
  });

  it('shows the server’s reason when the upload is refused', async () => {
    const { calls } = stubServer([]);
    const wrapper = await mountPage();
    await chooseFile(wrapper);
    await chooseMode(wrapper, 'mode-all');
    await chooseOrganization(wrapper, '中共示范市委员会');
    await wrapper.find('[data-test=start-import]').trigger('click');
    FakeXhr.last!.answer(400, {
      errors: [{ message: '未找到表头行', extensions: { code: 'BAD_USER_INPUT', field: 'file' } }],
    });
    await flushPromises();

    expect(text(wrapper, 'import-failure')).toBe('未找到表头行');
    expect(calls.some((call) => call.operationName === 'StartMemberImport')).toBe(false);
  });
});
