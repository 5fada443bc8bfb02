import { ref } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { recordAssessment } from '../src/staff/assessment.service';
import { createContract } from '../src/staff/contract.service';
import { createPost } from '../src/staff/post.service';
import { Assignment, Post } from '../src/staff/post.entity';
import { AttendanceResult } from '../src/staff/staff.enums';
import { StaffMember } from '../src/staff/staff-member.entity';
import { addQualification } from '../src/staff/staff.service';
import { recordAttendance } from '../src/staff/training.service';
import { graphql, login } from './support/client';
import { PASSWORD } from './support/factories';
import { useTestServer } from './support/server';
import { makeSession, makeStaff, makeStaffWorld } from './support/staff-factories';

const server = useTestServer();

// `first` as a variable: GraphQL Armor multiplies a literal `first` into the query's cost.
const PAGE = `query ($first: Int) { staffMembers(first: $first) { totalCount edges { node {
  id name status nearRetirement flaggedForRemoval organization { code }
  contracts { endDate endingSoon } qualifications { code reminderDays }
  currentAssignment { startDate post { title } } assignments { post { title } }
  trainings { hours result session { date course { title kind } } }
  trainingProgress(year: 2026) { hours met }
  assessments { period score grade passed assessorName }
  exchanges { topic }
} } } }`;

/** `size` staff of office A, each with a contract, a certificate, a post, a training and an assessment. */
async function statementsFor(size: number): Promise<number> {
  await server.reset();
  const world = await makeStaffWorld(server.em(), server.settings);
  const ctx = world.managerCtx;
  const post = await createPost(ctx, {
    organizationId: String(world.officeA.id),
    title: '档案整理岗',
    region: '城区',
    maxStaff: 100,
  });
  const { session } = await makeSession(ctx, world.officeA, { hours: 8, date: '2026-03-01' });
  for (let i = 0; i < size; i += 1) {
    const staff = await makeStaff(ctx, world.officeA);
    const id = String(staff.id);
    await createContract(ctx, { staffMemberId: id, startDate: '2024-01-01', duties: '整理', obligations: '保密' });
    await addQualification(ctx, { staffMemberId: id, code: 'ARCHIVES', name: '档案专业', issuedOn: '2020-01-01' });
    await recordAttendance(ctx, { sessionId: String(session.id), staffMemberId: id, result: AttendanceResult.PASSED });
    await recordAssessment(ctx, { staffMemberId: id, period: '2025', score: 80 });
    const em = server.em();
    em.persist(
      Object.assign(new Assignment(), {
        staffMember: ref(em.getReference(StaffMember, staff.id)),
        post: ref(em.getReference(Post, post.id)),
        startDate: '2024-01-01',
      }),
    );
    await em.flush();
  }
  const token = await login(server.url, 'manager', PASSWORD);
  server.queries.reset();
  await graphql(server.url, '{ __typename }', {}, { token });
  const authentication = server.queries.count;
  server.queries.reset();
  const response = await graphql(server.url, PAGE, { first: 50 }, { token });
  expect(response.errors).toBeUndefined();
  expect(response.data!.staffMembers.edges).toHaveLength(size);
  expect(response.data!.staffMembers.edges[0].node).toMatchObject({
    organization: { code: 'DA' },
    currentAssignment: { post: { title: '档案整理岗' } },
    trainings: [{ hours: 8, result: 'PASSED' }],
    assessments: [{ period: '2025', score: 80, grade: 'PASS', passed: true, assessorName: '测试用户' }],
  });
  return server.queries.count - authentication;
}

describe('a page of staff with every relation and guarded field', () => {
  it('costs the same statements for 1 and 50 rows', async () => {
    const one = await statementsFor(1);
    const fifty = await statementsFor(50);

    expect(fifty).toBe(one);
  });
});
