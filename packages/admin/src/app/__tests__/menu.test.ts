import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router';
import { breadcrumbTrail, filterMenuByPermissions } from '../menu';
import { allows } from '../permissions';
import { shellRoutes } from '../routes';
import { PERMISSIONS_OF } from './permissions-fixture';

const page = { render: () => null };

const routes: RouteRecordRaw[] = [
  { path: '/dashboard', name: 'dashboard', component: page, meta: { title: 'menu.dashboard' } },
  { path: '/users', name: 'users', component: page, meta: { title: 'menu.users', permission: 'user.read' } },
  {
    path: '/audit',
    name: 'audit',
    component: page,
    meta: { title: 'menu.audit', permission: 'audit.read' },
  },
  { path: '/403', name: 'forbidden', component: page, meta: { hideInMenu: true } },
  {
    path: '/accounts',
    name: 'accounts',
    meta: { title: 'menu.accounts' },
    children: [
      { path: '/accounts/new', name: 'new-account', component: page, meta: { permission: 'user.manage' } },
      { path: '/accounts/contacts', name: 'contacts', component: page, meta: { permission: 'user.readContact' } },
    ],
  },
];

const names = (items: ReturnType<typeof filterMenuByPermissions>): string[] =>
  items.flatMap((item) => [item.name, ...names(item.children)]);

describe('filterMenuByPermissions', () => {
  it('shows an auditor the pages open to everyone and the audit trail', () => {
    expect(names(filterMenuByPermissions(routes, PERMISSIONS_OF.AUDITOR))).toEqual(['dashboard', 'audit']);
  });

  it('shows an admin every page their permissions reach', () => {
    expect(names(filterMenuByPermissions(routes, PERMISSIONS_OF.ADMIN))).toEqual([
      'dashboard',
      'users',
      'audit',
      'accounts',
      'new-account',
      'contacts',
    ]);
  });

  it('keeps a group with the children one permission reaches', () => {
    expect(names(filterMenuByPermissions(routes, ['user.manage']))).toEqual(['dashboard', 'accounts', 'new-account']);
  });

  it('drops a group whose every child is out of reach', () => {
    expect(names(filterMenuByPermissions(routes, PERMISSIONS_OF.REQUESTER))).toEqual(['dashboard']);
  });

  it('never lists routes hidden from menus, whatever the permissions', () => {
    expect(names(filterMenuByPermissions(routes, PERMISSIONS_OF.ADMIN))).not.toContain('forbidden');
  });

  it('keeps the title key, path and nesting of what it lists', () => {
    const [, users] = filterMenuByPermissions(routes, PERMISSIONS_OF.ADMIN);
    expect(users).toMatchObject({ name: 'users', path: '/users', title: 'menu.users', children: [] });
  });

  it('gives a user without permissions only the pages open to everyone', () => {
    expect(names(filterMenuByPermissions(routes, []))).toEqual(['dashboard']);
  });
});

describe('allows', () => {
  it('lets every signed-in user open a route that needs no permission', () => {
    expect(allows([], undefined)).toBe(true);
  });

  it('needs the named permission otherwise', () => {
    expect(allows(PERMISSIONS_OF.ARCHIVIST, 'user.read')).toBe(false);
    expect(allows(PERMISSIONS_OF.ADMIN, 'user.read')).toBe(true);
  });

  it('takes a list as alternatives: any one of them will do', () => {
    expect(allows(['dossier.readGranted'], ['member.read', 'dossier.readGranted'])).toBe(true);
    expect(allows(['session.self'], ['member.read', 'dossier.readGranted'])).toBe(false);
    expect(allows(['session.self'], [])).toBe(false);
  });
});

describe('the application menu', () => {
  it('offers user management to ADMIN only and the audit trail to AUDITOR and ADMIN', () => {
    const menuOf = (permissions: readonly string[]) => names(filterMenuByPermissions(shellRoutes, permissions));
    expect(menuOf(PERMISSIONS_OF.ARCHIVIST)).toEqual(['dashboard', 'organizations']);
    expect(menuOf(PERMISSIONS_OF.AUDITOR)).toEqual(['dashboard', 'organizations', 'audit']);
    expect(menuOf(PERMISSIONS_OF.ADMIN)).toEqual(['dashboard', 'organizations', 'users', 'audit']);
  });
});

describe('the archive staff menu group', () => {
  const groupOf = (permissions: readonly string[]) =>
    filterMenuByPermissions(shellRoutes, permissions).find((item) => item.name === 'staff');

  it('holds every staff page for a manager of staff, under one entry', () => {
    const group = groupOf(['staff.read', 'staff.manage', 'staff.readOwn']);
    expect(group?.title).toBe('staff.menu.group');
    expect(group?.children.map((child) => child.name)).toEqual([
      'staff-list',
      'staff-training',
      'staff-assessments',
      'staff-removals',
      'staff-rotation',
      'staff-posts',
      'staff-exchanges',
    ]);
  });

  it('leaves assessment entry and removal decisions out for a reader of the roster (an ADMIN)', () => {
    expect(groupOf(['staff.read', 'staff.readOwn'])?.children.map((child) => child.name)).toEqual([
      'staff-list',
      'staff-training',
      'staff-rotation',
      'staff-posts',
      'staff-exchanges',
    ]);
  });

  it('is not there for someone who only reads their own record', () => {
    expect(groupOf(['staff.readOwn'])).toBeUndefined();
  });
});

describe('breadcrumbTrail', () => {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      {
        path: '/',
        component: page,
        children: [
          { path: 'dashboard', name: 'dashboard', component: page, meta: { title: 'menu.dashboard' } },
          { path: 'users', name: 'users', component: page, meta: { title: 'menu.users' } },
          {
            path: 'staff',
            name: 'staff',
            component: page,
            meta: { title: 'menu.staff' },
            children: [{ path: 'training', name: 'training', component: page, meta: { title: 'menu.training' } }],
          },
          { path: 'untitled', name: 'untitled', component: page },
        ],
      },
    ],
  });
  const trailTo = (path: string) => breadcrumbTrail(router.resolve(path).matched);

  it('leads from the dashboard to the page, which is not a link', () => {
    expect(trailTo('/users')).toEqual([
      { title: 'menu.dashboard', to: { name: 'dashboard' } },
      { title: 'menu.users' },
    ]);
  });

  it('links each titled parent, skipping the untitled layout', () => {
    expect(trailTo('/staff/training')).toEqual([
      { title: 'menu.dashboard', to: { name: 'dashboard' } },
      { title: 'menu.staff', to: { name: 'staff' } },
      { title: 'menu.training' },
    ]);
  });

  it('does not repeat the dashboard on the dashboard', () => {
    expect(trailTo('/dashboard')).toEqual([{ title: 'menu.dashboard' }]);
  });

  it('is empty for a page without a title', () => {
    expect(trailTo('/untitled')).toEqual([]);
  });
});
