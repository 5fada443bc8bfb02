import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

/**
 * Find options that lock the rows read for the rest of the transaction (`FOR UPDATE`) on
 * PostgreSQL. SQLite has no row locks and needs none: Dangan holds one connection to it, so
 * a transaction runs alone.
 */
export function forUpdate(em: EntityManager): { lockMode?: LockMode.PESSIMISTIC_WRITE } {
  return em.getPlatform() instanceof PostgreSqlPlatform ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {};
}
