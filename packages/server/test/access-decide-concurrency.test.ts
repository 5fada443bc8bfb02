import { beforeAll, describe, expect, it } from 'vitest';
import { AccessGrant } from '../src/access/access-grant.entity';
import { StepMode } from '../src/access/access-scope';
import {
  AccessRequest,
  AccessStep,
  AccessStepDepartment,
  DepartmentDecision,
} from '../src/access/access-request.entity';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { verifyAuditChain } from '../src/audit/verification';
import { Notification, NotificationKind } from '../src/notifications/notification.entity';
import { OrganizationType } from '../src/organizations/organization.entity';
import { Role } from '../src/users/role';
import { User } from '../src/users/user.entity';
import { graphql, GraphQLResponse, login } from './support/client';
import { makeAccessRequest, makeApprovalWorld } from './support/access-requests';
import { makeOrganization, makeUser, PASSWORD } from './support/factories';
import { dialect, useTestServer } from './support/server';

/** issue 10 §4: every race is run this many rounds on each dialect. */
const ROUNDS = 10;
const PARALLEL = 50;
const SLOW = 600_000;

// Fifty sign-ins from one address would trip the per-address limit (auth.test.ts tests it).
const server = useTestServer({ LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '100000' }, { resetEachTest: false });

const DECIDE = `mutation ($id: ID!, $approve: Boolean!, $comment: String, $v: Int) {
  decideAccessRequest(requestId: $id, approve: $approve, comment: $comment, expectedVersion: $v) { id status } }`;

const codeOf = (response: GraphQLResponse) => (response.errors ? String(response.errors[0].extensions?.code) : 'OK');
function tally(responses: GraphQLResponse[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const response of responses) counts[codeOf(response)] = (counts[codeOf(response)] ?? 0) + 1;
  return counts;
}

let world: Awaited<ReturnType<typeof makeApprovalWorld>>;
let crowd: { department: Awaited<ReturnType<typeof makeOrganization>>; users: User[]; tokens: string[] };
let tokens: { org: string; disc: string };

beforeAll(async () => {
  await server.reset();
  world = await makeApprovalWorld(server.em());
  const department = await makeOrganization(server.em(), {
    code: 'BIG',
    name: '大部门',
    type: OrganizationType.DEPARTMENT,
    parent: world.root,
  });
  const users: User[] = [];
  for (let i = 0; i < PARALLEL; i += 1) {
    users.push(
      await makeUser(server.em(), { username: `crowd${i}`, organization: department, roles: [Role.APPROVER] }),
    );
  }
  const crowdTokens: string[] = [];
  for (let i = 0; i < PARALLEL; i += 10) {
    crowdTokens.push(
      ...(await Promise.all(users.slice(i, i + 10).map((u) => login(server.url, u.username, PASSWORD)))),
    );
  }
  crowd = { department, users, tokens: crowdTokens };
  tokens = {
    org: await login(server.url, 'approver.org', PASSWORD),
    disc: await login(server.url, 'approver.disc', PASSWORD),
  };
}, SLOW);

const decide = (token: string, id: number, approve: boolean, v?: number) =>
  graphql(server.url, DECIDE, { id: String(id), approve, comment: approve ? null : '不同意', v }, { token });

/** The decisions recorded for a request: slots decided by a person, and the audit entries of decisions. */
async function recorded(requestId: number) {
  const em = server.em();
  const slots = await em.find(AccessStepDepartment, { request: requestId, approver: { $ne: null } });
  const entries = await em.count(AuditEntry, {
    action: 'ACCESS_REQUEST_DECIDED',
    target: `AccessRequest:${requestId}`,
  });
  const grants = await em.count(AccessGrant, { request: requestId });
  const request = await em.findOneOrFail(AccessRequest, requestId);
  const decidedNotices = await em.count(Notification, {
    kind: NotificationKind.ACCESS_REQUEST_DECIDED,
    subject: `AccessRequest:${requestId}`,
  });
  return { slots, entries, grants, request, decidedNotices };
}

describe(`${PARALLEL} parallel decisions of one step (${dialect})`, { timeout: SLOW }, () => {
  it(`lets exactly one win and answers the rest CONFLICT, ${ROUNDS} rounds, no lost or doubled decision`, async () => {
    const outcomes: Record<string, number> = {};
    for (let round = 0; round < ROUNDS; round += 1) {
      // Even rounds: a one-step ANY_OF chain (the winner ends the request); odd rounds: the crowd's
      // department shares an ALL_OF step with 纪委 (the winner decides only its slot).
      const chain =
        round % 2 === 0
          ? [{ mode: StepMode.ANY_OF, departments: [crowd.department] }]
          : [{ mode: StepMode.ALL_OF, departments: [crowd.department, world.jw] }];
      const { request, steps } = await makeAccessRequest(server.em(), {
        requester: world.users.requester,
        organization: world.branch,
        chain,
      });
      // A third of the callers pass the version they saw, and some reject: a win is a win either way.
      const responses = await Promise.all(
        crowd.tokens.map((token, i) =>
          decide(token, request.id, i % 5 !== 0, i % 3 === 0 ? steps[0].version : undefined),
        ),
      );

      const counts = tally(responses);
      for (const [code, n] of Object.entries(counts)) outcomes[code] = (outcomes[code] ?? 0) + n;
      expect(counts, `round ${round}`).toEqual({ OK: 1, CONFLICT: PARALLEL - 1 });
      const winner = responses.findIndex((response) => !response.errors);
      const approved = winner % 5 !== 0;
      const { slots, entries, grants, request: after, decidedNotices } = await recorded(request.id);
      expect(slots.map((slot) => slot.approver!.id)).toEqual([crowd.users[winner].id]);
      expect(slots[0].decision).toBe(approved ? DepartmentDecision.APPROVED : DepartmentDecision.REJECTED);
      expect(entries).toBe(1);
      const step = await server.em().findOneOrFail(AccessStep, steps[0].id);
      expect(step.version).toBe(steps[0].version + 1);
      if (round % 2 === 0 || !approved) {
        expect(after.status).toBe(approved ? 'APPROVED' : 'REJECTED');
        expect([grants, decidedNotices]).toEqual([approved ? 1 : 0, 1]);
      } else {
        expect([after.status, grants, decidedNotices]).toEqual(['PENDING', 0, 0]);
      }
    }
    expect(outcomes).toEqual({ OK: ROUNDS, CONFLICT: ROUNDS * (PARALLEL - 1) });
    console.log(`[${dialect}] ${ROUNDS} rounds × ${PARALLEL} parallel decisions: ${JSON.stringify(outcomes)}`);
  });

  it(`lets both departments of an ALL_OF step approve in parallel: APPROVED with exactly one grant, ${ROUNDS} rounds`, async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { request } = await makeAccessRequest(server.em(), {
        requester: world.users.requester,
        organization: world.branch,
        chain: [{ mode: StepMode.ALL_OF, departments: [world.zzb, world.jw] }],
      });
      const responses = await Promise.all([
        decide(tokens.org, request.id, true),
        decide(tokens.disc, request.id, true),
      ]);
      expect(tally(responses), `round ${round}`).toEqual({ OK: 2 });
      const { slots, entries, grants, request: after, decidedNotices } = await recorded(request.id);
      expect(slots.map((slot) => slot.decision)).toEqual([DepartmentDecision.APPROVED, DepartmentDecision.APPROVED]);
      expect([after.status, entries, grants, decidedNotices]).toEqual(['APPROVED', 2, 1, 1]);
    }
  });

  it('leaves the audit chain intact after the races', async () => {
    const result = await verifyAuditChain(server.em(), server.settings, { full: true });
    expect(result.ok).toBe(true);
  });
});
