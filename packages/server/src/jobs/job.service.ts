import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/knex';
import { appendAuditEntry, AuditEvent, lockAuditChain } from '../audit/audit.service';
import { runAudited } from '../audit/audited-change';
import { Actor } from '../policy/actor';
import { can, coversWholeTree } from '../policy/policy';
import { badInput, notFound } from '../shared/errors';
import { parseId } from '../shared/ids';
import { ServiceContext } from '../shared/service-context';
import { JobDefinition, jobDefinition, NO_RETRY } from './job-definition';
import { Job, JobStatus } from './job.entity';
import { JOB_QUEUED_SIGNAL, jobSignals } from './job-state';

export interface EnqueueOptions {
  /** Organisation the job concerns; defaults to the requester's own. */
  organizationPath?: string | null;
  /** A scheduled run's `kind@fire time` (jobs/scheduler.ts). */
  scheduleSlot?: string;
}

/**
 * Queues a job of a declared kind, to run as `ctx`'s actor (or as the system when there is
 * none), and records JOB_QUEUED. Called inside a `runAudited` unit of work (pass its `tx` as
 * `ctx.em`), the job is queued with that change or not at all; called on its own it is its own
 * audited change. Runners pick it up once committed.
 */
export async function enqueueJob<Payload>(
  ctx: ServiceContext,
  definition: JobDefinition<Payload, unknown> | string,
  payload: Payload,
  options: EnqueueOptions = {},
): Promise<Job> {
  const kind = typeof definition === 'string' ? definition : definition.kind;
  const known = jobDefinition(kind);
  if (!known) throw new Error(`unknown job kind ${kind}: declare it in a module's jobs`);
  const job = newJob(ctx, known, payload, options);
  const event: AuditEvent = {
    action: 'JOB_QUEUED',
    target: null,
    label: kind,
    organizationPath: job.organizationPath,
    details: { kind, ...(options.scheduleSlot ? { scheduleSlot: options.scheduleSlot } : {}) },
  };
  // Scheduled and system jobs are queued by nobody signed in: the trail names the system.
  const author = ctx.actor ? ctx : { actor: null, requestId: ctx.requestId, anonymousName: 'system' };
  if (ctx.em.isInTransaction()) {
    // The caller's unit of work: it commits our row and entry with its own change. Taking the
    // chain lock again is a no-op within runAudited, and keeps the lock order elsewhere.
    await insertJob(ctx.em, job, event);
    await lockAuditChain(ctx.em);
    await appendAuditEntry(ctx.em, author, event);
  } else {
    await runAudited(ctx, async (tx) => {
      await insertJob(tx, job, event);
      return { result: job, audit: event, author };
    });
  }
  jobSignals.emit(JOB_QUEUED_SIGNAL);
  return job;
}

function newJob(ctx: ServiceContext, definition: JobDefinition, payload: unknown, options: EnqueueOptions): Job {
  const job = new Job();
  job.kind = definition.kind;
  job.payload = JSON.stringify(payload ?? {});
  job.maxAttempts = (definition.retry ?? NO_RETRY).attempts;
  job.requestedById = ctx.actor?.userId ?? null;
  job.organizationPath =
    options.organizationPath !== undefined ? options.organizationPath : (ctx.actor?.organizationPath ?? null);
  job.scheduleSlot = options.scheduleSlot ?? null;
  job.deliveryId = randomUUID();
  job.createdAt = ctx.now();
  job.runAfter = job.createdAt;
  return job;
}

async function insertJob(em: EntityManager, job: Job, event: AuditEvent) {
  em.persist(job);
  await em.flush();
  event.target = `Job:${job.id}`;
}

/**
 * Whether the actor may see (and cancel) a job: their own, or — as ADMIN — one about their
 * subtree; a job about no organisation (system, scheduled) only an ADMIN of the whole tree.
 */
export function mayAccessJob(actor: Actor | null, job: Pick<Job, 'requestedById' | 'organizationPath'>): boolean {
  if (!actor) return false;
  if (job.requestedById === actor.userId) return true;
  if (job.organizationPath) return can(actor, 'job.manage', { organizationPath: job.organizationPath });
  return (
    can(actor, 'job.manage', { organizationPath: actor.organizationPath }) && coversWholeTree(actor.organizationPath)
  );
}

/** A job the caller may see; null when it does not exist or is outside their view. */
export async function findVisibleJob(ctx: ServiceContext, id: string): Promise<Job | null> {
  const job = await ctx.em.findOne(Job, parseId(id));
  return job && mayAccessJob(ctx.actor, job) ? job : null;
}

/**
 * Cancels a queued or running job. A running handler stops at its next progress report;
 * what it already committed stays (each of its changes was audited on its own).
 */
export async function cancelJob(ctx: ServiceContext, id: string): Promise<Job> {
  const jobId = parseId(id);
  return runAudited(ctx, async (tx) => {
    const job = await tx.findOne(Job, jobId);
    if (!job || !mayAccessJob(ctx.actor, job)) throw notFound('Job');
    if (job.status !== JobStatus.QUEUED && job.status !== JobStatus.RUNNING) {
      throw badInput('id', 'jobs.notCancellable');
    }
    await tx.nativeUpdate(
      Job,
      { id: jobId, status: { $in: [JobStatus.QUEUED, JobStatus.RUNNING] } },
      { status: JobStatus.CANCELLED, finishedAt: ctx.now() },
    );
    await tx.refresh(job);
    return {
      result: job,
      audit: {
        action: 'JOB_CANCELLED',
        target: `Job:${job.id}`,
        label: job.kind,
        organizationPath: job.organizationPath,
        details: { kind: job.kind },
      },
    };
  });
}
