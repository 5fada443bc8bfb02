import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('admin SPA against the real server', () => {
  it('lets the admin sign in, see the tree, create an organisation and sign out', async () => {
    const page = await newPage(browser);
    await signIn(page, 'admin');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await expect(page.getByTestId('header-organization').textContent()).resolves.toContain('中共示范市委员会');

    await page.getByTestId('menu-organizations').click();
    await page.getByTestId('org-tree').getByTestId('org-node-SZ-ZZB').waitFor();
    await screenshot(page, 'organisation-tree');

    const code = `E2E-${Date.now().toString(36).toUpperCase()}`;
    await page.getByTestId('org-node-SZ-01').click();
    await page.getByTestId('org-create').click();
    const form = page.getByTestId('org-form');
    await form.getByTestId('org-form-code').fill(code);
    await form.getByTestId('org-form-name').fill('端到端测试党支部');
    await form.getByTestId('org-form-type').click();
    await page.getByTestId('org-form-type-BRANCH').click();
    await screenshot(page, 'organisation-create-form');
    await form.getByTestId('org-form-submit').click();
    await form.waitFor({ state: 'hidden' });
    await page.getByTestId(`org-node-${code}`).waitFor();
    await expect(page.getByTestId(`org-node-${code}`).textContent()).resolves.toContain('端到端测试党支部');
    await screenshot(page, 'organisation-created');

    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
    await page.getByTestId('login-submit').waitFor();
  });

  it('shows a clear message for a wrong password', async () => {
    const page = await newPage(browser);
    await signIn(page, 'admin', 'not-the-password');
    const error = page.getByTestId('login-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('用户名或密码错误');
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, 'login-wrong-password');
  });

  it('lets the auditor verify the audit chain', async () => {
    const page = await newPage(browser);
    await signIn(page, 'auditor');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByTestId('menu-audit').click();
    await page.getByTestId('audit-table').locator('.el-table__row').first().waitFor();
    await page.getByTestId('audit-verify').click();
    const result = page.getByTestId('audit-verify-result');
    await result.waitFor();
    await expect(result.getAttribute('data-ok')).resolves.toBe('true');
    await expect(result.textContent()).resolves.toMatch(/完整/);
    await screenshot(page, 'audit-chain-verified');
  });

  it('shows a requester no user management, and answers /users with 403', async () => {
    const page = await newPage(browser);
    await signIn(page, 'requester');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByTestId('menu-organizations').waitFor();
    expect(await page.getByTestId('menu-users').count()).toBe(0);
    expect(await page.getByTestId('menu-audit').count()).toBe(0);
    await page.goto('/users');
    await page.getByTestId('forbidden').waitFor();
    await screenshot(page, 'requester-forbidden');
  });

  it('switches the interface and the server messages to English', async () => {
    const page = await newPage(browser);
    await page.goto('/login');
    await page.getByTestId('lang-switch').click();
    await signIn(page, 'admin', 'wrong-password');
    const error = page.getByTestId('login-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('Wrong username or password');
    await screenshot(page, 'login-english');
  });
});
