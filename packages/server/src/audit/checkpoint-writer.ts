import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { logger } from '../app/logger';
import { Settings } from '../config/settings';
import { appendCheckpoint, AuditCheckpoint, readNewestCheckpoint } from './checkpoint';
import { ChainProblem, verifyAgainst } from './verification';

export type CheckpointOutcome =
  | { written: true; checkpoint: AuditCheckpoint; problem?: undefined }
  /** The head has not moved since the newest checkpoint (or the chain is empty). */
  | { written: false; checkpoint: AuditCheckpoint | null; problem?: undefined }
  /** The chain does not extend the newest checkpoint: nothing is signed. */
  | { written: false; checkpoint: AuditCheckpoint | null; problem: ChainProblem; firstBrokenId: number | null };

/**
 * Checkpoints the head of the chain. A checkpoint is signed only after the entries since the
 * previous one verify against it, so every signed checkpoint extends the one before: checking
 * from the newest one also vouches for the older ones (issue 7 §5).
 */
export async function writeCheckpoint(
  em: EntityManager,
  settings: Settings,
  now: () => Date = () => new Date(),
): Promise<CheckpointOutcome> {
  const { checkpoint: previous } = readNewestCheckpoint(settings);
  const verification = await verifyAgainst(em, previous);
  if (!verification.ok) {
    const { problem, firstBrokenId } = verification;
    return { written: false, checkpoint: previous, problem: problem!, firstBrokenId };
  }
  const head = verification.head;
  if (!head || (previous && head.seq === previous.seq)) return { written: false, checkpoint: previous };
  const checkpoint = { seq: head.seq, hash: head.hash, at: now() };
  appendCheckpoint(settings, checkpoint);
  return { written: true, checkpoint };
}

/** writeCheckpoint for background work: logs what happened instead of throwing. */
export async function writeCheckpointLogged(orm: MikroORM, settings: Settings): Promise<void> {
  try {
    const outcome = await writeCheckpoint(orm.em.fork() as EntityManager, settings);
    if (outcome.problem) {
      logger.error('audit chain does not extend its newest checkpoint; no checkpoint written', {
        problem: outcome.problem,
        firstBrokenId: outcome.firstBrokenId,
        checkpointSeq: outcome.checkpoint?.seq,
      });
    } else if (outcome.written) {
      logger.debug('audit checkpoint written', { seq: outcome.checkpoint.seq });
    }
  } catch (error) {
    logger.error('audit checkpoint not written', { error: String(error) });
  }
}

const EVERY_MINUTE = 60_000;

/**
 * Writes a checkpoint every minute while the chain grows (a tick whose head has not moved
 * writes nothing). `stop` ends the timer and writes the last one, for a graceful shutdown.
 */
export function scheduleCheckpoints(orm: MikroORM, settings: Settings, intervalMs = EVERY_MINUTE) {
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running.then(() => writeCheckpointLogged(orm, settings));
    return running;
  };
  const timer = setInterval(tick, intervalMs);
  // The timer alone must not keep a process (a command, a test) alive.
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await tick();
    },
  };
}
