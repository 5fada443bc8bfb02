import { raw } from '@mikro-orm/core';
import { runAudited } from '../audit/audited-change';
import { defineJob, scheduleJob } from '../jobs/job-definition';
import { ServiceContext } from '../shared/service-context';
import { AccessGrant } from './access-grant.entity';
import { AccessRequest } from './access-request.entity';
import { notifyGrantExpiring } from './decide-notifications';

/**
 * Tells grantees whose active grant expires within ACCESS_GRANT_EXPIRY_NOTICE_HOURS (issue 10
 * §7), once per grant (`expiryNoticeAt`), so a repeated run changes nothing. Expiry itself needs
 * no job: a grant is active only while `expiresAt > now`, decided at read time.
 */
export async function noticeExpiringGrants(ctx: ServiceContext): Promise<number> {
  const now = ctx.now();
  const horizon = new Date(now.getTime() + ctx.settings.ACCESS_GRANT_EXPIRY_NOTICE_HOURS * 3_600_000);
  return runAudited(ctx, async (tx) => {
    const grants = await tx.find(
      AccessGrant,
      { revokedAt: null, expiryNoticeAt: null, expiresAt: { $gt: now, $lte: horizon } },
      { orderBy: { id: 'asc' }, limit: 500 },
    );
    const requests = await tx.find(AccessRequest, { id: { $in: grants.map((grant) => grant.request.id) } });
    const requestById = new Map(requests.map((request) => [request.id, request]));
    const audit = [];
    for (const grant of grants) {
      const marked = await tx.nativeUpdate(
        AccessGrant,
        { id: grant.id, expiryNoticeAt: null, revokedAt: null },
        { expiryNoticeAt: now, version: raw('version') },
      );
      if (!marked) continue;
      const request = requestById.get(grant.request.id)!;
      notifyGrantExpiring(
        tx,
        { id: request.id, number: request.number, requesterId: grant.grantee.id },
        grant.expiresAt,
        now,
      );
      audit.push({
        action: 'ACCESS_GRANT_EXPIRY_NOTIFIED',
        target: `AccessRequest:${request.id}`,
        label: request.number,
        organizationPath: request.organizationPath,
        details: { expiresAt: grant.expiresAt.toISOString() },
      });
    }
    return {
      result: audit.length,
      audit,
      author: ctx.actor ? ctx : { actor: null, requestId: ctx.requestId, anonymousName: 'system' },
    };
  });
}

export const GRANT_EXPIRY_NOTICE = 'access.grantExpiryNotice';

export const grantExpiryNoticeJob = defineJob<Record<string, never>, { notified: number }>({
  kind: GRANT_EXPIRY_NOTICE,
  retry: { attempts: 3, delaySeconds: 60 },
  async handler(ctx) {
    return { notified: await noticeExpiringGrants(ctx) };
  },
});

/** Every hour at :17, so a 24-hour notice goes out within the hour it becomes due. */
export const grantExpiryNoticeSchedule = scheduleJob(GRANT_EXPIRY_NOTICE, '17 * * * *');
