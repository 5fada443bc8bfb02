import type { Component } from 'vue';
import type { RouteLocationMatched, RouteRecordRaw } from 'vue-router';
import type { Role } from '@/gql/graphql';

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
 * Whether a user holding `roles` may open a route that requires `authority`
 * (no authority = any signed-in user). The menu and guards only shape the UI; the server
 * checks every operation again.
 */
export function hasAuthority(authority: readonly Role[] | undefined, roles: readonly Role[]): boolean {
  return !authority?.length || authority.some((role) => roles.includes(role));
}

/** The menu a user with `roles` sees: named routes they may open, minus those hidden from menus. */
export function filterMenuByRoles(routes: readonly RouteRecordRaw[], roles: readonly Role[]): MenuItem[] {
  return routes.flatMap((route): MenuItem[] => {
    if (typeof route.name !== 'string' || route.meta?.hideInMenu) return [];
    if (!hasAuthority(route.meta?.authority, roles)) return [];
    const children = filterMenuByRoles(route.children ?? [], roles);
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
