import type loadHighs from 'highs';
import type { RotationProgress } from './model-input';
import type { RotationModel } from './rotation-model';
import type { RotationSolveOptions } from './solve-in-thread';

export type Highs = Awaited<ReturnType<typeof loadHighs>>;

/** One HiGHS run of a model written in LP format: its status, and the plan when it has one. */
export interface HighsRun {
  status: string;
  solution: ((name: string) => number) | null;
  objective?: number;
  /** The proven lower bound on the objective. */
  bound?: number;
  gap: number | null;
}

export function runHighs(
  highs: Highs,
  model: RotationModel,
  options: RotationSolveOptions,
  progress: (report: RotationProgress) => void,
): HighsRun {
  const solver = highs.createModel({ format: 'lp', data: model.lp.text });
  try {
    solver.options.set({
      output_flag: false,
      time_limit: options.timeLimitSeconds,
      mip_rel_gap: options.mipRelGap,
    });
    let lastReport = 0;
    solver.run({
      [highs.constants.callbackType.mipImprovingSolution](event) {
        const now = Date.now();
        if (now - lastReport < 500) return;
        lastReport = now;
        const gap = event.data.mip_gap;
        const elapsed = event.data.running_time ?? 0;
        const percent = 10 + Math.min(80, Math.round((elapsed / options.timeLimitSeconds) * 80));
        progress({ stage: 'incumbent', percent, objective: event.data.objective_function_value, gap });
      },
    });
    const code = solver.getModelStatus();
    const status = statusName(highs, code);
    const ended = status === 'optimal' || status === 'time-limit' || status === 'interrupted';
    // Without a primal solution (infeasible, or a limit hit before any), getSolution throws.
    if (!ended || solver.info.get('primal_solution_status') !== 2) return { status, solution: null, gap: null };
    const values = solver.getSolution().colValue;
    const byName = new Map<string, number>();
    for (let i = 0; i < values.length; i++) byName.set(solver.getColName(i), values[i]);
    const gap = Number(solver.info.get('mip_gap'));
    return {
      status,
      solution: (name) => byName.get(name) ?? 0,
      objective: solver.getObjectiveValue(),
      bound: Number(solver.info.get('mip_dual_bound')),
      gap: Number.isFinite(gap) ? gap : null,
    };
  } finally {
    solver.dispose();
  }
}

function statusName(highs: Highs, code: number): string {
  const s = highs.constants.modelStatus;
  if (code === s.optimal) return 'optimal';
  if (code === s.infeasible || code === s.unboundedOrInfeasible) return 'infeasible';
  if (code === s.timeLimit) return 'time-limit';
  const name = Object.entries(s).find(([, value]) => value === code)?.[0];
  return name ?? `status-${code}`;
}
