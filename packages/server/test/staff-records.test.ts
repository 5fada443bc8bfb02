import { describe, expect, it } from 'vitest';
import { Assignment } from '../src/staff/post.entity';
import { Contract } from '../src/staff/contract.entity';
import { addDays, todayOf } from '../src/staff/staff-dates';
import { CourseKind } from '../src/staff/staff.enums';
import { StaffMember } from '../src/staff/staff-member.entity';
import { recordAttendance } from '../src/staff/training.service';
import { AttendanceResult } from '../src/staff/staff.enums';
import { graphql, login, onlyError } from './support/client';
import { PASSWORD } from './support/factories';
import { useTestServer } from './support/server';
import { makeSession, makeStaff, makeStaffWorld, passPrePost } from './support/staff-factories';

const server = useTestServer();
const today = todayOf({ now: () => new Date() });

async function arrange() {
  const world = await makeStaffWorld(server.em(), server.settings);
  return { world, token: await login(server.url, 'manager', PASSWORD) };
}

const CREATE_STAFF = `mutation ($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id name status organization { code } } }`;
const CREATE_POST = `mutation ($input: CreatePostInput!) { createPost(input: $input) { id title maxTenureMonths minStaff maxStaff } }`;
const ASSIGN = `mutation ($input: AssignPostInput!) { assignPost(input: $input) { id startDate endDate current post { title } } }`;
const CONTRACT = `mutation ($input: CreateContractInput!) {
  createContract(input: $input) { id startDate endDate probationEndDate endingSoon } }`;

describe('staff members and posts', () => {
  it('enters a staff member; bad input names its field in both languages and creates nothing', async () => {
    const { world, token } = await arrange();
    const input = {
      name: '张晓明',
      organizationId: String(world.officeA.id),
      region: '城区',
      birthDate: '1988-02-03',
      retirementDate: '2048-02-03',
      hireDate: '2012-07-01',
    };

    const created = await graphql(server.url, CREATE_STAFF, { input }, { token });
    expect(created.data!.createStaffMember).toMatchObject({
      name: '张晓明',
      status: 'ACTIVE',
      organization: { code: 'DA' },
    });

    const zh = onlyError(
      await graphql(server.url, CREATE_STAFF, { input: { ...input, hireDate: '2012-13-01' } }, { token }),
    );
    const en = onlyError(
      await graphql(
        server.url,
        CREATE_STAFF,
        { input: { ...input, hireDate: '2012-13-01' } },
        { token, language: 'en' },
      ),
    );
    expect(zh.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hireDate' });
    expect(zh.message).toBe('日期须为有效的 YYYY-MM-DD 格式');
    expect(en.message).toBe('Enter a valid date as YYYY-MM-DD');
    expect(await server.em().count(StaffMember, {})).toBe(1);
  });

  it('edits the fields given and links or unlinks the account; a stale version is a CONFLICT', async () => {
    const { world, token } = await arrange();
    const staff = await makeStaff(world.managerCtx, world.officeA, { name: '旧名' });
    const other = await makeStaff(world.managerCtx, world.officeA, { user: world.users.stranger });
    const UPDATE = `mutation ($input: UpdateStaffMemberInput!) { updateStaffMember(input: $input) { name region version } }`;
    const clerk = await login(server.url, 'clerk', PASSWORD);

    const renamed = await graphql(
      server.url,
      UPDATE,
      { input: { id: String(staff.id), version: staff.version, name: '新名', userId: String(world.users.clerk.id) } },
      { token },
    );
    expect(renamed.data!.updateStaffMember).toMatchObject({ name: '新名', region: '城区' });
    expect((await graphql(server.url, '{ myStaffRecord { name } }', {}, { token: clerk })).data!.myStaffRecord).toEqual(
      {
        name: '新名',
      },
    );

    const stale = onlyError(
      await graphql(
        server.url,
        UPDATE,
        { input: { id: String(staff.id), version: staff.version, region: '郊区' } },
        { token },
      ),
    );
    expect(stale.extensions?.code).toBe('CONFLICT');
    const version = renamed.data!.updateStaffMember.version;
    const taken = onlyError(
      await graphql(
        server.url,
        UPDATE,
        { input: { id: String(staff.id), version, userId: String(world.users.stranger.id) } },
        { token },
      ),
    );
    expect(taken.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    expect(other.id).toBeGreaterThan(0);
    const unlinked = await graphql(
      server.url,
      UPDATE,
      { input: { id: String(staff.id), version, userId: '' } },
      { token },
    );
    expect(unlinked.errors).toBeUndefined();
    expect(
      (await graphql(server.url, '{ myStaffRecord { name } }', {}, { token: clerk })).data!.myStaffRecord,
    ).toBeNull();
  });

  it('gives a post 36 months of tenure unless told otherwise', async () => {
    const { world, token } = await arrange();

    const response = await graphql(
      server.url,
      CREATE_POST,
      { input: { organizationId: String(world.officeA.id), title: '档案整理岗', region: '城区' } },
      { token },
    );

    expect(response.data!.createPost).toMatchObject({ maxTenureMonths: 36, minStaff: 1, maxStaff: 1 });
  });

  it('assigns nobody a post before their pre-post (岗前) training is passed', async () => {
    const { world, token } = await arrange();
    const staff = await makeStaff(world.managerCtx, world.officeA);
    const post = await graphql(
      server.url,
      CREATE_POST,
      { input: { organizationId: String(world.officeA.id), title: '档案利用岗', region: '城区' } },
      { token },
    );
    const input = { staffMemberId: String(staff.id), postId: post.data!.createPost.id, startDate: '2026-01-01' };

    const refused = onlyError(await graphql(server.url, ASSIGN, { input }, { token, language: 'en' }));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'staffMemberId' });
    expect(refused.message).toBe('This person has not passed the pre-post training yet and cannot take a post');
    // A failed pre-post course or another kind of course does not count.
    const { session } = await makeSession(world.managerCtx, world.officeA, { kind: CourseKind.PRE_POST });
    await recordAttendance(world.managerCtx, {
      sessionId: String(session.id),
      staffMemberId: String(staff.id),
      result: AttendanceResult.FAILED,
    });
    expect(onlyError(await graphql(server.url, ASSIGN, { input }, { token })).message).toBe(
      '该人员尚未通过岗前培训，不能上岗',
    );
    expect(await server.em().count(Assignment, {})).toBe(0);

    await passPrePost(world.managerCtx, world.officeA, staff.id);
    const assigned = await graphql(server.url, ASSIGN, { input }, { token });
    expect(assigned.data!.assignPost).toMatchObject({
      startDate: '2026-01-01',
      endDate: null,
      post: { title: '档案利用岗' },
    });
  });

  it('needs the post’s qualification valid on the start date, and room on the post; a move ends the current assignment', async () => {
    const { world, token } = await arrange();
    const [first, second] = [
      await makeStaff(world.managerCtx, world.officeA),
      await makeStaff(world.managerCtx, world.officeA),
    ];
    for (const person of [first, second]) await passPrePost(world.managerCtx, world.officeA, person.id);
    const plain = await graphql(
      server.url,
      CREATE_POST,
      { input: { organizationId: String(world.officeA.id), title: '前台', region: '城区' } },
      { token },
    );
    const certified = await graphql(
      server.url,
      CREATE_POST,
      {
        input: {
          organizationId: String(world.officeA.id),
          title: '鉴定岗',
          region: '城区',
          requiredQualification: 'APPRAISER',
        },
      },
      { token },
    );
    const assign = (staffMemberId: number, postId: string, startDate: string) =>
      graphql(server.url, ASSIGN, { input: { staffMemberId: String(staffMemberId), postId, startDate } }, { token });

    expect((await assign(first.id, plain.data!.createPost.id, '2025-01-01')).errors).toBeUndefined();
    const full = onlyError(await assign(second.id, plain.data!.createPost.id, '2025-01-01'));
    expect(full.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'postId' });
    expect(full.message).toBe('该岗位已满员（最多 1 人）');

    const noCertificate = onlyError(await assign(first.id, certified.data!.createPost.id, '2026-01-01'));
    expect(noCertificate.extensions).toMatchObject({ field: 'postId' });
    await graphql(
      server.url,
      `
        mutation ($input: AddQualificationInput!) {
          addQualification(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          staffMemberId: String(first.id),
          code: 'APPRAISER',
          name: '档案鉴定资格',
          issuedOn: '2020-01-01',
          expiresOn: '2025-12-31',
        },
      },
      { token },
    );
    expect(onlyError(await assign(first.id, certified.data!.createPost.id, '2026-01-01')).extensions?.field).toBe(
      'postId',
    );
    expect((await assign(first.id, certified.data!.createPost.id, '2025-06-01')).errors).toBeUndefined();

    const history = await server.em().find(Assignment, { staffMember: first.id }, { orderBy: { startDate: 'asc' } });
    expect(history.map((each) => [each.startDate, each.endDate])).toEqual([
      ['2025-01-01', '2025-06-01'],
      ['2025-06-01', null],
    ]);
  });

  it('lists certificates expiring within 30, 60 and 90 days, each with its reminder window', async () => {
    const { world, token } = await arrange();
    const staff = await makeStaff(world.managerCtx, world.officeA);
    const add = (code: string, expiresOn: string) =>
      graphql(
        server.url,
        `
          mutation ($input: AddQualificationInput!) {
            addQualification(input: $input) {
              id
            }
          }
        `,
        { input: { staffMemberId: String(staff.id), code, name: code, issuedOn: '2020-01-01', expiresOn } },
        { token },
      );
    await add('SOON', addDays(today, 10));
    await add('LATER', addDays(today, 45));
    await add('LAST', addDays(today, 80));
    await add('FAR', addDays(today, 200));
    await add('GONE', addDays(today, -1));
    const query = `query ($days: Int) { expiringQualifications(withinDays: $days) { code reminderDays staffMember { id } } }`;

    const within90 = await graphql(server.url, query, { days: 90 }, { token });
    const within30 = await graphql(server.url, query, { days: 30 }, { token });

    expect(within90.data!.expiringQualifications).toEqual([
      { code: 'SOON', reminderDays: 30, staffMember: { id: String(staff.id) } },
      { code: 'LATER', reminderDays: 60, staffMember: { id: String(staff.id) } },
      { code: 'LAST', reminderDays: 90, staffMember: { id: String(staff.id) } },
    ]);
    expect(within30.data!.expiringQualifications.map((q: { code: string }) => q.code)).toEqual(['SOON']);
  });
});

describe('contracts', () => {
  it('default to a 3-year term with 12 months of probation on the first contract only', async () => {
    const { world, token } = await arrange();
    const staff = await makeStaff(world.managerCtx, world.officeA);
    const input = { staffMemberId: String(staff.id), duties: '档案收集整理', obligations: '遵守保密规定' };

    const first = await graphql(server.url, CONTRACT, { input: { ...input, startDate: '2020-09-01' } }, { token });
    const second = await graphql(server.url, CONTRACT, { input: { ...input, startDate: '2023-09-01' } }, { token });

    expect(first.data!.createContract).toMatchObject({
      endDate: '2023-08-31',
      probationEndDate: '2021-08-31',
      endingSoon: false,
    });
    expect(second.data!.createContract).toMatchObject({ endDate: '2026-08-31', probationEndDate: null });
  });

  it('refuse a term under 3 years and an overlapping term, naming the field', async () => {
    const { world, token } = await arrange();
    const staff = await makeStaff(world.managerCtx, world.officeA);
    const input = {
      staffMemberId: String(staff.id),
      duties: '档案收集整理',
      obligations: '遵守保密规定',
      startDate: '2020-09-01',
    };

    const short = onlyError(
      await graphql(server.url, CONTRACT, { input: { ...input, endDate: '2022-08-31' } }, { token, language: 'en' }),
    );
    expect(short.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endDate' });
    expect(short.message).toBe('A contract’s service term is at least 3 years');
    await graphql(server.url, CONTRACT, { input }, { token });
    const overlapping = onlyError(
      await graphql(server.url, CONTRACT, { input: { ...input, startDate: '2022-01-01' } }, { token }),
    );
    expect(overlapping.extensions).toMatchObject({ field: 'startDate' });
    expect(await server.em().count(Contract, {})).toBe(1);
  });

  it('flag those ending within 90 days, and list them', async () => {
    const { world, token } = await arrange();
    const ending = await makeStaff(world.managerCtx, world.officeA, { name: '将到期' });
    const lasting = await makeStaff(world.managerCtx, world.officeA, { name: '未到期' });
    const base = { duties: '档案收集整理', obligations: '遵守保密规定' };
    // Starting 3 years before the 60th day from today, the default term ends within 90 days.
    const startEnding = addDays(
      addDays(today, 60).replace(/^(\d{4})/, (y) => String(Number(y) - 3)),
      1,
    );
    await graphql(
      server.url,
      CONTRACT,
      { input: { ...base, staffMemberId: String(ending.id), startDate: startEnding } },
      { token },
    );
    await graphql(
      server.url,
      CONTRACT,
      { input: { ...base, staffMemberId: String(lasting.id), startDate: today } },
      { token },
    );

    const listed = await graphql(server.url, '{ contractsEnding { endingSoon staffMember { name } } }', {}, { token });
    const flags = await graphql(
      server.url,
      '{ staffMembers { edges { node { name contracts { endingSoon } } } } }',
      {},
      { token },
    );

    expect(listed.data!.contractsEnding).toEqual([{ endingSoon: true, staffMember: { name: '将到期' } }]);
    expect(flags.data!.staffMembers.edges).toEqual([
      { node: { name: '将到期', contracts: [{ endingSoon: true }] } },
      { node: { name: '未到期', contracts: [{ endingSoon: false }] } },
    ]);
  });
});

describe('training', () => {
  it('counts the year’s attended hours against the 90-hour target with its professional share', async () => {
    const { world, token } = await arrange();
    const staff = await makeStaff(world.managerCtx, world.officeA);
    const attend = async (hours: number, professional: boolean, result: AttendanceResult, date = '2026-04-01') => {
      const { session } = await makeSession(world.managerCtx, world.officeA, { hours, professional, date });
      await recordAttendance(world.managerCtx, {
        sessionId: String(session.id),
        staffMemberId: String(staff.id),
        result,
      });
    };
    await attend(40, true, AttendanceResult.PASSED);
    await attend(16, true, AttendanceResult.FAILED);
    await attend(30, false, AttendanceResult.PASSED);
    await attend(20, true, AttendanceResult.ABSENT);
    await attend(8, true, AttendanceResult.PASSED, '2025-04-01');
    const query = `query ($id: ID!) { staffMember(id: $id) {
      trainingProgress(year: 2026) { year hours professionalHours targetHours professionalTargetHours met }
      trainings { hours result session { course { kind } } } } }`;

    const response = await graphql(server.url, query, { id: String(staff.id) }, { token });

    expect(response.data!.staffMember.trainingProgress).toEqual({
      year: 2026,
      hours: 86,
      professionalHours: 56,
      targetHours: 90,
      professionalTargetHours: 60,
      met: false,
    });
    expect(response.data!.staffMember.trainings).toHaveLength(5);
  });

  it('records one attendance per person and session; hours beyond the course’s are refused', async () => {
    const { world, token } = await arrange();
    const staff = await makeStaff(world.managerCtx, world.officeA);
    const { session } = await makeSession(world.managerCtx, world.officeA, { hours: 8 });
    const RECORD = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { hours result } }`;
    const input = { sessionId: String(session.id), staffMemberId: String(staff.id), result: 'PASSED' };

    const tooMany = onlyError(await graphql(server.url, RECORD, { input: { ...input, hours: 9 } }, { token }));
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hours' });
    expect((await graphql(server.url, RECORD, { input }, { token })).data!.recordAttendance).toEqual({
      hours: 8,
      result: 'PASSED',
    });
    const again = onlyError(await graphql(server.url, RECORD, { input }, { token, language: 'en' }));
    expect(again.message).toBe("This person's attendance of this session is already recorded");
    const calendar = await graphql(
      server.url,
      `
        {
          trainingSessions(from: "2026-01-01", to: "2026-12-31") {
            date
            attendances {
              hours
              staffMember {
                id
              }
            }
          }
        }
      `,
      {},
      { token },
    );
    expect(calendar.data!.trainingSessions).toEqual([
      { date: '2026-03-10', attendances: [{ hours: 8, staffMember: { id: String(staff.id) } }] },
    ]);
  });
});

describe('talent exchanges', () => {
  it('move PLANNED → ONGOING (the person is on exchange) → COMPLETED with a report, and no other way', async () => {
    const { world, token } = await arrange();
    const staff = await makeStaff(world.managerCtx, world.officeA);
    const created = await graphql(
      server.url,
      `
        mutation ($input: CreateExchangeInput!) {
          createExchange(input: $input) {
            id
            status
            regions
            allowedTransitions
            homeOrganization {
              code
            }
            hostOrganization {
              code
            }
          }
        }
      `,
      {
        input: {
          staffMemberId: String(staff.id),
          hostOrganizationId: String(world.officeB.id),
          regions: ['城区', '开发区'],
          startDate: '2026-03-01',
          endDate: '2026-05-31',
          topic: '数字档案馆建设经验交流',
        },
      },
      { token },
    );
    expect(created.data!.createExchange).toMatchObject({
      status: 'PLANNED',
      regions: ['城区', '开发区'],
      allowedTransitions: ['ONGOING', 'CANCELLED'],
      homeOrganization: { code: 'DA' },
      hostOrganization: { code: 'DB' },
    });
    const id = created.data!.createExchange.id;
    const change = (status: string, outcomeReport?: string, language = 'zh-CN') =>
      graphql(
        server.url,
        `
          mutation ($input: ChangeExchangeStatusInput!) {
            changeExchangeStatus(input: $input) {
              status
              staffMember {
                status
              }
            }
          }
        `,
        { input: { id, status, outcomeReport } },
        { token, language },
      );

    const skipping = onlyError(await change('COMPLETED', '报告'));
    expect(skipping.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect((await change('ONGOING')).data!.changeExchangeStatus).toEqual({
      status: 'ONGOING',
      staffMember: { status: 'ON_EXCHANGE' },
    });
    const withoutReport = onlyError(await change('COMPLETED', undefined, 'en'));
    expect(withoutReport).toMatchObject({
      message: 'Completing an exchange needs its outcome report',
      extensions: { field: 'outcomeReport' },
    });
    expect((await change('COMPLETED', '形成交流报告一份')).data!.changeExchangeStatus).toEqual({
      status: 'COMPLETED',
      staffMember: { status: 'ACTIVE' },
    });
  });
});
