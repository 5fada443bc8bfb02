import { forbidden, unauthenticated } from '../shared/errors';
import { ServiceContext } from '../shared/service-context';
import { Actor } from './actor';
import { allowedBy, Basis, Decision, DENIED } from './decision';
import { AccessScope } from '../access/access-scope';
import { grantCovers, grantedDossiersSql } from './grants';
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
  // Grants are facts of the database: decided (asynchronously) by policy/grants.ts, never here.
  if (scope === 'grant') return false;
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

/** A dossier (and its member) as a read of it is decided: the member's organisation, the keeping office, the dossier. */
export interface DossierTarget extends ScopedTarget {
  dossierId: number | null;
}

/**
 * Reading a dossier or its member (requirements §3-4): custody of the dossier through
 * `custodyAction`, the action's subtree over the member's organisation, or an active grant of
 * the caller covering the dossier (`dossier.readGranted`, any scope of the grant: what it opens
 * field by field is decided by the field rules). Throws like `authorize`.
 */
export async function authorizeDossierRead(
  ctx: ServiceContext,
  action: Action,
  custodyAction: Action,
  target: DossierTarget,
): Promise<Actor> {
  const { actor } = ctx;
  if (can(actor, custodyAction, target) || can(actor, action, target)) return actor!;
  if (hasActionRole(actor, 'dossier.readGranted') && (await grantCovers(ctx, target.dossierId))) return actor!;
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

/**
 * The members (SQL on aliases `m` member, `d` dossier) whose personal data the caller reads
 * unmasked, as `decidePersonalData` decides it: their own record, custody of the dossier, an
 * active IDENTITY grant. A filter on a masked field is bounded by it (issue 10 §10: a filter
 * must not reveal what the field hides): the mask keeps 4 + 4 characters of an ID number and the
 * birth date is public, so an exact search over rows shown masked would confirm the two hidden
 * digits left in about ten guesses.
 */
export async function personalDataReadableSql(ctx: ServiceContext): Promise<{ sql: string; params: unknown[] }> {
  if (!ctx.actor) throw unauthenticated();
  const parts = [{ sql: 'm.user_id = ?', params: [ctx.actor.userId] as unknown[] }];
  const custodian = custodyOf(ctx.actor, 'dossier.keep');
  if (custodian !== null) parts.push({ sql: 'd.custodian_id = ?', params: [custodian] });
  const granted = await grantedDossiersSql(ctx, 'd.id', { scope: AccessScope.IDENTITY });
  if (granted) parts.push(granted);
  return { sql: `(${parts.map((part) => part.sql).join(' or ')})`, params: parts.flatMap((part) => part.params) };
}

/**
 * The rows `members` and `dossiers` list (SQL on aliases `o` member's organisation, `d`
 * dossier): `byRole` — the subtree and custody of a caller whose roles read them, null for one
 * whose roles do not — plus the dossiers the caller's active grants cover (issue 10). A caller
 * without such a role and without grants lists nothing.
 */
export async function withGrantedDossiers(
  ctx: ServiceContext,
  byRole: { sql: string; params: unknown[] } | null,
): Promise<{ sql: string; params: unknown[] }> {
  if (!ctx.actor) throw unauthenticated();
  if (!byRole && !hasActionRole(ctx.actor, 'dossier.readGranted')) throw forbidden();
  const granted = await grantedDossiersSql(ctx, 'd.id');
  if (byRole && granted)
    return { sql: `(${byRole.sql} or ${granted.sql})`, params: [...byRole.params, ...granted.params] };
  return byRole ?? granted ?? { sql: '1 = 0', params: [] };
}
