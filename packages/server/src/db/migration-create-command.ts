/**
 * Generates the next migration for both dialects from the difference between the entities
 * and the schema the existing migrations build. Run after changing an entity, then list the
 * two new classes in db/migrations/index.ts.
 */
import 'reflect-metadata';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { Dialect, ormOptions } from './orm';
import { createScratchDatabase } from './scratch-database';

async function generate(dialect: Dialect, timestamp: string) {
  const scratch = await createScratchDatabase(dialect, 'migrations');
  const options = ormOptions(scratch.target);
  const orm = await MikroORM.init({
    ...options,
    migrations: {
      ...options.migrations,
      path: join(__dirname, 'migrations', dialect),
      emit: 'ts',
      // The diff is taken against a scratch database migrated to head, not a snapshot file.
      snapshot: false,
      fileName: () => `Migration${timestamp}`,
    },
  });
  try {
    await orm.getMigrator().up();
    const result = await orm.getMigrator().createMigration();
    console.log(`${dialect}: ${result.diff.up.length ? result.fileName : 'no changes'}`);
  } finally {
    await orm.close(true);
    await scratch.drop();
  }
}

async function main() {
  const timestamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  await generate('sqlite', timestamp);
  await generate('postgresql', timestamp);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
