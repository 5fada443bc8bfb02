import { raw } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { runAudited } from '../audit/audited-change';
import { defineJob, scheduleJob } from '../jobs/job-definition';
import { activeUsersWithRole } from '../notifications/notification.service';
import { ancestorPaths } from '../organizations/organization.service';
import { subtreeSql } from '../organizations/subtree';
import { escalationScope } from '../policy/access-decisions';
import { placeholders, selectRows } from '../shared/lean-rows';
import { Page, PageRequest, toPage } from '../shared/pagination';
import { ServiceContext } from '../shared/service-context';
import { Role } from '../users/role';
import { StepMode } from './access-scope';
import {
  AccessRequest,
  AccessStep,
  AccessStepDepartment,
  DepartmentDecision,
  StepStatus,
} from './access-request.entity';
import { notifyStepEscalated } from './decide-notifications';

/** A pending step past its time limit, as the escalation list shows it. */
export interface EscalatedStepRecord {
  /** The step's id. */
  id: number;
  requestId: number;
  position: number;
  mode: StepMode;
  startedAt: Date | null;
  dueAt: Date;
  /** When the job marked it; null when it is past due but the job has not run since. */
  escalatedAt: Date | null;
}

const toDate = (value: unknown): Date | null =>
  value == null ? null : value instanceof Date ? value : new Date(value as number | string);

/**
 * Steps still pending past their due time, of requests filed in the caller's subtree (ADMIN,
 * AUDITOR), oldest due first... by step id for the cursor. Decided at read time (`due_at < now`),
 * so the list is right whether or not the escalation job has run.
 */
export async function listEscalatedSteps(
  ctx: ServiceContext,
  page: PageRequest,
  withTotal: boolean,
): Promise<Page<EscalatedStepRecord>> {
  const scope = subtreeSql('o.path', escalationScope(ctx.actor));
  const from = `access_step s join access_request r on r.id = s.request_id
    join organization o on o.id = r.requester_organization_id`;
  const where = `s.status = ? and s.due_at < ? and ${scope.sql}`;
  const params = [StepStatus.PENDING, ctx.now(), ...scope.params];
  const [rows, total] = await Promise.all([
    selectRows<Record<string, unknown>>(
      ctx.em,
      `select s.id as id, s.request_id as request_id, s.position as position, s.mode as mode,
         s.started_at as started_at, s.due_at as due_at, s.escalated_at as escalated_at
       from ${from} where ${where}${page.afterId ? ' and s.id > ?' : ''} order by s.id limit ?`,
      [...params, ...(page.afterId ? [page.afterId] : []), page.limit + 1],
    ),
    withTotal
      ? selectRows<{ n: number | string }>(ctx.em, `select count(*) as n from ${from} where ${where}`, params)
      : Promise.resolve(null),
  ]);
  const records = rows.map((row) => ({
    id: Number(row.id),
    requestId: Number(row.request_id),
    position: Number(row.position),
    mode: row.mode as StepMode,
    startedAt: toDate(row.started_at),
    dueAt: toDate(row.due_at)!,
    escalatedAt: toDate(row.escalated_at),
  }));
  return toPage(records, page.limit, total ? Number(total[0].n) : null);
}

/** Active ADMINs of the organisation a request was filed in and of its ancestors: who oversees it. */
async function overseersOf(tx: EntityManager, organizationPath: string): Promise<number[]> {
  const paths = [...ancestorPaths(organizationPath), organizationPath];
  const rows = await selectRows<{ id: number | string }>(
    tx,
    `select o.id as id from organization o where o.path in (${placeholders(paths.length)})`,
    paths,
  );
  return activeUsersWithRole(
    tx,
    rows.map((row) => Number(row.id)),
    Role.ADMIN,
  );
}

/**
 * Marks steps pending past their due time as escalated (issue 10 §3) and tells the approvers
 * still to decide and the request's overseers. Only steps not yet marked are touched, so a
 * repeated run changes nothing; `escalatedAt` is set by a conditional UPDATE that leaves the
 * step's version alone (an escalation is no decision: a decider's view stays current).
 */
export async function escalateOverdueSteps(ctx: ServiceContext): Promise<number> {
  const now = ctx.now();
  return runAudited(ctx, async (tx) => {
    const steps = await tx.find(
      AccessStep,
      { status: StepStatus.PENDING, dueAt: { $lt: now }, escalatedAt: null },
      { orderBy: { id: 'asc' }, limit: 500 },
    );
    const requests = await tx.find(AccessRequest, { id: { $in: steps.map((step) => step.request.id) } });
    const pendingSlots = await tx.find(AccessStepDepartment, {
      step: { $in: steps.map((step) => step.id) },
      decision: DepartmentDecision.PENDING,
    });
    const requestById = new Map(requests.map((request) => [request.id, request]));
    const audit = [];
    for (const step of steps) {
      const marked = await tx.nativeUpdate(
        AccessStep,
        { id: step.id, status: StepStatus.PENDING, escalatedAt: null },
        // `version` kept as it is (the codebase's idiom, auth.service): an escalation is no decision.
        { escalatedAt: now, version: raw('version') },
      );
      if (!marked) continue;
      const request = requestById.get(step.request.id)!;
      const departments = pendingSlots.filter((slot) => slot.step.id === step.id).map((slot) => slot.department.id);
      const recipients = [
        ...(await activeUsersWithRole(tx, departments, Role.APPROVER)),
        ...(await overseersOf(tx, request.organizationPath)),
      ].filter((id) => id !== request.requester.id);
      notifyStepEscalated(
        tx,
        { id: request.id, number: request.number, requesterId: request.requester.id },
        step,
        recipients,
        now,
      );
      audit.push({
        action: 'ACCESS_STEP_ESCALATED',
        target: `AccessRequest:${request.id}`,
        label: request.number,
        organizationPath: request.organizationPath,
        details: { step: step.position, dueAt: step.dueAt?.toISOString() ?? null, departmentIds: departments },
      });
    }
    return {
      result: audit.length,
      audit,
      author: ctx.actor ? ctx : { actor: null, requestId: ctx.requestId, anonymousName: 'system' },
    };
  });
}

export const ESCALATION_CHECK = 'access.escalationCheck';

/** The hourly check of access steps past their time limit. */
export const escalationCheckJob = defineJob<Record<string, never>, { escalated: number }>({
  kind: ESCALATION_CHECK,
  retry: { attempts: 3, delaySeconds: 60 },
  async handler(ctx) {
    return { escalated: await escalateOverdueSteps(ctx) };
  },
});

/** Every hour at :07. */
export const escalationCheckSchedule = scheduleJob(ESCALATION_CHECK, '7 * * * *');
