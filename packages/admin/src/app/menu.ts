import type { Component } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
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
