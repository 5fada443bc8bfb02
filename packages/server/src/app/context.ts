import { EntityManager } from '@mikro-orm/knex';
import { Settings } from '../config/settings';
import { Actor } from '../policy/actor';
import { Loaders } from './loaders';
import { Locale } from './request-scope';

/** What every resolver and service gets for one GraphQL request. */
export interface RequestContext {
  /** A fork of the ORM's entity manager for this request only. */
  em: EntityManager;
  settings: Settings;
  actor: Actor | null;
  locale: Locale;
  requestId: string;
  ip: string | null;
  loaders: Loaders;
  /** Unmasked reads of sensitive fields, written to the audit trail once per request. */
  sensitiveReads: Set<string>;
}
