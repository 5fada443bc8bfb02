import { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  isInsideViewport,
  launchBrowser,
  newPage,
  PHONE,
  screenshot,
  sidewaysOverflow,
  signIn,
} from './support/browser';

// Every page at a phone's width and a laptop's, in both languages: nothing may make the page
// scroll sideways, and what a person needs (the menu, sign-out, a form's Save) stays in reach.

const WIDTHS = [
  { label: '390', viewport: PHONE },
  { label: '1366', viewport: { ...DESKTOP, height: 768 } },
];
const LANGUAGES = ['zh-CN', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

/** What shows that a page has its content (not only its frame): a row, a node, a card. */
const READY: Record<string, string> = {
  dashboard: '[data-test="dashboard-welcome"]',
  organizations: '[data-test="org-tree"] .el-tree-node',
  users: '[data-test="user-table"] .el-table__row',
  audit: '[data-test="audit-table"] .el-table__row',
  'staff-list': '[data-test="staff-table"] .el-table__row',
  'staff-rotation': '[data-test="rotation-due"]',
  'staff-posts': '[data-test="post-table"] .el-table__row',
  forbidden: '[data-test="forbidden"]',
  'not-found': '[data-test="not-found"]',
  login: '[data-test="login-submit"]',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const isPhone = (page: Page) => page.viewportSize()!.width < 768;

/** Switches the interface language with the header's (or the sign-in page's) switch, when needed. */
async function useLanguage(page: Page, language: Language): Promise<void> {
  const current = await page.evaluate(() => document.documentElement.lang || 'zh-CN');
  if (current === language) return;
  await page.getByTestId('lang-switch').click();
  await page.waitForFunction((wanted) => document.documentElement.lang === wanted, language);
}

async function waitUntilReady(page: Page, name: string): Promise<void> {
  await page
    .locator(READY[name] ?? '[data-test="page-title"]')
    .first()
    .waitFor();
  await page
    .locator('.el-loading-mask')
    .first()
    .waitFor({ state: 'hidden' })
    .catch(() => undefined);
}

/** Clicks a menu entry, first opening the group (el-sub-menu) it sits in when that is closed. */
async function clickMenuEntry(menu: Locator, name: string): Promise<void> {
  const group = menu.locator(`.el-sub-menu:has([data-test="menu-${name}"])`).first();
  if ((await group.count()) && !(await group.evaluate((element) => element.classList.contains('is-opened')))) {
    await group.locator('.el-sub-menu__title').first().click();
  }
  await menu.getByTestId(`menu-${name}`).click();
}

/** Opens a menu entry as a person would: from the side menu, or on a phone from the drawer. */
async function openFromMenu(page: Page, name: string): Promise<void> {
  if (isPhone(page)) {
    await page.getByTestId('menu-toggle').click();
    const drawer = page.getByTestId('menu-drawer');
    await clickMenuEntry(drawer, name);
    // Navigating closes the drawer, so the page is not left behind it.
    await drawer.waitFor({ state: 'hidden' });
  } else {
    await clickMenuEntry(page.getByTestId('side-menu'), name);
  }
  await waitUntilReady(page, name);
}

/**
 * Fails with what sticks out when the page scrolls sideways, and keeps a screenshot either way.
 * On a phone the page also has the window's whole width (no side menu beside it).
 */
async function checkFits(page: Page, shotName: string): Promise<void> {
  await screenshot(page, shotName);
  expect(await sidewaysOverflow(page), shotName).toEqual([]);
  if (isPhone(page)) {
    const mainWidth = await page.evaluate(() => document.querySelector('.el-main')?.getBoundingClientRect().width);
    if (mainWidth !== undefined) expect(mainWidth, `${shotName}: width of the page`).toBe(page.viewportSize()!.width);
  }
}

/** The pages of the side menu the signed-in user sees, by route name (groups are not pages). */
async function menuEntries(page: Page): Promise<string[]> {
  const ids = await page
    .getByTestId('side-menu')
    .locator('[data-test^="menu-"]:not(.el-sub-menu)')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-test')!.slice('menu-'.length)));
  return ids;
}

/**
 * Visits every menu page of a signed-in user at both widths in both languages, then the 403
 * page, checking that nothing scrolls sideways; returns the page names visited.
 */
async function visitEveryPage(page: Page, role: string, forbiddenPath: string): Promise<string[]> {
  const prefix = role === 'admin' ? '' : `${role}-`;
  await page.setViewportSize(DESKTOP);
  const entries = await menuEntries(page);
  expect(entries).toContain('dashboard');
  for (const { label, viewport } of WIDTHS) {
    await page.setViewportSize(viewport);
    for (const language of LANGUAGES) {
      await useLanguage(page, language);
      for (const name of entries) {
        await openFromMenu(page, name);
        await checkFits(page, `responsive-${label}-${language}-${prefix}${name}`);
      }
      await page.goto(forbiddenPath);
      await waitUntilReady(page, 'forbidden');
      await checkFits(page, `responsive-${label}-${language}-${prefix}forbidden`);
    }
  }
  return entries;
}

/** On a phone, sign-out is one tap on the user icon away. */
async function signOutOnPhone(page: Page): Promise<void> {
  await page.setViewportSize(PHONE);
  expect(await isInsideViewport(page, '[data-test="user-menu"]')).toBe(true);
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await page.waitForURL(/\/login/);
}

/** Opens a form dialog on a phone and checks its Save button can be tapped without scrolling. */
async function checkDialogOnPhone(page: Page, open: string, form: string, submit: string, shotName: string) {
  await page.getByTestId(open).click();
  await page.getByTestId(form).waitFor();
  // The dialog's opening transition is over when its box stops moving.
  await page.waitForFunction(
    (selector) => !document.querySelector(selector)?.closest('.dialog-fade-enter-active'),
    `[data-test="${form}"]`,
  );
  expect(await isInsideViewport(page, `[data-test="${submit}"]`), `${submit} on screen`).toBe(true);
  await checkFits(page, shotName);
  await page.keyboard.press('Escape');
  await page.getByTestId(form).waitFor({ state: 'hidden' });
}

describe('every page at 390 px and 1366 px, in Chinese and English', () => {
  it('fits the sign-in and not-found pages to both widths', async () => {
    const page = await newPage(browser, 'zh-CN', PHONE);
    for (const { label, viewport } of WIDTHS) {
      await page.setViewportSize(viewport);
      for (const language of LANGUAGES) {
        await page.goto('/login');
        await useLanguage(page, language);
        await waitUntilReady(page, 'login');
        await checkFits(page, `responsive-${label}-${language}-login`);
        // The same page whether signed in or not: it stands outside the signed-in layout.
        await page.goto('/no-such-page');
        await waitUntilReady(page, 'not-found');
        await checkFits(page, `responsive-${label}-${language}-not-found`);
      }
    }
    await page.context().close();
  });

  it('fits every page of the admin, with the menu in a drawer, dialogs and sign-out in reach on a phone', async () => {
    const page = await newPage(browser, 'zh-CN', DESKTOP);
    await signIn(page, 'admin');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    const entries = await visitEveryPage(page, 'admin', '/403');
    expect(entries).toEqual(expect.arrayContaining(['organizations', 'users', 'audit']));

    // The tab names the page in the chosen language and follows a switch without navigating.
    await page.setViewportSize(DESKTOP);
    await openFromMenu(page, 'users');
    await useLanguage(page, 'en');
    await expect(page.title()).resolves.toBe('Users - Dangan dossier management');
    await useLanguage(page, 'zh-CN');
    await expect(page.title()).resolves.toBe('用户管理 - 档案管理系统 Dangan');

    // Collapsed to icons, the side menu gives the page its room back; the choice survives a reload.
    await page.getByTestId('menu-toggle').click();
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-test="side-aside"]')?.offsetWidth === 64,
    );
    await page.reload();
    await waitUntilReady(page, 'users');
    await expect(page.getByTestId('side-aside').getAttribute('data-collapsed')).resolves.toBe('true');
    await checkFits(page, 'responsive-1366-zh-CN-users-menu-collapsed');
    await page.getByTestId('menu-toggle').click();

    await page.setViewportSize(PHONE);
    // The side menu makes way for the drawer.
    await page.getByTestId('side-aside').waitFor({ state: 'detached' });
    for (const language of LANGUAGES) {
      await useLanguage(page, language);
      await page.getByTestId('menu-toggle').click();
      await page.getByTestId('menu-drawer').getByTestId('menu-users').waitFor();
      await screenshot(page, `responsive-390-${language}-menu-drawer`);
      await page.getByTestId('menu-drawer').getByTestId('menu-users').click();
      await page.getByTestId('menu-drawer').waitFor({ state: 'hidden' });
      await waitUntilReady(page, 'users');
      await checkDialogOnPhone(
        page,
        'user-create',
        'user-form',
        'user-form-submit',
        `responsive-390-${language}-user-form`,
      );
      // A confirmation keeps both its buttons on screen too.
      await page.getByTestId('user-toggle-status').first().click();
      await page.locator('.el-message-box').waitFor();
      for (const button of await page.locator('.el-message-box__btns button').all()) {
        const box = (await button.boundingBox())!;
        expect(box.x >= 0 && box.x + box.width <= PHONE.width, 'confirmation button on screen').toBe(true);
      }
      await checkFits(page, `responsive-390-${language}-confirmation`);
      await page.keyboard.press('Escape');
      await page.locator('.el-message-box').waitFor({ state: 'hidden' });
      await openFromMenu(page, 'organizations');
      await checkDialogOnPhone(
        page,
        'org-create',
        'org-form',
        'org-form-submit',
        `responsive-390-${language}-org-form`,
      );
    }
    await signOutOnPhone(page);
    await page.context().close();
  }, 120_000);

  it('fits every page a requester may open, and signs them out on a phone', async () => {
    const page = await newPage(browser, 'zh-CN', DESKTOP);
    await signIn(page, 'requester');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    const entries = await visitEveryPage(page, 'requester', '/users');
    expect(entries).not.toContain('users');

    await signOutOnPhone(page);
    await page.context().close();
  }, 120_000);

  it('fits every page an approver may open (the approval inbox among them)', async () => {
    const page = await newPage(browser, 'zh-CN', DESKTOP);
    await signIn(page, 'approver.org');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    const entries = await visitEveryPage(page, 'approver', '/users');
    expect(entries).toContain('access-requests-inbox');
    await page.context().close();
  }, 120_000);
});
