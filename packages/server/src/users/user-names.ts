import { EntityManager } from '@mikro-orm/knex';
import { PeekableLoader } from '../shared/batch-loaders';
import { placeholders, selectRows } from '../shared/lean-rows';

/**
 * Per-request loader of users' display names by id: how other domains name the person behind an
 * id (the audit trail's actors) without reading the user table themselves. One statement per
 * batch, so a page of 100 entries costs what a page of one does.
 */
export function userNameLoaders(em: EntityManager) {
  return {
    userDisplayNameById: new PeekableLoader<number, string | null>(async (ids) => {
      const rows = await selectRows<{ id: number | string; name: string }>(
        em,
        `select u.id as id, u.display_name as name from "user" u where u.id in (${placeholders(ids.length)})`,
        ids,
      );
      const names = new Map(rows.map((row) => [Number(row.id), row.name]));
      return ids.map((id) => names.get(id) ?? null);
    }),
  };
}
