import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, launchBrowser, newPage, PHONE, screenshot, signIn } from './support/browser';

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

const tokenOf = async (username: string) =>
  (
    await graphql<{ login: { token: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: DEMO_PASSWORD },
    )
  ).login.token;

/** A valid synthetic GB 11643 number no earlier run has used: born 1990-01-01, a male's sequence. */
function syntheticIdNumber(): string {
  const sequence = String(100 + Math.floor(Math.random() * 899)).replace(/.$/, (digit) => String(Number(digit) | 1));
  const body = `11010519900101${sequence}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

/** The archivist of office A registers an applicant through the API; the dossier comes with it. */
async function createApplicant(token: string): Promise<{ dossierId: string; name: string }> {
  // The branch is outside the archive office's own subtree: the admin looks its id up.
  const { organizations } = await graphql<{ organizations: { id: string; code: string }[] }>(
    '{ organizations { id code } }',
    {},
    await tokenOf('admin'),
  );
  const name = `张${'伟明华建国'[Math.floor(Math.random() * 5)]}${Date.now().toString(36).slice(-3)}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const { createMember } = await graphql<{ createMember: { dossier: { id: string } } }>(
        'mutation($input: CreateMemberInput!) { createMember(input: $input) { dossier { id } } }',
        {
          input: {
            name,
            gender: 'MALE',
            ethnicity: '汉族',
            birthDate: '1990-01-01',
            idNumber: syntheticIdNumber(),
            organizationId: organizations.find((organization) => organization.code === 'SZ-01-B3')!.id,
            stage: 'APPLICANT',
            applicationDate: '2026-01-05',
          },
        },
        token,
      );
      return { dossierId: createMember.dossier.id, name };
    } catch (error) {
      // A random ID number may collide with demo data; another one will not for long.
      if (attempt > 5) throw error;
    }
  }
}

/** A small valid one-page PDF naming the material. */
function pdfOf(title: string): Buffer {
  const text = `BT /F1 24 Tf 72 720 Td (${title}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

async function pickDate(page: Page, testId: string, date: string) {
  const input = page.getByTestId(testId).locator('input');
  await input.fill(date);
  await input.press('Enter');
}

async function openAs(
  username: string,
  dossierId: string,
  locale = 'zh-CN',
  viewport?: { width: number; height: number },
) {
  const page = await newPage(browser, locale, viewport);
  await page.addInitScript((chosen) => localStorage.setItem('dangan.locale', chosen), locale);
  await signIn(page, username);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.goto(`/dossiers/${dossierId}`);
  return page;
}

describe('the dossier page against the real server', () => {
  it('lets the custodian file and upload every required material until the dossier is COMPLETE', async () => {
    const token = await tokenOf('archivist');
    const { dossierId, name } = await createApplicant(token);
    const page = await openAs('archivist', dossierId);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });

    await expect.poll(() => page.getByTestId('dossier-member').textContent()).toBe(name);
    await expect.poll(() => page.getByTestId('dossier-status').getAttribute('data-status')).toBe('ESTABLISHING');
    const required = await page
      .locator('[data-test^="checklist-"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-test')!.slice('checklist-'.length)));
    expect(required.length).toBeGreaterThan(0);
    await screenshot(page, 'dossier-establishing-1366-zh-CN');

    for (const [index, code] of required.entries()) {
      await page.getByTestId(`category-add-${code}`).click();
      const title = `${code} material`;
      await page.getByTestId('material-title').fill(title);
      await pickDate(page, 'material-formed-on', '2026-01-05');
      await pickDate(page, 'material-received-on', '2026-01-10');
      await page.getByTestId('material-save').click();
      const section = page.getByTestId(`category-${code}`);
      await section.getByTestId('material-version-CURRENT').waitFor();

      await section.getByTestId('material-file-input').setInputFiles({
        name: `${code.toLowerCase()}.pdf`,
        mimeType: 'application/pdf',
        buffer: pdfOf(title),
      });
      await section.getByTestId('material-file').waitFor();
      await expect.poll(() => page.getByTestId(`checklist-${code}`).getAttribute('data-present')).toBe('true');
      if (index === 0) await screenshot(page, 'dossier-filing-1366-zh-CN');
    }
    await expect.poll(() => page.getByTestId('dossier-status').getAttribute('data-status')).toBe('COMPLETE');
    await expect.poll(() => page.getByTestId('completeness-rate').getAttribute('aria-valuenow')).toBe('100');

    // A revision is a new version with the old one kept, greyed, and the file carried forward.
    const revised = page.getByTestId(`category-${required[0]}`);
    await revised.getByTestId('material-revise').click();
    await page.getByTestId('material-title').fill(`${required[0]} material (revised)`);
    await page.getByTestId('material-save').click();
    await revised.getByTestId('material-version-SUPERSEDED').waitFor();
    expect(await revised.getByTestId('material-version-CURRENT').textContent()).toContain('v2');
    expect(await revised.getByTestId('material-version-CURRENT').getByTestId('material-file').count()).toBe(1);
    expect(await page.getByTestId('dossier-status').getAttribute('data-status')).toBe('COMPLETE');

    // The preview frame loads the PDF through a signed URL, under the SPA's Content-Security-Policy.
    const firstSection = page.getByTestId(`category-${required[0]}`);
    const fileResponse = page.waitForResponse((response) => /\/files\/[0-9a-f]{64}\?/.test(response.url()));
    await firstSection.getByTestId('material-version-CURRENT').getByTestId('material-file').click();
    const response = await fileResponse;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    const frame = page.getByTestId('preview-dialog').locator('iframe');
    await frame.waitFor();
    await page.waitForTimeout(1500);
    expect(violations).toEqual([]);
    await screenshot(page, 'dossier-preview-1366-zh-CN');
    await page.keyboard.press('Escape');

    for (const [locale, viewport, label] of [
      ['zh-CN', PHONE, '390-zh-CN'],
      ['en', undefined, '1366-en'],
      ['en', PHONE, '390-en'],
    ] as const) {
      const view = await openAs('archivist', dossierId, locale, viewport);
      await expect.poll(() => view.getByTestId('dossier-status').getAttribute('data-status')).toBe('COMPLETE');
      await screenshot(view, `dossier-complete-${label}`);
      await view.context().close();
    }
    await page.context().close();

    // Outside custody: the ADMIN sees the dossier with contents restricted; office B's archivist not at all.
    for (const [locale, viewport, label] of [
      ['zh-CN', undefined, '1366-zh-CN'],
      ['en', PHONE, '390-en'],
    ] as const) {
      const view = await openAs('admin', dossierId, locale, viewport);
      await view.getByTestId('dossier-member').waitFor();
      // One per version: each required material, and the revised one's superseded version.
      await expect.poll(() => view.getByTestId('restricted-value').count()).toBe(required.length + 1);
      expect(await view.getByTestId('material-file').count()).toBe(0);
      expect(await view.getByTestId('material-upload').count()).toBe(0);
      await screenshot(view, `dossier-restricted-${label}`);
      await view.context().close();
    }
    const elsewhere = await openAs('archivist2', dossierId);
    await elsewhere.getByTestId('dossier-not-found').waitFor();
    await elsewhere.context().close();
  });
});
