import { describe, expect, it } from 'vitest';
import { AccessGrant } from '../src/access/access-grant.entity';
import { StepMode } from '../src/access/access-scope';
import {
  AccessRequest,
  AccessStep,
  AccessStepDepartment,
  DepartmentDecision,
  StepStatus,
} from '../src/access/access-request.entity';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { Notification, NotificationKind } from '../src/notifications/notification.entity';
import { graphql, login, onlyError } from './support/client';
import { jointChain, makeAccessRequest, makeApprovalWorld } from './support/access-requests';
import { PASSWORD } from './support/factories';
import { dialect, useTestServer } from './support/server';

const server = useTestServer();
const DAY = 86_400_000;
const HOUR = 3_600_000;

const DECIDE = `mutation ($id: ID!, $approve: Boolean!, $comment: String, $v: Int) {
  decideAccessRequest(requestId: $id, approve: $approve, comment: $comment, expectedVersion: $v) {
    id status currentStep closedAt
    steps { position mode stepStatus stepVersion department { id name } decision approver { id displayName }
      comment decidedAt dueAt escalated }
    grant { expiresAt grantedAt active scopes remainingSeconds revokedAt }
  } }`;
const REVOKE = `mutation ($id: ID!, $reason: String!) { revokeAccessGrant(requestId: $id, reason: $reason) {
  id grant { active revokedAt revokeReason relinquished revokedBy { displayName } } } }`;
const RELINQUISH = `mutation ($id: ID!) { relinquishAccessGrant(requestId: $id) { id grant { active relinquished } } }`;
const MY_GRANTS = `query ($active: Boolean) { myGrants(activeOnly: $active) { totalCount edges { node {
  id active remainingSeconds expiresAt scopes request { id number status steps { position decision approver { displayName } } } } } } }`;

async function arrange() {
  const world = await makeApprovalWorld(server.em());
  const names = [
    'requester',
    'requester2',
    'approver.org',
    'approver.org2',
    'approver.disc',
    'approver.xc',
    'admin',
    'admin.other',
    'auditor',
  ] as const;
  const tokens = Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await login(server.url, name, PASSWORD)] as const)),
  ) as Record<(typeof names)[number], string>;
  const file = (chain = jointChain(world), extra: Partial<Parameters<typeof makeAccessRequest>[1]> = {}) =>
    makeAccessRequest(server.em(), { requester: world.users.requester, organization: world.branch, chain, ...extra });
  return { ...world, tokens, file };
}

const decide = (token: string, id: number, approve: boolean, comment?: string | null, v?: number, language?: string) =>
  graphql(server.url, DECIDE, { id: String(id), approve, comment, v }, { token, language });

const notificationsOf = (userId: number) =>
  server.em().find(Notification, { recipient: userId }, { orderBy: { id: 'asc' } });

describe('deciding an ALL_OF (会签) step', () => {
  it('stays pending after one department, approves after both, creates one grant and tells the requester', async () => {
    const { tokens, file, users } = await arrange();
    const { request } = await file(undefined, { durationDays: 7 });

    const first = await decide(tokens['approver.org'], request.id, true, '同意');
    expect(first.errors).toBeUndefined();
    expect(first.data!.decideAccessRequest).toMatchObject({ status: 'PENDING', currentStep: 1, grant: null });
    const slots = first.data!.decideAccessRequest.steps;
    expect(slots.map((s: any) => [s.department.name, s.decision, s.approver?.displayName ?? null, s.comment])).toEqual([
      ['组织部', 'APPROVED', '测试用户', '同意'],
      ['纪委', 'PENDING', null, null],
    ]);

    const before = Date.now();
    const second = await decide(tokens['approver.disc'], request.id, true);
    expect(second.errors).toBeUndefined();
    const decided = second.data!.decideAccessRequest;
    expect(decided).toMatchObject({ status: 'APPROVED', currentStep: null });
    expect(decided.steps.every((s: any) => s.decision === 'APPROVED' && s.stepStatus === 'APPROVED')).toBe(true);
    expect(decided.grant).toMatchObject({ active: true, scopes: ['IDENTITY'], revokedAt: null });
    const expires = new Date(decided.grant.expiresAt).getTime();
    expect(expires - new Date(decided.grant.grantedAt).getTime()).toBe(7 * DAY);
    expect(expires).toBeGreaterThanOrEqual(before + 7 * DAY - 1000);
    expect(decided.grant.remainingSeconds).toBeGreaterThan(7 * 86_400 - 60);

    expect(await server.em().count(AccessGrant, { request: request.id })).toBe(1);
    const told = await notificationsOf(users.requester.id);
    expect(told.map((n) => [n.kind, n.subject, JSON.parse(n.params).outcome])).toEqual([
      [NotificationKind.ACCESS_REQUEST_DECIDED, `AccessRequest:${request.id}`, 'APPROVED'],
    ]);
    const actions = (
      await server.em().find(AuditEntry, { target: `AccessRequest:${request.id}` }, { orderBy: { id: 'asc' } })
    ).map((entry) => entry.action);
    expect(actions).toEqual(['ACCESS_REQUEST_DECIDED', 'ACCESS_REQUEST_DECIDED', 'ACCESS_GRANT_CREATED']);
  });

  it('keeps decisions immutable: a department decides its slot once, a colleague after it gets CONFLICT', async () => {
    const { tokens, file } = await arrange();
    const { request } = await file();
    expect((await decide(tokens['approver.org'], request.id, true)).errors).toBeUndefined();
    const again = onlyError(await decide(tokens['approver.org2'], request.id, false, '不同意'));
    expect(again.extensions?.code).toBe('CONFLICT');
    expect(again.message).toContain('本部门已对该步骤作出决定');
    const slots = await server.em().find(AccessStepDepartment, { request: request.id }, { orderBy: { id: 'asc' } });
    expect(slots.map((s) => s.decision)).toEqual([DepartmentDecision.APPROVED, DepartmentDecision.PENDING]);
  });
});

describe('rejection', () => {
  it('requires a comment (BAD_USER_INPUT on comment, in the caller’s language)', async () => {
    const { tokens, file } = await arrange();
    const { request } = await file();
    for (const comment of [undefined, null, '', '   ']) {
      const error = onlyError(await decide(tokens['approver.org'], request.id, false, comment));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
      expect(error.message).toBe('驳回申请须填写意见');
    }
    const english = onlyError(await decide(tokens['approver.org'], request.id, false, '', undefined, 'en'));
    expect(english.message).toBe('A rejection needs a comment');
    const tooLong = onlyError(await decide(tokens['approver.org'], request.id, false, 'x'.repeat(1001)));
    expect(tooLong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
  });

  it('ends the request: the step REJECTED, later steps CANCELLED, undecided slots NOT_NEEDED, no grant', async () => {
    const { tokens, file, zzb, jw, xc, users } = await arrange();
    const { request } = await file([
      { mode: StepMode.ALL_OF, departments: [zzb, jw] },
      { mode: StepMode.ANY_OF, departments: [xc] },
    ]);
    const response = await decide(tokens['approver.disc'], request.id, false, '理由不充分');
    expect(response.errors).toBeUndefined();
    const rejected = response.data!.decideAccessRequest;
    expect(rejected).toMatchObject({ status: 'REJECTED', currentStep: null, grant: null });
    expect(rejected.closedAt).toBeTruthy();
    expect(
      rejected.steps.map((s: any) => [s.position, s.department.name, s.stepStatus, s.decision, s.comment]),
    ).toEqual([
      [1, '组织部', 'REJECTED', 'NOT_NEEDED', null],
      [1, '纪委', 'REJECTED', 'REJECTED', '理由不充分'],
      [2, '宣传部', 'CANCELLED', 'NOT_NEEDED', null],
    ]);
    expect(await server.em().count(AccessGrant, {})).toBe(0);
    const later = onlyError(await decide(tokens['approver.org'], request.id, true));
    expect(later.extensions?.code).toBe('CONFLICT');
    expect(later.message).toContain('该申请已办结');
    const told = await notificationsOf(users.requester.id);
    expect(told.map((n) => JSON.parse(n.params).outcome)).toEqual(['REJECTED']);
  });
});

describe('who may decide', () => {
  it('refuses one’s own request, even to an APPROVER of a department on its chain', async () => {
    const { tokens, users, zzb } = await arrange();
    const { request } = await makeAccessRequest(server.em(), {
      requester: users.org,
      organization: zzb,
      chain: [{ mode: StepMode.ANY_OF, departments: [zzb] }],
    });
    const error = onlyError(await decide(tokens['approver.org'], request.id, true));
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.message).toBe('不能审批本人提出的调取申请');
  });

  it('lets one person decide at most once per request, across steps', async () => {
    const { tokens, file, zzb, jw } = await arrange();
    const { request } = await file([
      { mode: StepMode.ANY_OF, departments: [zzb] },
      { mode: StepMode.ANY_OF, departments: [zzb, jw] },
    ]);
    expect((await decide(tokens['approver.org'], request.id, true)).errors).toBeUndefined();
    const twice = onlyError(await decide(tokens['approver.org'], request.id, true));
    expect(twice.extensions?.code).toBe('FORBIDDEN');
    expect(twice.message).toBe('您已对该申请作出过决定，同一人只能决定一次');
    const colleague = await decide(tokens['approver.org2'], request.id, true);
    expect(colleague.errors).toBeUndefined();
    expect(colleague.data!.decideAccessRequest.status).toBe('APPROVED');
  });

  it('answers a request the caller may not see exactly like a missing one, and a later step’s department FORBIDDEN', async () => {
    const { tokens, file, zzb, xc } = await arrange();
    const { request } = await file([
      { mode: StepMode.ANY_OF, departments: [zzb] },
      { mode: StepMode.ANY_OF, departments: [xc] },
    ]);
    const other = await file([{ mode: StepMode.ANY_OF, departments: [zzb] }]);
    const hidden = onlyError(await decide(tokens['approver.disc'], request.id, true));
    const missing = onlyError(await decide(tokens['approver.disc'], 2_000_000, true));
    expect(hidden).toEqual({ ...missing, path: hidden.path });
    expect(hidden.extensions?.code).toBe('NOT_FOUND');
    const early = onlyError(await decide(tokens['approver.xc'], request.id, true));
    expect(early.extensions?.code).toBe('FORBIDDEN');
    expect(early.message).toBe('尚未轮到本部门审批该申请');
    // Roles without the decide action are refused before anything is looked up.
    for (const token of [tokens.requester, tokens.admin, tokens.auditor]) {
      expect(onlyError(await decide(token, other.request.id, true)).extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('sequential and ANY_OF (或签) steps', () => {
  it('opens the next step with its due time, tells its approvers, and NOT_NEEDs the other ANY_OF slots', async () => {
    const { tokens, file, zzb, jw, xc, users } = await arrange();
    const { request } = await file([
      { mode: StepMode.ANY_OF, departments: [zzb, xc] },
      { mode: StepMode.ALL_OF, departments: [jw], timeLimitHours: 48 },
    ]);
    const before = Date.now();
    const response = await decide(tokens['approver.xc'], request.id, true);
    expect(response.errors).toBeUndefined();
    const slots = response.data!.decideAccessRequest.steps;
    expect(slots.map((s: any) => [s.position, s.department.name, s.stepStatus, s.decision])).toEqual([
      [1, '组织部', 'APPROVED', 'NOT_NEEDED'],
      [1, '宣传部', 'APPROVED', 'APPROVED'],
      [2, '纪委', 'PENDING', 'PENDING'],
    ]);
    expect(response.data!.decideAccessRequest.currentStep).toBe(2);
    const due = new Date(slots[2].dueAt).getTime();
    expect(due).toBeGreaterThanOrEqual(before + 48 * HOUR - 1000);
    expect(due).toBeLessThanOrEqual(Date.now() + 48 * HOUR);
    const waiting = await notificationsOf(users.disc.id);
    expect(waiting.map((n) => [n.kind, JSON.parse(n.params)])).toEqual([
      [NotificationKind.ACCESS_STEP_WAITING, { number: request.number, position: 2 }],
    ]);
    // The NOT_NEEDED department can no longer decide its step: it was decided.
    expect(onlyError(await decide(tokens['approver.org'], request.id, true)).extensions?.code).toBe('CONFLICT');
  });

  it('refuses a decision made against a stale step version with CONFLICT', async () => {
    const { tokens, file } = await arrange();
    const { request, steps } = await file();
    const seen = steps[0].version;
    expect((await decide(tokens['approver.org'], request.id, true, null, seen)).errors).toBeUndefined();
    const stale = onlyError(await decide(tokens['approver.disc'], request.id, true, null, seen));
    expect(stale.extensions?.code).toBe('CONFLICT');
    expect(stale.message).toBe('该审批步骤已有变化，请刷新后重新决定');
    const step = await server.em().findOneOrFail(AccessStep, steps[0].id);
    expect(step.version).toBe(seen + 1);
    const fresh = await decide(tokens['approver.disc'], request.id, true, null, step.version);
    expect(fresh.data!.decideAccessRequest.status).toBe('APPROVED');
  });
});

describe('grants: revoking, giving up, expiry at read time', () => {
  async function approved() {
    const arranged = await arrange();
    const { request } = await arranged.file();
    await decide(arranged.tokens['approver.org'], request.id, true);
    await decide(arranged.tokens['approver.disc'], request.id, true);
    return { ...arranged, request };
  }
  const revoke = (token: string, id: number, reason = '调查结束') =>
    graphql(server.url, REVOKE, { id: String(id), reason }, { token });

  it('lets an ADMIN over the request revoke it with a reason, and tells the grantee', async () => {
    const { tokens, request, users } = await approved();
    expect(onlyError(await revoke(tokens.admin, request.id, '  ')).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const response = await revoke(tokens.admin, request.id);
    expect(response.errors).toBeUndefined();
    expect(response.data!.revokeAccessGrant.grant).toMatchObject({
      active: false,
      revokeReason: '调查结束',
      relinquished: false,
      revokedBy: { displayName: '测试用户' },
    });
    expect(onlyError(await revoke(tokens.admin, request.id)).extensions?.code).toBe('CONFLICT');
    const told = await notificationsOf(users.requester.id);
    expect(told.map((n) => n.kind)).toEqual([
      NotificationKind.ACCESS_REQUEST_DECIDED,
      NotificationKind.ACCESS_GRANT_REVOKED,
    ]);
    const entry = await server.em().findOneOrFail(AuditEntry, { action: 'ACCESS_GRANT_REVOKED' });
    expect(entry.target).toBe(`AccessRequest:${request.id}`);
  });

  it('lets an approving department revoke, but not an ADMIN elsewhere, an AUDITOR, the requester or an unrelated APPROVER', async () => {
    const { tokens, request } = await approved();
    expect(onlyError(await revoke(tokens['admin.other'], request.id)).extensions?.code).toBe('NOT_FOUND');
    for (const token of [tokens.requester, tokens.auditor]) {
      expect(onlyError(await revoke(token, request.id)).extensions?.code).toBe('FORBIDDEN');
    }
    expect(onlyError(await revoke(tokens['approver.xc'], request.id)).extensions?.code).toBe('NOT_FOUND');
    const response = await revoke(tokens['approver.org2'], request.id, '部门收回');
    expect(response.errors).toBeUndefined();
    expect(response.data!.revokeAccessGrant.grant.active).toBe(false);
  });

  it('lets the grantee give the grant up, once; nobody else', async () => {
    const { tokens, request } = await approved();
    const relinquish = (token: string) => graphql(server.url, RELINQUISH, { id: String(request.id) }, { token });
    expect(onlyError(await relinquish(tokens.admin)).extensions?.code).toBe('FORBIDDEN');
    const response = await relinquish(tokens.requester);
    expect(response.data!.relinquishAccessGrant.grant).toEqual({ active: false, relinquished: true });
    expect(onlyError(await relinquish(tokens.requester)).extensions?.code).toBe('CONFLICT');
    expect(await server.em().count(AuditEntry, { action: 'ACCESS_GRANT_RELINQUISHED' })).toBe(1);
  });

  it('lists the grantee’s grants with time left, and an expired one stops being active at once, without a job', async () => {
    const { tokens, request, file } = await approved();
    const second = await file();
    await decide(tokens['approver.org'], second.request.id, true);
    await decide(tokens['approver.disc'], second.request.id, true);
    const grants = async (active: boolean) => {
      const response = await graphql(server.url, MY_GRANTS, { active }, { token: tokens.requester });
      expect(response.errors).toBeUndefined();
      return response.data!.myGrants;
    };
    expect((await grants(true)).totalCount).toBe(2);
    await server.em().nativeUpdate(AccessGrant, { request: request.id }, { expiresAt: new Date(Date.now() - 1000) });
    const active = await grants(true);
    expect(active.edges.map((e: any) => Number(e.node.request.id))).toEqual([second.request.id]);
    const all = await grants(false);
    expect(all.totalCount).toBe(2);
    const expired = all.edges.find((e: any) => Number(e.node.request.id) === request.id).node;
    expect(expired).toMatchObject({ active: false, remainingSeconds: 0 });
    expect(all.edges[0].node.request.steps.map((s: any) => s.decision)).toEqual(['APPROVED', 'APPROVED']);
    // Others see none of them.
    const other = await graphql(server.url, MY_GRANTS, { active: false }, { token: tokens.requester2 });
    expect(other.data!.myGrants.totalCount).toBe(0);
    expect(
      onlyError(await graphql(server.url, RELINQUISH, { id: String(request.id) }, { token: tokens.requester }))
        .extensions?.code,
    ).toBe('CONFLICT');
  });
});

describe('the request rows stay consistent', () => {
  it('bumps the step and request versions with every decision', async () => {
    const { tokens, file } = await arrange();
    const { request, steps } = await file();
    await decide(tokens['approver.org'], request.id, true);
    await decide(tokens['approver.disc'], request.id, true);
    const [step] = await server.em().find(AccessStep, { id: steps[0].id });
    const after = await server.em().findOneOrFail(AccessRequest, request.id);
    expect(step.version).toBe(steps[0].version + 2);
    expect(step.status).toBe(StepStatus.APPROVED);
    expect(after.version).toBe(request.version + 2);
  });
});

describe('batching', () => {
  const PAGE = `{ myGrants(activeOnly: false, first: 10) { edges { node { id scopes active remainingSeconds
    revokedBy { displayName } request { id number status steps { position mode department { id name } decision
      approver { id displayName } comment decidedAt dueAt escalated stepStatus }
      grant { expiresAt active revokedBy { displayName } } } } } } }`;

  /** Statements of one myGrants page of `size` grants (half revoked by the admin), minus signing in. */
  async function statementsFor(size: number): Promise<number> {
    await server.reset();
    const { tokens, file, users } = await arrange();
    for (let i = 0; i < size; i += 1) {
      const { request } = await file();
      const grant = Object.assign(new AccessGrant(), {
        request,
        grantee: users.requester,
        scopes: 'IDENTITY,MATERIALS',
        grantedAt: new Date(),
        expiresAt: new Date(Date.now() + DAY),
        revokedAt: i % 2 === 0 ? new Date() : null,
        revokedBy: i % 2 === 0 ? users.admin : null,
      });
      await server.em().persistAndFlush(grant);
    }
    server.queries.reset();
    await graphql(server.url, '{ __typename }', {}, { token: tokens.requester });
    const authentication = server.queries.count;
    server.queries.reset();
    const response = await graphql(server.url, PAGE, {}, { token: tokens.requester });
    expect(response.errors).toBeUndefined();
    const edges = response.data!.myGrants.edges;
    expect(edges).toHaveLength(size);
    expect(edges[0].node.request.steps).toHaveLength(2);
    return server.queries.count - authentication;
  }

  it('reads a page of grants with their requests, slots and revokers in the statements of a one-row page', async () => {
    const one = await statementsFor(1);
    const many = await statementsFor(10);
    // The page, its requests, their slots (one join with departments and approvers), their grants, revokers' names.
    console.log(`[${dialect}] statements for 1 and 10 grants: ${one}, ${many}`);
    expect(many).toBe(one);
    expect(one).toBe(5);
  });
});
