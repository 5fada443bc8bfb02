import { AuditEntry } from './audit-entry.entity';
import { runAudited } from './audited-change';
import { authorizeWholeTree } from '../policy/policy';
import { rateLimited } from '../shared/errors';
import { ServiceContext } from '../shared/service-context';
import { AuditVerification, verifyAuditChain } from './verification';

/** Each verification reads the chain from a checkpoint, or all of it: a few a minute are plenty. */
export const VERIFICATIONS_PER_MINUTE = 6;
export const CHAIN_VERIFIED = 'AUDIT_CHAIN_VERIFIED';

/**
 * verifyAuditChain for a reader whose scope is the whole tree (the answer reveals the whole
 * chain's size). Each verification is itself an audit entry, and the rate limit counts those:
 * the count and the new entry are taken under the chain lock, so the limit holds across
 * instances sharing one database and under concurrent requests (issue 7 §5).
 */
export async function verifyAuditChainFor(ctx: ServiceContext, { full = false } = {}): Promise<AuditVerification> {
  const actor = authorizeWholeTree(ctx.actor, 'audit.read');
  await runAudited(ctx, async (tx) => {
    const since = new Date(ctx.now().getTime() - 60_000);
    const recent = await tx.count(AuditEntry, { actorId: actor.userId, action: CHAIN_VERIFIED, at: { $gte: since } });
    if (recent >= VERIFICATIONS_PER_MINUTE)
      throw rateLimited('audit.verifyRateLimited', { max: VERIFICATIONS_PER_MINUTE });
    return {
      result: undefined,
      audit: { action: CHAIN_VERIFIED, organizationPath: actor.organizationPath, details: { full } },
    };
  });
  return verifyAuditChain(ctx.em, ctx.settings, { full });
}
