/**
 * What the solver, its pre-check and the independent checker say about a broken rule, as data:
 * a finding code and its facts, never prose. The staff domain turns a finding into the reader's
 * language where it reaches the API (staff/rotation-violations.ts, catalogue keys
 * `staff.violation.<code>`), so this folder stays free of i18n and of anyone's names.
 *
 * The checker and the model builder share this vocabulary, not their reasoning (checker.ts).
 */

export const FINDING_CODES = [
  // Pre-check (pre-check.ts): conflicts no search is needed to see.
  'keptOnClosedPost',
  'noAdmissiblePost',
  'closedCount',
  'overfilledByFixed',
  'tooFewPlaces',
  'tooManyArrivals',
  'onlyChoice',
  'tooFewEligible',
  'tooFewQualified',
  // Why a post is closed to a person whatever the plan does (rotation-facts.ts).
  'closedRetired',
  'closedWhileHeld',
  'closedStayTooShort',
  'closedQualification',
  'closedTenure',
  'closedLeftRecently',
  'closedEarlier',
  // Why a person may not be moved (requirements §7: exchange, probation, near retirement).
  'heldOnExchange',
  'heldOnExchangeBetween',
  'heldInProbation',
  'heldNearRetirement',
  'heldMinimumStay',
  // Hard rows of the model (rotation-model.ts), named when relaxing them explains infeasibility.
  'rowOnePost',
  'rowNotMovedWhileHeld',
  'rowMinimumStay',
  'rowNoReturn',
  'rowMaxTenure',
  'rowMaxStaffing',
  'rowNewcomers',
  'rowDefinition',
  'unmeetableAlone',
  'unmeetable',
  'noExplanation',
  // The independent checker (checker.ts, checker-stays.ts) and the plan's own account (plan-reading.ts).
  'tenureExceeded',
  'qualificationLapsed',
  'returnsTooSoon',
  'movedWhileHeld',
  'leftTooSoon',
  'overstaffed',
  'tooManyNewcomers',
  'understaffed',
  'quotaExceeded',
  'unknownStaff',
  'unknownPost',
  'retiredButPlanned',
  'emptyStay',
  'twoPosts',
  'noPostFrom',
  'noPostBetween',
  'plannedPastEnd',
  // The solver itself gave no answer.
  'solverTimeout',
  'solverNoPlan',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/**
 * A fact of a finding. Plain numbers (counts, months, years) and strings (a qualification code,
 * a solver status) are shown as they are; the tagged ones say how to show them: a person or a
 * post by its row id (shown by name), a day `YYYY-MM-DD`, a period `YYYY-MM`, a rule by its
 * code (shown by its label), or a nested finding (a reason inside the sentence).
 */
export type FindingParam =
  | number
  | string
  | { staff: number }
  | { staffList: number[] }
  | { post: number }
  | { date: string }
  | { period: string }
  | { rule: string }
  | { finding: Finding }
  | { findings: Finding[] };

export interface Finding {
  code: FindingCode;
  params: Record<string, FindingParam>;
}

export const finding = (code: FindingCode, params: Record<string, FindingParam> = {}): Finding => ({ code, params });
export const staffRef = (id: number): FindingParam => ({ staff: id });
export const staffListRef = (ids: number[]): FindingParam => ({ staffList: ids });
export const postRef = (id: number): FindingParam => ({ post: id });
export const dateRef = (date: string): FindingParam => ({ date });
export const periodRef = (label: string): FindingParam => ({ period: label });
export const ruleRef = (rule: string): FindingParam => ({ rule });
export const nested = (reason: Finding): FindingParam => ({ finding: reason });
