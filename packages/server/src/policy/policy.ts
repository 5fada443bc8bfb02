import { forbidden, unauthenticated } from '../shared/errors';
import { Actor } from './actor';
import { allowedBy, Basis, Decision, DENIED } from './decision';
import { Action, actionNames, actionRule } from './rules';

/** An organisation-scoped target: what subtree checks compare against. */
export interface ScopedTarget {
  organizationPath: string;
  /** The archive office keeping the target's dossier, for `custody` actions. */
  custodianId?: number | null;
}

export const isInSubtree = (path: string, rootPath: string) => path.startsWith(rootPath);

/** Whether the actor's roles allow the action at all, before any target is known. */
export function hasActionRole(actor: Pick<Actor, 'roles'> | null, action: Action): boolean {
  const rule = actionRule(action);
  if (!actor || !rule) return false;
  return rule.roles === 'any-authenticated' || actor.roles.some((role) => rule.roles.includes(role));
}

/**
 * The actions the actor's roles allow, each still bounded by its scope when it is used. The SPA
 * shapes menus and buttons from this list instead of comparing roles (issue 8 §7).
 */
export function permittedActions(actor: Pick<Actor, 'roles'> | null): Action[] {
  if (!actor) return [];
  return (actionNames() as Action[]).filter((action) => hasActionRole(actor, action));
}

/**
 * The single decision: may this actor perform this action on this target? A subtree action
 * needs its target: without one it is denied (list queries bound themselves with scopeRoot).
 */
export function can(actor: Actor | null, action: Action, target?: ScopedTarget): boolean {
  if (!actor || !hasActionRole(actor, action)) return false;
  const { scope } = actionRule(action)!;
  if (scope === 'custody') return !!target && target.custodianId === actor.organizationId;
  if (scope !== 'subtree') return true;
  return !!target && isInSubtree(target.organizationPath, actor.organizationPath);
}

/** `can` as a decision with its basis (the role), for field rules and the audit trail. */
export function decide(actor: Actor | null, action: Action, target?: ScopedTarget): Decision {
  if (!can(actor, action, target)) return DENIED;
  const basis: Basis =
    actionRule(action)!.scope === 'custody'
      ? { kind: 'custody', organizationId: target!.custodianId! }
      : { kind: 'role' };
  return allowedBy(basis, target?.organizationPath);
}

/**
 * The archive office whose dossiers a `custody` action reaches for this actor (list queries add
 * `custodian = ?`), or null when the actor's roles do not carry it.
 */
export function custodyOf(actor: Actor | null, action: Action): number | null {
  return actor && hasActionRole(actor, action) && actionRule(action)!.scope === 'custody' ? actor.organizationId : null;
}

/**
 * Reading a dossier or its member (requirements §3-4): the action's subtree over the member's
 * organisation, or custody of the dossier through `custodyAction`. Throws like `authorize`.
 */
export function authorizeDossierRead(
  actor: Actor | null,
  action: Action,
  custodyAction: Action,
  target: ScopedTarget,
): Actor {
  if (can(actor, custodyAction, target)) return actor!;
  return authorize(actor, action, target);
}

/** `can`, throwing UNAUTHENTICATED or FORBIDDEN; returns the actor for convenience. */
export function authorize(actor: Actor | null, action: Action, target?: ScopedTarget): Actor {
  if (!actor) throw unauthenticated();
  if (!hasActionRole(actor, action)) throw forbidden();
  if (!can(actor, action, target)) throw forbidden('policy.outsideScope');
  return actor;
}

/**
 * The organisation path prefix that bounds a list query for this action; services add it
 * to their WHERE clause so out-of-scope rows are never loaded.
 */
export function scopeRoot(actor: Actor | null, action: Action): string {
  if (!actor) throw unauthenticated();
  if (!hasActionRole(actor, action)) throw forbidden();
  return actor.organizationPath;
}

/**
 * Whether a scope root is the top of the tree (an organisation without a parent). Only such a
 * scope also covers what concerns no organisation at all (sign-ins of unknown names, seeding).
 */
export const coversWholeTree = (rootPath: string) => /^\/[^/]+\/$/.test(rootPath);

/**
 * scopeRoot for actions whose answer describes the whole platform (verifying the audit chain
 * reveals its size and every entry's integrity): FORBIDDEN unless the scope is the whole tree.
 */
export function authorizeWholeTree(actor: Actor | null, action: Action): Actor {
  if (!coversWholeTree(scopeRoot(actor, action))) throw forbidden('policy.wholeTreeOnly');
  return actor!;
}

/**
 * The area an archive office serves: the subtree of its parent organisation (an office keeps
 * the dossiers of the party organisations beside and below it).
 */
export function servedArea(officePath: string): string {
  return officePath.slice(0, officePath.slice(0, -1).lastIndexOf('/') + 1);
}

/**
 * The subtree whose organisations the actor sees: their own, or for a keeper of dossiers the
 * area their office serves, so an archivist can pick the branches whose members they file.
 */
export function organizationReadRoot(actor: Actor | null): string {
  const root = scopeRoot(actor, 'organization.read');
  return custodyOf(actor, 'dossier.keep') !== null ? servedArea(root) : root;
}

/**
 * Organisations are visible in the actor's subtree (see organizationReadRoot), and along the
 * path up to the root so the tree has context (requirements §1).
 */
export function mayReadOrganization(actor: Actor | null, organizationPath: string): boolean {
  if (!actor || !hasActionRole(actor, 'organization.read')) return false;
  const root = organizationReadRoot(actor);
  return isInSubtree(organizationPath, root) || isInSubtree(root, organizationPath);
}
