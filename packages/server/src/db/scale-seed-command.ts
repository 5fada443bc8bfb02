/**
 * `pnpm seed:scale --members N [--database URL-or-file] [--batch M]` (issue 9 point 13): migrates,
 * adds the demo organisations, users and catalogue if missing, then N synthetic members with
 * dossiers and about 20 materials each (db/scale-data.ts), printing progress and the time taken.
 * The database is the configured one (DATABASE_URL, else the SQLite file in DATA_DIR) unless
 * --database names a postgres:// URL or a SQLite file; personal data is encrypted with the
 * configured keys (PII_KEYS / PII_INDEX_KEY, or the SQLite default's own), so a server started
 * with the same settings reads it. Refuses a database that already holds scale data.
 */
import 'reflect-metadata';
import { resolve } from 'node:path';
import { EntityManager } from '@mikro-orm/knex';
import { setLogLevel } from '../app/logger';
import { loadSettings } from '../config/settings';
import { DatabaseTarget, databaseTarget, openDatabase } from './orm';
import { seedScaleData, SHOWCASE_MATERIALS } from './scale-data';

const USAGE = 'usage: pnpm seed:scale --members N [--database postgres://…|file.sqlite] [--batch M]';

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  if (at >= 0) return args[at + 1];
  return args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function main() {
  const members = Number(option('members') ?? NaN);
  const batch = option('batch') ? Number(option('batch')) : undefined;
  if (!Number.isInteger(members) || members < 1 || (batch !== undefined && !(batch >= 1))) {
    console.error(USAGE);
    process.exit(2);
  }
  const database = option('database');
  const postgres = database && /^postgres(ql)?:\/\//.test(database);
  const settings = loadSettings(postgres ? { ...process.env, DATABASE_URL: database } : process.env);
  setLogLevel('warn');
  const target: DatabaseTarget =
    database && !postgres ? { dialect: 'sqlite', location: resolve(database) } : databaseTarget(settings);
  const where = target.dialect === 'sqlite' ? target.location : new URL(target.location).pathname.slice(1);
  console.log(`Seeding ${members} members into ${target.dialect} (${where}) …`);
  const orm = await openDatabase(target);
  try {
    const result = await seedScaleData(orm.em.fork() as EntityManager, {
      members,
      batch,
      keyring: settings.pii,
      completionDays: settings.DOSSIER_COMPLETION_DAYS,
      log: (line) => console.log(line),
    });
    console.log(
      `Done in ${(result.tookMs / 1000).toFixed(1)} s: ${result.organizations} organisations, ${result.members} members ` +
        `and dossiers, ${result.materials} materials. Dossier ${result.showcase.dossierId} holds ${SHOWCASE_MATERIALS} materials.`,
    );
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
