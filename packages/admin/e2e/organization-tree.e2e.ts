import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openTree(page: Page, username: string) {
  await signIn(page, username);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.goto('/organizations');
  await page.getByTestId('org-tree').waitFor();
}

/** Whether the page can be scrolled sideways: what a phone user must never have to do. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('organisation tree in a browser', () => {
  for (const locale of ['zh-CN', 'en']) {
    it(`opens an archivist's tree on their own archive office, on a phone (${locale})`, async () => {
      const page = await newPage(browser, locale);
      await page.setViewportSize({ width: 390, height: 844 });
      await openTree(page, 'archivist');

      const current = page.locator('.el-tree-node.is-current > .el-tree-node__content');
      await expect(current.getByTestId('org-node-SZ-DA-A').isVisible()).resolves.toBe(true);
      await expect(current.getByTestId('org-node-own').count()).resolves.toBe(1);
      // An archivist manages nothing: no create button, no actions.
      await expect(page.getByTestId('org-create').count()).resolves.toBe(0);
      await expect(page.getByTestId('org-actions').count()).resolves.toBe(0);
      await expect(scrollsSideways(page)).resolves.toBe(false);
      await screenshot(page, `organisation-tree-archivist-390-${locale}`);
      await page.context().close();
    });

    it(`keeps an admin's actions on screen at 390 px, long names cut (${locale})`, async () => {
      const page = await newPage(browser, locale);
      await page.setViewportSize({ width: 390, height: 844 });
      await openTree(page, 'admin');

      const root = page.getByTestId('org-node-SZ');
      const actions = root.getByTestId('org-actions');
      const box = await actions.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(390);
      await expect(scrollsSideways(page)).resolves.toBe(false);
      await actions.click();
      await page.getByTestId('org-rename').filter({ visible: true }).waitFor();
      await screenshot(page, `organisation-tree-admin-390-${locale}`);
      await page.context().close();
    });
  }
});
