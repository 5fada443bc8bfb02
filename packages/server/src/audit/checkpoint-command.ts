/**
 * `pnpm audit:checkpoint`: signs the audit chain's head into the checkpoint file(s), as the
 * server does every minute; exits 1 without signing when the chain does not extend the newest
 * checkpoint.
 */
import 'reflect-metadata';
import { EntityManager } from '@mikro-orm/knex';
import { setLogLevel } from '../app/logger';
import { loadSettings } from '../config/settings';
import { databaseTarget, openDatabase } from '../db/orm';
import { writeCheckpoint } from './checkpoint-writer';

async function main() {
  const settings = loadSettings();
  setLogLevel(settings.LOG_LEVEL);
  const orm = await openDatabase(databaseTarget(settings));
  const outcome = await writeCheckpoint(orm.em.fork() as EntityManager, settings).finally(() => orm.close());
  if (outcome.problem) {
    const at = outcome.firstBrokenId ? ` at entry ${outcome.firstBrokenId}` : '';
    console.error(
      `Audit chain ${outcome.problem}${at}: it does not extend the checkpoint of entry ${outcome.checkpoint?.seq}; nothing signed.`,
    );
    process.exitCode = 1;
  } else if (outcome.written) {
    const { seq, hash } = outcome.checkpoint;
    console.log(`Checkpoint written: entry ${seq}, hash ${hash}, to ${settings.AUDIT_CHECKPOINT_FILE}.`);
  } else {
    const seq = outcome.checkpoint?.seq;
    console.log(seq ? `Already checkpointed at entry ${seq}; nothing to write.` : 'The audit chain is empty.');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
