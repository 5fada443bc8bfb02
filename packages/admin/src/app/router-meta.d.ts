import type { Component } from 'vue';
import type { Permission } from './permissions';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title and menu label. */
    title?: string;
    icon?: Component;
    /** The action (`me.permissions`) needed to open the route; absent = every signed-in user. */
    permission?: Permission;
    /** Reachable without signing in (the login page). */
    public?: boolean;
    hideInMenu?: boolean;
  }
}

export {};
