import { AccessScope, splitIds, splitScopes } from '../access/access-scope';
import { placeholders, selectRows } from '../shared/lean-rows';
import { ServiceContext } from '../shared/service-context';
import { allowedBy, Decision, DENIED } from './decision';

/**
 * The grant basis (requirements §3-4, issue 10 §6): an approved access request opens its scopes
 * of its dossiers to its grantee until it expires or is revoked. A grant is ACTIVE iff
 * `revoked_at is null and expires_at > now`, decided when read (`ctx.now()`): no job needs to
 * run for an expiry or a revocation to take effect.
 */
export interface ActiveGrant {
  requestId: number;
  scopes: ReadonlySet<AccessScope>;
  /** The material categories MATERIALS/RESTRICTED are narrowed to; null: every category of those scopes. */
  categoryIds: ReadonlySet<number> | null;
}

/** The caller's active grants by the dossiers they cover (a dossier may be covered by several). */
export interface ActiveGrants {
  byDossier: ReadonlyMap<number, readonly ActiveGrant[]>;
}

const NONE: ActiveGrants = Object.freeze({ byDossier: new Map() });

/** One load per request (GraphQL context, route context or job context): the key is the context object. */
const loaded = new WeakMap<ServiceContext, Promise<ActiveGrants>>();
/** The same grants once read, so later decisions of the request need no promise. */
const settled = new WeakMap<ServiceContext, ActiveGrants>();

/**
 * The caller's active grants, read with ONE statement the first time a decision of this request
 * needs them and shared by every later one, however many rows a page has and however many grants
 * the caller holds (test/batching.test.ts): the same statement whether the caller holds 0 or 10.
 */
export function activeGrants(ctx: ServiceContext): Promise<ActiveGrants> {
  if (!ctx.actor) return Promise.resolve(NONE);
  let grants = loaded.get(ctx);
  if (!grants) {
    grants = loadActiveGrants(ctx, ctx.actor.userId, ctx.now()).then((read) => {
      settled.set(ctx, read);
      return read;
    });
    loaded.set(ctx, grants);
  }
  return grants;
}

async function loadActiveGrants(ctx: ServiceContext, userId: number, now: Date): Promise<ActiveGrants> {
  const rows = await selectRows<{
    request: number | string;
    scopes: string;
    categories: string | null;
    dossier: number | string;
  }>(
    ctx.em,
    `select g.request_id as request, g.scopes as scopes, g.category_ids as categories, rd.dossier_id as dossier
       from access_grant g join access_request_dossier rd on rd.request_id = g.request_id
      where g.grantee_id = ? and g.revoked_at is null and g.expires_at > ?
      order by g.request_id, rd.dossier_id`,
    [userId, now],
  );
  const grants = new Map<number, ActiveGrant>();
  const byDossier = new Map<number, ActiveGrant[]>();
  for (const row of rows) {
    const requestId = Number(row.request);
    let grant = grants.get(requestId);
    if (!grant) {
      const categories = splitIds(row.categories);
      grant = {
        requestId,
        scopes: new Set(splitScopes(row.scopes)),
        categoryIds: categories.length ? new Set(categories) : null,
      };
      grants.set(requestId, grant);
    }
    const dossierId = Number(row.dossier);
    byDossier.set(dossierId, [...(byDossier.get(dossierId) ?? []), grant]);
  }
  return { byDossier };
}

/** What a read needs a grant to open: a scope, and for material contents the material's category. */
export interface GrantNeed {
  scope: AccessScope;
  /** The material's category: a grant narrowed to categories opens only those. */
  categoryId?: number;
}

/** Whether `grant` opens `need` (the shared contract of issue 10). */
export function grantOpens(grant: ActiveGrant, need: GrantNeed): boolean {
  if (!grant.scopes.has(need.scope)) return false;
  if (need.scope === AccessScope.IDENTITY || !grant.categoryIds) return true;
  return need.categoryId !== undefined && grant.categoryIds.has(need.categoryId);
}

/** The scope that opens the contents of a material of a category of this sensitivity. */
export const contentScope = (sensitivity: 'NORMAL' | 'RESTRICTED' | string): AccessScope =>
  sensitivity === 'NORMAL' ? AccessScope.MATERIALS : AccessScope.RESTRICTED;

/**
 * May the caller read `need` of dossier `dossierId` under one of their active grants? Allowed by
 * the grant (basis `grant` with its request id, the oldest request when several open it), about
 * `organizationPath` (the member's organisation: the audit entry is scoped by it); DENIED otherwise.
 */
export function grantFor(
  ctx: ServiceContext,
  dossierId: number | null | undefined,
  need: GrantNeed,
  organizationPath?: string,
): Decision | Promise<Decision> {
  if (!ctx.actor || dossierId == null) return DENIED;
  // Without a promise once the request has read the caller's grants (every row of a page after the first).
  const known = settled.get(ctx);
  if (known) return grantDecision(known, dossierId, need, organizationPath);
  return activeGrants(ctx).then((grants) => grantDecision(grants, dossierId, need, organizationPath));
}

function grantDecision(grants: ActiveGrants, dossierId: number, need: GrantNeed, organizationPath?: string): Decision {
  const grant = grants.byDossier.get(dossierId)?.find((each) => grantOpens(each, need));
  return grant ? allowedBy({ kind: 'grant', requestId: grant.requestId }, organizationPath) : DENIED;
}

/** Whether an active grant of the caller covers the dossier at all (any scope): the dossier and its member are readable. */
export async function grantCovers(ctx: ServiceContext, dossierId: number | null | undefined): Promise<boolean> {
  if (!ctx.actor || dossierId == null) return false;
  return (await activeGrants(ctx)).byDossier.has(dossierId);
}

/** The dossiers the caller's active grants cover, ascending; with `need`, only those whose grant opens it. */
export async function grantedDossierIds(ctx: ServiceContext, need?: GrantNeed): Promise<number[]> {
  const { byDossier } = await activeGrants(ctx);
  return [...byDossier.entries()]
    .filter(([, grants]) => !need || grants.some((grant) => grantOpens(grant, need)))
    .map(([id]) => id)
    .sort((a, b) => a - b);
}

/**
 * `column in (…)` over the dossiers the caller's active grants cover (those whose grant opens
 * `need` when given), for list queries; null when there are none. The ids come from the request's
 * one grants statement, so a list costs no statement more for them.
 */
export async function grantedDossiersSql(
  ctx: ServiceContext,
  column: string,
  need?: GrantNeed,
): Promise<{ sql: string; params: number[] } | null> {
  const ids = await grantedDossierIds(ctx, need);
  return ids.length ? { sql: `${column} in (${placeholders(ids.length)})`, params: ids } : null;
}

/**
 * The caller's active grant of request `requestId` when it covers `dossierId`, with its decision
 * (basis `grant`): an export of a dossier exists only under a grant (requirements §3: without
 * one, not even the custodian may release a dossier). Custody opens nothing here.
 */
export async function grantOfRequest(
  ctx: ServiceContext,
  requestId: number,
  dossierId: number,
  organizationPath?: string,
): Promise<{ grant: ActiveGrant; decision: Decision } | null> {
  if (!ctx.actor) return null;
  const grant = (await activeGrants(ctx)).byDossier.get(dossierId)?.find((each) => each.requestId === requestId);
  return grant ? { grant, decision: allowedBy({ kind: 'grant', requestId }, organizationPath) } : null;
}
