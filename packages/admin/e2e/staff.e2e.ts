import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEMO_PASSWORD,
  DESKTOP,
  launchBrowser,
  newPage,
  PHONE,
  screenshot,
  sidewaysOverflow,
  signIn,
} from './support/browser';

// Archive staff (issue 11 §7–8) as the demo manager of staff runs it. The person assessed here is
// made by this file (a new staff member), so the demo's people and their assessments stay as
// other files expect them, and a rerun against the same server finds its own person again.

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

async function managerToken(): Promise<string> {
  const { login } = await graphql<{ login: { token: string } }>(
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: 'manager', p: DEMO_PASSWORD },
  );
  return login.token;
}

/** A new archive staff member of archive office A (SZ-DA-A), made through the API as the manager. */
async function newStaffMember(name: string): Promise<string> {
  const token = await managerToken();
  const { organizations } = await graphql<{ organizations: { id: string; code: string }[] }>(
    '{ organizations { id code } }',
    {},
    token,
  );
  const office = organizations.find((each) => each.code === 'SZ-DA-A')!;
  const { createStaffMember } = await graphql<{ createStaffMember: { id: string } }>(
    'mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }',
    {
      input: {
        name,
        organizationId: office.id,
        region: '东城区',
        birthDate: '1990-04-01',
        hireDate: '2015-07-01',
        retirementDate: '2050-04-01',
      },
    },
    token,
  );
  return createStaffMember.id;
}

/** A session today of one of office A's in-post courses, made through the API: this file's own. */
async function newSessionToday(place: string): Promise<void> {
  const token = await managerToken();
  const { trainingCourses } = await graphql<{
    trainingCourses: { id: string; kind: string; organization: { code: string } }[];
  }>('{ trainingCourses { id kind organization { code } } }', {}, token);
  const course = trainingCourses.find((each) => each.kind === 'IN_POST' && each.organization.code === 'SZ-DA-A')!;
  const today = new Date();
  const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  await graphql(
    'mutation($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id } }',
    { input: { courseId: course.id, date, place, trainer: '测试讲师' } },
    token,
  );
}

async function tokenOf(username: string): Promise<string> {
  const { login } = await graphql<{ login: { token: string } }>(
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: DEMO_PASSWORD },
  );
  return login.token;
}

/**
 * An archive office of this file's own under the root (made by the ADMIN), with three people
 * each on a post of their own since 2024-01-01 (pre-post training passed): from 2027-01 their
 * 36 months are up, so a plan must rotate them. Publishing it touches nobody else's records.
 */
async function newRotationOffice(suffix: string): Promise<string> {
  const admin = await tokenOf('admin');
  const { organizations } = await graphql<{ organizations: { id: string; code: string }[] }>(
    '{ organizations { id code } }',
    {},
    admin,
  );
  const root = organizations.find((each) => each.code === 'SZ')!;
  const name = `轮岗测试室${suffix}`;
  const { createOrganization } = await graphql<{ createOrganization: { id: string } }>(
    'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
    { input: { code: `E2E-ROT-${suffix}`, name, type: 'ARCHIVE_OFFICE', parentId: root.id } },
    admin,
  );
  const organizationId = createOrganization.id;
  const manager = await managerToken();
  const call = <T>(query: string, input: Record<string, unknown>) => graphql<T>(query, { input }, manager);
  const { createTrainingCourse: course } = await call<{ createTrainingCourse: { id: string } }>(
    'mutation($input: CreateTrainingCourseInput!) { createTrainingCourse(input: $input) { id } }',
    { organizationId, title: '岗前培训', kind: 'PRE_POST', mode: 'THEORY', professional: true, hours: 16 },
  );
  const { createTrainingSession: session } = await call<{ createTrainingSession: { id: string } }>(
    'mutation($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id } }',
    { courseId: course.id, date: '2023-12-01', place: '培训室', trainer: '测试讲师' },
  );
  for (const person of ['甲', '乙', '丙']) {
    const { createStaffMember: staff } = await call<{ createStaffMember: { id: string } }>(
      'mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }',
      {
        name: `轮岗${person}${suffix}`,
        organizationId,
        region: '东城区',
        birthDate: '1988-03-01',
        hireDate: '2012-07-01',
        retirementDate: '2048-03-01',
      },
    );
    const { createPost: post } = await call<{ createPost: { id: string } }>(
      'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }',
      { organizationId, title: `岗位${person}`, region: '东城区', minStaff: 1, maxStaff: 2 },
    );
    await call('mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }', {
      sessionId: session.id,
      staffMemberId: staff.id,
      result: 'PASSED',
    });
    await call('mutation($input: AssignPostInput!) { assignPost(input: $input) { id } }', {
      staffMemberId: staff.id,
      postId: post.id,
      startDate: '2024-01-01',
    });
  }
  return name;
}

const graphqlAnswer = (page: Page, operation: string) =>
  page.waitForResponse(
    (response) => response.url().endsWith('/graphql') && !!response.request().postData()?.includes(operation),
  );

/** Loads the assessment sheet of `period` and records a score for `name` on that person's row. */
async function recordScore(page: Page, period: string, name: string, score: string, comment: string) {
  await page.getByTestId('assessment-period').fill(period);
  const loaded = graphqlAnswer(page, 'StaffAssessmentSheet');
  await page.getByTestId('assessment-load').click();
  await loaded;
  const row = page.getByTestId('assessment-sheet').locator('.el-table__row', { hasText: name });
  await row.getByTestId('assessment-score').fill(score);
  await row.getByTestId('assessment-comment').fill(comment);
  const saved = graphqlAnswer(page, 'RecordAssessment');
  await row.getByTestId('assessment-save').click();
  await saved;
  await row.getByTestId('assessment-grade').waitFor();
  return row;
}

async function fits(page: Page, name: string) {
  await screenshot(page, name);
  expect(await sidewaysOverflow(page), name).toEqual([]);
}

describe('archive staff', () => {
  it('flags a person after two failed annual assessments, and the manager keeps them with a plan', async () => {
    const name = `考核${String(Date.now()).slice(-6)}`;
    const id = await newStaffMember(name);
    const page = await newPage(browser, 'zh-CN', DESKTOP);
    await signIn(page, 'manager');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    await page.goto('/staff/assessments');
    await page.getByTestId('assessment-sheet').waitFor();
    const year = new Date().getFullYear();
    const first = await recordScore(page, String(year - 1), name, '52', '档案整理差错较多');
    await expect(first.getByTestId('assessment-grade').textContent()).resolves.toContain('不合格');
    expect(await first.getByTestId('assessment-flagged').count()).toBe(0);

    // The second failure in a row flags the person for removal (事业单位人事管理条例 第十六条).
    const second = await recordScore(page, String(year), name, '48', '仍未改进');
    await second.getByTestId('assessment-flagged').waitFor();
    await fits(page, 'staff-assessment-flagged');

    // The flagged list has them, with the failed periods behind the flag.
    await page.goto('/staff/removals');
    const flagged = page.getByTestId('removal-table').locator('.el-table__row', { hasText: name });
    await flagged.waitFor();
    await expect(flagged.textContent()).resolves.toContain(String(year - 1));

    // Keeping needs an improvement plan: without it the dialog refuses to send.
    await flagged.getByTestId('removal-decide').click();
    await page.getByTestId('removal-form').waitFor();
    await page.getByTestId('removal-outcome-KEEP').click();
    await page.getByTestId('removal-submit').click();
    await page.locator('.el-form-item__error').first().waitFor();
    await page.getByTestId('removal-plan').fill('三个月内完成档案整理业务培训，由科长每月检查一次整理质量。');
    await fits(page, 'staff-removal-keep');
    const decided = graphqlAnswer(page, 'DecideRemoval');
    await page.getByTestId('removal-submit').click();
    await decided;
    await flagged.waitFor({ state: 'detached' });

    // The detail shows the decision; the person is no longer flagged.
    await page.goto(`/staff/members/${id}`);
    await page.getByTestId('staff-detail-name').waitFor();
    expect(await page.getByTestId('staff-detail-flagged').count()).toBe(0);
    await page.getByRole('tab', { name: '考核' }).click();
    await page.getByTestId('staff-removal-decisions').waitFor();
    await expect(page.getByTestId('staff-removal-decisions').textContent()).resolves.toContain('留用');
    await page.context().close();
  });

  it('imports the attendance of a session from a sheet, with the refused row reported by row and column', async () => {
    const name = `参训${String(Date.now()).slice(-6)}`;
    const id = await newStaffMember(name);
    const place = `导入测试教室${String(Date.now()).slice(-6)}`;
    await newSessionToday(place);
    const page = await newPage(browser, 'zh-CN', DESKTOP);
    await signIn(page, 'manager');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    await page.goto('/staff/training');
    await page.getByTestId('training-session').filter({ hasText: place }).click();
    await page.getByTestId('attendance-import').waitFor();
    // Row 2 is the new person; row 3 names nobody the manager has.
    const csv = ['人员编号,姓名,学时,结果', `${id},${name},8,通过`, '999999,查无此人,8,通过'].join('\r\n');
    await page
      .getByTestId('attendance-import')
      .locator('input[type=file]')
      .setInputFiles({ name: 'attendance.csv', mimeType: 'text/csv', buffer: Buffer.from('\ufeff' + csv, 'utf8') });
    await page.getByTestId('attendance-import-start').click();
    const summary = page.getByTestId('attendance-import-summary');
    await summary.waitFor({ timeout: 30_000 });
    await expect(summary.textContent()).resolves.toContain('导入 1 行，退回 1 行');
    const report = page.getByTestId('attendance-import-report').locator('.el-table__row');
    await expect(report.count()).resolves.toBe(1);
    const refused = (await report.first().textContent()) ?? '';
    expect(refused).toContain('3');
    expect(refused).toContain('人员编号');
    // The imported attendance is listed in the session at once.
    await page.getByTestId('attendance-table').locator('.el-table__row', { hasText: name }).waitFor();
    await fits(page, 'staff-attendance-import');
    await page.context().close();
  });

  it('generates a rotation plan with the solver, and the manager reviews and publishes it', async () => {
    const suffix = String(Date.now()).slice(-6);
    const office = await newRotationOffice(suffix);
    const page = await newPage(browser, 'zh-CN', DESKTOP);
    await signIn(page, 'manager');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    await page.goto('/staff/rotation');
    await page.getByTestId('rotation-generator').waitFor();
    await page.getByTestId('generator-organization').first().click();
    await page.keyboard.type(office);
    await page
      .locator('.el-select__popper')
      .filter({ visible: true })
      .locator('.el-tree-node__content', { hasText: office })
      .first()
      .click();
    const month = page.getByTestId('generator-month').locator('input');
    await month.fill('2027-01');
    await month.press('Enter');
    await page.getByTestId('generator-months').locator('input').fill('12');
    await page.getByTestId('generator-submit').click();

    // The solver runs as a job: the form follows its progress, then opens the stored draft.
    await page.waitForURL(/\/staff\/rotation\/plans\/\d+/, { timeout: 60_000 });
    const status = page.getByTestId('plan-status');
    await expect.poll(() => status.textContent()).toContain('草稿');
    await expect(page.getByTestId('plan-summary').textContent()).resolves.toContain(office);
    await expect.poll(() => page.getByTestId('plan-violations').locator('.el-table__row').count()).toBe(0);
    await fits(page, 'staff-rotation-plan-generated');

    await page.getByTestId('plan-review').click();
    await expect.poll(() => status.textContent()).toContain('已审核');
    await page.getByTestId('plan-publish').click();
    await page.locator('.el-message-box').waitFor();
    await page.locator('.el-message-box__btns .el-button--primary').click();
    await expect.poll(() => status.textContent()).toContain('已发布');
    await fits(page, 'staff-rotation-plan-published');
  });

  it('fits every staff page to 390 px and 1366 px', async () => {
    const page = await newPage(browser, 'zh-CN', DESKTOP);
    await signIn(page, 'manager');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto('/staff/members');
    await page.getByTestId('staff-table').locator('.el-table__row').first().waitFor();
    const detailPath = await page.getByTestId('staff-name').first().getAttribute('href');

    const pages: [string, string, string][] = [
      ['dashboard', '/dashboard', '[data-test="dashboard-staff-due-chart"]'],
      ['staff-list', '/staff/members', '[data-test="staff-table"] .el-table__row'],
      ['staff-detail', detailPath!, '[data-test="staff-detail-name"]'],
      ['staff-training', '/staff/training', '[data-test="training-calendar"]'],
      ['staff-assessments', '/staff/assessments', '[data-test="assessment-sheet"] .el-table__row'],
      ['staff-removals', '/staff/removals', '[data-test="removal-table"]'],
      ['staff-rotation', '/staff/rotation', '[data-test="staff-gantt"] canvas'],
      ['staff-exchanges', '/staff/exchanges', '[data-test="exchange-table"] .el-table__row'],
    ];
    for (const [label, viewport] of [
      ['390', PHONE],
      ['1366', DESKTOP],
    ] as const) {
      await page.setViewportSize(viewport);
      for (const [name, path, ready] of pages) {
        await page.goto(path);
        await page.locator(ready).first().waitFor();
        await fits(page, `staff-${label}-${name}`);
      }
      // The training calendar opens on the month of the demo's latest sessions, with a session's attendance.
      await page.goto('/staff/training');
      await page.getByTestId('training-previous').click();
      await page.getByTestId('training-session').first().click();
      await page.getByTestId('attendance-table').waitFor();
      await fits(page, `staff-${label}-attendance`);
    }
    await page.context().close();
  }, 120_000);
});
