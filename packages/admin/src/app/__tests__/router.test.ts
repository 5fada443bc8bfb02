import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory } from 'vue-router';
import { OrganizationsDocument } from '@/gql/graphql';
import { graphQLError, stubGraphQL } from '@/__tests__/support';
import { readToken, saveToken } from '../auth-token';
import { request } from '../graphql';
import { createAppRouter } from '../router';
import { PERMISSIONS_OF } from './permissions-fixture';

function signedInAs(role: keyof typeof PERMISSIONS_OF) {
  saveToken('token');
  return stubGraphQL((call) =>
    call.operationName === 'Me'
      ? {
          data: {
            me: {
              id: 'u1',
              username: 'u',
              displayName: 'U',
              roles: [role],
              permissions: PERMISSIONS_OF[role],
              organization: { id: 'o1', code: 'ROOT', name: '党委' },
            },
          },
        }
      : graphQLError('登录已失效', 'UNAUTHENTICATED'),
  );
}

describe('route guards', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('sends a visitor without a session to sign in, remembering where they were going', async () => {
    const router = createAppRouter(createMemoryHistory());
    await router.push('/audit?actor=admin');
    expect(router.currentRoute.value.name).toBe('login');
    expect(router.currentRoute.value.query.redirect).toBe('/audit?actor=admin');
  });

  it('shows the 403 page for a route the permissions do not reach', async () => {
    signedInAs('AUDITOR');
    const router = createAppRouter(createMemoryHistory());

    await router.push('/users');
    expect(router.currentRoute.value.name).toBe('forbidden');

    await router.push('/audit');
    expect(router.currentRoute.value.name).toBe('audit');
  });

  it('drops a token the server no longer knows', async () => {
    saveToken('stale');
    stubGraphQL(() => ({ data: { me: null } }));
    const router = createAppRouter(createMemoryHistory());

    await router.push('/dashboard');

    expect(router.currentRoute.value.name).toBe('login');
    expect(readToken()).toBeNull();
  });

  it('returns to sign-in when the session expires while working', async () => {
    signedInAs('ADMIN');
    const router = createAppRouter(createMemoryHistory());
    await router.push('/users');

    await request(OrganizationsDocument).catch(() => undefined);
    await router.isReady();
    await new Promise((resolve) => setTimeout(resolve));

    expect(router.currentRoute.value.name).toBe('login');
    expect(router.currentRoute.value.query.redirect).toBe('/users');
    expect(readToken()).toBeNull();
  });
});
