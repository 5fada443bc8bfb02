import { afterEach, describe, expect, it } from 'vitest';
import { nextTick, type WatchStopHandle } from 'vue';
import { setLocale } from '@/app/i18n';
import { installDocumentTitle } from '@/app/router';
import { createTestRouter } from '@/__tests__/support';

let stop: WatchStopHandle | undefined;
afterEach(() => {
  stop?.();
  setLocale('zh-CN');
});

describe('the browser tab title', () => {
  function routerWithUsersPage() {
    const router = createTestRouter([
      { path: '/users', name: 'users', component: { render: () => null }, meta: { title: 'menu.users' } },
    ]);
    stop = installDocumentTitle(router);
    return router;
  }

  it('names the page and the system in the interface language', async () => {
    setLocale('zh-CN');
    const router = routerWithUsersPage();
    await router.push('/users');
    await nextTick();
    expect(document.title).toBe('用户管理 - 档案管理系统 Dangan');
  });

  it('follows a language switch without any navigation', async () => {
    setLocale('zh-CN');
    const router = routerWithUsersPage();
    await router.push('/users');
    await nextTick();

    setLocale('en');
    await nextTick();
    expect(document.title).toBe('Users - Dangan dossier management');
  });

  it('names only the system on a page without a title', async () => {
    setLocale('en');
    const router = routerWithUsersPage();
    await router.push('/somewhere');
    await nextTick();
    expect(document.title).toBe('Dangan dossier management');
  });
});
