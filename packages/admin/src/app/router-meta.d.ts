import type { Component } from 'vue';
import type { Role } from '@/gql/graphql';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title and menu label. */
    title?: string;
    icon?: Component;
    /** Roles that may open the route; absent or empty = every signed-in user. */
    authority?: Role[];
    /** Reachable without signing in (the login page). */
    public?: boolean;
    hideInMenu?: boolean;
  }
}

export {};
