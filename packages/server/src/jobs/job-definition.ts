import type { ServiceContext } from '../shared/service-context';

/**
 * Reports how far a job has come: percent 0–100 and the message key of the step. Writes are
 * throttled; a call after the job was cancelled throws, which ends the handler.
 */
export type ReportProgress = (percent: number, messageKey?: string) => Promise<void>;

export interface RetryPolicy {
  /** Attempts in all, the first included (1: no retry). */
  attempts: number;
  /** Wait before the first retry; each further retry waits twice as long. */
  delaySeconds: number;
}

/** A kind of background work a module offers. */
export interface JobDefinition<Payload = unknown, Result = unknown> {
  /** `<module>.<what>`, e.g. `members.import`: also the pg-boss queue name. */
  kind: string;
  /**
   * The work. `ctx` acts as the requesting user (or as the system for scheduled and system
   * jobs); the returned value is stored as the job's JSON result. A `DomainError` fails the
   * job with its message key; anything else with `jobs.failed` (the details go to the log).
   */
  handler(ctx: ServiceContext, payload: Payload, progress: ReportProgress): Promise<Result>;
  retry?: RetryPolicy;
  /** Longest run before pg-boss considers the worker dead and delivers the job again. */
  timeoutSeconds?: number;
}

/** A periodic run of a job kind: a cron expression (5 fields, or 6 with seconds), in UTC. */
export interface JobSchedule {
  kind: string;
  cron: string;
}

export const NO_RETRY: RetryPolicy = { attempts: 1, delaySeconds: 0 };

/** Declares a job kind, keeping its payload and result types for `enqueueJob`. */
export const defineJob = <Payload, Result>(definition: JobDefinition<Payload, Result>) => definition;

/** Declares that `kind` runs on `cron`, once per period across every instance (jobs/scheduler.ts). */
export const scheduleJob = (kind: string, cron: string): JobSchedule => ({ kind, cron });

const definitions = new Map<string, JobDefinition>();
const schedules: JobSchedule[] = [];

const KIND = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/;

/**
 * Makes job kinds known to enqueueJob and the runners. app/modules.ts installs every module's;
 * a test may add kinds of its own (a job that fails, one that waits).
 */
export function registerJobs(
  jobs: readonly JobDefinition<never, unknown>[],
  jobSchedules: readonly JobSchedule[] = [],
) {
  for (const job of jobs as readonly JobDefinition[]) {
    if (!KIND.test(job.kind)) throw new Error(`job kind ${job.kind} must read <module>.<what>`);
    if (definitions.has(job.kind) && definitions.get(job.kind) !== job) {
      throw new Error(`job kind ${job.kind} is declared twice`);
    }
    definitions.set(job.kind, job);
  }
  for (const schedule of jobSchedules) {
    if (!definitions.has(schedule.kind)) throw new Error(`schedule of unknown job kind ${schedule.kind}`);
    schedules.push(schedule);
  }
}

/** Removes schedules (tests that scheduled a kind of their own). */
export function unregisterSchedules(kind: string) {
  for (let i = schedules.length - 1; i >= 0; i -= 1) if (schedules[i].kind === kind) schedules.splice(i, 1);
}

export const jobDefinition = (kind: string): JobDefinition | undefined => definitions.get(kind);
export const jobKinds = () => [...definitions.keys()];
export const jobSchedules = (): readonly JobSchedule[] => schedules;
