import { watchEffect, type WatchStopHandle } from 'vue';
import {
  createRouter,
  createWebHistory,
  type RouteLocationNormalized,
  type Router,
  type RouterHistory,
} from 'vue-router';
import { ElMessage } from 'element-plus';
import { useSessionStore } from '@/features/auth/store';
import { setUnauthenticatedHandler } from './graphql';
import { allows } from './permissions';
import { routes } from './routes';
import { i18n, t } from './i18n';

export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({ history, routes });
  installGuards(router);
  installSessionExpiry(router);
  installDocumentTitle(router);
  return router;
}

function loginRedirect(to: RouteLocationNormalized) {
  return { name: 'login', query: { redirect: to.fullPath } };
}

/** Sign-in and permission checks before every page. The server enforces the same rules on every request. */
export function installGuards(router: Router): void {
  router.beforeEach(async (to) => {
    if (to.meta.public) return true;
    const session = useSessionStore();
    if (!session.isSignedIn) return loginRedirect(to);
    if (!session.user) {
      // A network failure is toasted by the client; the user can retry from the login page.
      const user = await session.loadUser().catch(() => null);
      if (!user) return loginRedirect(to);
    }
    const allowed = to.matched.every((record) => allows(session.permissions, record.meta.permission));
    return allowed ? true : { name: 'forbidden', query: { from: to.fullPath } };
  });
}

/** The browser tab's text: the page, then the system, in the interface language. */
export function documentTitle(pageTitle: string | undefined): string {
  const system = t('app.windowTitle');
  return pageTitle ? `${t(pageTitle)} - ${system}` : system;
}

/**
 * Keeps the browser tab named after the current page in the chosen language: it follows both
 * navigation and a language switch (which happens without navigating).
 */
export function installDocumentTitle(router: Router): WatchStopHandle {
  return watchEffect(() => {
    // Read explicitly so the effect re-runs on a switch even if `t` were to stop tracking it.
    void i18n.global.locale.value;
    document.title = documentTitle(router.currentRoute.value.meta.title);
  });
}

/**
 * When the server stops accepting the token (expired, revoked), end the session and send the user
 * to sign in again, coming back to where they were.
 */
export function installSessionExpiry(router: Router): void {
  setUnauthenticatedHandler(() => {
    useSessionStore().clear();
    const current = router.currentRoute.value;
    // During the first navigation (nothing matched yet) the guard redirects by itself.
    if (current.matched.length === 0 || current.meta.public) return;
    ElMessage.warning(t('header.sessionExpired'));
    void router.push(loginRedirect(current));
  });
}
