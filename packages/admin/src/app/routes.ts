import { markRaw } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import {
  AlarmClock,
  Box,
  Calendar,
  Connection,
  Key,
  List,
  Timer,
  DeleteFilled,
  FolderOpened,
  Odometer,
  OfficeBuilding,
  Tickets,
  Upload,
  User,
  UserFilled,
} from '@element-plus/icons-vue';

/** Pages inside the signed-in layout; the side menu is derived from this list (app/menu.ts). */
export const shellRoutes: RouteRecordRaw[] = [
  {
    path: '/dashboard',
    name: 'dashboard',
    component: () => import('@/features/dashboard/pages/index.vue'),
    meta: { title: 'menu.dashboard', icon: markRaw(Odometer) },
  },
  {
    // Everyone may look at the tree (scoped by the server); edit actions follow Organization.canManage.
    path: '/organizations',
    name: 'organizations',
    component: () => import('@/features/organizations/pages/tree.vue'),
    meta: { title: 'menu.organizations', icon: markRaw(OfficeBuilding) },
  },
  {
    path: '/members',
    name: 'members',
    component: () => import('@/features/members/pages/list.vue'),
    meta: { title: 'member.title', icon: markRaw(UserFilled), permission: 'member.read' },
  },
  {
    path: '/members/:id',
    name: 'member-detail',
    component: () => import('@/features/members/pages/detail.vue'),
    meta: { title: 'member.detailTitle', permission: 'member.read', hideInMenu: true },
  },
  {
    path: '/users',
    name: 'users',
    component: () => import('@/features/users/pages/list.vue'),
    meta: { title: 'menu.users', icon: markRaw(User), permission: 'user.read' },
  },
  {
    path: '/dossiers',
    name: 'dossiers',
    component: () => import('@/features/dossiers/pages/list.vue'),
    meta: { title: 'dossier.menuTitle', icon: markRaw(FolderOpened), permission: 'dossier.read' },
  },
  {
    path: '/dossiers/:id(\\d+)',
    name: 'dossier',
    component: () => import('@/features/dossiers/pages/detail.vue'),
    meta: { title: 'dossier.pageTitle', hideInMenu: true, permission: 'dossier.read' },
  },
  {
    path: '/audit',
    name: 'audit',
    component: () => import('@/features/audit/pages/list.vue'),
    meta: { title: 'menu.audit', icon: markRaw(Tickets), permission: 'audit.read' },
  },
  // Dossier lifecycle (requirements §2): overdue explanations, reviews, retired collection, central processing.
  {
    path: '/dossiers/overdue',
    name: 'dossiers-overdue',
    component: () => import('@/features/dossiers/pages/overdue.vue'),
    meta: { title: 'lifecycle.menu.overdue', icon: markRaw(AlarmClock), permission: 'dossier.read' },
  },
  {
    path: '/dossiers/reviews',
    name: 'dossiers-reviews',
    component: () => import('@/features/dossiers/pages/reviews.vue'),
    meta: { title: 'lifecycle.menu.reviews', icon: markRaw(Calendar), permission: 'dossier.read' },
  },
  {
    path: '/dossiers/retired',
    name: 'dossiers-retired',
    component: () => import('@/features/dossiers/pages/retired.vue'),
    meta: { title: 'lifecycle.menu.retired', icon: markRaw(Box), permission: 'dossier.read' },
  },
  {
    path: '/dossiers/invalidated',
    name: 'dossiers-invalidated',
    component: () => import('@/features/dossiers/pages/invalidated.vue'),
    meta: { title: 'lifecycle.menu.invalidated', icon: markRaw(DeleteFilled), permission: 'dossier.keep' },
  },
  {
    path: '/members/import',
    name: 'member-import',
    component: () => import('@/features/members/pages/import.vue'),
    meta: { title: 'memberImport.title', icon: markRaw(Upload), permission: 'member.import' },
  },
  // Access requests, administration side (issue 10): chain templates, grants, overdue steps, purposes.
  {
    path: '/access/chain-templates',
    name: 'access-chain-templates',
    component: () => import('@/features/access-admin/pages/templates.vue'),
    meta: { title: 'accessAdmin.menu.templates', icon: markRaw(Connection), permission: 'chainTemplate.read' },
  },
  {
    path: '/access/grants',
    name: 'access-my-grants',
    component: () => import('@/features/access-admin/pages/grants.vue'),
    meta: { title: 'accessAdmin.menu.grants', icon: markRaw(Key), permission: 'accessRequest.file' },
  },
  {
    path: '/access/escalated',
    name: 'access-escalated',
    component: () => import('@/features/access-admin/pages/escalated.vue'),
    meta: { title: 'accessAdmin.menu.escalated', icon: markRaw(Timer), permission: 'accessRequest.oversee' },
  },
  {
    path: '/access/purposes',
    name: 'access-purposes',
    component: () => import('@/features/access-admin/pages/purposes.vue'),
    meta: { title: 'accessAdmin.menu.purposes', icon: markRaw(List), permission: 'accessPurpose.manage' },
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
  // Lazy like the pages: the sign-in page needs none of the shell's menus, dropdowns and dialogs.
  {
    path: '/',
    component: () => import('./layout/AppLayout.vue'),
    redirect: { name: 'dashboard' },
    children: shellRoutes,
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./pages/not-found.vue'),
    meta: { title: 'error.notFoundTitle', public: true },
  },
];
