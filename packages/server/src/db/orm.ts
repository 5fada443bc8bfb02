import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MikroORM, Options } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, privateFile } from '../config/data-dir';
import { Settings } from '../config/settings';
import { entities } from './entities';
import { migrationsFor } from './migrations';
import { SqliteDriver } from './sqlite-driver';

export type Dialect = 'sqlite' | 'postgresql';

export interface DatabaseTarget {
  dialect: Dialect;
  /** SQLite file path, or PostgreSQL connection URL. */
  location: string;
}

export function databaseTarget(settings: Pick<Settings, 'DATABASE_URL' | 'sqlitePath'>): DatabaseTarget {
  return settings.DATABASE_URL
    ? { dialect: 'postgresql', location: settings.DATABASE_URL }
    : { dialect: 'sqlite', location: settings.sqlitePath };
}

export interface OrmHooks {
  /** Called with every SQL statement; tests count statements through it. */
  onQuery?: (sql: string) => void;
}

export function ormOptions(target: DatabaseTarget, hooks: OrmHooks = {}): Options {
  const common: Options = {
    entities,
    extensions: [Migrator, SeedManager],
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: migrationsFor(target.dialect),
      transactional: true,
      allOrNothing: true,
    },
    // The schema comes from migrations only; the entities must agree with them (a test checks).
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true, inferDefaultValues: false },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: hooks.onQuery ? ['query'] : false,
    logger: hooks.onQuery ? (message) => countQuery(message, hooks.onQuery!) : undefined,
  };
  if (target.dialect === 'postgresql') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: target.location, pool: { min: 0, max: 10 } };
  }
  mkdirSync(dirname(target.location), { recursive: true, mode: PRIVATE_DIR_MODE });
  // One connection: a transaction then runs alone, which is what makes SQLite need no row or
  // named locks (shared/locking.ts). It is knex's default for SQLite; spelled out as relied on.
  return { ...common, driver: SqliteDriver, dbName: target.location, pool: { min: 1, max: 1 } };
}

function countQuery(message: string, onQuery: (sql: string) => void) {
  // MikroORM colours its log lines unless NO_COLOR is set (and the setting is process-wide),
  // so the "[query]" label arrives wrapped in ANSI codes: without stripping them nothing counted.
  // eslint-disable-next-line no-control-regex
  const plain = message.replace(/\x1B\[[0-9;]*m/g, '');
  if (plain.startsWith('[query]')) onQuery(plain);
}

/** Connects and applies pending migrations (never schema sync at run time). */
export async function openDatabase(target: DatabaseTarget, hooks: OrmHooks = {}): Promise<MikroORM> {
  const options = ormOptions(target, hooks);
  // The database file and its WAL hold every dossier: owner-only, also when they already existed.
  if (target.dialect === 'sqlite') privateFile(target.location);
  const orm = await MikroORM.init(options);
  if (target.dialect === 'sqlite') {
    // WAL lets readers go on while one writer writes; foreign keys are off by default in SQLite.
    await orm.em.getConnection().execute('pragma journal_mode = wal');
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(target.location + suffix)) chmodSync(target.location + suffix, PRIVATE_FILE_MODE);
    }
    await orm.em.getConnection().execute('pragma foreign_keys = on');
    await orm.em.getConnection().execute('pragma busy_timeout = 5000');
  }
  await orm.getMigrator().up();
  return orm;
}
