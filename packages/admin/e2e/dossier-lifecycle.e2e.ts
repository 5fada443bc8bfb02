import { spawnSync } from 'node:child_process';
import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { idNumberCheckCharacter } from '../src/shared/id-number';
import { DEMO_PASSWORD, launchBrowser, newPage, PHONE, screenshot, sidewaysOverflow, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

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

/**
 * Puts a dossier 40 days past its completion deadline. No operation does that (deadlines follow
 * the clock), so the test writes the row as the passing of time would have left it.
 */
function backdateDeadline(dossierId: string) {
  const { dialect, location } = inject('database');
  const id = Number(dossierId);
  const [command, args] =
    dialect === 'postgresql'
      ? [
          'psql',
          [
            location,
            '-v',
            'ON_ERROR_STOP=1',
            '-qc',
            `update dossier set completion_deadline = now() - interval '40 days' where id = ${id}`,
          ],
        ]
      : [
          'sqlite3',
          [
            location,
            `update dossier set completion_deadline = case when typeof(completion_deadline) = 'integer'
               then completion_deadline - 40 * 86400000 else datetime(completion_deadline, '-40 days') end where id = ${id}`,
          ],
        ];
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.error}`);
}

/** A new member of 机关第三党支部 kept by archive office A, with an overdue dossier. */
async function overdueMember(name: string) {
  const tokenOf = async (username: string) =>
    (
      await graphql<{ login: { token: string } }>(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: DEMO_PASSWORD },
      )
    ).login.token;
  // The archivist sees their own office's branch of the tree; the admin looks the branch up.
  const { organizations } = await graphql<{ organizations: { id: string; code: string }[] }>(
    '{ organizations { id code } }',
    {},
    await tokenOf('admin'),
  );
  const serial = String(Date.now() % 1000).padStart(3, '0');
  const first17 = `11010519850615${serial}`;
  const { createMember } = await graphql<{ createMember: { dossier: { id: string } } }>(
    'mutation($input: CreateMemberInput!) { createMember(input: $input) { dossier { id } } }',
    {
      input: {
        name,
        gender: Number(serial) % 2 ? 'MALE' : 'FEMALE',
        ethnicity: '汉族',
        birthDate: '1985-06-15',
        idNumber: first17 + idNumberCheckCharacter(first17),
        organizationId: organizations.find((organization) => organization.code === 'SZ-01-B3')!.id,
        stage: 'APPLICANT',
        applicationDate: '2025-01-10',
      },
    },
    await tokenOf('archivist'),
  );
  backdateDeadline(createMember.dossier.id);
}

const rowOf = (page: Page, name: string) =>
  page.getByTestId('overdue-table').locator('.el-table__row', { hasText: name });

describe('the overdue explanation flow', () => {
  it('lets the archivist explain an overdue dossier and then lists it as explained', async () => {
    const name = `逾期测试${Date.now().toString(36).slice(-4)}`;
    await overdueMember(name);

    const page = await newPage(browser);
    await signIn(page, 'archivist');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByTestId('menu-dossiers-overdue').click();
    // The demo data has dozens of overdue dossiers before this newest one: show them all on one page.
    // Wait for the first page: the pager is disabled while the list loads.
    await page.getByTestId('overdue-table').locator('.el-table__row').first().waitFor();
    await page.getByTestId('pager-size').click();
    // Other selects keep hidden dropdowns in the page: pick the one that is open.
    await page.locator('.el-select-dropdown__item').filter({ visible: true, hasText: '100' }).click();
    const row = rowOf(page, name);
    await row.waitFor();
    expect(await row.getByTestId('overdue-state').textContent()).toContain('未说明');
    await screenshot(page, 'overdue-list');

    await row.getByTestId('overdue-explain').click();
    await page.getByTestId('explain-overdue-submit').click();
    await page.locator('.el-form-item__error').first().waitFor();
    await page.getByTestId('explain-overdue-explanation').fill('上级党委审批材料尚未返回');
    const promised = new Date(Date.now() + 8 * 3600_000 + 20 * 86_400_000).toISOString().slice(0, 10);
    const dateInput = page.getByTestId('explain-overdue-date').locator('input');
    await dateInput.fill(promised);
    await dateInput.press('Enter');
    await screenshot(page, 'overdue-explain-dialog');
    await page.getByTestId('explain-overdue-submit').click();

    await expect.poll(() => row.getByTestId('overdue-state').textContent()).toContain('已说明');
    expect(await row.getByTestId('overdue-explanation').textContent()).toBe('上级党委审批材料尚未返回');
    await page.getByTestId('overdue-filter-explained').click();
    await expect.poll(() => rowOf(page, name).count()).toBe(1);
    await page.getByTestId('overdue-filter-unexplained').click();
    await expect.poll(() => rowOf(page, name).count()).toBe(0);
    await screenshot(page, 'overdue-explained');
    await page.close();
  });

  it('fits a phone screen', async () => {
    const page = await newPage(browser, 'en', PHONE);
    await signIn(page, 'archivist');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto('/dossiers/overdue');
    await page.getByTestId('overdue-table').waitFor();
    expect(await sidewaysOverflow(page)).toEqual([]);
    await screenshot(page, 'overdue-phone');
    await page.close();
  });
});
