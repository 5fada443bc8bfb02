import { finding, nested } from './findings';
import { runHighs, type Highs } from './highs-run';
import type { RotationViolation } from './model-input';
import type { RotationFacts } from './rotation-facts';
import { buildRotationModel } from './rotation-model';
import type { RotationSolveOptions } from './solve-in-thread';

/** The hard rules that the model writes as rows, in the order they are tried alone. */
const HARD_ROW_FAMILIES = [
  'newcomers-per-period',
  'max-staffing',
  'minimum-stay',
  'no-return',
  'max-tenure',
  'not-moved-while-frozen',
  'one-post-per-period',
];

/**
 * Requirements §7 want the rule and the person, not "infeasible". Each family of hard rows is
 * relaxed alone (a slack costing more than any plan): a family that alone makes the plan
 * possible is a culprit, and its slacks in use name who, what and when. Every such family is
 * reported, since lifting any one of them would do. When no family alone suffices, all are
 * relaxed together and the fewest breaches are reported.
 */
export function explainInfeasibility(
  highs: Highs,
  facts: RotationFacts,
  options: RotationSolveOptions,
): RotationViolation[] {
  const budget = Math.max(5, options.timeLimitSeconds / 2);
  const perFamily = { ...options, timeLimitSeconds: budget / (HARD_ROW_FAMILIES.length + 1) };
  const found: RotationViolation[] = [];
  for (const family of HARD_ROW_FAMILIES) {
    const broken = brokenRows(highs, facts, new Set([family]), perFamily);
    if (broken) found.push(...broken.map((row) => unmeetable('unmeetableAlone', row)));
  }
  if (found.length > 0) return found;
  const together = brokenRows(highs, facts, new Set(HARD_ROW_FAMILIES), perFamily);
  if (together) return together.map((row) => unmeetable('unmeetable', row));
  return [{ rule: 'unknown', ...finding('noExplanation') }];
}

/** A broken row as a violation: its rule, person and post, and its own statement inside "cannot be met: …". */
function unmeetable(code: 'unmeetable' | 'unmeetableAlone', row: RotationViolation): RotationViolation {
  return { ...row, ...finding(code, { requirement: nested({ code: row.code, params: row.params }) }) };
}

/** The rows the relaxed model breaks, or null when it has no plan either (or no time). */
function brokenRows(
  highs: Highs,
  facts: RotationFacts,
  relaxed: ReadonlySet<string>,
  options: RotationSolveOptions,
): RotationViolation[] | null {
  const model = buildRotationModel(facts, relaxed);
  if (model.lp.slacks.size === 0) return null;
  const run = runHighs(highs, model, options, () => undefined);
  if (!run.solution) return null;
  const broken: RotationViolation[] = [];
  for (const [slack, owner] of model.lp.slacks) {
    const { rule } = owner;
    // Rows defining helper variables are never relaxed, so they own no slack.
    if (rule !== 'definition' && run.solution(slack) > 1e-6) broken.push({ ...owner, rule });
  }
  return broken;
}
