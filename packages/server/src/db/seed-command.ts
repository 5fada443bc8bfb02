/** `pnpm seed`: migrates and adds whatever demo data is missing (idempotent). */
import 'reflect-metadata';
import { loadSettings } from '../config/settings';
import { DemoDataSeeder } from './demo-data';
import { databaseTarget, openDatabase } from './orm';

async function main() {
  const orm = await openDatabase(databaseTarget(loadSettings()));
  await orm.getSeeder().seed(DemoDataSeeder);
  await orm.close();
  console.log('Demo data is in place.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
