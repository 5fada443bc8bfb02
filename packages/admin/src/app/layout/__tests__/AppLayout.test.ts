import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/app/i18n';
import { createTestRouter, mountWithApp, piniaWithAdminSignedIn, resizeWindow, stubGraphQL } from '@/__tests__/support';
import AppLayout from '../AppLayout.vue';

const stubPage = { render: () => null };

async function mountLayoutAt(path: string) {
  const router = createTestRouter([
    { path: '/users', name: 'users', component: stubPage, meta: { title: 'menu.users' } },
    { path: '/audit', name: 'audit', component: stubPage, meta: { title: 'menu.audit' } },
  ]);
  await router.push(path);
  const mounted = mountWithApp(AppLayout, { router, pinia: piniaWithAdminSignedIn() });
  await flushPromises();
  return mounted;
}

function drawerShown(wrapper: Awaited<ReturnType<typeof mountLayoutAt>>['wrapper']): boolean {
  const drawer = wrapper.find('[data-test="menu-drawer"]');
  return drawer.exists() && drawer.isVisible();
}

beforeEach(() => {
  setLocale('zh-CN');
  // The header's notification bell asks for the unread count.
  stubGraphQL(() => ({ data: { unreadNotificationCount: 0 } }));
});
afterEach(() => resizeWindow(1366));

describe('the side menu on a desktop', () => {
  beforeEach(() => resizeWindow(1366));

  it('collapses to icons from the header and expands again', async () => {
    const { wrapper } = await mountLayoutAt('/users');
    const aside = () => wrapper.find('[data-test="side-aside"]');
    expect(aside().attributes('data-collapsed')).toBe('false');
    expect(wrapper.find('.el-menu--collapse').exists()).toBe(false);

    await wrapper.find('[data-test="menu-toggle"]').trigger('click');
    expect(aside().attributes('data-collapsed')).toBe('true');
    expect(wrapper.find('.el-menu--collapse').exists()).toBe(true);
    expect(wrapper.find('[data-test="menu-toggle"]').attributes('aria-label')).toBe('展开菜单');

    await wrapper.find('[data-test="menu-toggle"]').trigger('click');
    expect(aside().attributes('data-collapsed')).toBe('false');
  });

  it('remembers a collapsed menu for the next visit', async () => {
    const first = await mountLayoutAt('/users');
    await first.wrapper.find('[data-test="menu-toggle"]').trigger('click');
    expect(localStorage.getItem('dangan.menuCollapsed')).toBe('true');
    first.wrapper.unmount();

    const { wrapper } = await mountLayoutAt('/users');
    expect(wrapper.find('[data-test="side-aside"]').attributes('data-collapsed')).toBe('true');
  });

  it('shows the trail back to the dashboard and the page title above the page', async () => {
    const { wrapper } = await mountLayoutAt('/users');
    expect(wrapper.find('[data-test="breadcrumb"]').text()).toMatch(/工作台\s*\/\s*用户管理/);
    expect(wrapper.find('[data-test="page-title"]').text()).toBe('用户管理');

    setLocale('en');
    await flushPromises();
    expect(wrapper.find('[data-test="page-title"]').text()).toBe('Users');
  });
});

describe('the menu on a phone', () => {
  beforeEach(() => resizeWindow(390));

  it('leaves the whole width to the page and opens the menu in a drawer', async () => {
    const { wrapper } = await mountLayoutAt('/users');
    expect(wrapper.find('[data-test="side-aside"]').exists()).toBe(false);
    expect(drawerShown(wrapper)).toBe(false);

    await wrapper.find('[data-test="menu-toggle"]').trigger('click');
    expect(drawerShown(wrapper)).toBe(true);
    expect(wrapper.find('[data-test="menu-drawer"] [data-test="menu-audit"]').exists()).toBe(true);
  });

  it('closes the drawer when the entry of the open page is chosen', async () => {
    const { wrapper } = await mountLayoutAt('/users');
    await wrapper.find('[data-test="menu-toggle"]').trigger('click');
    await wrapper.find('[data-test="menu-drawer"] [data-test="menu-users"]').trigger('click');
    await flushPromises();
    expect(drawerShown(wrapper)).toBe(false);
  });

  it('closes the drawer once an entry is chosen, on the chosen page', async () => {
    const { wrapper, router } = await mountLayoutAt('/users');
    await wrapper.find('[data-test="menu-toggle"]').trigger('click');
    expect(drawerShown(wrapper)).toBe(true);
    await wrapper.find('[data-test="menu-drawer"] [data-test="menu-audit"]').trigger('click');
    await flushPromises();

    expect(router.currentRoute.value.path).toBe('/audit');
    expect(drawerShown(wrapper)).toBe(false);
  });

  it('closes the drawer when the page changes by other means (a link, the back button)', async () => {
    const { wrapper, router } = await mountLayoutAt('/users');
    await wrapper.find('[data-test="menu-toggle"]').trigger('click');
    expect(drawerShown(wrapper)).toBe(true);
    await router.push('/audit');
    await flushPromises();
    expect(drawerShown(wrapper)).toBe(false);
  });

  it('keeps only the user icon in the header, the name heading its menu', async () => {
    const { wrapper } = await mountLayoutAt('/users');
    const trigger = wrapper.find('[data-test="user-menu"]');
    expect(trigger.find('[data-test="user-display-name"]').exists()).toBe(false);
    expect(trigger.attributes('aria-label')).toContain('系统管理员');
  });

  it('puts the side menu back when the window widens', async () => {
    const { wrapper } = await mountLayoutAt('/users');
    await resizeWindow(1366);
    expect(wrapper.find('[data-test="side-aside"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="user-menu"] [data-test="user-display-name"]').text()).toBe('系统管理员');
  });
});
