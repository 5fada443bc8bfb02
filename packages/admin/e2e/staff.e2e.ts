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

/** YYYY-MM-DD of today in the browser's (and this machine's) local time, `days` from now. */
function dayFromToday(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/** The name and id of archive office A (SZ-DA-A), where this file's people work. */
async function officeA(): Promise<{ id: string; name: string }> {
  const { organizations } = await graphql<{ organizations: { id: string; code: string; name: string }[] }>(
    '{ organizations { id code name } }',
    {},
    await managerToken(),
  );
  return organizations.find((each) => each.code === 'SZ-DA-A')!;
}

/**
 * A new staff member of office A who has passed a pre-post (岗前) course of this file's own, so
 * that a post may be assigned to them (issue 11 §2), made through the API as the manager.
 */
async function newTrainedStaffMember(name: string): Promise<string> {
  const id = await newStaffMember(name);
  const token = await managerToken();
  const office = await officeA();
  const call = <T>(query: string, input: Record<string, unknown>) => graphql<T>(query, { input }, token);
  const { createTrainingCourse: course } = await call<{ createTrainingCourse: { id: string } }>(
    'mutation($input: CreateTrainingCourseInput!) { createTrainingCourse(input: $input) { id } }',
    {
      organizationId: office.id,
      title: `岗前培训（${name}）`,
      kind: 'PRE_POST',
      mode: 'THEORY',
      professional: true,
      hours: 8,
    },
  );
  const { createTrainingSession: session } = await call<{ createTrainingSession: { id: string } }>(
    'mutation($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id } }',
    { courseId: course.id, date: dayFromToday(-60), place: '培训室', trainer: '测试讲师' },
  );
  await call('mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }', {
    sessionId: session.id,
    staffMemberId: id,
    result: 'PASSED',
  });
  return id;
}

/** Picks `name` in the organisation tree select inside the element with data-test `testId`. */
async function chooseOrganization(page: Page, testId: string, name: string) {
  await page.getByTestId(testId).locator('.el-select__wrapper').click();
  await page.keyboard.type(name);
  await page
    .locator('.el-select__popper')
    .filter({ visible: true })
    .locator('.el-tree-node__content', { hasText: name })
    .first()
    .click();
}

/** Types a day into the date picker inside the element with data-test `testId`. */
async function pickDay(page: Page, testId: string, day: string) {
  const input = page.getByTestId(testId).locator('input');
  await input.fill(day);
  await input.press('Enter');
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
    await page.getByTestId('training-view-list').click();
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

  it('creates a post, assigns a trained person to it and ends the assignment', async () => {
    const suffix = String(Date.now()).slice(-6);
    const name = `上岗${suffix}`;
    await newTrainedStaffMember(name);
    const office = await officeA();
    const title = `测试岗位${suffix}`;
    const page = await newPage(browser, 'zh-CN', DESKTOP);
    await signIn(page, 'manager');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    await page.goto('/staff/posts');
    await page.getByTestId('post-table').locator('.el-table__row').first().waitFor();
    await page.getByTestId('post-create').click();
    await page.getByTestId('post-form').waitFor();
    // Without a title and a region the dialog refuses to send.
    await page.getByTestId('post-form-submit').click();
    await page.locator('.el-form-item__error').first().waitFor();
    await chooseOrganization(page, 'post-form-organization', office.name);
    await page.getByTestId('post-form-title').fill(title);
    await page.getByTestId('post-form-title').blur();
    await page.getByTestId('post-form-region').fill('东城区');
    await page.getByTestId('post-form-region').blur();
    await page.getByTestId('post-form-max').locator('input').fill('2');
    await fits(page, 'staff-post-create');
    const created = graphqlAnswer(page, 'CreatePost');
    await page.getByTestId('post-form-submit').click();
    await created;
    const row = page.getByTestId('post-table').locator('.el-table__row', { hasText: title });
    await row.waitFor();
    await expect(row.getByTestId('post-staffing').textContent()).resolves.toContain('0 人（1–2）');

    // Assigned from ten days ago, so that ending it today leaves a stay of days (the end is exclusive).
    await row.getByTestId('post-assign').click();
    await page.getByTestId('assign-form').waitFor();
    // The picker searches the server by name: wait for that answer before choosing from it.
    const searched = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        !!response.request().postData()?.includes('StaffMembers') &&
        !!response.request().postData()?.includes(name),
    );
    await page.getByTestId('assign-form-person').locator('.el-select__wrapper').click();
    await page.keyboard.type(name);
    await searched;
    await page.locator('.el-select-dropdown__item', { hasText: name }).filter({ visible: true }).click();
    await expect.poll(() => page.getByTestId('assign-form-person').textContent()).toContain(name);
    await pickDay(page, 'assign-form-start', dayFromToday(-10));
    await fits(page, 'staff-post-assign');
    const assigned = graphqlAnswer(page, 'AssignPost');
    await page.getByTestId('assign-form-submit').click();
    await assigned;
    const holder = row.getByTestId('post-holder').filter({ hasText: name });
    await holder.waitFor();
    await expect(holder.textContent()).resolves.toContain(`${dayFromToday(-10)} 起`);
    await fits(page, 'staff-post-held');

    await holder.getByTestId('post-holder-end').click();
    await page.getByTestId('end-assignment-form').waitFor();
    await expect(page.getByTestId('end-assignment-date').locator('input').inputValue()).resolves.toBe(dayFromToday(0));
    await fits(page, 'staff-post-end');
    const ended = graphqlAnswer(page, 'EndAssignment');
    await page.getByTestId('end-assignment-submit').click();
    await ended;
    await holder.waitFor({ state: 'detached' });
    await expect(row.getByTestId('post-staffing').textContent()).resolves.toContain('0 人（1–2）');
    await page.context().close();
  });

  it('adds a training course, which the new-session dialog then offers', async () => {
    const title = `测试课程${String(Date.now()).slice(-6)}`;
    const office = await officeA();
    const page = await newPage(browser, 'zh-CN', DESKTOP);
    await signIn(page, 'manager');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    await page.goto('/staff/training');
    // A desktop opens on the month grid; the list by date is one click away.
    await page.getByTestId('training-grid').waitFor();
    await page.getByTestId('training-view-list').click();
    await page.getByTestId('training-calendar').waitFor();
    await page.getByTestId('course-create').click();
    await page.getByTestId('course-form').waitFor();
    await chooseOrganization(page, 'course-form-organization', office.name);
    await page.getByTestId('course-form-title').fill(title);
    await page.getByTestId('course-form-kind').locator('.el-select__wrapper').click();
    await page.getByTestId('course-form-kind-IN_POST').click();
    await page.getByTestId('course-form-mode-PRACTICE').click();
    await page.getByTestId('course-form-professional').click();
    await page.getByTestId('course-form-hours').locator('input').fill('6.5');
    await fits(page, 'staff-course-create');
    const created = graphqlAnswer(page, 'CreateTrainingCourse');
    await page.getByTestId('course-form-submit').click();
    const answer = (await (await created).json()) as { data: { createTrainingCourse: { title: string } } };
    expect(answer.data.createTrainingCourse.title).toBe(title);
    await page.getByTestId('course-form').waitFor({ state: 'hidden' });

    await page.getByTestId('session-create').click();
    await page.getByTestId('session-form-course').locator('.el-select__wrapper').click();
    await page.keyboard.type(title);
    await page
      .locator('.el-select-dropdown__item', { hasText: `${title}（在岗培训 · 6.5h` })
      .filter({ visible: true })
      .waitFor();
    await page.context().close();
  });

  it('edits a staff member, and a stale edit asks to reload instead of overwriting', async () => {
    const name = `编辑${String(Date.now()).slice(-6)}`;
    const id = await newStaffMember(name);
    const page = await newPage(browser, 'zh-CN', DESKTOP);
    await signIn(page, 'manager');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`/staff/members/${id}`);
    await page.getByTestId('staff-detail-name').waitFor();

    await page.getByTestId('staff-detail-edit').click();
    await page.getByTestId('staff-form').waitFor();
    await expect(page.getByTestId('staff-form-name').inputValue()).resolves.toBe(name);
    await page.getByTestId('staff-form-name').fill(`${name}华`);
    await page.getByTestId('staff-form-region').fill('西城区');
    await fits(page, 'staff-member-edit');
    const updated = graphqlAnswer(page, 'UpdateStaffMember');
    await page.getByTestId('staff-form-submit').click();
    await updated;
    await expect.poll(() => page.getByTestId('staff-detail-name').textContent()).toBe(`${name}华`);
    await expect(page.getByTestId('staff-summary').textContent()).resolves.toContain('西城区');

    // Someone else changes the person meanwhile: the edit based on the old version is refused.
    const { staffMember } = await graphql<{ staffMember: { version: number } }>(
      'query($id: ID!) { staffMember(id: $id) { version } }',
      { id },
      await managerToken(),
    );
    await graphql(
      'mutation($input: UpdateStaffMemberInput!) { updateStaffMember(input: $input) { id } }',
      { input: { id, version: staffMember.version, region: '朝阳区' } },
      await managerToken(),
    );
    await page.getByTestId('staff-detail-edit').click();
    await page.getByTestId('staff-form-name').fill(`${name}明`);
    await page.getByTestId('staff-form-submit').click();
    await page.locator('.el-message', { hasText: '已被他人修改' }).waitFor();
    await page.getByTestId('staff-form').waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('staff-summary').textContent()).toContain('朝阳区');
    await expect(page.getByTestId('staff-detail-name').textContent()).resolves.toBe(`${name}华`);

    // A preference for one of the office's posts, for the rotation to weigh.
    await page.getByRole('tab', { name: '轮岗记录' }).click();
    await page.getByTestId('preference-set').click();
    await page.getByTestId('preference-form-post').locator('.el-select__wrapper').click();
    const option = page.locator('.el-select-dropdown__item').filter({ visible: true }).first();
    const wished = (await option.textContent())!.trim();
    await option.click();
    await page.getByTestId('preference-form-weight').locator('input').fill('7');
    await fits(page, 'staff-member-preference');
    const preferred = graphqlAnswer(page, 'SetStaffPreference');
    await page.getByTestId('preference-form-submit').click();
    expect(((await (await preferred).json()) as { data: { setStaffPreference: boolean } }).data).toEqual({
      setStaffPreference: true,
    });
    await page.locator('.el-message', { hasText: '已登记岗位意愿' }).waitFor();
    // The page reloads the person: the wish is listed on the rotation tab with its weight.
    const listed = page.getByTestId('staff-preference').filter({ hasText: wished });
    await expect.poll(() => listed.locator('.staff-detail__weight').textContent()).toBe('7');
    await fits(page, 'staff-member-preferences');
    await page.context().close();
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
      // The month grid on a desktop, the list by date on a phone.
      ['staff-training', '/staff/training', '[data-test="training-grid"], [data-test="training-calendar"]'],
      ['staff-assessments', '/staff/assessments', '[data-test="assessment-sheet"] .el-table__row'],
      ['staff-removals', '/staff/removals', '[data-test="removal-table"]'],
      ['staff-rotation', '/staff/rotation', '[data-test="staff-gantt"] canvas'],
      ['staff-posts', '/staff/posts', '[data-test="post-table"] .el-table__row'],
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
      await page.locator('[data-test="training-session"], [data-test="training-grid-session"]').first().click();
      await page.getByTestId('attendance-table').waitFor();
      await fits(page, `staff-${label}-attendance`);
    }
    await page.context().close();
  }, 120_000);
});
