import { readFile } from 'node:fs/promises';
import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, launchBrowser, newPage, screenshot, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A username no earlier run or other test has taken. */
const uniqueUsername = (prefix: string) => `${prefix}.${Date.now().toString(36)}`;

async function signInAsAdmin(page: Page) {
  await signIn(page, 'admin');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Sends one GraphQL operation to the server under test, as the given token's user. */
async function graphql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${inject('baseUrl')}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A user created through the API by the demo admin: the audit test's own USER_CREATED entry. */
async function createUserThroughApi(username: string) {
  const { login } = await graphql<{ login: { token: string } }>(
    'mutation($username: String!, $password: String!) { login(username: $username, password: $password) { token } }',
    { username: 'admin', password: DEMO_PASSWORD },
  );
  const { organizations } = await graphql<{ organizations: { id: string; code: string }[] }>(
    '{ organizations { id code } }',
    {},
    login.token,
  );
  await graphql(
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    {
      input: {
        username,
        displayName: '审计测试用户',
        organizationId: organizations.find((organization) => organization.code === 'SZ-01-B3')!.id,
        roles: ['REQUESTER'],
        password: 'Audit#Trail2026',
      },
    },
    login.token,
  );
}

describe('admin pages against the real server', () => {
  it('lets the admin create a user, refusing an empty form first, then find and disable it', async () => {
    const page = await newPage(browser);
    const createRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('CreateUser')) {
        createRequests.push(request.postData()!);
      }
    });
    await signInAsAdmin(page);

    await page.getByTestId('menu-users').click();
    const table = page.getByTestId('user-table');
    await table.locator('.el-table__row').first().waitFor();
    const listed = await table.locator('.el-table__row').allTextContents();
    for (const demoUser of ['admin', 'archivist', 'approver.org', 'auditor', 'manager', 'requester']) {
      expect(listed.some((row) => row.includes(demoUser))).toBe(true);
    }
    await screenshot(page, 'users-list');

    await page.getByTestId('user-create').click();
    const form = page.getByTestId('user-form');
    await form.getByTestId('user-form-submit').click();
    const errors = form.locator('.el-form-item__error');
    await expect.poll(() => errors.count()).toBe(5);
    expect(await errors.allTextContents()).toEqual([
      '请输入用户名',
      '请输入姓名',
      '请选择所属组织',
      '请选择角色',
      '请输入初始密码',
    ]);
    expect(createRequests).toEqual([]);
    await screenshot(page, 'users-create-validation');

    const username = uniqueUsername('e2e');
    await form.getByTestId('user-form-username').fill(username);
    await form.getByTestId('user-form-display-name').fill('端到端测试用户');
    await form.getByTestId('user-form-organization').click();
    await page
      .locator('.el-select__popper')
      .filter({ visible: true })
      .getByText('机关第三党支部', { exact: true })
      .click();
    await form.getByTestId('user-form-roles').click();
    await page.getByTestId('user-form-role-REQUESTER').click();
    await form.locator('.el-dialog__title').click();
    await form.getByTestId('user-form-password').fill('Archive#2026x');
    await form.getByTestId('user-form-phone').fill('+86 139-0000-0099');
    await form.getByTestId('user-form-email').fill(`${username}@example.org`);
    await form.getByTestId('user-form-submit').click();
    await form.waitFor({ state: 'hidden' });
    expect(createRequests).toHaveLength(1);

    await page.getByTestId('user-filter-search').fill(username);
    await page.getByTestId('user-filter-submit').click();
    const row = table.locator('.el-table__row', { hasText: username });
    await expect.poll(() => table.locator('.el-table__row').count()).toBe(1);
    await expect(row.textContent()).resolves.toContain('端到端测试用户');

    await row.getByTestId('user-toggle-status').click();
    const confirm = page.locator('.el-message-box');
    await expect(confirm.textContent()).resolves.toContain('端到端测试用户');
    await confirm.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => row.getByTestId('user-status').textContent()).toContain('停用');
    await screenshot(page, 'users-created');
  });

  it('keeps the users toolbar and the row actions on one line at 1366 px, in Chinese and in English', async () => {
    const page = await newPage(browser);
    await signInAsAdmin(page);
    await page.getByTestId('menu-users').click();
    const table = page.getByTestId('user-table');
    await table.locator('.el-table__row').first().waitFor();

    const expectOneLine = async () => {
      // The filter bar and "New user" share the toolbar's one row.
      const [search, create] = await Promise.all(
        ['user-filter-search', 'user-create'].map(async (testId) => (await page.getByTestId(testId).boundingBox())!.y),
      );
      expect(Math.abs(search - create)).toBeLessThanOrEqual(4);
      for (const row of await table.locator('.el-table__body-wrapper .el-table__row').all()) {
        const actionTops = await row
          .locator('[data-test="user-edit"], [data-test="user-reset-password"], [data-test="user-toggle-status"]')
          .evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().top)));
        expect(new Set(actionTops).size).toBe(1);
      }
      // Nothing scrolls sideways.
      const body = table.locator('.el-table__body-wrapper .el-scrollbar__wrap').first();
      expect(await body.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
    };

    await expectOneLine();
    // Switching language on the page re-lays it out.
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('user-create').textContent()).toContain('New user');
    await screenshot(page, 'users-list-english');
    await expectOneLine();
  });

  it('offers in the organisation tree only the child types the parent may hold (English)', async () => {
    const page = await newPage(browser);
    await signInAsAdmin(page);
    await page.getByTestId('lang-switch').click();

    await page.getByTestId('menu-organizations').click();
    const tree = page.getByTestId('org-tree');
    await tree.getByTestId('org-node-SZ-ZZB').waitFor();
    await screenshot(page, 'organisation-tree-english');
    await tree
      .locator('.el-tree-node__content', { has: page.getByTestId('org-node-SZ-01') })
      .locator('.el-tree-node__expand-icon')
      .click();
    await tree.getByTestId('org-node-SZ-01-Z1').waitFor();
    // Leaves (branches, archive offices) hold nothing, so they offer no "Add child".
    expect(await tree.getByTestId('org-node-SZ-01-B3').getByTestId('org-create-child').count()).toBe(0);
    expect(await tree.getByTestId('org-node-SZ-DA-A').getByTestId('org-create-child').count()).toBe(0);

    // Under a general branch only a branch may be created, and it is chosen already.
    await tree.getByTestId('org-node-SZ-01-Z1').getByTestId('org-create-child').click();
    const form = page.getByTestId('org-form');
    await form.getByTestId('org-form-type').click();
    const offered = page.locator('[data-test^="org-form-type-"]').filter({ visible: true });
    await expect.poll(() => offered.allTextContents()).toEqual(['Branch']);
    await screenshot(page, 'organisation-create-child-english');
    await offered.first().click();
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'hidden' });

    // A branch may move under a general branch or a committee, never under a department.
    await tree.getByTestId('org-node-SZ-01-B3').getByTestId('org-move').click();
    const move = page.getByTestId('org-move-form');
    await move.locator('.el-select').click();
    const unavailable = page
      .locator('.el-select__popper')
      .filter({ visible: true })
      .locator('.el-tree-node[aria-disabled="true"] > .el-tree-node__content');
    await expect.poll(() => unavailable.allTextContents()).toContain('市委组织部');
    const names = await unavailable.allTextContents();
    expect(names).toContain('机关第三党支部');
    expect(names).not.toContain('机关第一党总支');
    await screenshot(page, 'organisation-move-english');
  });

  it('shows the audit trail filtered by an action, with its label in Chinese', async () => {
    const username = uniqueUsername('audit');
    await createUserThroughApi(username);
    const page = await newPage(browser);
    await signInAsAdmin(page);

    await page.getByTestId('menu-audit').click();
    const table = page.getByTestId('audit-table');
    await table.locator('.el-table__row').first().waitFor();

    // Typing the code finds the action by code; the option shows the translated label.
    await page.getByTestId('audit-filter-action').click();
    await page.getByTestId('audit-filter-action').locator('input').fill('user_created');
    await page.getByTestId('audit-filter-action-USER_CREATED').click();
    await page.getByTestId('audit-filter-submit').click();

    const actions = table.getByTestId('audit-action');
    await expect.poll(async () => new Set(await actions.allTextContents())).toEqual(new Set(['新建用户']));
    // Newest first: the user this test created is the top entry.
    await table.locator('.el-table__row').first().locator('.el-table__expand-icon').click();
    const details = table.getByTestId('audit-entry-json').first();
    await details.waitFor();
    await expect(details.textContent()).resolves.toContain(`"username": "${username}"`);

    await actions.first().hover();
    await page.locator('.el-popper').filter({ visible: true, hasText: 'USER_CREATED' }).waitFor();
    // The admin who created the user is named, not only by username.
    await expect(table.getByTestId('audit-actor-name').first().textContent()).resolves.toBe('系统管理员');
    await screenshot(page, 'audit-filtered');
  });

  it('jumps to a page of the audit trail and exports the filtered entries to an .xlsx file', async () => {
    // Enough sign-ins for a second page of ten.
    for (let i = 0; i < 11; i += 1) {
      await graphql('mutation { login(username: "auditor", password: "Dangan@2026") { token } }', {});
    }
    const page = await newPage(browser);
    await signInAsAdmin(page);
    await page.getByTestId('menu-audit').click();
    const table = page.getByTestId('audit-table');
    await table.locator('.el-table__row').first().waitFor();

    await page.getByTestId('audit-pager').locator('.el-pagination__sizes').click();
    await page.locator('.el-select-dropdown__item').filter({ visible: true, hasText: '10' }).first().click();
    await expect.poll(() => table.locator('.el-table__row').count()).toBe(10);
    const firstOfPageOne = await table.locator('.el-table__row').first().locator('td').nth(1).textContent();
    const jumper = page.getByTestId('audit-pager').locator('.el-pagination__jump input');
    await jumper.fill('2');
    await jumper.press('Enter');
    await expect
      .poll(() => table.locator('.el-table__row').first().locator('td').nth(1).textContent())
      .toBe(String(Number(firstOfPageOne) - 10));
    await expect(page.getByTestId('audit-pager').locator('.el-pager .is-active').textContent()).resolves.toBe('2');

    const downloading = page.waitForEvent('download');
    await page.getByTestId('audit-export').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^audit-\d{12}\.xlsx$/);
    const file = await readFile((await download.path())!);
    // A zip (PK) holding the sheet.
    expect(file.subarray(0, 2).toString()).toBe('PK');
    expect(file.includes('xl/worksheets/sheet1.xml')).toBe(true);
    await screenshot(page, 'audit-paged');
  });

  it('gives the admin and the auditor a dashboard that says something useful', async () => {
    const admin = await newPage(browser);
    await signInAsAdmin(admin);
    await admin.getByTestId('dashboard-users-total').waitFor();
    await admin.getByTestId('dashboard-users-chart').locator('canvas').waitFor();
    await admin.getByTestId('dashboard-chain-head').waitFor();
    await admin.getByTestId('dashboard-sign-in-count').waitFor();
    await screenshot(admin, 'dashboard-admin');

    const auditor = await newPage(browser);
    await signIn(auditor, 'auditor');
    await auditor.getByTestId('dashboard-activity-row').first().waitFor();
    await auditor.getByTestId('dashboard-chain-head').waitFor();
    await expect(auditor.getByTestId('dashboard-users').count()).resolves.toBe(0);
    await screenshot(auditor, 'dashboard-auditor');
  });
});
