import { finding, periodRef, postRef } from './findings';
import type { RotationAssignment, RotationBreakdownLine, RotationScore, RotationViolation } from './model-input';
import type { RotationFacts } from './rotation-facts';
import { monthsHeld, type RotationModel } from './rotation-model';

/** Per person, per period: the post held (null when not in service). */
export type RotationGrid = (number | null)[][];

export function gridFromSolution(model: RotationModel, value: (name: string) => number): RotationGrid {
  const grid: RotationGrid = model.facts.people.map(() => model.facts.periods.map(() => null));
  for (const [name, cell] of model.holdings) {
    if (value(name) > 0.5) grid[cell.person][cell.period] = cell.postId;
  }
  return grid;
}

/** One row per continuous stay within the horizon; a retirement ends the last one. */
export function assignmentsOf(facts: RotationFacts, grid: RotationGrid): RotationAssignment[] {
  const rows: RotationAssignment[] = [];
  facts.people.forEach((person, s) => {
    let open: RotationAssignment | null = null;
    facts.periods.forEach((period, t) => {
      const postId = grid[s][t];
      if (open && open.postId === postId) {
        open.endDate = period.end;
      } else {
        open =
          postId === null ? null : { staffId: person.member.id, postId, startDate: period.start, endDate: period.end };
        if (open) rows.push(open);
      }
    });
    const retirement = person.member.retirementDate;
    for (const row of rows) {
      if (row.staffId === person.member.id && retirement !== null && row.endDate > retirement) row.endDate = retirement;
    }
  });
  return rows;
}

export interface PlanEvaluation {
  score: RotationScore;
  breakdown: RotationBreakdownLine[];
  violations: RotationViolation[];
}

const HARD_RULES = [
  'one-post-per-period',
  'max-tenure',
  'qualification',
  'newcomers-per-period',
  'minimum-stay',
  'no-return',
  'not-moved-while-frozen',
  'max-staffing',
];

/**
 * The solver's own account of a plan it built: the hard rules hold by construction (the
 * independent checker verifies that), the medium and soft terms are counted from the grid.
 */
export function evaluateGrid(facts: RotationFacts, grid: RotationGrid): PlanEvaluation {
  const { penalties } = facts.rules;
  const region = (postId: number) => facts.postById.get(postId)!.region;
  let moves = 0;
  let crossRegion = 0;
  let preferenceMonths = 0;
  let preferenceCredit = 0;
  const crossByYear = new Map<number, number>();
  const weight = new Map(facts.input.preferences.map((p) => [`${p.staffId}:${p.postId}`, p.weight]));
  facts.people.forEach((person, s) => {
    let before = person.currentPost?.id ?? null;
    facts.periods.forEach((period, t) => {
      const now = grid[s][t];
      if (now === null) return;
      if (before !== null && now !== before) {
        moves++;
        if (region(now) !== region(before)) {
          crossRegion++;
          crossByYear.set(period.year, (crossByYear.get(period.year) ?? 0) + 1);
        }
      }
      const w = weight.get(`${person.member.id}:${now}`) ?? 0;
      if (w !== 0) {
        preferenceMonths += monthsHeld(person, period);
        preferenceCredit += w * penalties.preferencePerMonth * monthsHeld(person, period);
      }
      before = now;
    });
  });
  const violations: RotationViolation[] = [];
  let shortfall = 0;
  for (const period of facts.periods) {
    for (const post of facts.posts) {
      const holders = grid.filter((row) => row[period.index] === post.id).length;
      if (holders >= post.minStaff) continue;
      shortfall += post.minStaff - holders;
      const params = { post: postRef(post.id), period: periodRef(period.label), holders, min: post.minStaff };
      violations.push({
        rule: 'min-staffing',
        postId: post.id,
        period: period.label,
        ...finding('understaffed', params),
      });
    }
  }
  let excess = 0;
  for (const [year, count] of crossByYear) {
    if (count <= facts.rules.crossRegionMovesPerYear) continue;
    excess += count - facts.rules.crossRegionMovesPerYear;
    const params = { count, year: year + 1, quota: facts.rules.crossRegionMovesPerYear };
    violations.push({ rule: 'cross-region-quota', ...finding('quotaExceeded', params) });
  }
  const breakdown: RotationBreakdownLine[] = [
    ...HARD_RULES.map((rule) => ({ rule, count: 0, penalty: 0 })),
    { rule: 'min-staffing', count: shortfall, penalty: shortfall * penalties.minStaffingShortfall },
    { rule: 'cross-region-quota', count: excess, penalty: excess * penalties.crossRegionQuotaExcess },
    { rule: 'move', count: moves, penalty: moves * penalties.move },
    { rule: 'cross-region-move', count: crossRegion, penalty: crossRegion * penalties.crossRegionMove },
    { rule: 'preference', count: preferenceMonths, penalty: -preferenceCredit },
  ];
  const sum = (rules: string[]) =>
    breakdown.filter((line) => rules.includes(line.rule)).reduce((total, line) => total + line.penalty, 0);
  return {
    score: {
      hard: 0,
      medium: sum(['min-staffing', 'cross-region-quota']),
      soft: sum(['move', 'cross-region-move', 'preference']),
    },
    breakdown,
    violations,
  };
}
