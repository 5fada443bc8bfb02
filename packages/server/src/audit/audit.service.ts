import { ObjectQuery, raw } from '@mikro-orm/core';
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
  await appendAuditEntries(tx, author, [event]);
}

/** Rows per insert statement: well under SQLite's bound-parameter limit at a dozen columns a row. */
const ENTRIES_PER_INSERT = 500;

/** Appends entries of one author in order; the caller's transaction holds the chain lock. */
export async function appendAuditEntries(tx: EntityManager, author: AuditAuthor, events: AuditEvent[]): Promise<void> {
  await appendAuthoredEntries(
    tx,
    events.map((event) => ({ author, event })),
  );
}

/** An entry with its own author: entries of several requests written together (audit/batch-writer.ts). */
export interface AuthoredAuditEvent {
  author: AuditAuthor;
  event: AuditEvent;
}

/**
 * Appends entries in order; the caller's transaction holds the chain lock. The chain head is read
 * once and each hash computed from the one before, so a bulk change (an import of thousands of
 * members) costs a statement per 500 entries rather than two per entry.
 */
export async function appendAuthoredEntries(tx: EntityManager, entries: AuthoredAuditEvent[]): Promise<void> {
  if (!entries.length) return;
  const [last] = await tx.execute<ChainHead[]>(CHAIN_HEAD_SQL);
  const rows = chainedRows(last, entries, new Date());
  for (let start = 0; start < rows.length; start += ENTRIES_PER_INSERT) {
    await tx.insertMany(AuditEntry, rows.slice(start, start + ENTRIES_PER_INSERT));
  }
}

/** The newest entry: the chain continues from it. */
export const CHAIN_HEAD_SQL = 'select id, hash from audit_entry order by id desc limit 1';
export interface ChainHead {
  id: number;
  hash: string;
}

/** The rows of `entries`, numbered and hashed on from the chain's head (none: the genesis). */
export function chainedRows(head: ChainHead | undefined, entries: AuthoredAuditEvent[], at: Date) {
  let id = head ? Number(head.id) : 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  return entries.map(({ author, event }) => {
    id += 1;
    const content = {
      id,
      at,
      actorId: author.actor?.userId ?? null,
      actor: author.actor?.username ?? author.anonymousName ?? 'anonymous',
      action: event.action,
      target: event.target ?? null,
      targetLabel: event.label ?? null,
      organizationPath: event.organizationPath ?? null,
      details: event.details ? JSON.stringify(event.details) : null,
      requestId: author.requestId ?? null,
    };
    const row = { ...content, prevHash, hash: chainHash(prevHash, content) };
    prevHash = row.hash;
    return row;
  });
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
  /** Any of these actions (the dashboard's sign-in failures and lockouts). */
  actions?: readonly string[] | null;
  target?: string | null;
  /** Entries about this organisation's subtree (within the reader's). */
  organizationId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * The deepest an audit page may start: skipping rows walks the index entry by entry, so the
 * cost of a jump grows with it. 10 000 keeps the worst jump in the milliseconds on a trail of
 * any size; older entries are reached by narrowing the filter (a time range) or paging on with
 * `after`, which seeks by key.
 */
export const MAX_AUDIT_OFFSET = 10_000;
const MAX_FILTER_ACTIONS = 50;
const MAX_ACTION_LENGTH = 64;

export interface AuditPageRequest extends PageRequest {
  /** Rows skipped after the cursor (or from the newest entry): page numbers without a cursor. */
  offset?: number | null;
}

/**
 * Newest first; keyset paging on the chain position, plus a bounded offset for page jumps. A
 * reader sees entries about their own subtree only; entries about no organisation only when
 * their scope is the whole tree (issue 7 §4: a branch admin must not read every sign-in of the
 * platform).
 */
export async function listAuditEntries(ctx: ServiceContext, filter: AuditFilterInput, page: AuditPageRequest) {
  const offset = validOffset(page.offset);
  const where = await auditWhere(ctx, filter);
  if (!where) return toPage([], page.limit, 0);
  const [rows, totalCount] = await Promise.all([
    ctx.em.find(AuditEntry, page.afterId ? { ...where, id: { $lt: page.afterId } } : where, {
      orderBy: { id: 'desc' },
      limit: page.limit + 1,
      ...(offset ? { offset } : {}),
    }),
    ctx.em.count(AuditEntry, where),
  ]);
  return toPage(rows, page.limit, totalCount);
}

function validOffset(offset: number | null | undefined): number {
  if (offset == null) return 0;
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_AUDIT_OFFSET) {
    throw badInput('offset', 'audit.offsetRange', { max: MAX_AUDIT_OFFSET });
  }
  return offset;
}

/**
 * The condition of a filtered, scoped audit read; null when nothing can match (an organisation
 * outside the reader's view, as `users` answers an empty page for one).
 */
async function auditWhere(ctx: ServiceContext, filter: AuditFilterInput): Promise<ObjectQuery<AuditEntry> | null> {
  const root = scopeRoot(ctx.actor, 'audit.read');
  if (filter.from && filter.to && filter.from > filter.to) throw badInput('from', 'audit.invalidRange');
  const actions = validActions(filter.actions);
  const prefix = await pathPrefix(ctx, root, filter.organizationId);
  if (prefix === undefined) return null;
  const where: ObjectQuery<AuditEntry> = {};
  if (prefix) where.organizationPath = underPath(ctx.em, prefix);
  if (filter.actor) where.actor = filter.actor;
  if (filter.action && actions) where.$and = [{ action: filter.action }, { action: { $in: actions } }];
  else if (filter.action) where.action = filter.action;
  else if (actions) where.action = { $in: actions };
  if (filter.target) where.target = prefixFilter(searchText('target', filter.target) ?? '');
  if (filter.from || filter.to)
    where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
  return where;
}

function validActions(actions: readonly string[] | null | undefined): string[] | null {
  if (!actions?.length) return null;
  if (actions.length > MAX_FILTER_ACTIONS || actions.some((action) => action.length > MAX_ACTION_LENGTH)) {
    throw badInput('actions', 'audit.tooManyActions', { max: MAX_FILTER_ACTIONS });
  }
  return [...new Set(actions)];
}

export interface AuditActionCount {
  action: string;
  count: number;
}

/** The longest span activity is counted over: the grouping reads every entry of the span. */
export const MAX_ACTIVITY_DAYS = 92;

/** How many entries of each action the reader's subtree saw in a span, most frequent first. */
export async function countAuditActions(ctx: ServiceContext, from: Date, to?: Date | null) {
  const end = to ?? ctx.now();
  if (from > end) throw badInput('from', 'audit.invalidRange');
  if (end.getTime() - from.getTime() > MAX_ACTIVITY_DAYS * 86_400_000) {
    throw badInput('from', 'audit.activitySpan', { days: MAX_ACTIVITY_DAYS });
  }
  const where = await auditWhere(ctx, { from, to: end });
  if (!where) return [];
  const rows = await ctx.em
    .createQueryBuilder(AuditEntry)
    .select(['action', raw('count(*) as count')])
    .where(where)
    .groupBy('action')
    .execute<{ action: string; count: number | string }[]>('all', false);
  return rows
    .map((row) => ({ action: row.action, count: Number(row.count) }))
    .sort((a, b) => b.count - a.count || a.action.localeCompare(b.action));
}

/** Ids of the accounts a LOGIN_LOCKED entry since `since` names: the locks that may still hold. */
export async function lockedAccountIds(em: EntityManager, since: Date): Promise<number[]> {
  const rows = await em.find(
    AuditEntry,
    { action: 'LOGIN_LOCKED', at: { $gte: since }, target: { $ne: null } },
    { fields: ['target'] },
  );
  const ids = rows.map((row) => /^User:(\d+)$/.exec(row.target ?? '')?.[1]).filter((id) => id !== undefined);
  return [...new Set(ids.map(Number))];
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
