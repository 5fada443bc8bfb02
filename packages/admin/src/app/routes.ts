import { markRaw } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import {
  AlarmClock,
  Box,
  Calendar,
  Checked,
  Briefcase,
  Connection,
  DeleteFilled,
  DocumentAdd,
  Files,
  FolderOpened,
  Key,
  List,
  Memo,
  Odometer,
  OfficeBuilding,
  Tickets,
  Timer,
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
    // A grantee (REQUESTER) reaches the members of their granted dossiers (dossier.readGranted).
    meta: { title: 'member.detailTitle', permission: ['member.read', 'dossier.readGranted'], hideInMenu: true },
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
    meta: { title: 'dossier.pageTitle', hideInMenu: true, permission: ['dossier.read', 'dossier.readGranted'] },
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
  // Access requests (issue 10): filing, the requester's own, the approvers' inbox, the overseers' list.
  {
    path: '/access-requests/new',
    name: 'access-request-new',
    component: () => import('@/features/access-requests/pages/new.vue'),
    meta: { title: 'accessRequest.menu.new', icon: markRaw(DocumentAdd), permission: 'accessRequest.file' },
  },
  {
    path: '/access-requests/mine',
    name: 'access-requests-mine',
    component: () => import('@/features/access-requests/pages/mine.vue'),
    meta: { title: 'accessRequest.menu.mine', icon: markRaw(Files), permission: 'accessRequest.file' },
  },
  {
    path: '/access-requests/inbox',
    name: 'access-requests-inbox',
    component: () => import('@/features/access-requests/pages/inbox.vue'),
    meta: { title: 'accessRequest.menu.inbox', icon: markRaw(Checked), permission: 'accessRequest.decide' },
  },
  {
    path: '/access-requests',
    name: 'access-requests',
    component: () => import('@/features/access-requests/pages/all.vue'),
    meta: { title: 'accessRequest.menu.all', icon: markRaw(List), permission: 'accessRequest.oversee' },
  },
  {
    path: '/access-requests/:id(\\d+)',
    name: 'access-request',
    component: () => import('@/features/access-requests/pages/detail.vue'),
    meta: {
      title: 'accessRequest.detail.title',
      hideInMenu: true,
      permission: ['accessRequest.file', 'accessRequest.decide', 'accessRequest.oversee'],
    },
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
    meta: { title: 'accessAdmin.menu.purposes', icon: markRaw(Memo), permission: 'accessPurpose.manage' },
  },
  // Archive staff (issue 11 §7): one menu group, so the managers' pages do not lengthen the menu.
  {
    path: '/staff',
    name: 'staff',
    redirect: { name: 'staff-list' },
    meta: { title: 'staff.menu.group', icon: markRaw(Briefcase), permission: 'staff.read' },
    children: [
      {
        path: '/staff/members',
        name: 'staff-list',
        component: () => import('@/features/staff/pages/list.vue'),
        meta: { title: 'staff.menu.list', permission: 'staff.read' },
      },
      {
        path: '/staff/members/:id(\\d+)',
        name: 'staff-detail',
        component: () => import('@/features/staff/pages/detail.vue'),
        meta: { title: 'staff.detail.title', permission: 'staff.read', hideInMenu: true },
      },
      {
        path: '/staff/training',
        name: 'staff-training',
        component: () => import('@/features/staff/pages/training.vue'),
        meta: { title: 'staff.menu.training', permission: 'staff.read' },
      },
      {
        path: '/staff/assessments',
        name: 'staff-assessments',
        component: () => import('@/features/staff/pages/assessments.vue'),
        meta: { title: 'staff.menu.assessments', permission: 'staff.manage' },
      },
      {
        path: '/staff/removals',
        name: 'staff-removals',
        component: () => import('@/features/staff/pages/removals.vue'),
        meta: { title: 'staff.menu.removals', permission: 'staff.manage' },
      },
      {
        path: '/staff/rotation',
        name: 'staff-rotation',
        component: () => import('@/features/staff/pages/rotation.vue'),
        meta: { title: 'staff.menu.rotation', permission: 'staff.read' },
      },
      {
        path: '/staff/posts',
        name: 'staff-posts',
        component: () => import('@/features/staff/pages/posts.vue'),
        meta: { title: 'staff.menu.posts', permission: 'staff.read' },
      },
      {
        path: '/staff/rotation/plans/:id(\\d+)',
        name: 'staff-rotation-plan',
        component: () => import('@/features/staff/pages/plan.vue'),
        meta: { title: 'staff.plan.title', permission: 'staff.read', hideInMenu: true },
      },
      {
        path: '/staff/exchanges',
        name: 'staff-exchanges',
        component: () => import('@/features/staff/pages/exchanges.vue'),
        meta: { title: 'staff.menu.exchanges', permission: 'staff.read' },
      },
    ],
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
