import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { createTestRouter, mountWithApp, stubGraphQL } from '@/__tests__/support';
import NotificationBell from '../NotificationBell.vue';
import { routeOfSubject } from '../../data';

beforeEach(() => setLocale('zh-CN'));
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const badgeShown = (wrapper: ReturnType<typeof mountWithApp>['wrapper']) => {
  const content = wrapper.find('.el-badge__content');
  return content.exists() && content.isVisible();
};
afterEach(() => vi.useRealTimers());

const NOTICE = {
  id: 'n1',
  kind: 'ACCESS_STEP_WAITING',
  message: '查阅申请 DY-2026-000007 等待您审批',
  subject: 'AccessRequest:7',
  createdAt: '2026-11-21T02:30:00.000Z',
  readAt: null,
};

describe('NotificationBell', () => {
  it('shows the unread count, asks again on the poll and on navigation, and hides the badge at zero', async () => {
    let unread = 3;
    const { calls } = stubGraphQL((call) =>
      call.operationName === 'UnreadNotificationCount' ? { data: { unreadNotificationCount: unread } } : { data: null },
    );
    const router = createTestRouter([{ path: '/a', component: { render: () => null } }]);
    const { wrapper } = mountWithApp(NotificationBell, { router, props: { pollMs: 50 } });
    await flushPromises();

    const badge = () => wrapper.get('.el-badge__content');
    expect(badge().text()).toBe('3');

    unread = 120;
    await new Promise((resolve) => setTimeout(resolve, 80));
    await flushPromises();
    expect(badge().text()).toBe('99+');

    unread = 0;
    const before = calls.length;
    await router.push('/a');
    await flushPromises();
    expect(calls.length).toBeGreaterThan(before);
    expect(badgeShown(wrapper)).toBe(false);
    wrapper.unmount();
  });

  it('lists notifications, marks one read when followed and leads to its request', async () => {
    let unread = 1;
    const { calls } = stubGraphQL((call) => {
      if (call.operationName === 'UnreadNotificationCount') return { data: { unreadNotificationCount: unread } };
      if (call.operationName === 'Notifications') {
        return {
          data: {
            notifications: {
              totalCount: 1,
              pageInfo: { hasNextPage: false, endCursor: null },
              edges: [{ node: NOTICE }],
            },
            unreadNotificationCount: 1,
          },
        };
      }
      if (call.operationName === 'MarkNotificationsRead') {
        unread = 0;
        return { data: { markNotificationsRead: 1 } };
      }
      return { data: null };
    });
    const router = createTestRouter([
      { path: '/access-requests/:id', name: 'access-request', component: { render: () => null } },
    ]);
    const { wrapper } = mountWithApp(NotificationBell, { router });
    await flushPromises();
    await wrapper.get('[data-test="notification-bell"]').trigger('click');
    await flushPromises();
    await settle();
    await flushPromises();
    const item = document.body.querySelector('[data-test="notification-item"]') as HTMLButtonElement;
    expect(item.textContent).toContain('DY-2026-000007 等待您审批');
    item.click();
    await flushPromises();
    expect(calls.find((call) => call.operationName === 'MarkNotificationsRead')?.variables).toEqual({ ids: ['n1'] });
    expect(router.currentRoute.value.fullPath).toBe('/access-requests/7');
    expect(badgeShown(wrapper)).toBe(false);
    wrapper.unmount();
  });

  it('knows where a notification leads', () => {
    expect(routeOfSubject('AccessRequest:12')).toEqual({ name: 'access-request', params: { id: '12' } });
    expect(routeOfSubject('Something:1')).toBeNull();
  });
});
