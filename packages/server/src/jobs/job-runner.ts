import { MikroORM } from '@mikro-orm/core';
import { logger } from '../app/logger';
import { Settings } from '../config/settings';
import { DatabaseTarget } from '../db/orm';
import { jobSchedules } from './job-definition';
import { startInProcessRunner } from './in-process-runner';
import { startPgBossRunner } from './pg-boss-runner';
import { checkCron, startScheduler } from './scheduler';

export interface JobRunnerOptions {
  /** Jobs one instance runs at once. */
  concurrency: number;
  /** How often the queue (and the schedules) are looked at when nothing signals. */
  pollIntervalMs: number;
  /** Least time between two progress writes of one job. */
  progressIntervalMs: number;
  /** How long `stop` waits for running jobs before it gives up on them. */
  stopGraceMs: number;
}

export interface JobBackend {
  stop(): Promise<void>;
}

export interface RunningJobs {
  backend: 'pg-boss' | 'in-process';
  /** Stops taking work and waits (up to the grace period) for running jobs; call before orm.close(). */
  stop(): Promise<void>;
}

/**
 * Starts background work for this instance: pg-boss on PostgreSQL, the in-process runner on
 * SQLite, and the schedules of every module on either. Called by main.ts after migrations;
 * tests start it themselves (it is off in the test server).
 */
export async function startJobs(
  orm: MikroORM,
  settings: Settings,
  target: DatabaseTarget,
  overrides: Partial<JobRunnerOptions> = {},
): Promise<RunningJobs> {
  const options: JobRunnerOptions = {
    concurrency: settings.JOB_CONCURRENCY,
    pollIntervalMs: settings.JOB_POLL_INTERVAL_MS,
    progressIntervalMs: Math.min(500, settings.JOB_POLL_INTERVAL_MS),
    stopGraceMs: 10_000,
    ...overrides,
  };
  const schedules = [...jobSchedules()];
  schedules.forEach(checkCron);
  const backend =
    target.dialect === 'postgresql'
      ? await startPgBossRunner(orm, settings, target.location, options)
      : await startInProcessRunner(orm, settings, options);
  const stopScheduler = startScheduler(orm, settings, schedules, options.pollIntervalMs);
  const name = target.dialect === 'postgresql' ? 'pg-boss' : 'in-process';
  logger.info('background jobs started', {
    backend: name,
    concurrency: options.concurrency,
    schedules: schedules.length,
  });
  return {
    backend: name,
    stop: async () => {
      await stopScheduler();
      await backend.stop();
    },
  };
}
