import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { describeForLog } from '../app/log-safety';
import { logger } from '../app/logger';
import { Settings } from '../config/settings';
import { Actor } from '../policy/actor';
import { DomainError } from '../shared/errors';
import { ServiceContext, systemContext } from '../shared/service-context';
import { User, UserStatus } from '../users/user.entity';
import { jobDefinition, NO_RETRY, ReportProgress } from './job-definition';
import { Job } from './job.entity';
import { claimJob, Failure, recordFailure, recordSuccess, writeProgress } from './job-state';

/** Raised from `progress()` once the job was cancelled: it ends the handler, nothing more. */
export class JobCancelled extends Error {}

/** Failures another attempt would meet again: the job fails at once instead of retrying. */
const PERMANENT = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']);

export type AttemptOutcome = 'skipped' | 'succeeded' | 'retrying' | 'failed' | 'cancelled';

export interface AttemptOptions {
  /** The caller has claimed the job already (the in-process runner claims before it starts one). */
  claimed?: boolean;
  /** The pg-boss message's id: the row must carry it. */
  deliveryId?: string;
  /** Accept a RUNNING job too (pg-boss delivers one again only when its worker is presumed dead). */
  orphaned?: boolean;
  /** Whether the deliverer will try again after this attempt (pg-boss counts its own retries). */
  lastDelivery?: boolean;
  /** Least time between two progress writes. */
  progressIntervalMs: number;
}

/**
 * One attempt of a job: claims it, runs its handler as the requesting user (or the system)
 * and records the outcome in the job's row. Never throws for the handler's failures.
 */
export async function runJobAttempt(
  orm: MikroORM,
  settings: Settings,
  jobId: number,
  options: AttemptOptions,
): Promise<AttemptOutcome> {
  const em = orm.em.fork() as EntityManager;
  const now = new Date();
  if (!options.claimed && !(await claimJob(em, jobId, now, options))) return 'skipped';
  const job = await em.findOneOrFail(Job, jobId);
  if (job.attempts > job.maxAttempts) {
    // Delivered again after its last attempt's worker died: no attempt is left to run.
    await recordFailure(em, jobId, { messageKey: 'jobs.interrupted' }, now, null);
    return 'failed';
  }
  const definition = jobDefinition(job.kind);
  const reporter = progressReporter(orm, jobId, options.progressIntervalMs);
  try {
    if (!definition) throw new DomainError('INTERNAL_SERVER_ERROR', 'jobs.unknownKind');
    const ctx = await contextFor(orm.em.fork() as EntityManager, settings, job);
    const result = await definition.handler(ctx, JSON.parse(job.payload) as never, reporter.report);
    await reporter.flush();
    await recordSuccess(em, jobId, result, new Date());
    return 'succeeded';
  } catch (error) {
    await reporter.flush();
    if (error instanceof JobCancelled || reporter.cancelled()) return 'cancelled';
    const failure = failureOf(error, job);
    const retry = definition?.retry ?? NO_RETRY;
    const retrying =
      !options.lastDelivery &&
      job.attempts < job.maxAttempts &&
      !(error instanceof DomainError && PERMANENT.has(error.code));
    const retryAt = retrying ? new Date(Date.now() + retry.delaySeconds * 1000 * 2 ** (job.attempts - 1)) : null;
    await recordFailure(em, jobId, failure, new Date(), retryAt);
    return retrying ? 'retrying' : 'failed';
  }
}

function failureOf(error: unknown, job: Job): Failure {
  if (error instanceof DomainError) return { messageKey: error.messageKey, params: error.params };
  // The log keeps what went wrong (without SQL values); the job's record only a message key.
  logger.error('job attempt failed', {
    jobId: job.id,
    kind: job.kind,
    attempt: job.attempts,
    ...describeForLog(error),
  });
  return { messageKey: 'jobs.failed' };
}

/** The requester's actor, as at sign-in; a requester since disabled or removed fails the job. */
async function contextFor(em: EntityManager, settings: Settings, job: Job): Promise<ServiceContext> {
  const ctx = systemContext(em, settings, `job:${job.id}`);
  if (job.requestedById === null) return ctx;
  const user = await em.findOne(User, job.requestedById, { populate: ['organization'] });
  if (!user || user.status !== UserStatus.ACTIVE) throw new DomainError('FORBIDDEN', 'jobs.requesterInactive');
  const actor: Actor = {
    userId: user.id,
    username: user.username,
    roles: user.roles,
    organizationId: user.organization.id,
    organizationPath: user.organization.getEntity().path,
    sessionId: `job:${job.id}`,
  };
  return { ...ctx, actor };
}

/**
 * `progress()` for a handler. It never waits for the database: on SQLite the one connection
 * may be held by the handler's own transaction, so the latest report is written in the
 * background, at most every `intervalMs`, and `flush` writes the last one. A write that finds
 * the job no longer RUNNING (cancelled) makes the next report throw JobCancelled.
 */
function progressReporter(orm: MikroORM, jobId: number, intervalMs: number) {
  let pending: { percent: number; messageKey: string | null } | null = null;
  let writing: Promise<void> = Promise.resolve();
  let lastWrite = 0;
  let timer: NodeJS.Timeout | null = null;
  let cancelled = false;

  const write = () => {
    timer = null;
    const next = pending;
    pending = null;
    if (!next) return writing;
    lastWrite = Date.now();
    writing = writing
      .then(() => writeProgress(orm.em.fork() as EntityManager, jobId, next.percent, next.messageKey))
      .then((running) => {
        if (!running) cancelled = true;
      })
      .catch((error: unknown) => logger.warn('job progress not written', { jobId, ...describeForLog(error) }));
    return writing;
  };

  const report: ReportProgress = async (percent, messageKey) => {
    if (cancelled) throw new JobCancelled();
    pending = { percent, messageKey: messageKey ?? null };
    if (timer) return;
    const wait = lastWrite + intervalMs - Date.now();
    if (wait <= 0) void write();
    else timer = setTimeout(() => void write(), wait);
  };

  return {
    report,
    cancelled: () => cancelled,
    flush: async () => {
      if (timer) clearTimeout(timer);
      await write();
    },
  };
}
