import { authorizeWholeTree } from '../policy/policy';
import { ServiceContext } from '../shared/service-context';
import { AuditEntry } from './audit-entry.entity';
import { AuditCheckpoint, readNewestCheckpoint } from './checkpoint';

export interface AuditChainStatus {
  /** The newest entry's position (0 for an empty chain) and time. */
  headSeq: number;
  headAt: Date | null;
  /** The newest checkpoint with a valid signature, if any. */
  newestCheckpoint: AuditCheckpoint | null;
  /** Lines after it in the checkpoint files that were refused (forged or damaged). */
  refusedCheckpoints: number;
}

/**
 * Where the chain stands, cheaply enough for every dashboard load: its head (one read of the
 * primary key's last entry) and the newest signed checkpoint (the end of the checkpoint file).
 * It verifies nothing: that is verifyAuditChain's work, rate-limited and audited. Like it, the
 * answer tells the size of the whole chain, so only readers of the whole tree may ask.
 */
export async function auditChainStatus(ctx: ServiceContext): Promise<AuditChainStatus> {
  authorizeWholeTree(ctx.actor, 'audit.read');
  const [head] = await ctx.em.find(AuditEntry, {}, { fields: ['id', 'at'], orderBy: { id: 'desc' }, limit: 1 });
  const { checkpoint, refused } = readNewestCheckpoint(ctx.settings);
  return {
    headSeq: head?.id ?? 0,
    headAt: head?.at ?? null,
    newestCheckpoint: checkpoint,
    refusedCheckpoints: refused,
  };
}
