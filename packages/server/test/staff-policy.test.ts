import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { recordAssessment } from '../src/staff/assessment.service';
import { graphql, login, onlyError } from './support/client';
import { PASSWORD } from './support/factories';
import { useTestServer } from './support/server';
import { makeStaff, makeStaffWorld } from './support/staff-factories';

const server = useTestServer();

const PAGE = `{ staffMembers { edges { node { name flaggedForRemoval contracts { id } assessments { period score grade passed comment } } } } }`;
const ONE = `query ($id: ID!) { staffMember(id: $id) { name flaggedForRemoval assessments { period score passed comment } } }`;

/** Two staff of office A, one linked to the clerk's account, one of office B; each assessed for 2025. */
async function arrange() {
  const world = await makeStaffWorld(server.em(), server.settings);
  const linked = await makeStaff(world.managerCtx, world.officeA, { name: '本人', user: world.users.clerk });
  const colleague = await makeStaff(world.managerCtx, world.officeA, { name: '同事' });
  const elsewhere = await makeStaff(world.managerCtx, world.officeB, { name: '乙室' });
  for (const staff of [linked, colleague, elsewhere]) {
    await recordAssessment(world.managerCtx, {
      staffMemberId: String(staff.id),
      period: '2025',
      score: 55,
      comment: '需改进',
    });
  }
  return { world, linked, colleague, elsewhere };
}

describe('scores, grades, comments and the removal flag are guarded fields', () => {
  it('are read by a manager of staff over the person (basis role), audited as one sensitive read', async () => {
    await arrange();
    const token = await login(server.url, 'manager', PASSWORD);

    const response = await graphql(server.url, PAGE, {}, { token });

    expect(response.errors).toBeUndefined();
    expect(
      response.data!.staffMembers.edges.map((e: { node: { assessments: unknown[] } }) => e.node.assessments),
    ).toEqual(Array(3).fill([{ period: '2025', score: 55, grade: 'FAIL', passed: false, comment: '需改进' }]));
    const reads = await server.em().find(AuditEntry, { action: 'SENSITIVE_READ' });
    expect(reads).toHaveLength(1);
    expect(reads[0].details).toContain('role');
  });

  it('are FORBIDDEN to an ADMIN, who still reads the roster of the subtree', async () => {
    await arrange();
    const token = await login(server.url, 'admin', PASSWORD);

    const response = await graphql(server.url, PAGE, {}, { token });

    const nodes = response.data!.staffMembers.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toHaveLength(3);
    expect(nodes[0]).toMatchObject({
      name: '本人',
      flaggedForRemoval: null,
      contracts: [],
      assessments: [{ period: '2025', score: null, grade: null, passed: null, comment: null }],
    });
    const denied = new Set(response.errors!.map((error) => `${error.extensions?.code} ${error.path!.at(-1)}`));
    expect([...denied].sort()).toEqual([
      'FORBIDDEN comment',
      'FORBIDDEN flaggedForRemoval',
      'FORBIDDEN grade',
      'FORBIDDEN passed',
      'FORBIDDEN score',
    ]);
    expect(JSON.stringify(response.errors)).not.toContain('55');
  });

  it('are visible to the linked user on their own record only (basis self, not audited)', async () => {
    const { linked, colleague } = await arrange();
    const token = await login(server.url, 'clerk', PASSWORD);

    const own = await graphql(
      server.url,
      '{ myStaffRecord { name flaggedForRemoval assessments { score passed comment } } }',
      {},
      { token },
    );
    const byId = await graphql(server.url, ONE, { id: String(linked.id) }, { token });
    const other = await graphql(server.url, ONE, { id: String(colleague.id) }, { token });

    expect(own.errors).toBeUndefined();
    expect(own.data!.myStaffRecord).toEqual({
      name: '本人',
      flaggedForRemoval: false,
      assessments: [{ score: 55, passed: false, comment: '需改进' }],
    });
    expect(byId.data!.staffMember.assessments).toEqual([
      { period: '2025', score: 55, passed: false, comment: '需改进' },
    ]);
    expect(onlyError(other).extensions?.code).toBe('NOT_FOUND');
    expect(await server.em().count(AuditEntry, { action: 'SENSITIVE_READ' })).toBe(0);
  });

  it('leave a user without a staff record and without a staff role nothing to read', async () => {
    const { colleague } = await arrange();
    const token = await login(server.url, 'stranger', PASSWORD);

    expect((await graphql(server.url, '{ myStaffRecord { id } }', {}, { token })).data!.myStaffRecord).toBeNull();
    expect(onlyError(await graphql(server.url, PAGE, {}, { token })).extensions?.code).toBe('FORBIDDEN');
    const byId = onlyError(await graphql(server.url, ONE, { id: String(colleague.id) }, { token }));
    expect(byId.extensions?.code).toBe('NOT_FOUND');
  });

  it('bound a manager to their subtree: office B’s manager neither lists nor reads office A’s staff', async () => {
    const { colleague } = await arrange();
    const token = await login(server.url, 'manager.b', PASSWORD);

    const page = await graphql(server.url, PAGE, {}, { token });
    const byId = await graphql(server.url, ONE, { id: String(colleague.id) }, { token });

    expect(page.data!.staffMembers.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['乙室']);
    expect(onlyError(byId).extensions?.code).toBe('NOT_FOUND');
  });
});
