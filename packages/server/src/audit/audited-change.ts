import { DeadlockException, LockWaitTimeoutException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { conflict } from '../shared/errors';
import { ServiceContext } from '../shared/service-context';
import { appendAuditEntry, AuditEvent, lockAuditChain } from './audit.service';

export interface AuditedResult<T> {
  result: T;
  /** The entry (or entries) that record the change; written in the change's transaction. */
  audit: AuditEvent | AuditEvent[];
}

const ATTEMPTS = 3;

/**
 * The one way to change data: runs `work` in a transaction that first takes the audit chain
 * lock (one lock order everywhere: audit chain, then the rows `work` locks), flushes what it
 * changed and appends its audit entries, so the change and its record commit together or not
 * at all. `work` loads what it checks inside the transaction: check-then-act never spans two.
 * A deadlock or serialisation failure that still happens is retried, then answered CONFLICT.
 */
export async function runAudited<T>(
  ctx: ServiceContext,
  work: (tx: EntityManager) => Promise<AuditedResult<T>>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await ctx.em.transactional(async (tx) => {
        await lockAuditChain(tx);
        const { result, audit } = await work(tx);
        await tx.flush();
        for (const event of [audit].flat()) await appendAuditEntry(tx, ctx, event);
        return result;
      });
    } catch (error) {
      if (!isTransient(error)) throw error;
      if (attempt >= ATTEMPTS) throw conflict();
    }
  }
}

/** Failures that a fresh attempt of the same transaction may not meet again. */
function isTransient(error: unknown): boolean {
  if (error instanceof DeadlockException || error instanceof LockWaitTimeoutException) return true;
  const code = (error as { code?: unknown })?.code;
  return code === '40001' || code === '40P01' || code === 'SQLITE_BUSY';
}
