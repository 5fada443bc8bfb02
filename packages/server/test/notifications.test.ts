import { describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { Notification, NotificationKind } from '../src/notifications/notification.entity';
import { notify } from '../src/notifications/notification.service';
import { OrganizationType } from '../src/organizations/organization.entity';
import { Role } from '../src/users/role';
import { graphql, login, onlyError } from './support/client';
import { makeOrganization, makeUser, PASSWORD } from './support/factories';
import { useTestServer } from './support/server';

const server = useTestServer();

const LIST = `query ($unread: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unread, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id kind subject params message createdAt readAt } } } }`;
const COUNT = '{ unreadNotificationCount }';
const MARK = 'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }';
const MARK_ALL = 'mutation { markAllNotificationsRead }';

async function arrange() {
  const root = await makeOrganization(server.em(), { code: 'ROOT', type: OrganizationType.COMMITTEE });
  const alice = await makeUser(server.em(), { username: 'alice', organization: root, roles: [Role.APPROVER] });
  const bob = await makeUser(server.em(), { username: 'bob', organization: root, roles: [Role.REQUESTER] });
  const em = server.em();
  const at = (minutes: number) => new Date(Date.now() - minutes * 60_000);
  await em.transactional(async (tx) => {
    notify(
      tx,
      [alice.id],
      {
        kind: NotificationKind.ACCESS_STEP_WAITING,
        subject: 'AccessRequest:1',
        params: { number: 'DY-1', position: 1 },
      },
      at(3),
    );
    notify(
      tx,
      [alice.id, alice.id],
      {
        kind: NotificationKind.ACCESS_STEP_ESCALATED,
        subject: 'AccessRequest:2',
        params: { number: 'DY-2', position: 2 },
      },
      at(2),
    );
    notify(
      tx,
      [bob.id],
      {
        kind: NotificationKind.ACCESS_REQUEST_DECIDED,
        subject: 'AccessRequest:1',
        params: { number: 'DY-1', outcome: 'REJECTED' },
      },
      at(1),
    );
    notify(
      tx,
      [alice.id],
      {
        kind: NotificationKind.ACCESS_GRANT_EXPIRING,
        subject: 'AccessRequest:3',
        params: { number: 'DY-3', expiresAt: '2026-11-26T01:30:00.000Z' },
      },
      at(0),
    );
  });
  const tokens = { alice: await login(server.url, 'alice', PASSWORD), bob: await login(server.url, 'bob', PASSWORD) };
  return { alice, bob, tokens };
}

describe('notifications', () => {
  it('lists only one’s own, newest first, worded in the caller’s language, paged by cursor', async () => {
    const { tokens } = await arrange();
    const page = await graphql(server.url, LIST, { first: 2 }, { token: tokens.alice });
    expect(page.errors).toBeUndefined();
    const { totalCount, edges, pageInfo } = page.data!.notifications;
    expect(totalCount).toBe(3);
    expect(edges.map((e: any) => e.node.kind)).toEqual(['ACCESS_GRANT_EXPIRING', 'ACCESS_STEP_ESCALATED']);
    expect(edges[0].node.message).toBe('您的档案调取授权（申请 DY-3）将于 2026-11-26 09:30 到期');
    expect(pageInfo.hasNextPage).toBe(true);
    const rest = await graphql(
      server.url,
      LIST,
      { first: 2, after: pageInfo.endCursor },
      { token: tokens.alice, language: 'en' },
    );
    expect(rest.data!.notifications.edges.map((e: any) => e.node.message)).toEqual([
      'Access request DY-1: step 1 waits for your department',
    ]);
    expect(rest.data!.notifications.pageInfo.hasNextPage).toBe(false);

    const bobs = await graphql(server.url, LIST, {}, { token: tokens.bob, language: 'en' });
    expect(bobs.data!.notifications.edges.map((e: any) => [e.node.subject, e.node.message])).toEqual([
      ['AccessRequest:1', 'Your access request DY-1 was rejected'],
    ]);
  });

  it('counts unread ones and marks only one’s own read, by id or all at once, audited', async () => {
    const { tokens, bob } = await arrange();
    expect((await graphql(server.url, COUNT, {}, { token: tokens.alice })).data!.unreadNotificationCount).toBe(3);
    const all = await graphql(server.url, LIST, {}, { token: tokens.alice });
    const ids = all.data!.notifications.edges.map((e: any) => e.node.id);
    const bobsId = (await server.em().findOneOrFail(Notification, { recipient: bob.id })).id;

    const marked = await graphql(server.url, MARK, { ids: [ids[0], String(bobsId)] }, { token: tokens.alice });
    expect(marked.data!.markNotificationsRead).toBe(1);
    expect((await server.em().findOneOrFail(Notification, bobsId)).readAt).toBeNull();
    expect((await graphql(server.url, COUNT, {}, { token: tokens.alice })).data!.unreadNotificationCount).toBe(2);
    const unread = await graphql(server.url, LIST, { unread: true }, { token: tokens.alice });
    expect(unread.data!.notifications.edges.map((e: any) => e.node.id)).toEqual(ids.slice(1));
    // Marking again changes nothing.
    expect(
      (await graphql(server.url, MARK, { ids: [ids[0]] }, { token: tokens.alice })).data!.markNotificationsRead,
    ).toBe(0);

    expect((await graphql(server.url, MARK_ALL, {}, { token: tokens.alice })).data!.markAllNotificationsRead).toBe(2);
    expect((await graphql(server.url, COUNT, {}, { token: tokens.alice })).data!.unreadNotificationCount).toBe(0);
    expect((await graphql(server.url, COUNT, {}, { token: tokens.bob })).data!.unreadNotificationCount).toBe(1);
    const entries = await server.em().find(AuditEntry, { action: 'NOTIFICATIONS_READ' }, { orderBy: { id: 'asc' } });
    expect(entries.map((entry) => JSON.parse(String(entry.details)))).toEqual([
      { count: 1, all: false },
      { count: 2, all: true },
    ]);
  });

  it('refuses too many ids and malformed ones, and anonymous callers', async () => {
    const { tokens } = await arrange();
    const many = Array.from({ length: 101 }, (_, i) => String(i + 1));
    expect(onlyError(await graphql(server.url, MARK, { ids: many }, { token: tokens.alice })).extensions).toMatchObject(
      {
        code: 'BAD_USER_INPUT',
        field: 'ids',
      },
    );
    expect(
      onlyError(await graphql(server.url, MARK, { ids: ['x'] }, { token: tokens.alice })).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'ids.0',
    });
    expect(onlyError(await graphql(server.url, COUNT)).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
