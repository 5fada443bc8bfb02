import loadHighs from 'highs';
import type { RotationInput, RotationPlanResult, RotationProgress } from './model-input';
import { runHighs, type Highs, type HighsRun } from './highs-run';
import { finding } from './findings';
import { independentParts } from './independent-parts';
import { explainInfeasibility } from './infeasibility';
import { assignmentsOf, evaluateGrid, gridFromSolution, type RotationGrid } from './plan-reading';
import { precheckRotation } from './pre-check';
import { readRotationFacts, type RotationFacts } from './rotation-facts';
import { buildRotationModel } from './rotation-model';

export interface RotationSolveOptions {
  /** HiGHS stops here and the best plan found so far is returned (with its gap). */
  timeLimitSeconds: number;
  /** Stop once the plan is proven within this relative gap of the optimum. */
  mipRelGap: number;
}

export const DEFAULT_SOLVE_OPTIONS: RotationSolveOptions = { timeLimitSeconds: 60, mipRelGap: 0.001 };

let highsModule: Promise<Highs> | null = null;

/**
 * Solves the rotation plan on the calling thread (it blocks it: `planRotation` runs this in a
 * worker). Pre-check first; then the MIP, part by independent part; when HiGHS proves a part
 * infeasible, relaxing its hard rules one family at a time names the culprits (infeasibility.ts).
 */
export async function solveRotationInThread(
  input: RotationInput,
  options: RotationSolveOptions = DEFAULT_SOLVE_OPTIONS,
  progress: (report: RotationProgress) => void = () => undefined,
): Promise<RotationPlanResult> {
  const started = Date.now();
  progress({ stage: 'pre-check', percent: 0 });
  const facts = readRotationFacts(input);
  const notes = describeScope(facts);
  const precheck = precheckRotation(facts);
  const warnings = precheck.warnings;
  notes.push(...warnings.map((w) => `pre-check: ${w.rule} ${w.code} ${JSON.stringify(w.params)}`));
  const empty = { assignments: [], breakdown: [], gap: null, notes, warnings };
  if (precheck.blocking.length > 0) {
    const score = { hard: precheck.blocking.length, medium: 0, soft: 0 };
    const violations = precheck.blocking;
    return { ...empty, feasible: false, status: 'pre-check-failed', score, violations, solveMs: Date.now() - started };
  }
  highsModule ??= loadHighs();
  const highs = await highsModule;
  const parts = independentParts(facts);
  if (parts.length > 1) notes.push(`solved as ${parts.length} independent parts (no shared person, post or quota)`);
  const plan = solveParts(highs, facts, parts, options, progress, notes);
  if ('grid' in plan) {
    progress({ stage: 'done', percent: 100, gap: plan.gap ?? undefined });
    return {
      feasible: true,
      assignments: assignmentsOf(facts, plan.grid),
      ...evaluateGrid(facts, plan.grid),
      gap: plan.gap,
      highsGap: plan.highsGap,
      status: plan.status,
      solveMs: Date.now() - started,
      notes,
      warnings,
    };
  }
  if (plan.status !== 'infeasible') {
    const violations = [{ rule: 'solver' as const, ...finding('solverNoPlan', { status: plan.status }) }];
    const score = { hard: 0, medium: 0, soft: 0 };
    return { ...empty, feasible: false, status: plan.status, score, violations, solveMs: Date.now() - started };
  }
  progress({ stage: 'diagnosing', percent: 90 });
  const violations = explainInfeasibility(highs, plan.part, options);
  const score = { hard: violations.length, medium: 0, soft: 0 };
  return { ...empty, feasible: false, status: 'infeasible', score, violations, solveMs: Date.now() - started };
}

type PartsOutcome =
  | { grid: RotationGrid; gap: number | null; highsGap: number | null; status: string }
  | { status: string; part: RotationFacts };

/**
 * Solves the parts one after the other, each with a share of the time limit by its size, and
 * puts their plans into one grid. Gaps follow HiGHS's definition, (objective - proven bound) /
 * objective, over the parts' sums: `highsGap` with the objective of HiGHS's incumbents, `gap`
 * with the cost of the plan read from them. An incumbent may carry more shortfall than its
 * plan has (the shortfall variables are only bounded below), so `gap` is the plan's own.
 */
function solveParts(
  highs: Highs,
  facts: RotationFacts,
  parts: RotationFacts[],
  options: RotationSolveOptions,
  progress: (report: RotationProgress) => void,
  notes: string[],
): PartsOutcome {
  const deadline = Date.now() + options.timeLimitSeconds * 1000;
  const size = (part: RotationFacts) => 1 + part.people.reduce((n, p) => n + p.candidates.flat().length, 0);
  let sizeLeft = parts.reduce((n, part) => n + size(part), 0);
  const row = new Map(facts.people.map((person, s) => [person.member.id, s]));
  const grid: RotationGrid = facts.people.map(() => facts.periods.map(() => null));
  let primal = 0;
  let planCost = 0;
  let dual = 0;
  let allOptimal = true;
  for (const [i, part] of parts.entries()) {
    progress({ stage: 'building', percent: 5 + Math.round((i / parts.length) * 80) });
    const model = buildRotationModel(part);
    const seconds = Math.max(1, ((deadline - Date.now()) / 1000) * (size(part) / sizeLeft));
    sizeLeft -= size(part);
    const label = parts.length > 1 ? `part ${i + 1} of ${parts.length}: ` : '';
    notes.push(`${label}model of ${model.lp.variables} variables and ${model.lp.rows} rows, ${Math.round(seconds)} s`);
    progress({ stage: 'solving', percent: 10 + Math.round((i / parts.length) * 80), message: notes[notes.length - 1] });
    // Nobody in service: nothing to decide (HiGHS would answer "empty model", not a plan).
    const run: HighsRun =
      model.lp.variables === 0
        ? { status: 'optimal', solution: () => 0, gap: 0, objective: 0, bound: 0 }
        : runHighs(highs, model, { ...options, timeLimitSeconds: seconds }, progress);
    if (!run.solution) return { status: run.status, part };
    const partGrid = gridFromSolution(model, run.solution);
    partGrid.forEach((periods, s) => (grid[row.get(part.people[s].member.id)!] = periods));
    const { score } = evaluateGrid(part, partGrid);
    planCost += score.medium + score.soft + model.lp.constant;
    primal += run.objective ?? 0;
    dual += run.bound ?? run.objective ?? 0;
    allOptimal &&= run.status === 'optimal';
    if (parts.length > 1) notes.push(`${label}${run.status}, gap ${run.gap === null ? 'unknown' : run.gap.toFixed(4)}`);
  }
  const relativeGap = (objective: number) =>
    !Number.isFinite(dual)
      ? null
      : Math.abs(objective) < 1e-9
        ? 0
        : Math.max(0, (objective - dual) / Math.abs(objective));
  return {
    grid,
    gap: relativeGap(planCost),
    highsGap: relativeGap(primal),
    status: allOptimal ? 'optimal' : 'time-limit',
  };
}

function describeScope(facts: RotationFacts): string[] {
  const { rules, periods } = facts;
  return [
    `periods: ${periods.length} of ${rules.periodMonths} months; moves happen at a period's start, tenure is counted in months`,
    facts.crossRegionScope === 'all'
      ? 'candidates: every post of every region'
      : 'candidates: posts of the own region, asked-for posts, and posts of regions short of minimum staffing',
  ];
}
