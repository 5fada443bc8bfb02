import type { Component } from 'vue';
import type { PermissionNeed } from './permissions';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title and menu label. */
    title?: string;
    icon?: Component;
    /**
     * The action (`me.permissions`) needed to open the route, or a list of alternatives (any one
     * will do); absent = every signed-in user.
     */
    permission?: PermissionNeed;
    /** Reachable without signing in (the login page). */
    public?: boolean;
    hideInMenu?: boolean;
  }
}

export {};
