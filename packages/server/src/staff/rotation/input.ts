/**
 * What the rotation solver (issue 11 §4) gets and answers, as plain data: no entities, no
 * database. `gatherRotationInput` (staff/rotation-input.ts) builds the input for an
 * organisation; `saveRotationPlan` (staff/rotation-plan.service.ts) stores a solution as a DRAFT
 * plan. Ids are the GraphQL ids (decimal strings); dates are `YYYY-MM-DD` calendar days.
 */
import type { Finding } from './findings';

export interface RotationQualification {
  code: string;
  /** Inclusive. */
  validFrom: string;
  /** Inclusive; null: no end. */
  validUntil: string | null;
}

export interface RotationStaff {
  id: string;
  region: string;
  /** ACTIVE or ON_EXCHANGE (LEFT staff are not part of the input). */
  status: 'ACTIVE' | 'ON_EXCHANGE';
  qualifications: RotationQualification[];
  hireDate: string;
  /** Last day of probation of the first contract, or null. People in probation are not moved. */
  probationEndDate: string | null;
  retirementDate: string;
  /** Exchanges not cancelled nor completed: people away on exchange are not moved. */
  exchanges: { startDate: string; endDate: string }[];
}

export interface RotationPost {
  id: string;
  region: string;
  requiredQualification: string | null;
  maxTenureMonths: number;
  minStaff: number;
  maxStaff: number;
}

/** Who held which post when: `endDate` exclusive, null while current. */
export interface RotationHistoryEntry {
  staffMemberId: string;
  postId: string;
  startDate: string;
  endDate: string | null;
}

export interface RotationPreference {
  staffMemberId: string;
  postId: string;
  /** 1 (mild) to 10 (strong). */
  weight: number;
}

export interface RotationInput {
  organizationId: string;
  startDate: string;
  months: number;
  /** The day the input was gathered (China time). */
  today: string;
  staff: RotationStaff[];
  posts: RotationPost[];
  history: RotationHistoryEntry[];
  preferences: RotationPreference[];
}

/** One stay of a plan: `startDate` inclusive, `endDate` exclusive. */
export interface RotationPlanStay {
  staffMemberId: string;
  postId: string;
  startDate: string;
  endDate: string;
}

export interface RotationSolution {
  assignments: RotationPlanStay[];
  /** hard 0: every hard rule holds. */
  score: { hard: number; medium: number; soft: number };
  breakdown: { rule: string; count: number; penalty: number }[];
  violations: RotationPlanViolation[];
}

/**
 * A broken rule as a plan stores it: the rule, whom and when it concerns, and the solver's
 * finding (a code and its facts; people and posts in the facts by their row ids), worded in the
 * reader's language when read (staff/rotation-violations.ts).
 */
export interface RotationPlanViolation extends Finding {
  rule: string;
  staffMemberId?: string;
  postId?: string;
  period?: string;
}
