import { EntityName } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';

/** Loads entities of one type by id, one query per batch of ids. */
export function byId<T extends { id: number }>(em: EntityManager, entity: EntityName<T>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = (await em.find(entity, { id: { $in: [...ids] } } as never)) as T[];
    const byKey = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}

/** Loads the rows whose foreign key is one of the keys, grouped by key, one query per batch. */
export function manyBy<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  foreignKey: string,
  keyOf: (row: T) => number,
) {
  return new DataLoader<number, T[]>(async (keys) => {
    const rows = (await em.find(entity, { [foreignKey]: { $in: [...keys] } } as never, {
      orderBy: { id: 'asc' } as never,
    })) as T[];
    const groups = new Map<number, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * A DataLoader that also answers synchronously for keys it already holds (primed or loaded).
 * A field resolver that can return a value instead of a promise spares graphql-js a promise per
 * row and its microtasks (issue 7: a 100-row page resolves its relations row by row).
 */
export class PeekableLoader<K, V> extends DataLoader<K, V> {
  private readonly known = new Map<K, V>();

  constructor(batch: (keys: readonly K[]) => Promise<V[]>) {
    super(async (keys) => {
      const values = await batch(keys);
      keys.forEach((key, i) => this.known.set(key, values[i]));
      return values;
    });
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    if (!(value instanceof Error) && !isPromiseLike(value) && !this.known.has(key)) this.known.set(key, value);
    return super.prime(key, value);
  }

  /** The value of a key already loaded or primed, or undefined. */
  peek(key: K): V | undefined {
    return this.known.get(key);
  }
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';
