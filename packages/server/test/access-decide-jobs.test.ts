import { describe, expect, it } from 'vitest';
import { AccessGrant } from '../src/access/access-grant.entity';
import { AccessStep } from '../src/access/access-request.entity';
import { escalateOverdueSteps, escalationCheckSchedule } from '../src/access/escalation.service';
import { grantExpiryNoticeSchedule, noticeExpiringGrants } from '../src/access/grant-expiry.jobs';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { jobSchedules } from '../src/jobs/job-definition';
import { Notification, NotificationKind } from '../src/notifications/notification.entity';
import { systemContext } from '../src/shared/service-context';
import { graphql, login, onlyError } from './support/client';
import { jointChain, makeAccessRequest, makeApprovalWorld } from './support/access-requests';
import { PASSWORD } from './support/factories';
import { useTestServer } from './support/server';

const server = useTestServer();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const ESCALATED = `{ escalatedAccessSteps { totalCount edges { node { id position mode dueAt escalatedAt overdueHours
  pendingDepartments { name } request { id number status steps { department { name } decision escalated } } } } } }`;
const DECIDE = `mutation ($id: ID!) { decideAccessRequest(requestId: $id, approve: true) { id status } }`;
const STATISTICS = `{ accessStatistics { pendingApprovals decidedLast30Days medianDecisionHours p90DecisionHours } }`;

async function arrange() {
  const world = await makeApprovalWorld(server.em());
  const token = (name: string) => login(server.url, name, PASSWORD);
  const file = (hoursAgo: number, timeLimitHours = 24, organization = world.branch) =>
    makeAccessRequest(server.em(), {
      requester: world.users.requester,
      organization,
      chain: jointChain(world, timeLimitHours),
      filedAt: new Date(Date.now() - hoursAgo * HOUR),
    });
  return { ...world, token, file };
}

const system = () => systemContext(server.em(), server.settings, 'test');

describe('escalation of steps past their time limit', () => {
  it('lists overdue steps at read time, before any job ran, to overseers of the subtree only', async () => {
    const { token, file } = await arrange();
    const late = await file(30);
    await file(2); // within its 24 hours
    const admin = await token('admin');
    const response = await graphql(server.url, ESCALATED, {}, { token: admin });
    expect(response.errors).toBeUndefined();
    const list = response.data!.escalatedAccessSteps;
    expect(list.totalCount).toBe(1);
    const node = list.edges[0].node;
    expect(node).toMatchObject({ position: 1, mode: 'ALL_OF', escalatedAt: null });
    expect(Number(node.request.id)).toBe(late.request.id);
    expect(node.overdueHours).toBeGreaterThan(5.9);
    expect(node.pendingDepartments.map((d: any) => d.name)).toEqual(['组织部', '纪委']);
    expect(node.request.steps.map((s: any) => s.escalated)).toEqual([true, true]);

    const elsewhere = await graphql(server.url, ESCALATED, {}, { token: await token('admin.other') });
    expect(elsewhere.data!.escalatedAccessSteps.totalCount).toBe(0);
    expect(
      (await graphql(server.url, ESCALATED, {}, { token: await token('auditor') })).data!.escalatedAccessSteps
        .totalCount,
    ).toBe(1);
    for (const name of ['requester', 'approver.org']) {
      expect(onlyError(await graphql(server.url, ESCALATED, {}, { token: await token(name) })).extensions?.code).toBe(
        'FORBIDDEN',
      );
    }
  });

  it('marks them once, tells the waiting approvers and the overseers, and leaves the step version alone', async () => {
    const { token, file, users } = await arrange();
    const late = await file(30);
    await file(2);
    // 组织部 decides; only 纪委 still waits.
    expect(
      (await graphql(server.url, DECIDE, { id: String(late.request.id) }, { token: await token('approver.org') }))
        .errors,
    ).toBeUndefined();
    const before = await server.em().findOneOrFail(AccessStep, late.steps[0].id);

    expect(await escalateOverdueSteps(system())).toBe(1);
    expect(await escalateOverdueSteps(system())).toBe(0);

    const step = await server.em().findOneOrFail(AccessStep, late.steps[0].id);
    expect(step.escalatedAt).toBeInstanceOf(Date);
    expect(step.version).toBe(before.version);
    const notices = await server.em().find(Notification, { kind: NotificationKind.ACCESS_STEP_ESCALATED });
    expect(notices.map((n) => n.recipient.id).sort()).toEqual([users.disc.id, users.admin.id].sort());
    expect(JSON.parse(notices[0].params)).toEqual({ number: late.request.number, position: 1 });
    expect(await server.em().count(AuditEntry, { action: 'ACCESS_STEP_ESCALATED' })).toBe(1);
    const listed = await graphql(server.url, ESCALATED, {}, { token: await token('admin') });
    expect(listed.data!.escalatedAccessSteps.edges[0].node.escalatedAt).toBeTruthy();
    expect(listed.data!.escalatedAccessSteps.edges[0].node.pendingDepartments).toEqual([{ name: '纪委' }]);
    // Once decided, the step leaves the list (it stays marked in the timeline).
    await graphql(server.url, DECIDE, { id: String(late.request.id) }, { token: await token('approver.disc') });
    expect(
      (await graphql(server.url, ESCALATED, {}, { token: await token('admin') })).data!.escalatedAccessSteps.totalCount,
    ).toBe(0);
  });

  it('is scheduled hourly, as is the grant expiry notice', () => {
    expect(jobSchedules()).toEqual(expect.arrayContaining([escalationCheckSchedule, grantExpiryNoticeSchedule]));
  });
});

describe('grant expiry notice', () => {
  it('tells the grantee once when the grant expires within the notice hours; not for revoked or distant ones', async () => {
    const { file, users } = await arrange();
    const make = async (expiresIn: number, revoked = false) => {
      const { request } = await file(1);
      const grant = Object.assign(new AccessGrant(), {
        request,
        grantee: users.requester,
        scopes: 'IDENTITY',
        grantedAt: new Date(),
        expiresAt: new Date(Date.now() + expiresIn),
        revokedAt: revoked ? new Date() : null,
      });
      await server.em().persistAndFlush(grant);
      return { request, grant };
    };
    const soon = await make(5 * HOUR);
    await make(3 * DAY);
    await make(5 * HOUR, true);
    await make(-HOUR);

    expect(await noticeExpiringGrants(system())).toBe(1);
    expect(await noticeExpiringGrants(system())).toBe(0);
    const notices = await server.em().find(Notification, { kind: NotificationKind.ACCESS_GRANT_EXPIRING });
    expect(notices.map((n) => [n.recipient.id, n.subject])).toEqual([
      [users.requester.id, `AccessRequest:${soon.request.id}`],
    ]);
    const grant = await server.em().findOneOrFail(AccessGrant, soon.grant.id);
    expect(grant.expiryNoticeAt).toBeInstanceOf(Date);
  });
});

describe('accessStatistics', () => {
  it('counts a department’s pending approvals and decision times, and an overseer’s subtree', async () => {
    const { token, file } = await arrange();
    const first = await file(10);
    await file(4);
    await file(1);
    const org = await token('approver.org');
    await graphql(server.url, DECIDE, { id: String(first.request.id) }, { token: org });
    const mine = await graphql(server.url, STATISTICS, {}, { token: org });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.accessStatistics).toMatchObject({ pendingApprovals: 2, decidedLast30Days: 1 });
    expect(mine.data!.accessStatistics.medianDecisionHours).toBeGreaterThan(9.9);
    expect(mine.data!.accessStatistics.medianDecisionHours).toBeLessThan(10.1);
    const disc = await graphql(server.url, STATISTICS, {}, { token: await token('approver.disc') });
    expect(disc.data!.accessStatistics).toEqual({
      pendingApprovals: 3,
      decidedLast30Days: 0,
      medianDecisionHours: null,
      p90DecisionHours: null,
    });
    const admin = await graphql(server.url, STATISTICS, {}, { token: await token('admin') });
    expect(admin.data!.accessStatistics).toMatchObject({ pendingApprovals: 5, decidedLast30Days: 1 });
    const elsewhere = await graphql(server.url, STATISTICS, {}, { token: await token('admin.other') });
    expect(elsewhere.data!.accessStatistics).toMatchObject({ pendingApprovals: 0, decidedLast30Days: 0 });
    expect(
      onlyError(await graphql(server.url, STATISTICS, {}, { token: await token('requester') })).extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
