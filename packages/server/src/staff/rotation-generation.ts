import { defineJob } from '../jobs/job-definition';
import { Job, JobStatus } from '../jobs/job.entity';
import { enqueueJob } from '../jobs/job.service';
import { badInput, DomainError } from '../shared/errors';
import { ServiceContext } from '../shared/service-context';
import { planRotation } from './rotation/index';
import { solutionOf, solverInputOf } from './rotation-mapping';
import { gatherRotationInput } from './rotation-input';
import { saveRotationPlan } from './rotation-plan.service';
import { managedOrganization } from './staff-access';
import { calendarDay } from './staff-dates';

export interface RotationRequest {
  organizationId: string;
  startDate: string;
  months: number;
}

/** What the job leaves in its result: the stored plan, and whether every hard rule could be met. */
export interface RotationJobResult {
  planId: string;
  feasible: boolean;
  status: string;
  gap: number | null;
}

/** HiGHS stops here and answers with the best plan found (and its gap). */
const SOLVE_SECONDS = 60;

/**
 * Solves an organisation's rotation plan in the background (issue 11 point 4): the input read from
 * the staff tables, the MIP solved in a worker thread (`planRotation`) with its progress forwarded
 * to the job, the answer stored as a DRAFT plan. When the rules cannot all be met the draft holds
 * no stays, a hard score above 0 and the violations naming rule, person and post; publishing
 * refuses it.
 */
export const rotationPlanJob = defineJob<RotationRequest, RotationJobResult>({
  kind: 'staff.rotationPlan',
  timeoutSeconds: SOLVE_SECONDS * 3 + 120,
  async handler(ctx, request, progress) {
    const input = await gatherRotationInput(ctx, request);
    await progress(5);
    let reported = 5;
    const result = await planRotation(solverInputOf(input), {
      timeLimitSeconds: SOLVE_SECONDS,
      onProgress: (report) => {
        const percent = Math.min(95, Math.max(reported, 5 + Math.round(report.percent * 0.9)));
        if (percent === reported) return;
        reported = percent;
        // A cancelled job's report throws; the solve runs out in its worker and is not stored.
        progress(percent).catch(() => undefined);
      },
    });
    const plan = await saveRotationPlan(ctx, request, solutionOf(result));
    return { planId: String(plan.id), feasible: result.feasible, status: result.status, gap: result.gap };
  },
});

/** Checks the request and queues the solve; the job's progress is the generator's progress bar. */
export async function startRotationPlan(ctx: ServiceContext, request: RotationRequest): Promise<Job> {
  const startDate = calendarDay('startDate', request.startDate);
  if (!startDate.endsWith('-01')) throw badInput('startDate', 'staff.rotation.startOfMonth');
  if (!Number.isInteger(request.months) || request.months < 1 || request.months > 120) {
    throw badInput('months', 'staff.rotation.months');
  }
  const organization = await ctx.em.transactional((tx) => managedOrganization(ctx, tx, request.organizationId));
  return enqueueJob(
    ctx,
    rotationPlanJob,
    { organizationId: String(organization.id), startDate, months: request.months },
    { organizationPath: organization.path },
  );
}

/**
 * Waits for a rotation job to end (it may run on another instance: the job's row is polled) and
 * answers its plan's id; a failed or cancelled job, or one past `timeoutMs`, is an error.
 */
export async function awaitRotationPlan(ctx: ServiceContext, jobId: number, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await ctx.em.fork().findOneOrFail(Job, jobId);
    if (job.status === JobStatus.SUCCEEDED) return (JSON.parse(job.result!) as RotationJobResult).planId;
    if (job.status === JobStatus.FAILED || job.status === JobStatus.CANCELLED || Date.now() > deadline) {
      throw new DomainError('CONFLICT', 'staff.rotation.notSolved');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The generation's longest wait for its job: the solve's limit, its diagnosis and a margin. */
export const ROTATION_WAIT_MS = (SOLVE_SECONDS * 2 + 60) * 1000;
