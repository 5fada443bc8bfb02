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
