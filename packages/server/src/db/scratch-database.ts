import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { DatabaseTarget, Dialect } from './orm';

/** Server used for throw-away PostgreSQL databases (tests, migration generation). */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface ScratchDatabase {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

/** A brand-new empty database of the dialect: a temp SQLite file, or a fresh PostgreSQL database. */
export async function createScratchDatabase(dialect: Dialect, label = 'scratch'): Promise<ScratchDatabase> {
  const name = `dangan_${label}_${randomBytes(5).toString('hex')}`;
  if (dialect === 'sqlite') {
    const file = join(tmpdir(), `${name}.sqlite`);
    return {
      target: { dialect, location: file },
      drop: async () => {
        for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
      },
    };
  }
  await onAdminConnection((c) => c.execute(`create database "${name}"`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    target: { dialect, location: url.toString() },
    drop: () => onAdminConnection((c) => c.execute(`drop database if exists "${name}" with (force)`)),
  };
}

async function onAdminConnection(work: (c: { execute(sql: string): Promise<unknown> }) => Promise<unknown>) {
  const orm = await MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: POSTGRES_ADMIN_URL,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: 1 },
  });
  try {
    await work(orm.em.getConnection());
  } finally {
    await orm.close(true);
  }
}
