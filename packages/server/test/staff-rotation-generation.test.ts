import { describe, expect, it } from 'vitest';
import { Job } from '../src/jobs/job.entity';
import { RotationPlan } from '../src/staff/rotation-plan.entity';
import { checkRotationPlan } from '../src/staff/rotation/index';
import { gatherRotationInput } from '../src/staff/rotation-input';
import { solverInputOf } from '../src/staff/rotation-mapping';
import { graphql, login, onlyError } from './support/client';
import { PASSWORD } from './support/factories';
import { useTestJobs, useTestServer } from './support/server';
import { makeAssigned, makeStaff, makeStaffWorld } from './support/staff-factories';

const server = useTestServer();
useTestJobs(server);

const GENERATE = `mutation ($input: GenerateRotationPlanInput!) {
  generateRotationPlan(input: $input) {
    id status startDate months score { hard medium soft } violations { rule staffMemberId message }
    assignments { staffMember { id } post { id } startDate endDate }
  } }`;
const START = `mutation ($input: GenerateRotationPlanInput!) { startRotationPlan(input: $input) { id status } }`;
const JOB = `query ($id: ID!) { job(id: $id) { status progress result } }`;
const REVIEW = `mutation ($id: ID!) { reviewRotationPlan(id: $id) { status } }`;
const PUBLISH = `mutation ($id: ID!) { publishRotationPlan(id: $id) { status } }`;

/**
 * Three people of office A, each on a post of their own since 2024-01-01: by 2027-01-01 each has
 * served the 36-month maximum and may not return to a post held within 24 months, so every one
 * must move to another's post when the plan starts.
 */
async function arrange() {
  const world = await makeStaffWorld(server.em(), server.settings);
  const ctx = world.managerCtx;
  const people = [];
  const posts = [];
  for (const name of ['甲', '乙', '丙']) {
    const person = await makeStaff(ctx, world.officeA, { name });
    people.push(person);
    posts.push((await makeAssigned(ctx, world.officeA, person.id, '2024-01-01')).post);
  }
  const token = await login(server.url, 'manager', PASSWORD);
  const input = { organizationId: String(world.officeA.id), startDate: '2027-01-01', months: 12 };
  return { world, people, posts, token, input };
}

describe('generating a rotation plan (issue 11 point 4)', () => {
  it('solves a draft in which everyone whose tenure ends moves to another post, and which the independent checker accepts', async () => {
    const { world, people, posts, token, input } = await arrange();

    const response = await graphql(server.url, GENERATE, { input }, { token });
    expect(response.errors).toBeUndefined();
    const plan = response.data!.generateRotationPlan;
    expect(plan).toMatchObject({ status: 'DRAFT', startDate: '2027-01-01', months: 12, score: { hard: 0, medium: 0 } });
    expect(plan.violations).toEqual([]);

    const heldBefore = new Map(people.map((person, i) => [String(person.id), String(posts[i].id)]));
    const first = plan.assignments.filter((stay: { startDate: string }) => stay.startDate === '2027-01-01');
    expect(first).toHaveLength(3);
    for (const stay of first) expect(stay.post.id).not.toBe(heldBefore.get(stay.staffMember.id));

    // The stored plan, read back, against the checker that shares no code with the model.
    const solverInput = solverInputOf(await gatherRotationInput(world.managerCtx, input));
    const check = checkRotationPlan(
      solverInput,
      plan.assignments.map(
        (stay: { staffMember: { id: string }; post: { id: string }; startDate: string; endDate: string }) => ({
          staffId: Number(stay.staffMember.id),
          postId: Number(stay.post.id),
          startDate: stay.startDate,
          endDate: stay.endDate,
        }),
      ),
    );
    expect(check.hard).toEqual([]);

    expect((await graphql(server.url, REVIEW, { id: plan.id }, { token })).data!.reviewRotationPlan.status).toBe(
      'REVIEWED',
    );
    expect((await graphql(server.url, PUBLISH, { id: plan.id }, { token })).data!.publishRotationPlan.status).toBe(
      'PUBLISHED',
    );
  });

  it('refuses to publish a plan the independent checker finds stale: someone joined the office after it was solved', async () => {
    const { world, token, input } = await arrange();
    const plan = (await graphql(server.url, GENERATE, { input }, { token })).data!.generateRotationPlan;
    await graphql(server.url, REVIEW, { id: plan.id }, { token });
    // A fourth person takes a post of the office: the plan has no stay for them.
    const newcomer = await makeStaff(world.managerCtx, world.officeA, { name: '丁' });
    await makeAssigned(world.managerCtx, world.officeA, newcomer.id, '2026-06-01');

    const refused = onlyError(await graphql(server.url, PUBLISH, { id: plan.id }, { token, language: 'en' }));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(refused.message).toContain('independent check');
    // The broken rule by its label, as the plan page shows it, not by its code.
    expect(refused.message).toContain('(e.g. One post per person per period)');
    const chinese = onlyError(await graphql(server.url, PUBLISH, { id: plan.id }, { token }));
    expect(chinese.message).toContain('（如 每期一人一岗）');
    expect((await server.em().findOneOrFail(RotationPlan, Number(plan.id))).status).toBe('REVIEWED');
  });

  it('runs as a job whose progress the SPA follows, ending with the stored plan’s id', async () => {
    const { token, input } = await arrange();
    const started = await graphql(server.url, START, { input }, { token });
    expect(started.errors).toBeUndefined();
    let job;
    for (let i = 0; i < 200; i += 1) {
      job = (await graphql(server.url, JOB, { id: started.data!.startRotationPlan.id }, { token })).data!.job;
      if (job.status === 'SUCCEEDED' || job.status === 'FAILED') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(job).toMatchObject({ status: 'SUCCEEDED', progress: 100 });
    const { planId, feasible } = JSON.parse(job.result);
    expect(feasible).toBe(true);
    expect(await server.em().count(RotationPlan, { id: Number(planId) })).toBe(1);
  });

  it('says which rule cannot be met, and for whom, instead of a plan that breaks it', async () => {
    const world = await makeStaffWorld(server.em(), server.settings);
    const alone = await makeStaff(world.managerCtx, world.officeA, { name: '丁' });
    // One post only, held since 2024: at 2027-01-01 its 36 months are up and there is nowhere to go.
    await makeAssigned(world.managerCtx, world.officeA, alone.id, '2024-01-01');
    const token = await login(server.url, 'manager', PASSWORD);
    const input = { organizationId: String(world.officeA.id), startDate: '2027-01-01', months: 12 };

    const plan = (await graphql(server.url, GENERATE, { input }, { token })).data!.generateRotationPlan;
    expect(plan.score.hard).toBeGreaterThan(0);
    expect(plan.assignments).toEqual([]);
    expect(plan.violations.length).toBeGreaterThan(0);
    expect(plan.violations.some((v: { staffMemberId: string | null }) => v.staffMemberId === String(alone.id))).toBe(
      true,
    );

    await graphql(server.url, REVIEW, { id: plan.id }, { token });
    expect(onlyError(await graphql(server.url, PUBLISH, { id: plan.id }, { token })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses bad requests with the field at fault, in the caller’s language, and queues nothing', async () => {
    const { token, input } = await arrange();
    const rotationJobs = () => server.em().count(Job, { kind: 'staff.rotationPlan' });
    const jobsBefore = await rotationJobs();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...input, startDate: '2027-01-15' }, 'startDate', '1 日'],
      [{ ...input, months: 0 }, 'months', '1 到 120'],
      [{ ...input, months: 121 }, 'months', '1 到 120'],
    ];
    for (const [bad, field, words] of cases) {
      const error = onlyError(await graphql(server.url, START, { input: bad }, { token }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toContain(words);
    }
    const english = onlyError(
      await graphql(server.url, START, { input: { ...input, startDate: '2027-01-15' } }, { token, language: 'en' }),
    );
    expect(english.message).toBe('A rotation plan starts on the first day of a month');

    const notADate = onlyError(
      await graphql(server.url, START, { input: { ...input, startDate: '2027-02-30' } }, { token }),
    );
    expect(notADate.extensions?.code).toBe('BAD_USER_INPUT');

    // Office B's manager does not reach office A: the same answer as for an organisation that does not exist.
    const managerB = await login(server.url, 'manager.b', PASSWORD);
    const outside = onlyError(await graphql(server.url, START, { input }, { token: managerB }));
    const missing = onlyError(
      await graphql(server.url, START, { input: { ...input, organizationId: '999999' } }, { token: managerB }),
    );
    expect(outside).toEqual(missing);
    const clerk = await login(server.url, 'clerk', PASSWORD);
    expect(onlyError(await graphql(server.url, START, { input }, { token: clerk })).extensions?.code).toBe('FORBIDDEN');

    expect(await rotationJobs()).toBe(jobsBefore);
  });
});
