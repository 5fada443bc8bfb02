import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Browser, chromium, Page, selectors } from 'playwright-core';
import { inject } from 'vitest';

const screenshotDir = resolve(import.meta.dirname, '../../test-results', process.env.E2E_DIALECT ?? 'sqlite');

/** Debian's Chromium (never a downloaded browser), headless, with its background calls off. */
export function launchBrowser(): Promise<Browser> {
  // The SPA marks elements for tests with data-test="…".
  selectors.setTestIdAttribute('data-test');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function newPage(browser: Browser, locale = 'zh-CN'): Promise<Page> {
  const context = await browser.newContext({
    baseURL: inject('baseUrl'),
    locale,
    viewport: { width: 1366, height: 820 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Screenshots are kept as test artefacts in packages/admin/test-results/. */
export async function screenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  // A page that is still loading (v-loading's mask) is not what a person looks at.
  await page
    .locator('.el-loading-mask')
    .first()
    .waitFor({ state: 'hidden' })
    .catch(() => undefined);
  // Transitions are frozen so a screenshot never catches a dialog half faded.
  return page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true, animations: 'disabled' });
}

export const DEMO_PASSWORD = 'Dangan@2026';

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}
