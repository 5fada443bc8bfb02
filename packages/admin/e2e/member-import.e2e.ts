import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckCharacter } from '../src/shared/id-number';
import { DESKTOP, launchBrowser, newPage, PHONE, screenshot, sidewaysOverflow, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A valid synthetic ID number of a man born on 1977-07-07; `sequence` (below 499) keeps each file's people apart. */
function idNumber(sequence: number): string {
  const first17 = `110105${'19770707'}${String(sequence * 2 + 1).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

/** The same number with another check character: what a typo looks like. */
const withWrongCheckDigit = (value: string) => value.slice(0, 17) + (value[17] === '0' ? '1' : '0');

/**
 * A CSV headed by the template's Chinese column names: three valid applicants and, as the
 * sheet's row 4 (the header is row 1), one whose ID number has a wrong check digit.
 */
function importCsv(firstSequence: number): Buffer {
  const header = ['姓名', '性别', '民族', '出生日期', '身份证号码', '发展阶段', '入党申请日期'];
  const person = (offset: number, id = idNumber(firstSequence + offset)) => [
    `导入测试${firstSequence + offset}`,
    '男',
    '汉族',
    '1977-07-07',
    id,
    '入党申请人',
    '2015-03-01',
  ];
  const rows = [person(0), person(1), person(2, withWrongCheckDigit(idNumber(firstSequence + 2))), person(3)];
  return Buffer.from('\ufeff' + [header, ...rows].map((cells) => cells.join(',')).join('\r\n'), 'utf8');
}
const BAD_ROW = '4';

async function openImportPage(page: Page, locale: string) {
  await signIn(page, 'archivist');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  if ((await page.evaluate(() => document.documentElement.lang)) !== locale) {
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction((wanted) => document.documentElement.lang === wanted, locale);
  }
  await page.goto('/members');
  await page.getByTestId('member-import').click();
  await page.waitForURL('**/members/import');
  await page.getByTestId('start-import').waitFor();
}

async function chooseFile(page: Page, csv: Buffer) {
  await page
    .getByTestId('import-file')
    .locator('input[type=file]')
    .setInputFiles({ name: 'members.csv', mimeType: 'text/csv', buffer: csv });
}

/** The options read `name (code)`. */
async function chooseOrganization(page: Page, name: string) {
  await page.getByTestId('import-organization').click();
  await page
    .locator('.el-select__popper')
    .filter({ visible: true })
    .locator('.el-select-dropdown__item')
    .filter({ hasText: `${name} (` })
    .first()
    .click();
}

/**
 * Starts the import and waits for its report, keeping what the progress area said meanwhile
 * (the upload's and then the job's step): a MutationObserver sees it however short it lasts.
 */
async function startAndWait(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-test=import-progress]')?.textContent?.trim();
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId('start-import').click();
  await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
  await page.getByTestId('import-progress').waitFor({ state: 'hidden' });
  // The layout's main region scrolls: bring the report into the screenshot.
  await page.getByTestId('download-report').scrollIntoViewIfNeeded();
  return page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
}

const ORGANIZATION = '中共示范市委员会';

describe('member import against the real server', () => {
  it('reports the bad row and imports nothing all-or-nothing, then imports the valid rows only', async () => {
    const page = await newPage(browser);
    await openImportPage(page, 'zh-CN');
    const csv = importCsv(400);

    await chooseFile(page, csv);
    await chooseOrganization(page, ORGANIZATION);
    await page.getByTestId('mode-all').click();
    const progress = await startAndWait(page);
    expect(progress.some((text) => text.startsWith('正在上传'))).toBe(true);

    const summary = page.getByTestId('import-summary');
    await expect(summary.textContent()).resolves.toContain('共 4 行，已导入 0 行，有误 1 行');
    await expect(summary.textContent()).resolves.toContain('未导入任何党员');
    const errorRows = page.getByTestId('import-errors').locator('.el-table__body .el-table__row');
    await expect(errorRows.count()).resolves.toBe(1);
    const cells = await errorRows.first().locator('td').allTextContents();
    expect(cells.map((cell) => cell.trim())).toEqual([BAD_ROW, '身份证号码', '身份证号码校验位不正确，请核对']);
    await screenshot(page, 'member-import-report-all-or-nothing-1366-zh-CN');

    await page.getByTestId('mode-valid').click();
    await startAndWait(page);
    await expect(summary.textContent()).resolves.toContain('共 4 行，已导入 3 行，有误 1 行');
    await expect(errorRows.count()).resolves.toBe(1);
    expect((await errorRows.first().locator('td').first().textContent())?.trim()).toBe(BAD_ROW);
    await screenshot(page, 'member-import-report-valid-rows-1366-zh-CN');

    // The three are members now, found by their ID numbers.
    await page.goto('/members');
    for (const offset of [0, 1, 3]) {
      await page.getByTestId('member-filter-id-number').fill(idNumber(400 + offset));
      await page.getByTestId('member-filter-submit').click();
      await expect
        .poll(() => page.getByTestId('member-table').locator('.el-table__row').first().textContent())
        .toContain(`导入测试${400 + offset}`);
    }
  });

  for (const [label, viewport, locale, sequence] of [
    ['390', PHONE, 'zh-CN', 100],
    ['390', PHONE, 'en', 200],
    ['1366', DESKTOP, 'en', 300],
  ] as const) {
    it(`shows the report at ${label} px in ${locale} without sideways scrolling`, async () => {
      const page = await newPage(browser, locale, viewport);
      await openImportPage(page, locale);
      expect(await sidewaysOverflow(page)).toEqual([]);
      await chooseFile(page, importCsv(sequence));
      await chooseOrganization(page, ORGANIZATION);
      await page.getByTestId('mode-all').click();
      await startAndWait(page);
      const cells = await page.getByTestId('import-errors').locator('.el-table__body td').allTextContents();
      expect(cells.map((cell) => cell.trim()).slice(0, 2)).toEqual([
        BAD_ROW,
        locale === 'en' ? 'ID number' : '身份证号码',
      ]);
      expect(await sidewaysOverflow(page)).toEqual([]);
      // The table may scroll sideways by itself, but the problem column is meant to fit whole.
      const problemCell = page.getByTestId('import-errors').locator('.el-table__body td').last();
      const box = (await problemCell.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      await screenshot(page, `member-import-report-${label}-${locale}`);
    });
  }
});
