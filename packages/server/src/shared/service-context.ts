import { EntityManager } from '@mikro-orm/knex';
import { Settings } from '../config/settings';
import { Actor } from '../policy/actor';

export type Locale = 'zh-CN' | 'en';

/**
 * What a service needs to do its work, whoever calls it: a GraphQL request, a background job,
 * a command or a test. Nothing here depends on GraphQL, so services never see resolver args
 * or loaders.
 */
export interface ServiceContext {
  /** Entity manager of this unit of work (a fork per request or job). */
  em: EntityManager;
  /** Who acts; null for anonymous callers (sign-in) and system work without a user. */
  actor: Actor | null;
  /** Correlates the audit entries and log lines of one request or job run. */
  requestId: string | null;
  locale: Locale;
  settings: Settings;
  /** The clock: tests and jobs may pin it; services never call `new Date()` for rules. */
  now(): Date;
  /** The caller's network address where there is one (sign-in throttling, audit details). */
  clientAddress?: string | null;
}

/** A context for work that runs outside any request (jobs, commands, seeding). */
export function systemContext(em: EntityManager, settings: Settings, requestId: string | null = null): ServiceContext {
  return { em, actor: null, requestId, locale: 'zh-CN', settings, now: () => new Date(), clientAddress: null };
}
