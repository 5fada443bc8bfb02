/**
 * `cd packages/server && npx tsx bench/rotation.ts`: the rotation solver on synthetic offices
 * (issue 11 point 8): 60 staff / 12 posts / 36 months (target: within 1 % of the optimum in
 * under 30 s) and 500 staff / 100 posts / 48 months (a feasible plan with its gap in under
 * 5 minutes). Each plan is solved as the job would solve it, in the worker thread, and then
 * held to the independent checker.
 *
 * Environment (all optional):
 * - ROTATION_BENCH: `small`, `large` or `all` (default);
 * - ROTATION_SEEDS: synthetic offices per size, default `1` (comma-separated seeds);
 * - ROTATION_SMALL_SECONDS / ROTATION_LARGE_SECONDS: HiGHS time limits, default 30 and 270;
 * - ROTATION_GAP: the relative gap at which HiGHS stops, default 0.01 (0: prove the optimum).
 *
 * Not a test: the figures depend on the machine, so nothing here asserts a speed.
 */
import { checkRotationPlan } from '../src/staff/rotation/checker';
import { planRotation } from '../src/staff/rotation/plan-rotation';
import { syntheticRotationInput, type SyntheticOffice } from './rotation-instances';

interface BenchCase {
  name: string;
  office: Omit<SyntheticOffice, 'seed'>;
  timeLimitSeconds: number;
  mipRelGap: number;
}

const CASES: Record<'small' | 'large', BenchCase> = {
  small: {
    name: '60 staff / 12 posts / 36 months',
    office: { staff: 60, posts: 12, months: 36 },
    timeLimitSeconds: Number(process.env.ROTATION_SMALL_SECONDS ?? 30),
    // The target is 1 %: HiGHS stops as soon as it has proven that.
    mipRelGap: Number(process.env.ROTATION_GAP ?? 0.01),
  },
  large: {
    name: '500 staff / 100 posts / 48 months',
    office: { staff: 500, posts: 100, months: 48 },
    timeLimitSeconds: Number(process.env.ROTATION_LARGE_SECONDS ?? 270),
    mipRelGap: Number(process.env.ROTATION_GAP ?? 0.01),
  },
};

async function runCase(bench: BenchCase, seed: number): Promise<string> {
  const input = syntheticRotationInput({ ...bench.office, seed });
  let incumbents = 0;
  const started = Date.now();
  const result = await planRotation(input, {
    timeLimitSeconds: bench.timeLimitSeconds,
    mipRelGap: bench.mipRelGap,
    onProgress: (report) => {
      if (report.stage === 'incumbent') incumbents++;
      if (report.stage === 'solving' && report.message) console.log(`  ${report.message}`);
    },
  });
  const wallMs = Date.now() - started;
  const check = checkRotationPlan(input, result.assignments);
  const verdict = !result.feasible
    ? `no plan: ${result.violations.length} rule(s) named`
    : check.hard.length === 0 &&
        Math.abs(check.score.medium - result.score.medium) < 1e-6 &&
        Math.abs(check.score.soft - result.score.soft) < 1e-6
      ? 'passes, same score'
      : `FAILS: ${check.hard.length} hard violation(s)`;
  const percent = (gap: number | null | undefined) => (gap == null ? 'n/a' : `${(gap * 100).toFixed(2)} %`);
  const moves = result.breakdown.find((line) => line.rule === 'move')?.count ?? 0;
  const shortfall = result.breakdown.find((line) => line.rule === 'min-staffing')?.count ?? 0;
  return (
    `| ${bench.name} | ${seed} | ${(wallMs / 1000).toFixed(1)} s | ${result.status} | ` +
    `${result.score.medium} / ${result.score.soft} | ${percent(result.highsGap)} | ${percent(result.gap)} | ${moves} | ${shortfall} | ${incumbents} | ${verdict} |`
  );
}

async function main() {
  const which = process.env.ROTATION_BENCH ?? 'all';
  const seeds = (process.env.ROTATION_SEEDS ?? '1').split(',').map(Number);
  const cases = which === 'all' ? [CASES.small, CASES.large] : [CASES[which as 'small' | 'large']];
  const rows: string[] = [];
  for (const bench of cases) {
    for (const seed of seeds) {
      console.log(
        `${bench.name}, seed ${seed}, time limit ${bench.timeLimitSeconds} s, stop at ${bench.mipRelGap * 100} %`,
      );
      rows.push(await runCase(bench, seed));
      console.log(rows[rows.length - 1]);
    }
  }
  console.log(
    '\n| office | seed | plan time | status | medium / soft | HiGHS gap | gap of the plan | moves | staffing shortfall | incumbents reported | checker |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
}

void main();
