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

export const DESKTOP = { width: 1366, height: 820 };
/** An iPhone 12–15 sized window. */
export const PHONE = { width: 390, height: 844 };

export async function newPage(browser: Browser, locale = 'zh-CN', viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ baseURL: inject('baseUrl'), locale, viewport });
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

/**
 * What makes the page scroll sideways or cuts content off at the window's right edge: the
 * document, the body or the layout's scrolling regions wider than their box, and elements that
 * stick out of the window (a card with `overflow: hidden` hides them without any scrolling).
 * Elements inside a region that scrolls sideways on purpose, like a table's, are left out.
 * Empty when the page fits.
 */
export function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const regions: [string, Element | null][] = [
      ['html', document.documentElement],
      ['body', document.body],
      ['header', document.querySelector('.el-header')],
      ['main', document.querySelector('.el-main')],
    ];
    for (const [name, element] of regions) {
      if (element && element.scrollWidth > element.clientWidth) {
        problems.push(`${name}: scrollWidth ${element.scrollWidth} > clientWidth ${element.clientWidth}`);
      }
    }
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}` +
      (element.getAttribute('data-test') ? `[data-test=${element.getAttribute('data-test')}]` : '') +
      ` "${(element.textContent ?? '').trim().slice(0, 30)}"`;
    const scrollsOnPurpose = (element: Element) => {
      for (let node = element.parentElement; node && !node.matches('.el-main, body'); node = node.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(node).overflowX)) return true;
      }
      return false;
    };
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > window.innerWidth + 1 && !scrollsOnPurpose(element)) {
        problems.push(`sticks out to ${Math.round(box.right)}px: ${describe(element)}`);
        if (problems.length > 12) break;
      }
    }
    return problems;
  });
}

/** Whether the element lies wholly inside the window (not cut off, not below the fold). */
export async function isInsideViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
}
