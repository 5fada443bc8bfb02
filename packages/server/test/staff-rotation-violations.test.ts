import { describe, expect, it } from 'vitest';
import { RotationPlan } from '../src/staff/rotation-plan.entity';
import { saveRotationPlan } from '../src/staff/rotation-plan.service';
import { graphql, login } from './support/client';
import { PASSWORD } from './support/factories';
import { useTestJobs, useTestServer } from './support/server';
import { makeAssigned, makeStaff, makeStaffWorld } from './support/staff-factories';

const server = useTestServer();
useTestJobs(server);

const GENERATE = `mutation ($input: GenerateRotationPlanInput!) {
  generateRotationPlan(input: $input) { id score { hard } } }`;
const VIOLATIONS = `query ($id: ID!) { rotationPlan(id: $id) { violations { rule staffMemberId postId period message } } }`;

const violationsIn = async (id: string, token: string, language?: string) =>
  (await graphql(server.url, VIOLATIONS, { id }, { token, language })).data!.rotationPlan.violations;

describe('rotation violations in the reader’s language (requirements §8)', () => {
  it('the same office whose rules cannot be met reads in Chinese by default and for zh-CN, in English for en', async () => {
    const world = await makeStaffWorld(server.em(), server.settings);
    const alone = await makeStaff(world.managerCtx, world.officeA, { name: '丁' });
    // One post only, held since 2024: at 2027-01-01 its 36 months are up and there is nowhere to go.
    await makeAssigned(world.managerCtx, world.officeA, alone.id, '2024-01-01');
    const token = await login(server.url, 'manager', PASSWORD);
    const input = { organizationId: String(world.officeA.id), startDate: '2027-01-01', months: 12 };
    const plan = (await graphql(server.url, GENERATE, { input }, { token })).data!.generateRotationPlan;
    expect(plan.score.hard).toBeGreaterThan(0);

    const chinese = await violationsIn(plan.id, token);
    expect(chinese).toEqual([
      {
        rule: 'no-admissible-post',
        staffMemberId: String(alone.id),
        postId: null,
        period: '2027-01',
        message: '丁在2027年1月没有可安排的岗位（共 1 个岗位：因“岗位最长任职期限”不可安排 1 个）',
      },
    ]);
    expect(await violationsIn(plan.id, token, 'zh-CN')).toEqual(chinese);
    expect(await violationsIn(plan.id, token, 'en')).toEqual([
      {
        ...chinese[0],
        message: '丁 has no post open in January 2027 (of 1 post(s): 1 closed by “Maximum tenure on a post”)',
      },
    ]);
  });

  it('a stored plan names its people and posts by their current names, in either language', async () => {
    const world = await makeStaffWorld(server.em(), server.settings);
    const ctx = world.managerCtx;
    const person = await makeStaff(ctx, world.officeA, { name: '甲' });
    const { post } = await makeAssigned(ctx, world.officeA, person.id, '2024-01-01');
    const stored = await saveRotationPlan(
      ctx,
      { organizationId: String(world.officeA.id), startDate: '2027-01-01', months: 12 },
      {
        assignments: [],
        score: { hard: 1, medium: 0, soft: 0 },
        breakdown: [],
        violations: [
          {
            rule: 'max-tenure',
            staffMemberId: String(person.id),
            postId: String(post.id),
            period: '2027-07',
            code: 'tenureExceeded',
            params: { staff: { staff: person.id }, post: { post: post.id }, served: 42, max: 36 },
          },
        ],
      },
    );
    const token = await login(server.url, 'manager', PASSWORD);

    const [chinese] = await violationsIn(String(stored.id), token, 'zh-CN');
    const [english] = await violationsIn(String(stored.id), token, 'en');

    expect(chinese.message).toBe(`甲在${post.title}任职 42 个月，超过最长 36 个月`);
    expect(english.message).toBe(`甲 holds ${post.title} for 42 months, more than 36`);
    expect(english).toMatchObject({ rule: 'max-tenure', staffMemberId: String(person.id), postId: String(post.id) });
  });

  it('a plan stored before violations were findings still reads, with its message as it was written', async () => {
    const world = await makeStaffWorld(server.em(), server.settings);
    const ctx = world.managerCtx;
    const person = await makeStaff(ctx, world.officeA, { name: '乙' });
    const plan = await saveRotationPlan(
      ctx,
      { organizationId: String(world.officeA.id), startDate: '2027-01-01', months: 12 },
      { assignments: [], score: { hard: 1, medium: 0, soft: 0 }, breakdown: [], violations: [] },
    );
    const legacy = [
      {
        rule: 'max-tenure',
        staffMemberId: String(person.id),
        period: '2027-07',
        message: 'staff 7 holds post 2 for 42 months, more than 36',
      },
    ];
    await server.em().nativeUpdate(RotationPlan, { id: plan.id }, { violations: JSON.stringify(legacy) });
    const token = await login(server.url, 'manager', PASSWORD);

    for (const language of ['zh-CN', 'en']) {
      expect(await violationsIn(String(plan.id), token, language)).toEqual([{ ...legacy[0], postId: null }]);
    }
  });
});
