import { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { Actor } from '../policy/actor';
import { scopeRoot } from '../policy/policy';
import { badInput } from '../shared/errors';
import { prefixFilter, searchText } from '../shared/like';
import { PageRequest, toPage } from '../shared/pagination';
import { AuditEntry } from './audit-entry.entity';
import { chainHash, GENESIS_HASH } from './chain';

export interface AuditEvent {
  action: string;
  /** What was acted on, as `Type:id`. */
  target?: string | null;
  /** The target's name at the time of writing (an organisation's or user's name), shown instead of `User:6`. */
  label?: string | null;
  /** Path of the organisation the entry concerns: audit reads are scoped by it. */
  organizationPath?: string | null;
  details?: Record<string, unknown> | null;
}

/** Who acted; a ServiceContext is one, so services pass their `ctx`. */
export interface AuditAuthor {
  actor: Pick<Actor, 'userId' | 'username'> | null;
  requestId?: string | null;
  /** Name written when there is no signed-in actor (e.g. the username typed at a failed sign-in). */
  anonymousName?: string;
}

// Any constant works: it only has to be the same for every writer of the chain.
const AUDIT_CHAIN_LOCK = 4_210_726;

/**
 * Takes the audit chain's writer lock for the rest of the transaction. Every audited change
 * takes it first, before any row lock, so all writers lock in one order and cannot deadlock.
 * PostgreSQL: a transaction-scoped advisory lock; SQLite allows one writing transaction at a
 * time anyway (and Dangan keeps a single connection to it).
 */
export async function lockAuditChain(tx: EntityManager): Promise<void> {
  if (tx.getPlatform() instanceof PostgreSqlPlatform) {
    await tx.execute('select pg_advisory_xact_lock(?)', [AUDIT_CHAIN_LOCK]);
  }
}

/** Appends one entry; the caller's transaction holds the chain lock (see lockAuditChain). */
export async function appendAuditEntry(tx: EntityManager, author: AuditAuthor, event: AuditEvent): Promise<void> {
  const [last] = await tx.execute<{ id: number; hash: string }[]>(
    'select id, hash from audit_entry order by id desc limit 1',
  );
  const content = {
    id: last ? Number(last.id) + 1 : 1,
    at: new Date(),
    actorId: author.actor?.userId ?? null,
    actor: author.actor?.username ?? author.anonymousName ?? 'anonymous',
    action: event.action,
    target: event.target ?? null,
    targetLabel: event.label ?? null,
    organizationPath: event.organizationPath ?? null,
    details: event.details ? JSON.stringify(event.details) : null,
    requestId: author.requestId ?? null,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx.insert(AuditEntry, { ...content, prevHash, hash: chainHash(prevHash, content) });
}

/**
 * Appends one entry in a transaction of its own (sensitive reads, seeding). Changes use
 * `runAudited` instead, so the entry commits or rolls back with the change it records.
 */
export async function recordAudit(em: EntityManager, author: AuditAuthor, event: AuditEvent): Promise<void> {
  await em.transactional(async (tx) => {
    await lockAuditChain(tx);
    await appendAuditEntry(tx, author, event);
  });
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBrokenId: number | null;
}

const VERIFY_BATCH = 1000;

/** Walks the chain in order and reports the first entry whose position, link or hash is wrong. */
export async function verifyAuditChain(em: EntityManager): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let checked = 0;
  for (;;) {
    const rows = await em.find(
      AuditEntry,
      { id: { $gte: expectedId } },
      { orderBy: { id: 'asc' }, limit: VERIFY_BATCH, disableIdentityMap: true },
    );
    for (const row of rows) {
      const intact = row.id === expectedId && row.prevHash === prevHash && row.hash === chainHash(prevHash, row);
      if (!intact) return { ok: false, checked, firstBrokenId: row.id };
      prevHash = row.hash;
      expectedId += 1;
      checked += 1;
    }
    if (rows.length < VERIFY_BATCH) return { ok: true, checked, firstBrokenId: null };
  }
}

export interface AuditFilterInput {
  actor?: string | null;
  action?: string | null;
  target?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** Newest first; keyset paging on the chain position. */
export async function listAuditEntries(
  em: EntityManager,
  actor: Actor | null,
  filter: AuditFilterInput,
  page: PageRequest,
) {
  scopeRoot(actor, 'audit.read');
  if (filter.from && filter.to && filter.from > filter.to) throw badInput('from', 'audit.invalidRange');
  const where: FilterQuery<AuditEntry> = {};
  if (filter.actor) where.actor = filter.actor;
  if (filter.action) where.action = filter.action;
  if (filter.target) where.target = prefixFilter(searchText('target', filter.target) ?? '');
  if (filter.from || filter.to)
    where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
  const [rows, totalCount] = await Promise.all([
    em.find(AuditEntry, page.afterId ? { ...where, id: { $lt: page.afterId } } : where, {
      orderBy: { id: 'desc' },
      limit: page.limit + 1,
    }),
    em.count(AuditEntry, where),
  ]);
  return toPage(rows, page.limit, totalCount);
}
