import type { Component } from 'vue';
import type { RouteLocationMatched, RouteRecordRaw } from 'vue-router';
import { allows } from './permissions';

export interface MenuItem {
  /** The route name; also names the menu entry's `data-test="menu-<name>"`. */
  name: string;
  path: string;
  /** i18n key. */
  title: string;
  icon?: Component;
  children: MenuItem[];
}

/**
 * The menu a user granted `permissions` (their `me.permissions`) sees: named routes whose
 * `meta.permission` they hold, minus those hidden from menus. The menu only shapes the UI; the
 * server checks every operation again.
 */
export function filterMenuByPermissions(routes: readonly RouteRecordRaw[], permissions: readonly string[]): MenuItem[] {
  return routes.flatMap((route): MenuItem[] => {
    if (typeof route.name !== 'string' || route.meta?.hideInMenu) return [];
    if (!allows(permissions, route.meta?.permission)) return [];
    const children = filterMenuByPermissions(route.children ?? [], permissions);
    // A pure grouping entry whose children are all out of reach would lead nowhere.
    const isEmptyGroup = (route.children?.length ?? 0) > 0 && children.length === 0 && !route.component;
    if (isEmptyGroup) return [];
    return [
      { name: route.name, path: route.path, title: route.meta?.title ?? route.name, icon: route.meta?.icon, children },
    ];
  });
}

export interface Breadcrumb {
  /** i18n key. */
  title: string;
  /** Where the crumb leads; absent for the page itself. */
  to?: { name: string };
}

const HOME_CRUMB: Required<Breadcrumb> = { title: 'menu.dashboard', to: { name: 'dashboard' } };

/**
 * The trail above a page: the home page (the dashboard), then every matched route with a title,
 * the last being the page itself.
 */
export function breadcrumbTrail(
  matched: readonly RouteLocationMatched[],
  home: Required<Breadcrumb> = HOME_CRUMB,
): Breadcrumb[] {
  const titled = matched.filter((record) => record.meta.title);
  const trail = titled.map((record, index): Breadcrumb => ({
    title: record.meta.title!,
    ...(index < titled.length - 1 && typeof record.name === 'string' ? { to: { name: record.name } } : {}),
  }));
  if (trail.length === 0 || titled[0]!.name === home.to.name) return trail;
  return [home, ...trail];
}
