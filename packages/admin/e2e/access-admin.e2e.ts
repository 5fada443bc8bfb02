import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, newPage, PHONE, screenshot, sidewaysOverflow, signIn } from './support/browser';

// Issue 10 §1, §8: an ADMIN edits the demo root's approval chain in the browser. The chain is put
// back afterwards: other files file requests against the same server and expect the demo chain.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const isSave = (operation: string) => (response: { url(): string; request(): { postData(): string | null } }) =>
  response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes(operation);

async function openTemplates(page: Page) {
  await signIn(page, 'admin');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.goto('/access/chain-templates');
  await page.getByTestId('chain-IDENTITY-own').waitFor();
}

async function save(page: Page) {
  const answer = page.waitForResponse(isSave('SetChainTemplate'));
  await page.getByTestId('chain-IDENTITY-save').click();
  const body = (await (await answer).json()) as { data?: { setChainTemplate: { template: { version: number } } } };
  return body.data!.setChainTemplate.template.version;
}

const steps = (page: Page) => page.getByTestId('chain-IDENTITY-steps').getByTestId('chain-step');

describe('approval chain templates in a browser', () => {
  it('lets the admin add an ANY_OF step to the root template, saved, then put back', async () => {
    const page = await newPage(browser, 'zh-CN', DESKTOP);
    await openTemplates(page);
    const before = await steps(page).allTextContents();
    expect(before.length).toBeGreaterThan(0);
    const ownBefore = await page.getByTestId('chain-IDENTITY-own').textContent();

    await page.getByTestId('chain-IDENTITY-edit').click();
    await page.getByTestId('chain-add-step').click();
    const added = page.getByTestId('chain-step-editor').last();
    await added.getByTestId('chain-mode-ANY_OF').click();

    // Saving an empty step is refused in the browser, on that step.
    await page.getByTestId('chain-IDENTITY-save').click();
    await added.locator('.el-form-item__error').waitFor();
    expect(await added.locator('.el-form-item__error').textContent()).toContain('第 2 步至少需要一个部门');

    await added.getByTestId('chain-step-departments').locator('.el-select').click();
    const option = page.locator('.el-select__popper').filter({ visible: true }).locator('.el-select-dropdown__item');
    await option.filter({ hasText: '市纪委监委' }).click();
    await page.keyboard.press('Escape');
    await screenshot(page, 'access-chain-template-editing-1366');

    const version = await save(page);
    await page.getByTestId('chain-IDENTITY-steps').waitFor();
    await expect(steps(page).count()).resolves.toBe(before.length + 1);
    expect(await steps(page).last().textContent()).toContain('或签');
    expect(await steps(page).last().textContent()).toContain('市纪委监委');
    expect(await page.getByTestId('chain-IDENTITY-own').textContent()).not.toBe(ownBefore);
    expect(await page.getByTestId('chain-IDENTITY-own').textContent()).toContain(String(version));

    // Saved on the server: a reload shows it.
    await page.reload();
    await page.getByTestId('chain-IDENTITY-steps').waitFor();
    await expect(steps(page).count()).resolves.toBe(before.length + 1);
    await screenshot(page, 'access-chain-template-saved-1366');

    // On a phone the editor fits the width.
    await page.setViewportSize(PHONE);
    await page.getByTestId('chain-IDENTITY-edit').click();
    await page.getByTestId('chain-step-editor').last().waitFor();
    expect(await sidewaysOverflow(page)).toEqual([]);
    await screenshot(page, 'access-chain-template-editing-390');

    // Put the demo chain back.
    await page.getByTestId('chain-step-editor').last().getByTestId('chain-step-remove').click();
    await save(page);
    await page.getByTestId('chain-IDENTITY-steps').waitFor();
    expect(await steps(page).allTextContents()).toEqual(before);
    await screenshot(page, 'access-chain-template-restored-390');
    await page.context().close();
  });
});
