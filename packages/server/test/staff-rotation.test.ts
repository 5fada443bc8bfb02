import { describe, expect, it } from 'vitest';
import { Assignment } from '../src/staff/post.entity';
import { createPost, setStaffPreference } from '../src/staff/post.service';
import { gatherRotationInput } from '../src/staff/rotation-input';
import { saveRotationPlan } from '../src/staff/rotation-plan.service';
import { RotationSolution } from '../src/staff/rotation/input';
import { createContract } from '../src/staff/contract.service';
import { addQualification } from '../src/staff/staff.service';
import { graphql, login, onlyError } from './support/client';
import { PASSWORD } from './support/factories';
import { useTestServer } from './support/server';
import { makeAssigned, makeStaff, makeStaffWorld, passPrePost } from './support/staff-factories';

const server = useTestServer();

const PLAN = `query ($id: ID!) { rotationPlan(id: $id) { id status startDate months
  score { hard medium soft } breakdown { rule count penalty } violations { rule staffMemberId message }
  assignments { startDate endDate staffMember { name } post { title } } } }`;
const REVIEW = `mutation ($id: ID!) { reviewRotationPlan(id: $id) { status } }`;
const PUBLISH = `mutation ($id: ID!) { publishRotationPlan(id: $id) { status } }`;

/** Two people each on a post of office A since 2024; the plan swaps them from 2027-01-01 for a year. */
async function arrange(score = { hard: 0, medium: 0, soft: 12 }) {
  const world = await makeStaffWorld(server.em(), server.settings);
  const ctx = world.managerCtx;
  const first = await makeStaff(ctx, world.officeA, { name: '甲' });
  const second = await makeStaff(ctx, world.officeA, { name: '乙' });
  const { post: postA } = await makeAssigned(ctx, world.officeA, first.id, '2024-01-01');
  const { post: postB } = await makeAssigned(ctx, world.officeA, second.id, '2024-01-01');
  const postC = await createPost(ctx, { organizationId: String(world.officeA.id), title: '岗位丙', region: '城区' });
  // A plan the independent checker accepts (publishing runs it): everyone moves once their 36
  // months are up, and the second moves again only after the 24-month minimum stay.
  const solution: RotationSolution = {
    assignments: [
      { staffMemberId: String(first.id), postId: String(postB.id), startDate: '2027-01-01', endDate: '2029-07-01' },
      { staffMemberId: String(second.id), postId: String(postA.id), startDate: '2027-01-01', endDate: '2029-01-01' },
      { staffMemberId: String(second.id), postId: String(postC.id), startDate: '2029-01-01', endDate: '2029-07-01' },
    ],
    score,
    breakdown: [{ rule: 'MOVE', count: 3, penalty: 12 }],
    violations: score.hard
      ? [
          {
            rule: 'max-tenure',
            staffMemberId: String(first.id),
            code: 'tenureExceeded',
            params: { staff: { staff: first.id }, post: { post: postB.id }, served: 40, max: 36 },
          },
        ]
      : [],
  };
  const plan = await saveRotationPlan(
    ctx,
    { organizationId: String(world.officeA.id), startDate: '2027-01-01', months: 30 },
    solution,
  );
  const token = await login(server.url, 'manager', PASSWORD);
  return { world, first, second, postA, postB, postC, plan, token };
}

describe('rotation plans', () => {
  it('are stored as drafts with the solver’s score, breakdown and stays', async () => {
    const { plan, token } = await arrange();

    const response = await graphql(server.url, PLAN, { id: String(plan.id) }, { token });
    const current = await graphql(server.url, '{ posts { title holders { startDate tenureEndsOn } } }', {}, { token });

    expect(current.data!.posts[0].holders).toEqual([{ startDate: '2024-01-01', tenureEndsOn: '2027-01-01' }]);
    expect(response.data!.rotationPlan).toMatchObject({
      status: 'DRAFT',
      startDate: '2027-01-01',
      months: 30,
      score: { hard: 0, medium: 0, soft: 12 },
      breakdown: [{ rule: 'MOVE', count: 3, penalty: 12 }],
      violations: [],
    });
    expect(response.data!.rotationPlan.assignments).toHaveLength(3);
  });

  it('are published only once reviewed; publishing creates the assignments and ends the previous ones', async () => {
    const { plan, token, first, second } = await arrange();
    const id = String(plan.id);

    const early = onlyError(await graphql(server.url, PUBLISH, { id }, { token, language: 'en' }));
    expect(early).toMatchObject({
      message: 'Review the plan before publishing it',
      extensions: { code: 'BAD_USER_INPUT', field: 'id' },
    });
    expect((await graphql(server.url, REVIEW, { id }, { token })).data!.reviewRotationPlan.status).toBe('REVIEWED');
    expect((await graphql(server.url, PUBLISH, { id }, { token })).data!.publishRotationPlan.status).toBe('PUBLISHED');

    const history = async (staffMemberId: number) =>
      (
        await server.em().find(Assignment, { staffMember: staffMemberId }, { orderBy: { startDate: 'asc', id: 'asc' } })
      ).map((each) => [each.startDate, each.endDate, each.rotationPlanId]);
    expect(await history(first.id)).toEqual([
      ['2024-01-01', '2027-01-01', null],
      ['2027-01-01', null, plan.id],
    ]);
    expect(await history(second.id)).toEqual([
      ['2024-01-01', '2027-01-01', null],
      ['2027-01-01', '2029-01-01', plan.id],
      ['2029-01-01', null, plan.id],
    ]);
    expect(onlyError(await graphql(server.url, PUBLISH, { id }, { token })).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('that break a hard rule are refused at publishing, and change nothing', async () => {
    const { plan, token } = await arrange({ hard: 1, medium: 0, soft: 0 });
    const id = String(plan.id);
    await graphql(server.url, REVIEW, { id }, { token });

    const refused = onlyError(await graphql(server.url, PUBLISH, { id }, { token }));

    expect(refused).toMatchObject({
      message: '该计划违反了硬性规则，不能发布',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await server.em().count(Assignment, { rotationPlanId: plan.id })).toBe(0);
    expect(await server.em().count(Assignment, { endDate: null })).toBe(2);
  });

  it('are out of reach of a manager of another office', async () => {
    const { plan } = await arrange();
    const token = await login(server.url, 'manager.b', PASSWORD);

    expect((await graphql(server.url, PLAN, { id: String(plan.id) }, { token })).data!.rotationPlan).toBeNull();
    expect(onlyError(await graphql(server.url, REVIEW, { id: String(plan.id) }, { token })).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('the solver’s input', () => {
  it('gathers staff with qualifications, probation, exchanges and retirement, posts, history and preferences', async () => {
    const { world, first, second, postA, postB, postC } = await arrange();
    const ctx = world.managerCtx;
    await addQualification(ctx, {
      staffMemberId: String(first.id),
      code: 'ARCHIVES',
      name: '档案专业',
      issuedOn: '2020-01-01',
      expiresOn: '2030-12-31',
    });
    await createContract(ctx, {
      staffMemberId: String(second.id),
      startDate: '2025-01-01',
      duties: '整理',
      obligations: '保密',
    });
    await setStaffPreference(ctx, { staffMemberId: String(first.id), postId: String(postB.id), weight: 5 });
    const left = await makeStaff(ctx, world.officeA, { name: '丙' });
    await passPrePost(ctx, world.officeA, left.id);
    await makeStaff(ctx, world.officeB, { name: '别处' });

    const input = await gatherRotationInput(ctx, {
      organizationId: String(world.officeA.id),
      startDate: '2027-01-01',
      months: 24,
    });

    expect(input).toMatchObject({ organizationId: String(world.officeA.id), startDate: '2027-01-01', months: 24 });
    expect(input.staff.map((s) => s.id)).toEqual([String(first.id), String(second.id), String(left.id)]);
    expect(input.staff[0]).toEqual({
      id: String(first.id),
      region: '城区',
      status: 'ACTIVE',
      qualifications: [{ code: 'ARCHIVES', validFrom: '2020-01-01', validUntil: '2030-12-31' }],
      hireDate: '2015-09-01',
      probationEndDate: null,
      retirementDate: '2045-06-01',
      exchanges: [],
    });
    expect(input.staff[1].probationEndDate).toBe('2025-12-31');
    expect(input.posts.map((p) => p.id)).toEqual([String(postA.id), String(postB.id), String(postC.id)]);
    expect(input.posts[0]).toMatchObject({
      maxTenureMonths: 36,
      minStaff: 1,
      maxStaff: 2,
      requiredQualification: null,
    });
    expect(input.history).toEqual([
      { staffMemberId: String(first.id), postId: String(postA.id), startDate: '2024-01-01', endDate: null },
      { staffMemberId: String(second.id), postId: String(postB.id), startDate: '2024-01-01', endDate: null },
    ]);
    expect(input.preferences).toEqual([{ staffMemberId: String(first.id), postId: String(postB.id), weight: 5 }]);
  });
});
