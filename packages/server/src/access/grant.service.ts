import { EntityManager } from '@mikro-orm/knex';
import { runAudited } from '../audit/audited-change';
import { mayRelinquishGrant, mayRevokeGrant } from '../policy/access-decisions';
import { authorize } from '../policy/policy';
import { conflict, forbidden } from '../shared/errors';
import { selectRows } from '../shared/lean-rows';
import { forUpdate } from '../shared/locking';
import { Page, PageRequest, toPage } from '../shared/pagination';
import { ServiceContext } from '../shared/service-context';
import { requiredText } from '../shared/validation';
import { User } from '../users/user.entity';
import { AccessGrant } from './access-grant.entity';
import { AccessRequest, DepartmentDecision } from './access-request.entity';
import { lockVisibleRequest, noticeOf } from './decide.service';
import { notifyGrantRevoked } from './decide-notifications';
import { GrantRecord, selectGrants } from './grant.records';

export const REVOKE_REASON_MAX = 500;
const DAY_MS = 86_400_000;

/**
 * The shared contract (issue 10): a grant is active iff it was not revoked (or given up) and it
 * expires after `now`, the request's clock. Decided at read time, so expiry needs no job.
 */
export const isGrantActive = (grant: Pick<AccessGrant, 'revokedAt' | 'expiresAt'>, now: Date): boolean =>
  !grant.revokedAt && grant.expiresAt.getTime() > now.getTime();

/**
 * The grant of a request just approved (inside its decision's transaction): the request's
 * scopes and categories for its requester, from now for `durationDays` days.
 */
export function createGrant(tx: EntityManager, request: AccessRequest, now: Date): AccessGrant {
  const grant = Object.assign(new AccessGrant(), {
    request: tx.getReference(AccessRequest, request.id, { wrapped: true }),
    grantee: request.requester,
    scopes: request.scopes,
    categoryIds: request.categoryIds ?? null,
    grantedAt: now,
    expiresAt: new Date(now.getTime() + request.durationDays * DAY_MS),
  });
  tx.persist(grant);
  return grant;
}

async function lockGrant(tx: EntityManager, request: AccessRequest): Promise<AccessGrant | null> {
  return tx.findOne(AccessGrant, { request: request.id }, forUpdate(tx));
}

/**
 * Revokes a request's active grant (issue 10 §5): an ADMIN over the subtree it was filed in, or
 * an APPROVER of a department that approved it (policy/access-decisions.ts), with a reason the
 * grantee is told.
 */
export async function revokeAccessGrant(
  ctx: ServiceContext,
  requestId: string,
  reason: string,
): Promise<AccessRequest> {
  const why = requiredText('reason', reason, REVOKE_REASON_MAX);
  return runAudited(ctx, async (tx) => {
    const { request, slots } = await lockVisibleRequest(ctx, tx, requestId);
    const approvingDepartmentIds = slots
      .filter((slot) => slot.decision === DepartmentDecision.APPROVED)
      .map((slot) => slot.department.id);
    if (!mayRevokeGrant(ctx.actor, { organizationPath: request.organizationPath, approvingDepartmentIds })) {
      throw forbidden('access.mayNotRevoke');
    }
    const now = ctx.now();
    const grant = await lockGrant(tx, request);
    if (!grant || !isGrantActive(grant, now)) throw conflict('access.grantNotActive');
    Object.assign(grant, {
      revokedAt: now,
      revokedBy: tx.getReference(User, ctx.actor!.userId, { wrapped: true }),
      revokeReason: why,
    });
    if (grant.grantee.id !== ctx.actor!.userId) notifyGrantRevoked(tx, noticeOf(request), why, now);
    return {
      result: request,
      audit: {
        action: 'ACCESS_GRANT_REVOKED',
        target: `AccessRequest:${request.id}`,
        label: request.number,
        organizationPath: request.organizationPath,
        details: { reason: why, expiresAt: grant.expiresAt.toISOString() },
      },
    };
  });
}

/** The grantee gives their active grant up (issue 10 §5), optionally saying why. */
export async function relinquishAccessGrant(
  ctx: ServiceContext,
  requestId: string,
  reason?: string | null,
): Promise<AccessRequest> {
  const why = reason?.trim() ? requiredText('reason', reason, REVOKE_REASON_MAX) : null;
  return runAudited(ctx, async (tx) => {
    const { request } = await lockVisibleRequest(ctx, tx, requestId);
    const now = ctx.now();
    const grant = await lockGrant(tx, request);
    if (!grant) throw conflict('access.grantNotActive');
    if (!mayRelinquishGrant(ctx.actor, grant.grantee.id)) throw forbidden('access.notGrantee');
    if (!isGrantActive(grant, now)) throw conflict('access.grantNotActive');
    Object.assign(grant, {
      revokedAt: now,
      revokedBy: tx.getReference(User, ctx.actor!.userId, { wrapped: true }),
      revokeReason: why,
      relinquished: true,
    });
    return {
      result: request,
      audit: {
        action: 'ACCESS_GRANT_RELINQUISHED',
        target: `AccessRequest:${request.id}`,
        label: request.number,
        organizationPath: request.organizationPath,
        details: { reason: why },
      },
    };
  });
}

/** The caller's own grants, newest first; only active ones (at `ctx.now()`) when asked. */
export async function listMyGrants(
  ctx: ServiceContext,
  { activeOnly }: { activeOnly: boolean },
  page: PageRequest,
  withTotal: boolean,
): Promise<Page<GrantRecord>> {
  const actor = authorize(ctx.actor, 'accessRequest.file');
  const where = ['g.grantee_id = ?', ...(activeOnly ? ['g.revoked_at is null', 'g.expires_at > ?'] : [])];
  const params: unknown[] = [actor.userId, ...(activeOnly ? [ctx.now()] : [])];
  const [rows, total] = await Promise.all([
    selectGrants(
      ctx.em,
      [...where, ...(page.afterId ? ['g.id < ?'] : [])].join(' and '),
      [...params, ...(page.afterId ? [page.afterId] : [])],
      page.limit + 1,
    ),
    withTotal ? countGrants(ctx.em, where.join(' and '), params) : Promise.resolve(null),
  ]);
  return toPage(rows, page.limit, total);
}

async function countGrants(em: EntityManager, where: string, params: unknown[]): Promise<number> {
  const [row] = await selectRows<{ n: number | string }>(
    em,
    `select count(*) as n from access_grant g where ${where}`,
    params,
  );
  return Number(row.n);
}
