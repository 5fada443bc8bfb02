/**
 * `pnpm audit:verify [--full]`: checks the audit chain against its newest checkpoint (from the
 * first entry with --full); exits 1 naming the problem and the first broken entry.
 */
import 'reflect-metadata';
import { EntityManager } from '@mikro-orm/knex';
import { setLogLevel } from '../app/logger';
import { loadSettings } from '../config/settings';
import { databaseTarget, openDatabase } from '../db/orm';
import { AuditVerification, verifyAuditChain } from './verification';

const PROBLEMS: Record<NonNullable<AuditVerification['problem']>, string> = {
  EDITED: 'an entry was edited, removed or inserted',
  TRUNCATED: 'the chain was truncated: it ends before its checkpoint',
  REWRITTEN: 'the chain was rewritten: it disagrees with its checkpoint',
  CHECKPOINT_INVALID: 'a checkpoint line was refused (forged signature or damaged line)',
};

function describe(result: AuditVerification): string {
  const from = result.checkpoint ? `from the checkpoint of entry ${result.checkpoint.seq}` : 'from the first entry';
  if (result.ok) return `Audit chain intact: ${result.checked} entries checked ${from}.`;
  const at = result.firstBrokenId ? ` at entry ${result.firstBrokenId}` : '';
  return `Audit chain broken${at}: ${PROBLEMS[result.problem!]} (${result.checked} entries checked ${from}).`;
}

async function main() {
  const settings = loadSettings();
  setLogLevel(settings.LOG_LEVEL);
  const full = process.argv.includes('--full');
  const orm = await openDatabase(databaseTarget(settings));
  const result = await verifyAuditChain(orm.em.fork() as EntityManager, settings, { full }).finally(() => orm.close());
  if (result.ok) {
    console.log(describe(result));
    return;
  }
  console.error(describe(result));
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
