import { EntityManager } from '@mikro-orm/knex';
import { DomainModule } from './module';
import { Loaders, MODULES } from './modules';

export type { Loaders };

type LoaderSet = Record<string, unknown>;
type LazyLoaders = { new (em: EntityManager): Loaders };

let lazyLoaders: LazyLoaders | undefined;

/**
 * Per-request batch loaders of every module: relation fields resolve through these so the
 * number of SQL statements does not grow with the number of rows in a page.
 *
 * A module's loaders are made when a request first asks for one of them: a request reads a few
 * of some 60, and making them all was a tenth of a small read's CPU (issue 9 point 13). Within
 * a request each loader is still made once, so batching and caching are unchanged.
 */
export function createLoaders(em: EntityManager): Loaders {
  lazyLoaders ??= lazyLoadersClass(em);
  return new lazyLoaders(em);
}

/**
 * A class with one getter per loader name on its prototype. The names are learnt once, from
 * the modules' own loader sets: they are the same for every entity manager.
 */
function lazyLoadersClass(sample: EntityManager): LazyLoaders {
  const modules = (MODULES as readonly DomainModule[]).filter((module) => module.loaders);
  class ModuleLoaders {
    private readonly made: (LoaderSet | undefined)[] = [];
    constructor(private readonly em: EntityManager) {}
    loadersOf(index: number): LoaderSet {
      return (this.made[index] ??= modules[index].loaders!(this.em) as LoaderSet);
    }
  }
  const owner = new Map<string, number>();
  modules.forEach((module, index) => {
    for (const name of Object.keys(module.loaders!(sample))) {
      if (owner.has(name)) throw new Error(`loader ${name} is declared by two modules`);
      owner.set(name, index);
      Object.defineProperty(ModuleLoaders.prototype, name, {
        get(this: ModuleLoaders) {
          return this.loadersOf(index)[name];
        },
        enumerable: true,
      });
    }
  });
  return ModuleLoaders as unknown as LazyLoaders;
}
