import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { finding } from './findings';
import type { RotationInput, RotationPlanResult, RotationProgress } from './model-input';
import { DEFAULT_SOLVE_OPTIONS, type RotationSolveOptions } from './solve-in-thread';
import type { RotationWorkerMessage } from './solve-worker';

export interface PlanRotationOptions extends Partial<RotationSolveOptions> {
  onProgress?: (report: RotationProgress) => void;
}

/**
 * Solves a rotation plan in a worker thread (issue 11 point 4), so the event loop stays free
 * while HiGHS works; resolves with the plan or the report of the rules that cannot be met.
 */
export function planRotation(input: RotationInput, options: PlanRotationOptions = {}): Promise<RotationPlanResult> {
  const { onProgress, ...given } = options;
  const solveOptions: RotationSolveOptions = { ...DEFAULT_SOLVE_OPTIONS, ...given };
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const worker = startSolveWorker({ input, options: solveOptions });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(guard);
      void worker.terminate();
      outcome();
    };
    // HiGHS honours its time limit; this only catches a worker that hangs past it and the diagnosis.
    const guardMs = (solveOptions.timeLimitSeconds * 1.5 + 60) * 1000;
    const guard = setTimeout(
      () =>
        finish(() =>
          resolve({
            feasible: false,
            assignments: [],
            score: { hard: 0, medium: 0, soft: 0 },
            breakdown: [],
            violations: [{ rule: 'solver' as const, ...finding('solverTimeout', { seconds: guardMs / 1000 }) }],
            gap: null,
            status: 'error',
            solveMs: Date.now() - started,
          }),
        ),
      guardMs,
    );
    worker.on('message', (message: RotationWorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.report);
      else if (message.type === 'result') finish(() => resolve(message.result));
      else finish(() => reject(new Error(`rotation solver failed: ${message.message}`)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`rotation solver stopped (exit code ${code})`))));
  });
}

/**
 * From the compiled `dist` the worker is `solve-worker.js` beside this file. From TypeScript
 * source (tsx, vitest) the worker thread has no TypeScript loader of its own, so a two-line
 * CommonJS bootstrap registers tsx's require hook and then loads `solve-worker.ts`.
 */
function startSolveWorker(workerData: { input: RotationInput; options: RotationSolveOptions }): Worker {
  const extension = extname(__filename);
  const entry = join(__dirname, `solve-worker${extension}`);
  if (extension === '.js') return new Worker(entry, { workerData });
  const bootstrap = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(entry)});`;
  return new Worker(bootstrap, { eval: true, workerData });
}
