import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFor } from '../src/db/migrations';
import { openDatabase } from '../src/db/orm';
import { createScratchDatabase, ScratchDatabase } from '../src/db/scratch-database';
import { dialect } from './support/server';

// No HTTP server here: these tests look at the schema that opening a database leaves behind.
let database: ScratchDatabase;
let orm: MikroORM;
/** Statements of the first opening, which migrated the empty database. */
const firstOpening: string[] = [];
beforeAll(async () => {
  database = await createScratchDatabase(dialect, 'migrations');
  orm = await openDatabase(database.target, { onQuery: (sql) => firstOpening.push(sql) });
});
afterAll(async () => {
  await orm.close(true);
  await database.drop();
});

const schemaChanges = (statements: string[]) =>
  statements.filter((sql) => /\b(create|alter|drop)\s+(table|index)\b/i.test(sql));

const recordedMigrations = async (on: MikroORM) =>
  (await on.em.getConnection().execute<{ name: string }[]>('select name from mikro_orm_migrations order by id')).map(
    (row: { name: string }) => row.name,
  );

describe('migrations', () => {
  it('leave no difference between the entities and the database', async () => {
    const difference = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });

    expect(difference.trim()).toBe('');
  });

  it('are recorded in mikro_orm_migrations, every one of them', async () => {
    const expected = migrationsFor(dialect).map((migration) => migration.name);

    expect(expected.length).toBeGreaterThan(0);
    expect(await recordedMigrations(orm)).toEqual(expected);
  });

  it('apply nothing when the database is opened a second time', async () => {
    const before = await recordedMigrations(orm);
    const statements: string[] = [];

    const again = await openDatabase(database.target, { onQuery: (sql) => statements.push(sql) });
    try {
      expect(await again.getMigrator().getPendingMigrations()).toEqual([]);
      expect(await recordedMigrations(again)).toEqual(before);
      expect(schemaChanges(firstOpening).length).toBeGreaterThan(0);
      expect(schemaChanges(statements)).toEqual([]);
    } finally {
      await again.close(true);
    }
  });
});
