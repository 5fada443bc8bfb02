import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { Assessment } from '../src/staff/assessment.entity';
import { Assignment } from '../src/staff/post.entity';
import { StaffMember } from '../src/staff/staff-member.entity';
import { ExchangeStatus, StaffStatus } from '../src/staff/staff.enums';
import { Exchange } from '../src/staff/exchange.entity';
import { changeExchangeStatus, createExchange } from '../src/staff/exchange.service';
import { User, UserStatus } from '../src/users/user.entity';
import { graphql, login, onlyError } from './support/client';
import { PASSWORD } from './support/factories';
import { useTestServer } from './support/server';
import { makeAssigned, makeStaff, makeStaffWorld } from './support/staff-factories';

const server = useTestServer();

const RECORD = `mutation ($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) { id period score grade passed comment assessorName } }`;
const DECIDE = `mutation ($input: DecideRemovalInput!) {
  decideRemoval(input: $input) { id status flaggedForRemoval currentAssignment { id } } }`;
const STAFF = `query ($id: ID!) { staffMember(id: $id) {
  id name flaggedForRemoval failedPeriods removalReason
  assessments { period score passed grade }
  removalDecisions { outcome improvementPlan failedPeriods decidedByName } } }`;

async function arrange() {
  const world = await makeStaffWorld(server.em(), server.settings);
  const token = await login(server.url, 'manager', PASSWORD);
  return { world, token };
}

const record = (token: string, staffMemberId: number, period: string, score: number, language = 'zh-CN') =>
  graphql(server.url, RECORD, { input: { staffMemberId: String(staffMemberId), period, score } }, { token, language });

describe('recording assessments', () => {
  it('maps a score to its grade and records the manager as assessor (api.md: passes at 60)', async () => {
    const { world, token } = await arrange();
    const staff = await makeStaff(world.managerCtx, world.officeA);

    const scores = [
      [95, 'EXCELLENT', true],
      [75, 'PASS', true],
      [60, 'BASIC_PASS', true],
      [59.5, 'FAIL', false],
    ] as const;
    for (const [i, [score, grade, passed]] of scores.entries()) {
      const response = await record(token, staff.id, String(2020 + i), score);
      expect(response.errors).toBeUndefined();
      expect(response.data!.recordAssessment).toMatchObject({ period: String(2020 + i), score, grade, passed });
      expect(response.data!.recordAssessment.assessorName).toBe('测试用户');
    }
  });

  it.each([
    ['score', { period: '2025', score: 101 }, '考核分数须在 0 到 100 之间', 'The score must be between 0 and 100'],
    ['score', { period: '2025', score: -1 }, '考核分数须在 0 到 100 之间', 'The score must be between 0 and 100'],
    ['period', { period: '25', score: 80 }, '考核期间须写作', 'Write the period as YYYY'],
    ['period', { period: '2025-Q5', score: 80 }, '考核期间须写作', 'Write the period as YYYY'],
  ])('refuses a bad %s with BAD_USER_INPUT in both languages and records nothing', async (field, input, zh, en) => {
    const { world, token } = await arrange();
    const staff = await makeStaff(world.managerCtx, world.officeA);

    for (const [language, message] of [
      ['zh-CN', zh],
      ['en', en],
    ]) {
      const response = await record(token, staff.id, input.period, input.score, language);
      const error = onlyError(response);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toContain(message);
      expect(JSON.stringify(error)).not.toMatch(/stack|select |insert /i);
    }
    expect(await server.em().count(Assessment, {})).toBe(0);
  });

  it('refuses a second assessment of the same person and period, with a clear message', async () => {
    const { world, token } = await arrange();
    const staff = await makeStaff(world.managerCtx, world.officeA);
    expect((await record(token, staff.id, '2025', 80)).errors).toBeUndefined();

    const zh = onlyError(await record(token, staff.id, '2025', 90));
    const en = onlyError(await record(token, staff.id, '2025', 90, 'en'));

    expect(zh.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    expect(zh.message).toBe('该人员 2025 期间的考核已登记，每人每期只能登记一次');
    expect(en.message).toBe('This person’s assessment for 2025 is already recorded; one per period');
    expect(await server.em().find(Assessment, {})).toMatchObject([{ period: '2025', score: 80 }]);
  });

  it('records exactly one of several parallel assessments of the same person and period', async () => {
    const { world, token } = await arrange();
    const staff = await makeStaff(world.managerCtx, world.officeA);

    const responses = await Promise.all([50, 60, 70, 80, 90].map((score) => record(token, staff.id, '2025', score)));

    const recorded = responses.filter((response) => !response.errors);
    const refused = responses.filter((response) => response.errors);
    expect(recorded).toHaveLength(1);
    for (const response of refused)
      expect(onlyError(response).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    expect(await server.em().count(Assessment, { staffMember: staff.id })).toBe(1);
    expect(await server.em().count(AuditEntry, { action: 'STAFF_ASSESSMENT_RECORDED' })).toBe(1);
  });

  it('answers NOT_FOUND for someone outside the manager’s subtree, and FORBIDDEN for a role without it', async () => {
    const { world } = await arrange();
    const staff = await makeStaff(world.managerCtx, world.officeA);
    const managerB = await login(server.url, 'manager.b', PASSWORD);
    const admin = await login(server.url, 'admin', PASSWORD);

    expect(onlyError(await record(managerB, staff.id, '2025', 80)).extensions?.code).toBe('NOT_FOUND');
    expect(onlyError(await record(admin, staff.id, '2025', 80)).extensions?.code).toBe('FORBIDDEN');
    expect(await server.em().count(Assessment, {})).toBe(0);
  });
});

describe('two failed annual assessments in a row (事业单位人事管理条例 第十六条)', () => {
  it('flags the person for removal with the failed periods as the reason', async () => {
    const { world, token } = await arrange();
    const staff = await makeStaff(world.managerCtx, world.officeA);

    await record(token, staff.id, '2024', 55);
    const afterOne = await graphql(server.url, STAFF, { id: String(staff.id) }, { token });
    expect(afterOne.data!.staffMember.flaggedForRemoval).toBe(false);
    await record(token, staff.id, '2025', 40);

    const zh = await graphql(server.url, STAFF, { id: String(staff.id) }, { token });
    const en = await graphql(server.url, STAFF, { id: String(staff.id) }, { token, language: 'en' });
    expect(zh.data!.staffMember).toMatchObject({
      flaggedForRemoval: true,
      failedPeriods: ['2024', '2025'],
      removalReason: '连续 2 次考核不合格（2024、2025）',
    });
    expect(en.data!.staffMember.removalReason).toBe('Failed 2 assessments in a row (2024, 2025)');
    expect(await server.em().count(AuditEntry, { action: 'STAFF_FLAGGED_FOR_REMOVAL' })).toBe(1);
  });

  it('does not flag when a pass comes between two failures, nor for failures of different kinds of period', async () => {
    const { world, token } = await arrange();
    const staff = await makeStaff(world.managerCtx, world.officeA);

    await record(token, staff.id, '2023', 50);
    await record(token, staff.id, '2024', 70);
    await record(token, staff.id, '2025', 50);
    await record(token, staff.id, '2025-H1', 40);

    const read = await graphql(server.url, STAFF, { id: String(staff.id) }, { token });
    expect(read.data!.staffMember.flaggedForRemoval).toBe(false);
  });

  it('lists the flagged for managers only', async () => {
    const { world, token } = await arrange();
    const flagged = await makeStaff(world.managerCtx, world.officeA, { name: '待清退' });
    await makeStaff(world.managerCtx, world.officeA, { name: '正常' });
    await record(token, flagged.id, '2024', 10);
    await record(token, flagged.id, '2025', 10);
    const query = '{ staffMembers(filter: { flaggedForRemoval: true }) { edges { node { name } } } }';

    const managers = await graphql(server.url, query, {}, { token });
    const admins = await graphql(server.url, query, {}, { token: await login(server.url, 'admin', PASSWORD) });

    expect(managers.data!.staffMembers.edges).toEqual([{ node: { name: '待清退' } }]);
    expect(onlyError(admins).extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the manager’s decision on a flag', () => {
  async function flaggedPerson(withUser: boolean) {
    const { world, token } = await arrange();
    const staff = await makeStaff(world.managerCtx, world.officeA, withUser ? { user: world.users.clerk } : {});
    const { post } = await makeAssigned(world.managerCtx, world.officeA, staff.id);
    await record(token, staff.id, '2024', 50);
    await record(token, staff.id, '2025', 50);
    return { world, token, staff, post };
  }

  it('REMOVE: the person leaves, their post is vacated, their exchange cancelled and their linked user disabled, all audited', async () => {
    const { world, token, staff } = await flaggedPerson(true);
    const exchange = await createExchange(world.managerCtx, {
      staffMemberId: String(staff.id),
      hostOrganizationId: String(world.officeB.id),
      regions: ['城区'],
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      topic: '交流',
    });
    await changeExchangeStatus(world.managerCtx, { id: String(exchange.id), status: ExchangeStatus.ONGOING });
    const clerk = await login(server.url, 'clerk', PASSWORD);

    const response = await graphql(
      server.url,
      DECIDE,
      { input: { staffMemberId: String(staff.id), outcome: 'REMOVE' } },
      { token },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.decideRemoval).toMatchObject({
      status: 'LEFT',
      flaggedForRemoval: false,
      currentAssignment: null,
    });
    const em = server.em();
    expect((await em.findOneOrFail(StaffMember, staff.id)).leftOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await em.findOneOrFail(Assignment, { staffMember: staff.id })).endDate).not.toBeNull();
    expect((await em.findOneOrFail(User, world.users.clerk.id)).status).toBe(UserStatus.DISABLED);
    expect((await em.findOneOrFail(Exchange, exchange.id)).status).toBe(ExchangeStatus.CANCELLED);
    // The disabled user's session ends with the account.
    const me = await graphql(server.url, '{ me { username } }', {}, { token: clerk });
    expect(me.data?.me ?? null).toBeNull();
    const actions = (await em.find(AuditEntry, { action: { $ne: 'SENSITIVE_READ' } }, { orderBy: { id: 'asc' } })).map(
      (entry) => entry.action,
    );
    expect(actions.slice(-2)).toEqual(['STAFF_REMOVED', 'USER_DISABLED']);
    // Nothing more is recorded for someone who has left.
    expect(onlyError(await record(token, staff.id, '2026', 80)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'staffMemberId',
    });
  });

  it('KEEP needs an improvement plan; it clears the flag, and the next run of failures counts afresh', async () => {
    const { token, staff } = await flaggedPerson(false);
    const input = { staffMemberId: String(staff.id), outcome: 'KEEP' };

    const withoutPlan = onlyError(await graphql(server.url, DECIDE, { input }, { token, language: 'en' }));
    expect(withoutPlan.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'improvementPlan' });
    expect(withoutPlan.message).toBe('Keeping the person needs an improvement plan');
    expect((await server.em().findOneOrFail(StaffMember, staff.id)).flaggedForRemoval).toBe(true);

    const kept = await graphql(
      server.url,
      DECIDE,
      { input: { ...input, improvementPlan: '半年内完成档案业务专项培训' } },
      { token },
    );
    expect(kept.data!.decideRemoval).toMatchObject({ status: 'ACTIVE', flaggedForRemoval: false });
    expect(kept.data!.decideRemoval.currentAssignment).not.toBeNull();

    await record(token, staff.id, '2026', 50);
    const afterOne = await graphql(server.url, STAFF, { id: String(staff.id) }, { token });
    expect(afterOne.data!.staffMember.flaggedForRemoval).toBe(false);
    expect(afterOne.data!.staffMember.removalDecisions).toEqual([
      {
        outcome: 'KEEP',
        improvementPlan: '半年内完成档案业务专项培训',
        failedPeriods: ['2024', '2025'],
        decidedByName: '测试用户',
      },
    ]);
    await record(token, staff.id, '2027', 50);
    const afterTwo = await graphql(server.url, STAFF, { id: String(staff.id) }, { token });
    expect(afterTwo.data!.staffMember).toMatchObject({ flaggedForRemoval: true, failedPeriods: ['2026', '2027'] });
  });

  it('refuses a decision on someone not flagged', async () => {
    const { world, token } = await arrange();
    const staff = await makeStaff(world.managerCtx, world.officeA);

    const error = onlyError(
      await graphql(server.url, DECIDE, { input: { staffMemberId: String(staff.id), outcome: 'REMOVE' } }, { token }),
    );

    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'staffMemberId' });
    expect((await server.em().findOneOrFail(StaffMember, staff.id)).status).toBe(StaffStatus.ACTIVE);
  });
});
