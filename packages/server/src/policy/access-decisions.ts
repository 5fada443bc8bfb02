import { Role } from '../users/role';
import { AccessRequestFacts, decideAccessRequestRead } from './access-requests';
import { Actor } from './actor';
import { hasActionRole, isInSubtree, scopeRoot } from './policy';

/**
 * Who may see an access request, decide one of its slots, and revoke or give up its grant
 * (requirements §3, issue 10 §3 and §5). Services load the facts under their locks and ask here;
 * nothing outside policy/ compares roles or departments for these decisions.
 */

/**
 * Whether the actor sees the request at all (access-requests.ts holds the one rule: requester,
 * overseer of its subtree, or APPROVER of a department on its chain); anyone else gets NOT_FOUND.
 */
export const maySeeAccessRequest = (actor: Actor | null, facts: AccessRequestFacts): boolean =>
  decideAccessRequestRead(actor, facts).allowed;

/** One department's slot as the decision rule sees it. */
export interface SlotFacts {
  id: number;
  position: number;
  departmentId: number;
  /** PENDING until decided; APPROVED, REJECTED or NOT_NEEDED after. */
  decision: string;
  approverId: number | null;
}

export type DecisionVerdict =
  { allowed: true; slotId: number } | { allowed: false; code: 'FORBIDDEN' | 'CONFLICT'; messageKey: string };

const refuse = (code: 'FORBIDDEN' | 'CONFLICT', messageKey: string): DecisionVerdict => ({
  allowed: false,
  code,
  messageKey,
});

/**
 * May the actor decide their department's slot of the request's current step? An APPROVER
 * decides for the department that is their own organisation (requirements §3):
 * - nobody decides their own request;
 * - a request no longer pending, or a slot already decided (by a colleague, a concurrent
 *   decision, or an ANY_OF step another department approved) is a CONFLICT: the caller saw an
 *   older state;
 * - a department not on the current step may not decide (yet): FORBIDDEN;
 * - one person decides at most once per request, across its steps.
 */
export function judgeDecision(
  actor: Actor,
  request: { requesterId: number; pending: boolean; currentStep: number | null },
  slots: readonly SlotFacts[],
): DecisionVerdict {
  if (!hasActionRole(actor, 'accessRequest.decide')) return refuse('FORBIDDEN', 'policy.forbidden');
  if (request.requesterId === actor.userId) return refuse('FORBIDDEN', 'access.ownRequest');
  if (!request.pending || request.currentStep == null) return refuse('CONFLICT', 'access.requestClosed');
  const mine = slots.filter((slot) => slot.departmentId === actor.organizationId);
  const current = mine.find((slot) => slot.position === request.currentStep);
  if (!current) {
    if (mine.some((slot) => slot.position < request.currentStep!)) return refuse('CONFLICT', 'access.stepDecided');
    if (mine.length) return refuse('FORBIDDEN', 'access.notYourStepYet');
    return refuse('FORBIDDEN', 'access.notYourDepartment');
  }
  if (current.decision !== 'PENDING') return refuse('CONFLICT', 'access.slotDecided');
  if (slots.some((slot) => slot.approverId === actor.userId)) return refuse('FORBIDDEN', 'access.alreadyDecided');
  return { allowed: true, slotId: current.id };
}

/**
 * Revoking a grant: an ADMIN over the subtree the request was filed in, or an APPROVER of a
 * department that approved it (a department that decided may take its approval back).
 */
export function mayRevokeGrant(
  actor: Actor | null,
  facts: { organizationPath: string; approvingDepartmentIds: readonly number[] },
): boolean {
  if (!actor || !hasActionRole(actor, 'accessGrant.revoke')) return false;
  if (actor.roles.includes(Role.ADMIN) && isInSubtree(facts.organizationPath, actor.organizationPath)) return true;
  return actor.roles.includes(Role.APPROVER) && facts.approvingDepartmentIds.includes(actor.organizationId);
}

/** Giving a grant up: its grantee only. */
export function mayRelinquishGrant(actor: Actor | null, granteeId: number): boolean {
  return !!actor && hasActionRole(actor, 'accessGrant.revoke') && actor.userId === granteeId;
}

/**
 * What the access dashboard counts for the actor: an APPROVER their department's slots; an
 * overseer (ADMIN, AUDITOR) the requests filed in their subtree. Throws like scopeRoot otherwise.
 */
export function accessStatisticsScope(actor: Actor | null): { departmentId: number } | { subtree: string } {
  if (actor && hasActionRole(actor, 'accessRequest.decide')) return { departmentId: actor.organizationId };
  return { subtree: scopeRoot(actor, 'accessRequest.oversee') };
}

/** The subtree whose requests' escalated steps the actor oversees (ADMIN, AUDITOR). */
export const escalationScope = (actor: Actor | null): string => scopeRoot(actor, 'accessRequest.oversee');
