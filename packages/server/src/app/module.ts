import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { JobDefinition, JobSchedule } from '../jobs/job-definition';
import type { Router } from 'express';
import type { Settings } from '../config/settings';
import type { FieldRule } from '../policy/field-policy';
import type { ActionRule } from '../policy/rules';
import type { MessageParams } from '../shared/errors';
import type { Locale } from '../shared/service-context';

export type Catalogue = Record<string, string>;

/**
 * What a domain folder brings to the application. Each domain exports one of these from its
 * `<domain>.module.ts`; `app/modules.ts` lists them, and that list is the only place a new
 * domain is plugged in (entities, schema, policy, loaders and messages all come from it).
 */
export interface DomainModule<
  Actions extends Record<string, ActionRule> = Record<string, ActionRule>,
  Loaders extends object = object,
> {
  name: string;
  /** MikroORM entity classes (migrations are still generated and listed in db/migrations). */
  entities: readonly (abstract new (...args: never[]) => object)[];
  /** type-graphql resolver classes. */
  resolvers: readonly (new (...args: never[]) => object)[];
  /** Its rows of the role × action table (policy/rules.ts explains scopes). */
  actions: Actions;
  /** Field rules of the object types it exposes: type name → field name → rule. */
  fieldRules: Record<string, Record<string, FieldRule>>;
  /** Per-request batch loaders for its relations. */
  loaders?: (em: EntityManager) => Loaders;
  /** Messages its errors raise, by key (`<domain>.<what>`), in every locale. */
  messages: Record<Locale, Catalogue>;
  /**
   * Words for its entities and enum values: substituted into messages' `{entity}`/`{parent}`/`{child}`
   * (and `{rule}`: the rotation rules) parameters, and the SPA's labels of those enums
   * (app/ui-rules.ts), so both say the same.
   */
  terms?: Record<Locale, Catalogue>;
  /**
   * Root fields one operation may run at most N times (`{ verifyAuditChain: 1 }`): the weight of
   * work that reads a whole table, which GraphQL Armor's cost limit (every field alike) cannot express.
   */
  operationLimits?: Record<string, number>;
  /**
   * Audit action codes it writes, each with its label in every locale: the `auditActions` query
   * serves them, so the SPA labels and offers a new module's actions without a change of its own.
   */
  auditActions?: Record<string, Record<Locale, string>>;
  /** Kinds of background work it offers (`defineJob`, jobs/): imports, exports, checks. */
  jobs?: readonly JobDefinition<never, unknown>[];
  /** Its periodic checks (`scheduleJob(kind, cron)`): run once per period across instances. */
  schedules?: readonly JobSchedule[];
  /**
   * HTTP routes beside `/graphql` (file uploads and downloads, whose bodies are bytes, not JSON),
   * mounted by app/http.ts under `path` after the request scope and security headers.
   */
  routes?: { path: string; router: (deps: RouteDeps) => Router };
}

/** What a module's HTTP routes get from the app (`translate` passed in: app/i18n is composed from the modules). */
export interface RouteDeps {
  orm: MikroORM;
  settings: Settings;
  translate: (locale: Locale, key: string, params?: MessageParams) => string;
}

/** Declares a module, keeping the literal types of its actions and loaders. */
export const defineModule = <A extends Record<string, ActionRule>, L extends object = object>(
  module: DomainModule<A, L>,
) => module;
