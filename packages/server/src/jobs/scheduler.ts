import { MikroORM, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import cronParser from 'cron-parser';
import { describeForLog } from '../app/log-safety';
import { logger } from '../app/logger';
import { Settings } from '../config/settings';
import { systemContext } from '../shared/service-context';
import { JobSchedule } from './job-definition';
import { Job } from './job.entity';
import { enqueueJob } from './job.service';

/** The latest time at or before `now` that `cron` fires (UTC). */
export function latestFireTime(cron: string, now: Date): Date {
  const next = cronParser.parseExpression(cron, { currentDate: new Date(now.getTime() + 1), tz: 'UTC' });
  return next.prev().toDate();
}

/** The first time after `now` that `cron` fires (UTC). */
export function nextFireTime(cron: string, now: Date): Date {
  return cronParser.parseExpression(cron, { currentDate: now, tz: 'UTC' }).next().toDate();
}

/** Throws on a malformed expression, so a bad schedule stops the start instead of never running. */
export function checkCron(schedule: JobSchedule) {
  try {
    cronParser.parseExpression(schedule.cron, { tz: 'UTC' });
  } catch {
    throw new Error(`schedule of ${schedule.kind}: malformed cron expression ${schedule.cron}`);
  }
}

/**
 * Queues each schedule's run of the current period once across every instance: the run's
 * `scheduleSlot` (`kind@fire time`) is unique, so of the instances that tick, one inserts it
 * and the others find it or lose the insert. A period in which no instance was up is run at the
 * next start (its latest fire time), so a daily check is not skipped by a restart.
 */
export async function queueDueRuns(
  orm: MikroORM,
  settings: Settings,
  schedules: readonly JobSchedule[],
  now = new Date(),
) {
  for (const schedule of schedules) {
    const slot = `${schedule.kind}@${latestFireTime(schedule.cron, now).toISOString()}`;
    const em = orm.em.fork() as EntityManager;
    if (await em.count(Job, { scheduleSlot: slot })) continue;
    try {
      await enqueueJob(systemContext(em, settings, `schedule:${slot}`), schedule.kind, {}, { scheduleSlot: slot });
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
  }
}

/** Ticks every `intervalMs`; returns a function that stops it. */
export function startScheduler(
  orm: MikroORM,
  settings: Settings,
  schedules: readonly JobSchedule[],
  intervalMs: number,
) {
  if (!schedules.length) return async () => undefined;
  let ticking: Promise<void> = Promise.resolve();
  // A schedule is looked at again only once its next fire time has passed: ticking is frequent
  // (the poll interval) and schedules hourly or daily, and parsing every cron and counting its
  // slot on every tick was a steady share of a busy server's CPU (issue 9 point 13).
  const dueAt = new Map<JobSchedule, number>(schedules.map((schedule) => [schedule, 0]));
  const queueDue = async () => {
    const now = new Date();
    for (const schedule of schedules) {
      if (dueAt.get(schedule)! > now.getTime()) continue;
      try {
        await queueDueRuns(orm, settings, [schedule], now);
        dueAt.set(schedule, nextFireTime(schedule.cron, now).getTime());
      } catch (error) {
        // Left due: the next tick tries again.
        logger.warn('scheduled jobs not queued', describeForLog(error));
      }
    }
  };
  const tick = () => {
    ticking = ticking.then(queueDue);
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await ticking;
  };
}
