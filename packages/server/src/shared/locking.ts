import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

const isPostgres = (em: EntityManager) => em.getPlatform() instanceof PostgreSqlPlatform;

/**
 * Find options that lock the rows read for the rest of the transaction (`FOR UPDATE`) on
 * PostgreSQL. SQLite has no row locks and needs none: Dangan holds one connection to it, so
 * a transaction runs alone.
 */
export function forUpdate(em: EntityManager): { lockMode?: LockMode.PESSIMISTIC_WRITE } {
  return isPostgres(em) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {};
}

/**
 * Takes a lock on a name (`namespace` + `key`, e.g. the sign-in attempts at one username) for
 * the rest of the transaction, for checks that guard something no row stands for yet.
 * PostgreSQL: a transaction-scoped advisory lock on two hashed 32-bit keys, a key space apart
 * from the audit chain's single 64-bit key; a hash collision only makes two names wait for each
 * other. SQLite needs none, as for `forUpdate`. Named locks come first in the lock order
 * (audit/audited-change.ts).
 */
export async function lockName(tx: EntityManager, namespace: string, key: string): Promise<void> {
  if (isPostgres(tx)) await tx.execute('select pg_advisory_xact_lock(hashtext(?), hashtext(?))', [namespace, key]);
}
