import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import PgBoss from 'pg-boss';
import { describeForLog } from '../app/log-safety';
import { logger } from '../app/logger';
import { Settings } from '../config/settings';
import { jobDefinition, NO_RETRY } from './job-definition';
import { Job, JobStatus } from './job.entity';
import { runJobAttempt } from './job-execution';
import { JOB_QUEUED_SIGNAL, jobSignals } from './job-state';
import { JobBackend, JobRunnerOptions } from './job-runner';

/** One pg-boss queue carries every kind: a message names our job row, which holds the rest. */
const QUEUE = 'dangan.jobs';
/** pg-boss's tables, beside ours in the same database. */
export const PG_BOSS_SCHEMA = 'pgboss';
const DEFAULT_TIMEOUT_SECONDS = 15 * 60;

interface Delivery {
  jobId: number;
}

/**
 * The PostgreSQL runner. Every instance hands newly queued rows to pg-boss (sending is
 * idempotent: the row's deliveryId is the message id) and works the one queue; pg-boss gives
 * each message to one worker across instances, retries with backoff, and delivers a job again
 * when the worker that held it stopped answering (a dead instance).
 */
export async function startPgBossRunner(
  orm: MikroORM,
  settings: Settings,
  connectionString: string,
  options: JobRunnerOptions,
): Promise<JobBackend> {
  const boss = new PgBoss({
    connectionString,
    schema: PG_BOSS_SCHEMA,
    application_name: 'dangan-jobs',
    max: options.concurrency + 2,
    // Scheduling is ours (jobs/scheduler.ts, same on both dialects); pg-boss only delivers.
    schedule: false,
  });
  boss.on('error', (error) => logger.warn('pg-boss error', describeForLog(error)));
  await boss.start();
  await boss.createQueue(QUEUE);

  let stopped = false;
  let dispatching: Promise<void> | null = null;

  const dispatch = async () => {
    const em = orm.em.fork() as EntityManager;
    const jobs = await em.find(
      Job,
      { status: JobStatus.QUEUED, dispatchedAt: null },
      { orderBy: { id: 'asc' }, limit: 100 },
    );
    for (const job of jobs) {
      if (stopped) return;
      const retry = jobDefinition(job.kind)?.retry ?? NO_RETRY;
      await boss.send(QUEUE, { jobId: job.id } satisfies Delivery, {
        id: job.deliveryId ?? undefined,
        // One delivery more than our attempts: if a worker dies holding the last attempt, the
        // extra delivery records the job as interrupted instead of leaving it RUNNING.
        retryLimit: job.maxAttempts,
        retryDelay: retry.delaySeconds,
        retryBackoff: retry.delaySeconds > 0,
        expireInSeconds: jobDefinition(job.kind)?.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
      });
      await em.nativeUpdate(Job, { id: job.id, dispatchedAt: null }, { dispatchedAt: new Date() });
    }
  };
  // Queued rows of any instance (or of a moment when sending failed) are sent by whoever looks first.
  const wake = () => {
    if (stopped || dispatching) return;
    dispatching = dispatch()
      .catch((error: unknown) => logger.warn('jobs not handed to pg-boss', describeForLog(error)))
      .finally(() => {
        dispatching = null;
      });
  };
  jobSignals.on(JOB_QUEUED_SIGNAL, wake);
  const timer = setInterval(wake, options.pollIntervalMs);
  timer.unref();
  wake();

  const work = (messages: PgBoss.JobWithMetadata<Delivery>[]) =>
    Promise.all(
      messages.map(async (message) => {
        const outcome = await runJobAttempt(orm, settings, message.data.jobId, {
          deliveryId: message.id,
          orphaned: message.retryCount > 0,
          lastDelivery: message.retryCount >= message.retryLimit,
          progressIntervalMs: options.progressIntervalMs,
        });
        // pg-boss retries on a throw; the row already says why the attempt failed.
        if (outcome === 'retrying') throw new Error(`job ${message.data.jobId} attempt failed`);
      }),
    );
  const workerOptions = {
    batchSize: 1,
    includeMetadata: true as const,
    pollingIntervalSeconds: Math.max(0.5, options.pollIntervalMs / 1000),
  };
  for (let i = 0; i < options.concurrency; i += 1) await boss.work<Delivery>(QUEUE, workerOptions, work);

  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      jobSignals.off(JOB_QUEUED_SIGNAL, wake);
      await dispatching;
      // A job still running after the grace period is delivered again once it expires.
      await boss.stop({ graceful: true, wait: true, timeout: options.stopGraceMs });
    },
  };
}
