import { parentPort, workerData } from 'node:worker_threads';
import type { RotationInput } from './model-input';
import { solveRotationInThread, type RotationSolveOptions } from './solve-in-thread';

/**
 * The worker thread of `planRotation`: HiGHS runs synchronously for up to the time limit, so
 * it must not run on the thread that answers requests (issue 11: "never blocks request
 * handling"). It posts progress reports, then one result or one error.
 */
export type RotationWorkerMessage =
  | { type: 'progress'; report: import('./model-input').RotationProgress }
  | { type: 'result'; result: import('./model-input').RotationPlanResult }
  | { type: 'error'; message: string };

const { input, options } = workerData as { input: RotationInput; options: RotationSolveOptions };
const post = (message: RotationWorkerMessage) => parentPort!.postMessage(message);

solveRotationInThread(input, options, (report) => post({ type: 'progress', report })).then(
  (result) => post({ type: 'result', result }),
  (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
);
