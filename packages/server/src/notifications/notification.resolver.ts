import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../app/context';
import { Allow } from '../policy/allow';
import { MessageParams } from '../shared/errors';
import { Connection, pageRequest } from '../shared/pagination';
import { selectedFields } from '../shared/selection';
import { Notification } from './notification.entity';
import * as notifications from './notification.service';

const NotificationConnection = Connection('Notification', Notification);

// app/i18n composes every module's messages when loaded, this one's included: read it per request.
const i18n = () => import('../app/i18n');

/** `2026-11-26 09:30` in China time (UTC+8). */
const chinaTime = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** In-app notifications (issue 10 §7): one's own only. */
@Resolver(() => Notification)
export class NotificationResolver {
  @Allow('notification.read')
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return notifications.listNotifications(
      ctx,
      { unreadOnly },
      pageRequest(first, after),
      selectedFields(info).has('totalCount'),
    );
  }

  @Allow('notification.read')
  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@Ctx() ctx: RequestContext) {
    return notifications.unreadNotificationCount(ctx);
  }

  @Allow('notification.read')
  @Mutation(() => Int, { description: 'Marks your notifications read (at most 100 ids); returns how many changed.' })
  markNotificationsRead(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID]) ids: string[]) {
    return notifications.markNotificationsRead(ctx, ids);
  }

  @Allow('notification.read')
  @Mutation(() => Int, { description: 'Marks all your notifications read; returns how many changed.' })
  markAllNotificationsRead(@Ctx() ctx: RequestContext) {
    return notifications.markNotificationsRead(ctx, null);
  }

  @FieldResolver(() => String, { description: 'The notification in your language.' })
  async message(@Root() notification: Pick<Notification, 'kind' | 'params'>, @Ctx() ctx: RequestContext) {
    const params = JSON.parse(notification.params) as MessageParams;
    // Times are shown in China time; an outcome picks the message's variant.
    for (const [name, value] of Object.entries(params)) {
      if (name.endsWith('At') && typeof value === 'string') params[name] = chinaTime(value);
    }
    const variant = typeof params.outcome === 'string' ? `.${params.outcome}` : '';
    return (await i18n()).translate(ctx.locale, `notification.${notification.kind}${variant}`, params);
  }
}
