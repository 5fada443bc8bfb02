import { defineJob } from './job-definition';

export interface SelfTestPayload {
  /** How long the job takes in all; it reports progress in ten steps. */
  durationMs: number;
}

export const SELF_TEST_MAX_MS = 60_000;

/**
 * A job that only waits and reports progress 0 → 100: proves from the health view (and the
 * tests) that some instance is taking work and that progress reaches the SPA.
 */
export const selfTestJob = defineJob<SelfTestPayload, { steps: number }>({
  kind: 'jobs.selfTest',
  handler: async (_ctx, { durationMs }, progress) => {
    const steps = 10;
    for (let step = 0; step < steps; step += 1) {
      await progress((step * 100) / steps, 'jobs.selfTest.step');
      await new Promise((resolve) => setTimeout(resolve, durationMs / steps));
    }
    return { steps };
  },
});
