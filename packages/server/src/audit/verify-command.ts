/** `pnpm audit:verify`: exits 1 naming the first broken entry of the audit chain. */
import 'reflect-metadata';
import { EntityManager } from '@mikro-orm/knex';
import { loadSettings } from '../config/settings';
import { databaseTarget, openDatabase } from '../db/orm';
import { verifyAuditChain } from './audit.service';

async function main() {
  const orm = await openDatabase(databaseTarget(loadSettings()));
  const result = await verifyAuditChain(orm.em.fork() as EntityManager);
  await orm.close();
  if (result.ok) {
    console.log(`Audit chain intact: ${result.checked} entries checked.`);
    return;
  }
  console.error(
    `Audit chain broken at entry ${result.firstBrokenId} (${result.checked} entries before it are intact).`,
  );
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
