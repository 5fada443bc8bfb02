import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../app/context';
import { lockedAccountIds } from '../audit/audit.service';
import { subtreeSql } from '../organizations/subtree';
import { Allow } from '../policy/allow';
import { scopeRoot } from '../policy/policy';
import { placeholders, selectRows } from '../shared/lean-rows';
import { ServiceContext } from '../shared/service-context';
import { UserStatus } from './user.entity';

@ObjectType({ description: "Accounts of the caller's subtree by standing (the ADMIN dashboard)." })
export class UserStatusCounts {
  @Field(() => Int, { description: 'Active and not locked.' }) active!: number;
  @Field(() => Int) disabled!: number;
  @Field(() => Int, { description: 'Active, but locked after too many failed sign-ins (for now).' }) locked!: number;
  @Field(() => Int) total!: number;
}

/**
 * Counts the accounts of the admin's subtree: two statements whatever the number of users — the
 * statuses grouped, and the active accounts among those a lock still holds. A lock lasts
 * LOGIN_LOCK_MINUTES from its LOGIN_LOCKED entry (attempts refused meanwhile do not extend it).
 */
export async function countUsersByStatus(ctx: ServiceContext): Promise<UserStatusCounts> {
  const subtree = subtreeSql('o.path', scopeRoot(ctx.actor, 'user.read'));
  const from = `from "user" u join organization o on o.id = u.organization_id where ${subtree.sql}`;
  const lockedSince = new Date(ctx.now().getTime() - ctx.settings.LOGIN_LOCK_MINUTES * 60_000);
  const [grouped, lockedIds] = await Promise.all([
    selectRows<{ status: string; count: number | string }>(
      ctx.em,
      `select u.status as status, count(*) as count ${from} group by u.status`,
      subtree.params,
    ),
    lockedAccountIds(ctx.em, lockedSince),
  ]);
  const byStatus = new Map(grouped.map((row) => [row.status, Number(row.count)]));
  let locked = 0;
  if (lockedIds.length) {
    const [row] = await selectRows<{ count: number | string }>(
      ctx.em,
      `select count(*) as count ${from} and u.status = ? and u.id in (${placeholders(lockedIds.length)})`,
      [...subtree.params, UserStatus.ACTIVE, ...lockedIds],
    );
    locked = Number(row.count);
  }
  const active = byStatus.get(UserStatus.ACTIVE) ?? 0;
  const disabled = byStatus.get(UserStatus.DISABLED) ?? 0;
  return { active: active - locked, disabled, locked, total: active + disabled };
}

@Resolver()
export class UserStatisticsResolver {
  @Allow('user.read')
  @Query(() => UserStatusCounts, { description: "Accounts of the caller's subtree: active, disabled, locked." })
  userStatusCounts(@Ctx() ctx: RequestContext) {
    return countUsersByStatus(ctx);
  }
}
