import { EntityManager } from '@mikro-orm/knex';
import { runAudited } from '../audit/audited-change';
import { AuditEvent } from '../audit/audit.service';
import { judgeDecision, maySeeAccessRequest } from '../policy/access-decisions';
import { badInput, conflict, forbidden, notFound } from '../shared/errors';
import { parseId } from '../shared/ids';
import { forUpdate } from '../shared/locking';
import { ServiceContext } from '../shared/service-context';
import { User } from '../users/user.entity';
import { StepMode } from './access-scope';
import {
  AccessRequest,
  AccessRequestStatus,
  AccessStep,
  AccessStepDepartment,
  DepartmentDecision,
  StepStatus,
} from './access-request.entity';
import { notifyRequestDecided, notifyStepOpened, NoticeRequest } from './decide-notifications';
import { createGrant } from './grant.service';

export const DECISION_COMMENT_MAX = 1000;

/** A request with its steps and slots, locked for the rest of the transaction (request → steps → slots). */
export interface LockedRequest {
  request: AccessRequest;
  steps: AccessStep[];
  slots: AccessStepDepartment[];
}

/**
 * Loads and locks a request the caller may see, its steps and its department slots, in the one
 * row order every access change follows. Outside the caller's view it does not exist (NOT_FOUND).
 */
export async function lockVisibleRequest(ctx: ServiceContext, tx: EntityManager, id: string): Promise<LockedRequest> {
  const requestId = parseId(id, 'requestId');
  const request = await tx.findOne(AccessRequest, requestId, forUpdate(tx));
  if (!request) throw notFound('AccessRequest');
  const steps = await tx.find(AccessStep, { request: requestId }, { ...forUpdate(tx), orderBy: { position: 'asc' } });
  const slots = await tx.find(
    AccessStepDepartment,
    { request: requestId },
    { ...forUpdate(tx), orderBy: { id: 'asc' } },
  );
  const facts = {
    requesterId: request.requester.id,
    organizationPath: request.organizationPath,
    departmentIds: slots.map((slot) => slot.department.id),
  };
  if (!maySeeAccessRequest(ctx.actor, facts)) throw notFound('AccessRequest');
  return { request, steps, slots };
}

export const noticeOf = (request: AccessRequest): NoticeRequest => ({
  id: request.id,
  number: request.number,
  requesterId: request.requester.id,
});

/** The comment of a decision: required (and trimmed) for a rejection, optional for an approval. */
function decisionComment(approve: boolean, comment: string | null | undefined): string | null {
  const trimmed = comment?.trim() ?? '';
  if (!trimmed) {
    if (approve) return null;
    throw badInput('comment', 'access.rejectionNeedsComment');
  }
  if (trimmed.length > DECISION_COMMENT_MAX) throw badInput('comment', 'common.tooLong', { max: DECISION_COMMENT_MAX });
  return trimmed;
}

const hours = (n: number) => n * 3_600_000;

/**
 * Decides the caller's department's slot of the request's current step (requirements §3, issue
 * 10 §3-4). Under the request's row lock and the step's optimistic lock: the step's version is
 * bumped by every decision, so of concurrent decisions of one slot exactly one wins and the
 * others are CONFLICT, as is a decision made against a stale `expectedVersion` of the step.
 *
 * - A rejection (with its comment) ends the request: the step REJECTED, later steps CANCELLED,
 *   undecided slots NOT_NEEDED, the requester notified.
 * - An approval completes an ANY_OF step at once (other slots NOT_NEEDED) and an ALL_OF step
 *   once every slot approved; then the next step opens (its approvers notified) or, after the
 *   last, the request is APPROVED and its grant created.
 */
export async function decideAccessRequest(
  ctx: ServiceContext,
  requestId: string,
  approve: boolean,
  comment: string | null | undefined,
  expectedVersion?: number | null,
): Promise<AccessRequest> {
  const text = decisionComment(approve, comment);
  return runAudited(ctx, async (tx) => {
    const { request, steps, slots } = await lockVisibleRequest(ctx, tx, requestId);
    const actor = ctx.actor!;
    const positionOf = new Map(steps.map((step) => [step.id, step.position]));
    const verdict = judgeDecision(
      actor,
      {
        requesterId: request.requester.id,
        pending: request.status === AccessRequestStatus.PENDING,
        currentStep: request.currentStep ?? null,
      },
      slots.map((slot) => ({
        id: slot.id,
        position: positionOf.get(slot.step.id) ?? 0,
        departmentId: slot.department.id,
        decision: slot.decision,
        approverId: slot.approver?.id ?? null,
      })),
    );
    if (!verdict.allowed) {
      throw verdict.code === 'CONFLICT' ? conflict(verdict.messageKey) : forbidden(verdict.messageKey);
    }
    const slot = slots.find((each) => each.id === verdict.slotId)!;
    const step = steps.find((each) => each.id === slot.step.id)!;
    if (step.status !== StepStatus.PENDING) throw conflict('access.slotDecided');
    if (expectedVersion != null && expectedVersion !== step.version) throw conflict('access.staleStep');

    const now = ctx.now();
    const stepSlots = slots.filter((each) => each.step.id === step.id);
    Object.assign(slot, {
      decision: approve ? DepartmentDecision.APPROVED : DepartmentDecision.REJECTED,
      approver: tx.getReference(User, actor.userId, { wrapped: true }),
      comment: text,
      decidedAt: now,
    });
    // Every decision bumps the step's and the request's versions (optimistic locks): a writer
    // that read either before this commit cannot overwrite it.
    step.updatedAt = now;
    request.updatedAt = now;
    const audit: AuditEvent[] = [
      {
        action: 'ACCESS_REQUEST_DECIDED',
        target: `AccessRequest:${request.id}`,
        label: request.number,
        organizationPath: request.organizationPath,
        details: { step: step.position, departmentId: slot.department.id, approve, comment: text },
      },
    ];

    const stepDone =
      !approve || step.mode === StepMode.ANY_OF || stepSlots.every((each) => each.decision === 'APPROVED');
    if (stepDone) {
      for (const other of stepSlots) {
        if (other.decision === DepartmentDecision.PENDING) other.decision = DepartmentDecision.NOT_NEEDED;
      }
      step.status = approve ? StepStatus.APPROVED : StepStatus.REJECTED;
      step.completedAt = now;
      const next = steps.find((each) => each.position === step.position + 1);
      if (!approve) {
        for (const later of steps.filter((each) => each.position > step.position)) {
          later.status = StepStatus.CANCELLED;
          later.updatedAt = now;
        }
        for (const other of slots) {
          if (other.decision === DepartmentDecision.PENDING) other.decision = DepartmentDecision.NOT_NEEDED;
        }
        Object.assign(request, { status: AccessRequestStatus.REJECTED, currentStep: null, closedAt: now });
        notifyRequestDecided(tx, noticeOf(request), 'REJECTED', now);
      } else if (next) {
        Object.assign(next, {
          status: StepStatus.PENDING,
          startedAt: now,
          dueAt: next.timeLimitHours ? new Date(now.getTime() + hours(next.timeLimitHours)) : null,
        });
        request.currentStep = next.position;
        const deciders = slots.flatMap((each) => (each.approver ? [each.approver.id] : []));
        await notifyStepOpened(
          tx,
          noticeOf(request),
          next,
          slots.filter((each) => each.step.id === next.id).map((each) => each.department.id),
          now,
          { exclude: deciders },
        );
      } else {
        Object.assign(request, { status: AccessRequestStatus.APPROVED, currentStep: null, closedAt: now });
        const grant = createGrant(tx, request, now);
        notifyRequestDecided(tx, noticeOf(request), 'APPROVED', now);
        audit.push({
          action: 'ACCESS_GRANT_CREATED',
          target: `AccessRequest:${request.id}`,
          label: request.number,
          organizationPath: request.organizationPath,
          details: { grantee: request.requester.id, scopes: grant.scopes, expiresAt: grant.expiresAt.toISOString() },
        });
      }
    }
    return { result: request, audit };
  });
}
