import { DeadlockException, LockWaitTimeoutException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { conflict } from '../shared/errors';
import { ServiceContext } from '../shared/service-context';
import { appendAuditEntries, AuditAuthor, AuditEvent, lockAuditChain } from './audit.service';

export interface AuditedResult<T> {
  result: T;
  /** The entry (or entries) that record the change; written in the change's transaction. */
  audit: AuditEvent | AuditEvent[];
  /** Who the entries name when it is not `ctx`'s actor: a sign-in acts as the user it signs in. */
  author?: AuditAuthor;
}

const ATTEMPTS = 3;

/**
 * The one way to change data. In one transaction, in the one lock order every writer follows
 * (so no two writers wait for each other in a cycle):
 *
 *   1. named locks (`lockName`, shared/locking.ts), taken by `prepare`: today the sign-in
 *      throttle's, by client address and then by username (auth/sign-in-throttle.ts);
 *   2. the audit chain lock (`lockAuditChain`);
 *   3. rows, which `work` loads and locks (`forUpdate`) before it checks them.
 *
 * `prepare` (optional, the middle argument) runs before the audit chain lock and must not lock or write rows: it
 * takes named locks and does the reads and slow checks they guard (a password hash), so those
 * do not hold up every other writer. `work` then changes what it checked on rows it holds, and
 * its audit entries are appended, so the change and its record commit together or not at all;
 * check-then-act never spans two transactions. A deadlock or serialisation failure that still
 * happens is retried, then answered CONFLICT.
 */
export function runAudited<T>(ctx: ServiceContext, work: (tx: EntityManager) => Promise<AuditedResult<T>>): Promise<T>;
export function runAudited<P, T>(
  ctx: ServiceContext,
  prepare: (tx: EntityManager) => Promise<P>,
  work: (tx: EntityManager, prepared: P) => Promise<AuditedResult<T>>,
): Promise<T>;
export async function runAudited<P, T>(
  ctx: ServiceContext,
  ...steps:
    | [work: (tx: EntityManager) => Promise<AuditedResult<T>>]
    | [prepare: (tx: EntityManager) => Promise<P>, work: (tx: EntityManager, prepared: P) => Promise<AuditedResult<T>>]
): Promise<T> {
  const [prepare, work] = steps.length === 1 ? [undefined, steps[0]] : steps;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await ctx.em.transactional(async (tx) => {
        const prepared = prepare ? await prepare(tx) : (undefined as P);
        await lockAuditChain(tx);
        const { result, audit, author } = await work(tx, prepared);
        await tx.flush();
        await appendAuditEntries(tx, author ?? ctx, [audit].flat());
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
