/** `pnpm seed`: migrates and adds whatever demo data is missing (idempotent). */
import 'reflect-metadata';
import { loadSettings } from '../config/settings';
import { EntityManager } from '@mikro-orm/knex';
import { seedDemoData } from './demo-data';
import { fileStoreFor } from '../files/files.service';
import { databaseTarget, openDatabase } from './orm';

async function main() {
  const settings = loadSettings();
  const orm = await openDatabase(databaseTarget(settings));
  const started = Date.now();
  await seedDemoData(orm.em.fork() as EntityManager, {
    keyring: settings.pii,
    files: fileStoreFor(settings),
    completionDays: settings.DOSSIER_COMPLETION_DAYS,
    settings,
  });
  console.log(`Seeded in ${Date.now() - started} ms.`);
  await orm.close();
  console.log('Demo data is in place.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
