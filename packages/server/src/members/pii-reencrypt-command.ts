/**
 * `pnpm pii:reencrypt`: after a new key is put first in PII_KEYS, moves every personal value still
 * under an older key to it (members' ID numbers, phones, addresses; relatives' ID numbers). Safe
 * to run while the server runs and to run again; once it reports nothing left, the old key can
 * leave PII_KEYS.
 */
import 'reflect-metadata';
import { EntityManager } from '@mikro-orm/knex';
import { setLogLevel } from '../app/logger';
import { loadSettings } from '../config/settings';
import { databaseTarget, openDatabase } from '../db/orm';
import { systemContext } from '../shared/service-context';
import { reencryptStalePersonalData } from './pii-reencryption';

async function main() {
  const settings = loadSettings();
  setLogLevel(settings.LOG_LEVEL);
  const orm = await openDatabase(databaseTarget(settings));
  try {
    const report = await reencryptStalePersonalData(systemContext(orm.em.fork() as EntityManager, settings));
    const moved = Object.entries(report.values).map(([table, count]) => `${table}: ${count}`);
    console.log(`Personal data re-encrypted under key "${report.keyId}" (${moved.join(', ')}).`);
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
