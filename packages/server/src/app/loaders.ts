import { EntityManager } from '@mikro-orm/knex';
import { DomainModule } from './module';
import { Loaders, MODULES } from './modules';

export type { Loaders };

/**
 * Per-request batch loaders of every module: relation fields resolve through these so the
 * number of SQL statements does not grow with the number of rows in a page.
 */
export function createLoaders(em: EntityManager): Loaders {
  return Object.assign({}, ...(MODULES as readonly DomainModule[]).map((module) => module.loaders?.(em) ?? {}));
}
