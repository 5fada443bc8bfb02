import { EntityManager } from '@mikro-orm/knex';
import { runAudited } from '../audit/audited-change';
import { authorize } from '../policy/policy';
import { badInput } from '../shared/errors';
import { parseId } from '../shared/ids';
import { LeanProjection, leanProperties, placeholders, selectRows } from '../shared/lean-rows';
import { Page, PageRequest, toPage } from '../shared/pagination';
import { ServiceContext } from '../shared/service-context';
import { Notification, NotificationKind } from './notification.entity';

export type NotificationRecord = Omit<Notification, 'recipient'> & { recipient: { id: number } };

export interface NotificationSpec {
  kind: NotificationKind;
  /** `Type:id` of what it is about. */
  subject: string;
  params: Record<string, string | number | boolean | null>;
}

/**
 * Notifies users inside the caller's transaction (`tx` of a `runAudited` unit of work), so the
 * notice commits with the change it tells of, or not at all. Each recipient once.
 */
export function notify(tx: EntityManager, recipientIds: Iterable<number>, spec: NotificationSpec, now: Date): number {
  const params = JSON.stringify(spec.params);
  let count = 0;
  for (const id of new Set(recipientIds)) {
    tx.persist(
      tx.create(Notification, { recipient: id, kind: spec.kind, subject: spec.subject, params, createdAt: now }),
    );
    count += 1;
  }
  return count;
}

/** Ids marked read at once by markNotificationsRead. */
export const MAX_MARK_READ = 100;

const projection = (em: EntityManager) =>
  new LeanProjection<NotificationRecord>(em, Notification, leanProperties(em, Notification), 'n');

/** The caller's own notifications, newest first (keyset on id), unread ones only when asked. */
export async function listNotifications(
  ctx: ServiceContext,
  { unreadOnly }: { unreadOnly: boolean },
  page: PageRequest,
  withTotal: boolean,
): Promise<Page<NotificationRecord>> {
  const actor = authorize(ctx.actor, 'notification.read');
  const where = ['n.recipient_id = ?', ...(unreadOnly ? ['n.read_at is null'] : [])];
  const params: unknown[] = [actor.userId];
  const columns = projection(ctx.em);
  const [rows, total] = await Promise.all([
    selectRows(
      ctx.em,
      `select ${columns.select} from notification n where ${[...where, ...(page.afterId ? ['n.id < ?'] : [])].join(' and ')}
       order by n.id desc limit ?`,
      [...params, ...(page.afterId ? [page.afterId] : []), page.limit + 1],
    ),
    withTotal
      ? selectRows<{ n: number | string }>(
          ctx.em,
          `select count(*) as n from notification n where ${where.join(' and ')}`,
          params,
        )
      : Promise.resolve(null),
  ]);
  return toPage(
    rows.map((row) => columns.read(row)),
    page.limit,
    total ? Number(total[0].n) : null,
  );
}

export async function unreadNotificationCount(ctx: ServiceContext): Promise<number> {
  const actor = authorize(ctx.actor, 'notification.read');
  const [row] = await selectRows<{ n: number | string }>(
    ctx.em,
    'select count(*) as n from notification n where n.recipient_id = ? and n.read_at is null',
    [actor.userId],
  );
  return Number(row.n);
}

/**
 * Marks the caller's own unread notifications read: the given ids, or all (`ids` null). Ids of
 * others' notifications are passed over as if they did not exist. Returns how many changed.
 */
export async function markNotificationsRead(ctx: ServiceContext, ids: readonly string[] | null): Promise<number> {
  const actor = authorize(ctx.actor, 'notification.read');
  if (ids && ids.length > MAX_MARK_READ) throw badInput('ids', 'notification.tooMany', { max: MAX_MARK_READ });
  const numbers = ids?.map((id, i) => parseId(id, `ids.${i}`));
  if (numbers && !numbers.length) return 0;
  return runAudited(ctx, async (tx) => {
    const marked = await tx.nativeUpdate(
      Notification,
      { recipient: actor.userId, readAt: null, ...(numbers ? { id: { $in: numbers } } : {}) },
      { readAt: ctx.now() },
    );
    // Nothing changed, nothing to record (marking again, or others' ids).
    return {
      result: marked,
      audit: marked
        ? {
            action: 'NOTIFICATIONS_READ',
            target: `User:${actor.userId}`,
            label: actor.username,
            organizationPath: actor.organizationPath,
            details: { count: marked, all: !numbers },
          }
        : [],
    };
  });
}

/** Users' ids among `ids` that are active and carry `role` (recipients of a notice). */
export async function activeUsersWithRole(
  tx: EntityManager,
  organizationIds: readonly number[],
  role: string,
): Promise<number[]> {
  if (!organizationIds.length) return [];
  const rows = await selectRows<{ id: number | string }>(
    tx,
    `select u.id as id from "user" u where u.organization_id in (${placeholders(organizationIds.length)})
       and u.status = 'ACTIVE' and u.role_list like ? order by u.id`,
    [...organizationIds, `%,${role},%`],
  );
  return rows.map((row) => Number(row.id));
}
