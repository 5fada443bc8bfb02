import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { describeForLog } from '../app/log-safety';
import { logger } from '../app/logger';
import { LoginAttempt } from './login-attempt.entity';
import { Session } from './session.entity';

const DAY = 24 * 60 * 60_000;
const HOUR = 60 * 60_000;

/**
 * Deletes sessions that ended (expired or revoked) over a day ago and sign-in attempts older
 * than any lockout window needs. Both only back the checks of auth/; the audit trail keeps the
 * history. Idempotent, so every instance may run it.
 */
export async function pruneAuthRecords(em: EntityManager, now = new Date()) {
  const cutoff = new Date(now.getTime() - DAY);
  const sessions = await em.nativeDelete(Session, {
    $or: [{ expiresAt: { $lt: cutoff } }, { revokedAt: { $lt: cutoff } }],
  });
  const attempts = await em.nativeDelete(LoginAttempt, { at: { $lt: cutoff } });
  return { sessions, attempts };
}

/** Runs the pruning now and then hourly; returns a function that stops it. */
export function scheduleHousekeeping(orm: MikroORM): () => void {
  const run = () =>
    pruneAuthRecords(orm.em.fork() as EntityManager)
      .then((pruned) => logger.debug('auth records pruned', pruned))
      .catch((error: unknown) => logger.warn('pruning auth records failed', describeForLog(error)));
  void run();
  const timer = setInterval(run, HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
