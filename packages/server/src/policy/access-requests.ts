import { subtreeSql } from '../organizations/subtree';
import { forbidden, unauthenticated } from '../shared/errors';
import { Actor } from './actor';
import { allowedBy, Decision, DENIED } from './decision';
import { can, hasActionRole } from './policy';

/**
 * Who sees an access request (requirements §3, issue 10), decided here only:
 * - its requester (basis `self`);
 * - an APPROVER whose department has a place in any step of its frozen chain (`role`);
 * - an overseer (`accessRequest.oversee`: ADMIN, AUDITOR) over the subtree of the organisation
 *   the requester filed from (`role`).
 * Anyone else gets NOT_FOUND, exactly as for an id that does not exist.
 */
export interface AccessRequestFacts {
  requesterId: number;
  /** Path of the requester's organisation when filed. */
  organizationPath: string;
  /** Every department with a slot in the request's chain. */
  departmentIds: readonly number[];
}

/** Whether the actor decides for a department (APPROVER of that DEPARTMENT organisation). */
export const approverDepartmentOf = (actor: Actor | null): number | null =>
  actor && hasActionRole(actor, 'accessRequest.decide') ? actor.organizationId : null;

export function decideAccessRequestRead(actor: Actor | null, facts: AccessRequestFacts): Decision {
  if (!actor) return DENIED;
  if (facts.requesterId === actor.userId) return allowedBy({ kind: 'self' }, facts.organizationPath);
  const department = approverDepartmentOf(actor);
  if (department !== null && facts.departmentIds.includes(department)) {
    return allowedBy({ kind: 'role' }, facts.organizationPath);
  }
  if (can(actor, 'accessRequest.oversee', { organizationPath: facts.organizationPath })) {
    return allowedBy({ kind: 'role' }, facts.organizationPath);
  }
  return DENIED;
}

/**
 * The same decision as SQL over a request aliased `r`, for lists (so rows the caller may not
 * see are never loaded) and single reads alike.
 */
export function visibleAccessRequestsSql(actor: Actor | null, alias = 'r'): { sql: string; params: unknown[] } {
  if (!actor) throw unauthenticated();
  const anyOf = [`${alias}.requester_id = ?`];
  const params: unknown[] = [actor.userId];
  const department = approverDepartmentOf(actor);
  if (department !== null) {
    anyOf.push(
      `exists (select 1 from access_step_department vs where vs.request_id = ${alias}.id and vs.department_id = ?)`,
    );
    params.push(department);
  }
  if (hasActionRole(actor, 'accessRequest.oversee')) {
    const subtree = subtreeSql(`${alias}.organization_path`, actor.organizationPath);
    anyOf.push(subtree.sql);
    params.push(...subtree.params);
  }
  return { sql: `(${anyOf.join(' or ')})`, params };
}

/**
 * "Waiting for me" (the approver's inbox): requests still pending whose current step is pending
 * with an undecided slot of the caller's department, which the caller did not file and has not
 * decided on yet (one person decides at most once per request). Null: the caller decides nothing.
 */
export function waitingForActorSql(actor: Actor | null, alias = 'r'): { sql: string; params: unknown[] } | null {
  const department = approverDepartmentOf(actor);
  if (department === null) return null;
  return {
    sql: `(${alias}.status = 'PENDING' and ${alias}.requester_id <> ?
      and exists (select 1 from access_step_department ws join access_step wt on wt.id = ws.step_id
        where ws.request_id = ${alias}.id and ws.department_id = ? and ws.decision = 'PENDING'
          and wt.status = 'PENDING' and wt.position = ${alias}.current_step)
      and not exists (select 1 from access_step_department wd where wd.request_id = ${alias}.id and wd.approver_id = ?))`,
    params: [actor!.userId, department, actor!.userId],
  };
}

/** Filing: the REQUESTER role (scope `self`: one files for oneself). Throws like `authorize`. */
export function authorizeFiling(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  if (!hasActionRole(actor, 'accessRequest.file')) throw forbidden();
  return actor;
}

/** Withdrawing: only the requester (who must still hold the filing role). */
export function mayWithdrawAccessRequest(actor: Actor | null, facts: Pick<AccessRequestFacts, 'requesterId'>) {
  return !!actor && hasActionRole(actor, 'accessRequest.file') && facts.requesterId === actor.userId;
}
