import { AsyncLocalStorage } from 'node:async_hooks';

import type { Locale } from '../shared/service-context';

export type { Locale };

/** Per-HTTP-request facts needed where no GraphQL context reaches (error formatting, logs). */
export interface RequestScope {
  requestId: string;
  locale: Locale;
}

const storage = new AsyncLocalStorage<RequestScope>();

export const runInRequestScope = <T>(scope: RequestScope, work: () => T): T => storage.run(scope, work);
export const currentRequestScope = (): RequestScope | undefined => storage.getStore();

/** zh-CN is the default; English when the caller prefers it (requirements §8). */
export function localeFromHeader(acceptLanguage: string | undefined): Locale {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}
