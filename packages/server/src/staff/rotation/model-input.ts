import type { Finding } from './findings';

/**
 * What the rotation solver reads and answers (issue 11 point 4). The staff domain fills a
 * `RotationInput` from its tables (`input.ts` there); this file is the contract until the two
 * are reconciled, so it imports nothing from the staff entities.
 *
 * Dates are `YYYY-MM-DD` strings. A stay `[start, end)` ends on the day its holder took up the
 * next post (the history's `end` and a plan row's `endDate` mean the same).
 */

export interface RotationQualification {
  code: string;
  validFrom: string;
  validTo: string | null;
}

export interface RotationExchange {
  from: string;
  to: string;
}

export interface RotationStaffMember {
  id: number;
  region: string;
  qualifications: RotationQualification[];
  /** Exchange periods, or `true` for "away on exchange for the whole horizon". */
  onExchange: RotationExchange[] | boolean;
  probationEnd: string | null;
  retirementDate: string | null;
  currentPostId: number | null;
  currentSince: string | null;
}

export interface RotationPost {
  id: number;
  region: string;
  requiredQualification: string | null;
  maxTenureMonths: number;
  minStaff: number;
  maxStaff: number;
}

export interface RotationStay {
  staffId: number;
  postId: number;
  start: string;
  end: string | null;
}

export interface RotationPreference {
  staffId: number;
  postId: number;
  /** Positive: the person would like this post; the plan's cost falls per month they hold it. */
  weight: number;
}

export interface RotationPenalties {
  /** Per person missing from a post's minimum staffing, per period (medium). */
  minStaffingShortfall: number;
  /** Per cross-region move beyond the yearly quota (medium). */
  crossRegionQuotaExcess: number;
  /** Per move of a person from one post to another (soft). */
  move: number;
  /** Added to `move` when the move changes region (soft). */
  crossRegionMove: number;
  /** Credit per unit of preference weight per month the preferred post is held (soft). */
  preferencePerMonth: number;
}

export interface RotationRules {
  /**
   * Rotation decisions are taken at the start of each period of this many months (6: two
   * rotation dates a year). The newcomer limit is per period, so this changes its meaning.
   */
  periodMonths: number;
  minStayMonths: number;
  noReturnMonths: number;
  retirementFreezeMonths: number;
  maxNewcomersPerPostPerPeriod: number;
  crossRegionMovesPerYear: number;
  /**
   * Which other-region posts a person may be planned onto: `all`, or only the ones they asked
   * for and those of regions short of their minimum staffing (`near`). `auto` picks `near`
   * above ~60,000 candidate cells, which keeps 500 staff / 100 posts / 48 months solvable.
   */
  crossRegionCandidates: 'all' | 'near' | 'auto';
  penalties: RotationPenalties;
}

export interface RotationInput {
  /** First day of a month. */
  startDate: string;
  months: number;
  staff: RotationStaffMember[];
  posts: RotationPost[];
  history: RotationStay[];
  preferences: RotationPreference[];
  rules: RotationRules;
}

/** The defaults of requirements §7 and issue 11 point 4. */
export const DEFAULT_ROTATION_RULES: RotationRules = {
  periodMonths: 6,
  minStayMonths: 24,
  noReturnMonths: 24,
  retirementFreezeMonths: 24,
  maxNewcomersPerPostPerPeriod: 1,
  crossRegionMovesPerYear: 2,
  crossRegionCandidates: 'auto',
  penalties: {
    minStaffingShortfall: 10_000,
    crossRegionQuotaExcess: 10_000,
    move: 10,
    crossRegionMove: 30,
    preferencePerMonth: 1,
  },
};

/** Rules with every field present: the defaults under what the caller gave. */
export function rotationRules(
  partial: Partial<Omit<RotationRules, 'penalties'>> & {
    penalties?: Partial<RotationPenalties>;
  } = {},
): RotationRules {
  return {
    ...DEFAULT_ROTATION_RULES,
    ...partial,
    penalties: { ...DEFAULT_ROTATION_RULES.penalties, ...partial.penalties },
  };
}

/**
 * The rules a plan is held to, by the names that violations, breakdowns and pre-check findings
 * use. `min-staffing` and `cross-region-quota` are elastic (medium); the rest are hard, but
 * `solver` and `unknown`, which say that the solver gave no plan or no explanation.
 */
export const ROTATION_RULES = [
  'one-post-per-period',
  'max-tenure',
  'qualification',
  'newcomers-per-period',
  'minimum-stay',
  'no-return',
  'not-moved-while-frozen',
  'max-staffing',
  'no-admissible-post',
  'min-staffing',
  'cross-region-quota',
  'move',
  'cross-region-move',
  'preference',
  'solver',
  'unknown',
] as const;
export type RotationRule = (typeof ROTATION_RULES)[number];

/** What else closes a post to a person in the pre-check's count (rotation-facts.ts, pre-check.ts). */
export const CLOSING_REASONS = ['retired', 'out-of-scope'] as const;

export const ELASTIC_RULES: readonly RotationRule[] = ['min-staffing', 'cross-region-quota'];
export const SOFT_RULES: readonly RotationRule[] = ['move', 'cross-region-move', 'preference'];

export interface RotationAssignment {
  staffId: number;
  postId: number;
  startDate: string;
  /** Exclusive: the day the next stay starts, the horizon's end, or the retirement date. */
  endDate: string;
}

export interface RotationScore {
  hard: number;
  medium: number;
  soft: number;
}

export interface RotationBreakdownLine {
  rule: string;
  count: number;
  penalty: number;
}

/**
 * A broken rule (or one that cannot be met): the rule, whom and when it concerns, and the
 * finding (a code and its facts, findings.ts) that the staff domain words in the reader's language.
 */
export interface RotationViolation extends Finding {
  rule: RotationRule;
  staffId?: number;
  postId?: number;
  /** The period's first month, `YYYY-MM`. */
  period?: string;
}

export interface RotationPlanResult {
  feasible: boolean;
  /** One row per continuous stay on a post within the horizon. */
  assignments: RotationAssignment[];
  score: RotationScore;
  breakdown: RotationBreakdownLine[];
  violations: RotationViolation[];
  /** Certain medium shortfalls the pre-check foresaw (the plan is still solved). */
  warnings?: RotationViolation[];
  /**
   * Relative gap of the returned plan: (its cost - the bound HiGHS proved) / its cost; 0 when
   * proven optimal, null when nothing was solved.
   */
  gap: number | null;
  /** HiGHS's own MIP gap, over its incumbent's objective (never below `gap`). */
  highsGap?: number | null;
  /** `optimal`, `time-limit` (best plan found in time), `infeasible`, `pre-check-failed`, `error`. */
  status: string;
  solveMs: number;
  /** How the model was scoped (period length, candidate posts), for the reader of the gap. */
  notes?: string[];
}

/** What the solver reports while it works, for the job runner to forward. */
export interface RotationProgress {
  stage: 'pre-check' | 'building' | 'solving' | 'incumbent' | 'diagnosing' | 'done';
  percent: number;
  objective?: number;
  gap?: number;
  message?: string;
}
