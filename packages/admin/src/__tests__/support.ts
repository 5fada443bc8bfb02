// Helpers shared by component tests: mount with the real plugins, and answer GraphQL over a
// stubbed fetch so the real request client (headers, error mapping) is exercised.
import { flushPromises, mount, type ComponentMountingOptions } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { createMemoryHistory, createRouter, type RouteRecordRaw, type Router } from 'vue-router';
import ElementPlus from 'element-plus';
import { vi, type Mock } from 'vitest';
import type { Component } from 'vue';
import { i18n } from '@/app/i18n';
import { useSessionStore } from '@/features/auth/store';

export interface GraphQLCall {
  operationName: string;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
}

type Responder = (call: GraphQLCall) => unknown;

/**
 * Replaces fetch with a GraphQL endpoint whose answers come from `respond` (the JSON body to send).
 * Returns the calls made, in order.
 */
export function stubGraphQL(respond: Responder): { calls: GraphQLCall[]; fetch: Mock } {
  const calls: GraphQLCall[] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const { query, variables } = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    const operationName = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
    const call = { operationName, variables, headers: init.headers as Record<string, string> };
    calls.push(call);
    return new Response(JSON.stringify(respond(call)), { headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return { calls, fetch };
}

export function graphQLError(message: string, code: string, field?: string) {
  return { errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }], data: null };
}

const stubPage: Component = { render: () => null };

export function createTestRouter(routes: RouteRecordRaw[] = []): Router {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      ...routes,
      { path: '/login', name: 'login', component: stubPage, meta: { public: true } },
      { path: '/dashboard', name: 'dashboard', component: stubPage },
      { path: '/:rest(.*)*', component: stubPage },
    ],
  });
}

/** Mounts with Element Plus, i18n, a fresh Pinia and a memory router, as the app would. */
export function mountWithApp<T extends Component>(
  component: T,
  options: ComponentMountingOptions<T> & { router?: Router; pinia?: Pinia } = {},
) {
  const pinia = options.pinia ?? createPinia();
  setActivePinia(pinia);
  const router = options.router ?? createTestRouter();
  const wrapper = mount(component, {
    ...options,
    attachTo: document.body,
    global: { ...options.global, plugins: [ElementPlus, i18n, pinia, router] },
  } as ComponentMountingOptions<T>);
  return { wrapper, router, pinia };
}

/** A fresh Pinia in which the demo `admin` of the root organisation `SZ` is signed in. */
export function piniaWithAdminSignedIn(): Pinia {
  const pinia = createPinia();
  setActivePinia(pinia);
  useSessionStore().user = {
    id: 'u1',
    username: 'admin',
    displayName: '系统管理员',
    roles: ['ADMIN'],
    // What the server's table grants an ADMIN (server test permissions.test.ts pins it).
    permissions: [
      'session.self',
      'organization.read',
      'organization.manage',
      'user.read',
      'user.manage',
      'user.readContact',
      'audit.read',
    ],
    organization: { id: 'o1', code: 'SZ', name: '中共示范市委员会' },
  };
  return pinia;
}

/** A button of the open ElMessageBox (confirmations), by its label. */
export const messageBoxButton = (text: string) =>
  [...document.querySelectorAll<HTMLButtonElement>('.el-message-box button')].find(
    (button) => button.textContent?.trim() === text,
  )!;

/** Resizes happy-dom's window (media queries and resize listeners follow), e.g. to a phone's 390 px. */
export async function resizeWindow(width: number, height = 844): Promise<void> {
  const { happyDOM } = window as unknown as {
    happyDOM: { setViewport(size: { width: number; height: number }): void };
  };
  happyDOM.setViewport({ width, height });
  await flushPromises();
}
