import { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { Actor } from '../policy/actor';
import { findVisibleOrganization } from '../organizations/organization.service';
import { coversWholeTree, isInSubtree, scopeRoot } from '../policy/policy';
import { badInput } from '../shared/errors';
import { parseId } from '../shared/ids';
import { prefixFilter, searchText } from '../shared/like';
import { PageRequest, toPage } from '../shared/pagination';
import { ServiceContext } from '../shared/service-context';
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

export interface AuditFilterInput {
  actor?: string | null;
  action?: string | null;
  target?: string | null;
  /** Entries about this organisation's subtree (within the reader's). */
  organizationId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * Newest first; keyset paging on the chain position. A reader sees entries about their own
 * subtree only; entries about no organisation only when their scope is the whole tree
 * (issue 7 §4: a branch admin must not read every sign-in of the platform).
 */
export async function listAuditEntries(ctx: ServiceContext, filter: AuditFilterInput, page: PageRequest) {
  const root = scopeRoot(ctx.actor, 'audit.read');
  if (filter.from && filter.to && filter.from > filter.to) throw badInput('from', 'audit.invalidRange');
  const prefix = await pathPrefix(ctx, root, filter.organizationId);
  if (prefix === undefined) return toPage([], page.limit, 0);
  const where: FilterQuery<AuditEntry> = {};
  if (prefix) where.organizationPath = underPath(ctx.em, prefix);
  if (filter.actor) where.actor = filter.actor;
  if (filter.action) where.action = filter.action;
  if (filter.target) where.target = prefixFilter(searchText('target', filter.target) ?? '');
  if (filter.from || filter.to)
    where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
  const [rows, totalCount] = await Promise.all([
    ctx.em.find(AuditEntry, page.afterId ? { ...where, id: { $lt: page.afterId } } : where, {
      orderBy: { id: 'desc' },
      limit: page.limit + 1,
    }),
    ctx.em.count(AuditEntry, where),
  ]);
  return toPage(rows, page.limit, totalCount);
}

/**
 * The organisation path the entries must lie under: the reader's subtree, narrowed to the
 * filtered organisation's; null when nothing bounds them (a whole-tree reader, no filter);
 * undefined when nothing can match (an organisation outside the reader's view).
 */
async function pathPrefix(ctx: ServiceContext, root: string, organizationId?: string | null) {
  if (!organizationId) return coversWholeTree(root) ? null : root;
  parseId(organizationId, 'organizationId');
  const organization = await findVisibleOrganization(ctx, organizationId);
  if (!organization) return undefined;
  if (isInSubtree(organization.path, root)) return organization.path;
  return isInSubtree(root, organization.path) ? root : undefined;
}

/**
 * Entries about a subtree, in the form each database answers from an index: PostgreSQL serves
 * LIKE 'prefix%' from the text_pattern_ops index (migration Migration20261125170219); SQLite's
 * LIKE ignores indexes (it is case-insensitive), a range over its byte-ordered index does not.
 * Paths are codes ([A-Z0-9-]) between slashes, so there are no wildcards to escape.
 */
function underPath(em: EntityManager, prefix: string) {
  if (em.getPlatform() instanceof PostgreSqlPlatform) return { $like: `${prefix}%` };
  const successor = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return { $gte: prefix, $lt: successor };
}
