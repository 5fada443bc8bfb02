import { EventEmitter } from 'node:events';
import { raw } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { MessageParams } from '../shared/errors';
import { Job, JobStatus } from './job.entity';

/**
 * Tells the runners of this process that a job was queued, so they need not wait for their
 * next poll. Runners of other instances find it by polling.
 */
export const jobSignals = new EventEmitter();
jobSignals.setMaxListeners(0);
export const JOB_QUEUED_SIGNAL = 'queued';

/**
 * Takes a job for one attempt: QUEUED → RUNNING, counting the attempt. Conditional, so of two
 * runners only one wins. `orphaned` also takes a RUNNING job: pg-boss delivers an active job
 * again only once its worker missed the deadline, i.e. is considered dead.
 */
export async function claimJob(
  em: EntityManager,
  id: number,
  now: Date,
  { orphaned = false, deliveryId }: { orphaned?: boolean; deliveryId?: string } = {},
): Promise<boolean> {
  const statuses = orphaned ? [JobStatus.QUEUED, JobStatus.RUNNING] : [JobStatus.QUEUED];
  const changed = await em.nativeUpdate(
    Job,
    // A message names its row by id and delivery id: it never runs a row that merely reuses the id.
    { id, status: { $in: statuses }, ...(deliveryId ? { deliveryId } : {}) },
    { status: JobStatus.RUNNING, startedAt: now, attempts: raw('attempts + 1'), finishedAt: null },
  );
  return changed === 1;
}

/** Progress of a running job; false when it is no longer running (cancelled meanwhile). */
export async function writeProgress(
  em: EntityManager,
  id: number,
  percent: number,
  messageKey: string | null,
): Promise<boolean> {
  const changed = await em.nativeUpdate(
    Job,
    { id, status: JobStatus.RUNNING },
    { progress: Math.max(0, Math.min(100, Math.round(percent))), messageKey },
  );
  return changed === 1;
}

export async function recordSuccess(em: EntityManager, id: number, result: unknown, now: Date): Promise<void> {
  await em.nativeUpdate(
    Job,
    { id, status: JobStatus.RUNNING },
    {
      status: JobStatus.SUCCEEDED,
      progress: 100,
      result: result === undefined ? null : JSON.stringify(result),
      errorKey: null,
      errorParams: null,
      finishedAt: now,
    },
  );
}

export interface Failure {
  messageKey: string;
  params?: MessageParams;
}

/**
 * A failed attempt: back to QUEUED after `retryAt` while attempts remain, else FAILED. The
 * message key of the failure is kept either way, so a retrying job shows why.
 */
export async function recordFailure(
  em: EntityManager,
  id: number,
  failure: Failure,
  now: Date,
  retryAt: Date | null,
): Promise<void> {
  const error = { errorKey: failure.messageKey, errorParams: failure.params ? JSON.stringify(failure.params) : null };
  await em.nativeUpdate(
    Job,
    { id, status: JobStatus.RUNNING },
    retryAt
      ? { ...error, status: JobStatus.QUEUED, runAfter: retryAt, messageKey: null }
      : { ...error, status: JobStatus.FAILED, finishedAt: now },
  );
}

/**
 * Jobs left RUNNING by a process that died (SQLite: only one process runs jobs, so at its
 * start every RUNNING job is such an orphan). Those with attempts left are queued again; the
 * others fail as interrupted.
 */
export async function requeueOrphans(em: EntityManager, now: Date): Promise<number> {
  const orphans = await em.find(Job, { status: JobStatus.RUNNING }, { fields: ['id', 'attempts', 'maxAttempts'] });
  for (const orphan of orphans) {
    const exhausted = orphan.attempts >= orphan.maxAttempts;
    await em.nativeUpdate(
      Job,
      { id: orphan.id, status: JobStatus.RUNNING },
      exhausted
        ? { status: JobStatus.FAILED, errorKey: 'jobs.interrupted', errorParams: null, finishedAt: now }
        : { status: JobStatus.QUEUED, runAfter: now, messageKey: null },
    );
  }
  return orphans.length;
}
