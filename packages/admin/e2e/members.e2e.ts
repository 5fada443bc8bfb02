import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, newPage, PHONE, screenshot, sidewaysOverflow, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A valid synthetic ID number (GB 11643) of a woman born on 1990-05-17, unique to this run. */
function uniqueIdNumber(): string {
  const sequence = String((Date.now() % 450) * 2 + 100).padStart(3, '0'); // even: a woman
  const first17 = `110105${'19900517'}${sequence}`;
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/** The same number with another check character: what a typo looks like. */
const withWrongCheckDigit = (idNumber: string) => idNumber.slice(0, 17) + (idNumber[17] === '0' ? '1' : '0');

async function signInAsArchivist(page: Page) {
  await signIn(page, 'archivist');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** The dossier count on the dashboard's dossier card, once it has loaded. */
async function dossierTotal(page: Page): Promise<string> {
  const total = page.getByTestId('dashboard-dossiers').getByTestId('dashboard-dossiers-total');
  await total.locator('.el-statistic__content').waitFor();
  await expect.poll(() => total.locator('.el-statistic__content').textContent()).toMatch(/^\d+$/);
  return (await total.locator('.el-statistic__content').textContent())!;
}

async function pickDate(page: Page, testId: string, date: string) {
  const input = page.getByTestId(testId).locator('input');
  await input.fill(date);
  await input.press('Enter');
}

describe('members against the real server', () => {
  it('lets the archivist create a member, refusing a bad check digit in the browser, then find and open them', async () => {
    const page = await newPage(browser);
    const createRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('CreateMember')) {
        createRequests.push(request.postData()!);
      }
    });
    await signInAsArchivist(page);
    // The office already keeps the demo dossiers: the card must count one more after this member.
    const dossiersBefore = Number(await dossierTotal(page));
    await page.getByTestId('menu-members').click();
    await page.getByTestId('member-table').waitFor();

    const idNumber = uniqueIdNumber();
    await page.getByTestId('member-create').click();
    const form = page.getByTestId('member-form');
    await form.getByTestId('member-form-name').fill('端到端党员');
    await form.getByTestId('member-form-id-number').fill(withWrongCheckDigit(idNumber));
    await form.getByTestId('member-form-submit').click();
    const idItem = form.locator('.el-form-item', { has: page.getByTestId('member-form-id-number') });
    await expect
      .poll(() => idItem.locator('.el-form-item__error').textContent())
      .toBe('身份证号码校验位不正确，请核对');
    expect(createRequests).toEqual([]);
    await screenshot(page, 'members-create-bad-check-digit');

    await form.getByTestId('member-form-id-number').fill(idNumber);
    // Leaving the field fills in the birth date and gender the number states.
    await form.getByTestId('member-form-name').click();
    await expect
      .poll(() => form.getByTestId('member-form-birth-date').locator('input').inputValue())
      .toBe('1990-05-17');
    await form.getByTestId('member-form-organization').click();
    await page
      .locator('.el-select__popper')
      .filter({ visible: true })
      .getByText('中共示范市委员会', { exact: true })
      .click();
    await pickDate(page, 'member-form-applicationDate', '2015-03-01');
    await form.getByTestId('member-form-phone').fill('13912345678');
    await form.getByTestId('member-form-relative-add').click();
    await form.getByTestId('member-form-relative-0-name').fill('端到端母亲');
    await form.getByTestId('member-form-relative-0-relation').fill('母亲');
    await form.getByTestId('member-form-submit').click();
    await form.waitFor({ state: 'hidden' });
    expect(createRequests).toHaveLength(1);

    // A new member opens on their own page; the keeping archivist reads the whole ID number.
    await page.waitForURL(/\/members\/\d+$/);
    await expect.poll(() => page.getByTestId('member-detail-id-number').textContent()).toBe(idNumber);

    await page.getByTestId('member-back').click();
    const table = page.getByTestId('member-table');
    await page.getByTestId('member-filter-id-number').fill(idNumber.toLowerCase());
    await page.getByTestId('member-filter-submit').click();
    await expect.poll(() => table.locator('.el-table__row').count()).toBe(1);
    const row = table.locator('.el-table__row', { hasText: '端到端党员' });
    await expect(row.getByTestId('member-id-number').textContent()).resolves.toBe(idNumber);
    await expect(row.textContent()).resolves.toContain('建档中');

    await row.click();
    await page.waitForURL(/\/members\/\d+$/);
    await expect.poll(() => page.getByTestId('member-detail-name').textContent()).toBe('端到端党员');
    await expect(page.getByTestId('member-relatives').textContent()).resolves.toContain('端到端母亲');
    expect(await page.getByTestId('member-open-dossier').getAttribute('href')).toMatch(/^\/dossiers\/\d+$/);
    await screenshot(page, 'members-detail-1366-zh-CN');

    // The archivist's dashboard counts the new dossier, establishing and not yet complete.
    await page.getByTestId('menu-dashboard').click();
    const card = page.getByTestId('dashboard-dossiers');
    await expect.poll(() => dossierTotal(page)).toBe(String(dossiersBefore + 1));
    await expect(card.getByTestId('dashboard-dossiers-rate').textContent()).resolves.toMatch(/\d+%/);
    await card.getByTestId('dashboard-dossiers-chart').locator('canvas').waitFor();
    await screenshot(page, 'members-dashboard-dossiers');
  });

  for (const [label, viewport] of [
    ['1366', DESKTOP],
    ['390', PHONE],
  ] as const) {
    for (const locale of ['zh-CN', 'en']) {
      it(`shows the member list and a member at ${label} px in ${locale} without sideways scrolling`, async () => {
        const page = await newPage(browser, locale, viewport);
        await signInAsArchivist(page);
        if ((await page.evaluate(() => document.documentElement.lang)) !== locale) {
          await page.getByTestId('lang-switch').click();
          await page.waitForFunction((wanted) => document.documentElement.lang === wanted, locale);
        }
        await page.goto('/members');
        const table = page.getByTestId('member-table');
        await table.locator('.el-table__row').first().waitFor();
        expect(await sidewaysOverflow(page)).toEqual([]);
        await screenshot(page, `members-list-${label}-${locale}`);

        await table.locator('.el-table__row').first().click();
        await page.getByTestId('member-detail-name').waitFor();
        expect(await sidewaysOverflow(page)).toEqual([]);
        await screenshot(page, `members-detail-${label}-${locale}`);

        await page.getByTestId('member-edit').click();
        await page.getByTestId('member-form-name').waitFor();
        await screenshot(page, `members-form-${label}-${locale}`);
      });
    }
  }
});
