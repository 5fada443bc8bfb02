import { request } from '@/app/graphql';
import { StartRotationPlanDocument } from '@/gql/graphql';
import { followJob } from '@/features/jobs/follow-job';

/** What the rotation generator is asked for (issue 11 §4): whose posts, from which month, for how long. */
export interface RotationPlanRequest {
  organizationId: string;
  /** YYYY-MM-01: plans run in whole months. */
  startDate: string;
  months: number;
}

/** How often the solver's job is asked how far it has come. */
const POLL_MS = 500;

/**
 * The one place the SPA asks the server for a rotation plan: `startRotationPlan` queues the
 * solver (a MIP in a worker thread on the server) as a job, whose progress goes to `onProgress`
 * (0–100) until it ends. Resolves with the stored draft's id; a failed or cancelled solve rejects
 * with the server's message. (`generateRotationPlan` answers the same plan in one request, for
 * partner systems that cannot follow a job.)
 */
export async function generateRotationPlan(
  input: RotationPlanRequest,
  onProgress: (percent: number) => void = () => undefined,
): Promise<string> {
  const { startRotationPlan } = await request(StartRotationPlanDocument, { input }, { silent: true });
  const { planId } = await followJob<{ planId: string }>(startRotationPlan.id, {
    intervalMs: POLL_MS,
    failedMessage: 'job not found',
    onProgress: ({ percent }) => onProgress(percent),
  });
  return planId;
}
