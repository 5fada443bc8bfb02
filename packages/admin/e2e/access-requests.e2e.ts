import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, newPage, PHONE, screenshot, sidewaysOverflow, signIn } from './support/browser';

// Issue 10 end to end: the requester files, both departments of the demo chain (会签) approve,
// and the requester reads the full ID number; a rejection's comment reaches the requester.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A minimal PDF: the server tells the type from the bytes. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];

function graphqlAnswer(page: Page, operation: string) {
  return page.waitForResponse(
    (response) => response.url().endsWith('/graphql') && !!response.request().postData()?.includes(operation),
  );
}

async function signedIn(username: string, viewport = DESKTOP): Promise<Page> {
  const page = await newPage(browser, 'zh-CN', viewport);
  await signIn(page, username);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/** Finds, by surname, a dossier the requester may ask for (skipping those already used); returns its member's name. */
async function pickDossier(page: Page, skip: readonly string[]): Promise<string> {
  for (const surname of SURNAMES) {
    await page.getByTestId('dossier-search-input').fill(surname);
    const answer = graphqlAnswer(page, 'RequestableDossiers');
    await page.getByTestId('dossier-search-submit').click();
    await answer;
    const rows = page.getByTestId('dossier-search-results').locator('.el-table__row');
    await rows.first().waitFor();
    for (const row of await rows.all()) {
      const pick = row.getByTestId('dossier-pick');
      if (!(await pick.count())) continue;
      const name = (await row.locator('td').first().textContent())!.trim();
      if (skip.includes(name)) continue;
      await pick.click();
      return name;
    }
  }
  throw new Error('no requestable dossier found');
}

/** Files an IDENTITY request through the wizard; returns its number and the member's name. */
async function fileRequest(page: Page, skip: readonly string[], shots = false) {
  await page.goto('/access-requests/new');
  await page.getByTestId('access-wizard').waitFor();
  // Nothing chosen: the wizard says so and stays.
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-step-dossiers').getByText('请至少选择一份档案').waitFor();

  const memberName = await pickDossier(page, skip);
  await page.getByTestId('wizard-picked-dossier').waitFor();
  if (shots) await screenshot(page, 'access-wizard-dossiers-1366');
  await page.getByTestId('wizard-next').click();

  await page.getByTestId('wizard-scope-IDENTITY').click();
  await page.getByTestId('wizard-next').click();

  await page.getByTestId('wizard-purpose').click();
  await page.locator('[data-test="wizard-purpose-CADRE_ASSESSMENT"]:visible').click();
  await page.getByTestId('wizard-justification').fill('干部考察需要核实该同志的身份信息，特此申请。');
  const upload = page.waitForResponse((response) => response.url().endsWith('/files'));
  await page.getByTestId('justification-file-input').setInputFiles({
    name: '介绍信.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  expect((await upload).status()).toBe(201);
  await expect.poll(() => page.getByTestId('justification-file-name').textContent()).toBe('介绍信.pdf');
  if (shots) await screenshot(page, 'access-wizard-purpose-1366');
  await page.getByTestId('wizard-next').click();

  await page.getByTestId('wizard-review').waitFor();
  expect(await page.getByTestId('wizard-review').textContent()).toContain(memberName);
  if (shots) await screenshot(page, 'access-wizard-review-1366');
  const created = graphqlAnswer(page, 'CreateAccessRequest');
  await page.getByTestId('wizard-submit').click();
  const body = (await (await created).json()) as { data: { createAccessRequest: { id: string; number: string } } };
  const { id, number } = body.data.createAccessRequest;
  await page.waitForURL(new RegExp(`/access-requests/${id}$`));
  await expect.poll(() => page.getByTestId('access-detail-number').textContent()).toBe(number);
  return { id, number, memberName };
}

/** An approver opens the request from their inbox and decides it. */
async function decide(username: string, number: string, approve: boolean, comment?: string, shots = false) {
  const page = await signedIn(username);
  // The filing (or the previous step) told them: the bell shows an unread count.
  await expect
    .poll(async () =>
      (await page.getByTestId('notification-badge').locator('.el-badge__content').textContent())?.trim(),
    )
    .toMatch(/^[1-9]\d*\+?$/);
  await page.getByTestId('menu-access-requests-inbox').click();
  const link = page.getByTestId('inbox-table').getByTestId('access-request-link').filter({ hasText: number });
  await link.waitFor();
  if (shots) await screenshot(page, 'access-inbox-1366');
  await link.click();
  await page.getByTestId('access-decide').click();
  const dialog = page.locator('.el-dialog').filter({ has: page.getByTestId('decide-decision') });
  await dialog.waitFor();
  if (!approve) {
    await dialog.getByTestId('decide-reject').click();
    // A rejection without a comment does not leave the browser.
    await page.getByTestId('decide-submit').click();
    await dialog.getByText('驳回须填写意见说明').waitFor();
    await dialog.getByTestId('decide-comment').fill(comment ?? '');
  }
  const decided = graphqlAnswer(page, 'DecideAccessRequest');
  await page.getByTestId('decide-submit').click();
  const answer = (await (await decided).json()) as { errors?: unknown };
  expect(answer.errors).toBeUndefined();
  await dialog.waitFor({ state: 'hidden' });
  await page.context().close();
}

describe('access requests against the real server', () => {
  const used: string[] = [];

  it('files a request, both departments approve, and the requester reads the full ID number', async () => {
    const requester = await signedIn('requester');
    const filed = await fileRequest(requester, used, true);
    used.push(filed.memberName);
    await expect.poll(() => requester.getByTestId('access-detail-status').textContent()).toBe('审批中');
    expect(await requester.getByTestId('timeline-slot').count()).toBe(2);
    expect(await requester.getByTestId('timeline-mode').first().textContent()).toBe('会签');
    // Before the grant the dossier is not the requester's to open.
    expect(await requester.getByTestId('access-detail-dossier-link').count()).toBe(0);

    await decide('approver.org', filed.number, true, undefined, true);
    await decide('approver.disc', filed.number, true);

    await requester.reload();
    await expect.poll(() => requester.getByTestId('access-detail-status').textContent()).toBe('已批准');
    await expect.poll(() => requester.getByTestId('access-grant-active').textContent()).toBe('有效');
    expect(await requester.getByTestId('timeline-decision').allTextContents()).toEqual(['同意', '同意']);
    await screenshot(requester, 'access-detail-1366');
    expect(await sidewaysOverflow(requester)).toEqual([]);

    await requester.setViewportSize(PHONE);
    await requester.getByTestId('step-timeline').waitFor();
    await screenshot(requester, 'access-detail-390');
    expect(await sidewaysOverflow(requester)).toEqual([]);
    await requester.setViewportSize(DESKTOP);

    // Through the grant: the dossier, then its member, with the ID number in full.
    await requester.getByTestId('access-detail-dossier-link').first().click();
    await requester.getByTestId('dossier-member').click();
    const idNumber = requester.getByTestId('member-detail-id-number');
    await idNumber.waitFor();
    await expect.poll(() => idNumber.textContent()).toMatch(/^\d{17}[\dX]$/);
    expect(await requester.getByTestId('member-detail-name').textContent()).toBe(filed.memberName);
    await requester.context().close();
  }, 120_000);

  it('shows the requester the comment of a rejection on the timeline', async () => {
    const requester = await signedIn('requester');
    const filed = await fileRequest(requester, used);
    used.push(filed.memberName);
    const comment = `材料不足，请补充单位介绍信 ${Date.now()}`;

    await decide('approver.org', filed.number, false, comment);

    await requester.reload();
    await expect.poll(() => requester.getByTestId('access-detail-status').textContent()).toBe('已驳回');
    await expect.poll(() => requester.getByTestId('timeline-comment').first().textContent()).toBe(comment);
    expect(await requester.getByTestId('access-grant-active').count()).toBe(0);
    expect(await requester.getByTestId('access-withdraw').count()).toBe(0);

    // The decision also reached the requester's bell; following it leads to the request.
    await requester.getByTestId('notification-bell').click();
    const item = requester.getByTestId('notification-item').filter({ hasText: filed.number }).first();
    await item.waitFor();
    await item.click();
    await requester.waitForURL(new RegExp(`/access-requests/${filed.id}$`));
    await requester.context().close();
  }, 120_000);
});
