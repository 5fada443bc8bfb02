import { markRaw } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import { Odometer, OfficeBuilding, Tickets, User } from '@element-plus/icons-vue';
import AppLayout from './layout/AppLayout.vue';

/** Pages inside the signed-in layout; the side menu is derived from this list (app/menu.ts). */
export const shellRoutes: RouteRecordRaw[] = [
  {
    path: '/dashboard',
    name: 'dashboard',
    component: () => import('@/features/dashboard/pages/index.vue'),
    meta: { title: 'menu.dashboard', icon: markRaw(Odometer) },
  },
  {
    // Every role may look at the tree (it is scoped by the server); only ADMIN sees edit actions.
    path: '/organizations',
    name: 'organizations',
    component: () => import('@/features/organizations/pages/tree.vue'),
    meta: { title: 'menu.organizations', icon: markRaw(OfficeBuilding) },
  },
  {
    path: '/users',
    name: 'users',
    component: () => import('@/features/users/pages/list.vue'),
    meta: { title: 'menu.users', icon: markRaw(User), authority: ['ADMIN'] },
  },
  {
    path: '/audit',
    name: 'audit',
    component: () => import('@/features/audit/pages/list.vue'),
    meta: { title: 'menu.audit', icon: markRaw(Tickets), authority: ['AUDITOR', 'ADMIN'] },
  },
  {
    path: '/403',
    name: 'forbidden',
    component: () => import('./pages/forbidden.vue'),
    meta: { title: 'error.forbiddenTitle', hideInMenu: true },
  },
];

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/features/auth/pages/login.vue'),
    meta: { title: 'login.title', public: true },
  },
  { path: '/', component: AppLayout, redirect: { name: 'dashboard' }, children: shellRoutes },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./pages/not-found.vue'),
    meta: { title: 'error.notFoundTitle', public: true },
  },
];
