import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router';
import { breadcrumbTrail, filterMenuByRoles, hasAuthority } from '../menu';
import { shellRoutes } from '../routes';

const page = { render: () => null };

const routes: RouteRecordRaw[] = [
  { path: '/dashboard', name: 'dashboard', component: page, meta: { title: 'menu.dashboard' } },
  { path: '/users', name: 'users', component: page, meta: { title: 'menu.users', authority: ['ADMIN'] } },
  {
    path: '/audit',
    name: 'audit',
    component: page,
    meta: { title: 'menu.audit', authority: ['AUDITOR', 'ADMIN'] },
  },
  { path: '/403', name: 'forbidden', component: page, meta: { hideInMenu: true } },
  {
    path: '/staff',
    name: 'staff',
    meta: { title: 'menu.staff' },
    children: [
      { path: '/staff/training', name: 'training', component: page, meta: { authority: ['STAFF_MANAGER'] } },
      { path: '/staff/rotation', name: 'rotation', component: page, meta: { authority: ['STAFF_MANAGER'] } },
    ],
  },
];

const names = (items: ReturnType<typeof filterMenuByRoles>): string[] =>
  items.flatMap((item) => [item.name, ...names(item.children)]);

describe('filterMenuByRoles', () => {
  it('shows an auditor the pages without authority and those naming AUDITOR', () => {
    expect(names(filterMenuByRoles(routes, ['AUDITOR']))).toEqual(['dashboard', 'audit']);
  });

  it('shows an admin the user and audit pages', () => {
    expect(names(filterMenuByRoles(routes, ['ADMIN']))).toEqual(['dashboard', 'users', 'audit']);
  });

  it('joins the menus of every role a user holds', () => {
    expect(names(filterMenuByRoles(routes, ['AUDITOR', 'STAFF_MANAGER']))).toEqual([
      'dashboard',
      'audit',
      'staff',
      'training',
      'rotation',
    ]);
  });

  it('drops a group whose every child is out of reach', () => {
    expect(names(filterMenuByRoles(routes, ['REQUESTER']))).toEqual(['dashboard']);
  });

  it('never lists routes hidden from menus, whatever the roles', () => {
    expect(names(filterMenuByRoles(routes, ['ADMIN', 'AUDITOR', 'STAFF_MANAGER']))).not.toContain('forbidden');
  });

  it('keeps the title key, path and nesting of what it lists', () => {
    const [, users] = filterMenuByRoles(routes, ['ADMIN']);
    expect(users).toMatchObject({ name: 'users', path: '/users', title: 'menu.users', children: [] });
  });

  it('gives a user without roles only the pages open to everyone', () => {
    expect(names(filterMenuByRoles(routes, []))).toEqual(['dashboard']);
  });
});

describe('hasAuthority', () => {
  it('lets every signed-in user open a route without authority', () => {
    expect(hasAuthority(undefined, [])).toBe(true);
    expect(hasAuthority([], ['REQUESTER'])).toBe(true);
  });

  it('needs one of the listed roles otherwise', () => {
    expect(hasAuthority(['ADMIN'], ['ARCHIVIST'])).toBe(false);
    expect(hasAuthority(['AUDITOR', 'ADMIN'], ['ARCHIVIST', 'ADMIN'])).toBe(true);
  });
});

describe('the application menu', () => {
  it('offers user management to ADMIN only and the audit trail to AUDITOR and ADMIN', () => {
    expect(names(filterMenuByRoles(shellRoutes, ['ARCHIVIST']))).toEqual(['dashboard', 'organizations']);
    expect(names(filterMenuByRoles(shellRoutes, ['AUDITOR']))).toEqual(['dashboard', 'organizations', 'audit']);
    expect(names(filterMenuByRoles(shellRoutes, ['ADMIN']))).toEqual(['dashboard', 'organizations', 'users', 'audit']);
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
