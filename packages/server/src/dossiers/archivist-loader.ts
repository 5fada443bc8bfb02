import { EntityManager } from '@mikro-orm/knex';
import { PeekableLoader } from '../shared/batch-loaders';
import { LeanProjection, leanProperties, placeholders, selectRows } from '../shared/lean-rows';
import { User } from '../users/user.entity';
import { UserRecord } from '../users/user.service';

/**
 * The archivists in charge of dossiers, by user id: one statement per batch, so a page of 100
 * dossiers with their archivists costs what a page of one does (test/batching.test.ts). Lean
 * records of every visible column (never the password hash); User's field rules and resolvers
 * read them as they read a listed user.
 */
export function archivistLoaders(em: EntityManager) {
  return {
    archivistById: new PeekableLoader<number, UserRecord | null>(async (ids) => {
      const projection = new LeanProjection<UserRecord>(em, User, leanProperties(em, User), 'u');
      const rows = await selectRows(
        em,
        `select ${projection.select} from "user" u where u.id in (${placeholders(ids.length)})`,
        ids,
      );
      const byId = new Map(rows.map((row) => projection.read(row)).map((user) => [user.id, user]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
