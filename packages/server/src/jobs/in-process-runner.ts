import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { describeForLog } from '../app/log-safety';
import { logger } from '../app/logger';
import { Settings } from '../config/settings';
import { Job, JobStatus } from './job.entity';
import { runJobAttempt } from './job-execution';
import { claimJob, JOB_QUEUED_SIGNAL, jobSignals, requeueOrphans } from './job-state';
import { JobBackend, JobRunnerOptions } from './job-runner';

/**
 * The SQLite runner: one process owns the database file, so a loop in it is the whole queue.
 * It claims due QUEUED jobs oldest first, runs up to `concurrency` at once, and at start
 * re-queues the jobs a previous process left RUNNING when it died.
 */
export async function startInProcessRunner(
  orm: MikroORM,
  settings: Settings,
  options: JobRunnerOptions,
): Promise<JobBackend> {
  const recovered = await requeueOrphans(orm.em.fork() as EntityManager, new Date());
  if (recovered) logger.info('jobs left running by a stopped process were queued again', { count: recovered });

  const running = new Set<Promise<unknown>>();
  let stopped = false;
  let pumping = false;

  const nextDueJob = async () => {
    const [job] = await (orm.em.fork() as EntityManager).find(
      Job,
      { status: JobStatus.QUEUED, runAfter: { $lte: new Date() } },
      { fields: ['id'], orderBy: { id: 'asc' }, limit: 1 },
    );
    return job?.id;
  };

  // Starts due jobs while there is room; one pump at a time, so two never claim alike.
  const pump = async () => {
    if (pumping || stopped) return;
    pumping = true;
    try {
      while (!stopped && running.size < options.concurrency) {
        const id = await nextDueJob();
        if (id === undefined) break;
        if (!(await claimJob(orm.em.fork() as EntityManager, id, new Date()))) continue;
        const attempt = runJobAttempt(orm, settings, id, {
          claimed: true,
          progressIntervalMs: options.progressIntervalMs,
        })
          .catch((error: unknown) => logger.error('job runner failed', { jobId: id, ...describeForLog(error) }))
          .finally(() => {
            running.delete(attempt);
            void pump();
          });
        running.add(attempt);
      }
    } catch (error) {
      logger.warn('job queue not polled', describeForLog(error));
    } finally {
      pumping = false;
    }
  };

  const wake = () => void pump();
  jobSignals.on(JOB_QUEUED_SIGNAL, wake);
  const timer = setInterval(wake, options.pollIntervalMs);
  timer.unref();
  wake();

  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      jobSignals.off(JOB_QUEUED_SIGNAL, wake);
      // A job still running after the grace period stays RUNNING and is re-queued at next start.
      await Promise.race([Promise.allSettled([...running]), delay(options.stopGraceMs)]);
    },
  };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());
