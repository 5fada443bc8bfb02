import type { MigrationObject } from '@mikro-orm/core';
import type { Dialect } from '../orm';
import { Migration20261125115347 as PgInitial } from './postgresql/Migration20261125115347';
import { Migration20261125115347 as SqliteInitial } from './sqlite/Migration20261125115347';

/**
 * Migrations are generated per dialect (`pnpm --filter @dangan/server migration:create`)
 * and listed here in order; a test proves both lists build the schema the entities expect.
 */
const migrations: Record<Dialect, MigrationObject[]> = {
  sqlite: [{ name: 'Migration20261125115347', class: SqliteInitial }],
  postgresql: [{ name: 'Migration20261125115347', class: PgInitial }],
};

export const migrationsFor = (dialect: Dialect) => migrations[dialect];
