import { registerEnumType } from 'type-graphql';

/** The five stages of admission (requirements §2), in order: a later stage needs every earlier one. */
export enum MembershipStage {
  APPLICANT = 'APPLICANT',
  ACTIVIST = 'ACTIVIST',
  DEVELOPMENT_TARGET = 'DEVELOPMENT_TARGET',
  PROBATIONARY = 'PROBATIONARY',
  FULL = 'FULL',
}
registerEnumType(MembershipStage, { name: 'MembershipStage' });

/** A member's standing: one of the stages while active, then retired, transferred out or deceased. */
export enum MembershipStatus {
  APPLICANT = 'APPLICANT',
  ACTIVIST = 'ACTIVIST',
  DEVELOPMENT_TARGET = 'DEVELOPMENT_TARGET',
  PROBATIONARY = 'PROBATIONARY',
  FULL = 'FULL',
  RETIRED = 'RETIRED',
  TRANSFERRED_OUT = 'TRANSFERRED_OUT',
  DECEASED = 'DECEASED',
}
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, { name: 'Gender' });

export const STAGES = Object.values(MembershipStage);
export const stageRank = (stage: MembershipStage) => STAGES.indexOf(stage);

/** The member's date property that records reaching each stage. */
export const STAGE_DATE = {
  [MembershipStage.APPLICANT]: 'applicationDate',
  [MembershipStage.ACTIVIST]: 'activistDate',
  [MembershipStage.DEVELOPMENT_TARGET]: 'developmentTargetDate',
  [MembershipStage.PROBATIONARY]: 'probationaryDate',
  [MembershipStage.FULL]: 'fullMembershipDate',
} as const;

export type StageDateField = (typeof STAGE_DATE)[MembershipStage];

const ENDED = [MembershipStatus.TRANSFERRED_OUT, MembershipStatus.DECEASED];

/**
 * The moves a status may make (requirements §2): one stage forward at a time, FULL → RETIRED,
 * and any member still on the rolls → TRANSFERRED_OUT or DECEASED. Nothing leaves an ended status.
 */
export function allowedTransitions(from: MembershipStatus): MembershipStatus[] {
  if (ENDED.includes(from)) return [];
  const stageIndex = STAGES.indexOf(from as unknown as MembershipStage);
  const next: MembershipStatus[] = [];
  if (stageIndex >= 0 && stageIndex < STAGES.length - 1)
    next.push(STAGES[stageIndex + 1] as unknown as MembershipStatus);
  if (from === MembershipStatus.FULL) next.push(MembershipStatus.RETIRED);
  return [...next, ...ENDED];
}

/** The admission stage a status stands at (retired members are full members). */
export function stageOfStatus(status: MembershipStatus): MembershipStage | null {
  if (status === MembershipStatus.RETIRED) return MembershipStage.FULL;
  return STAGES.includes(status as unknown as MembershipStage) ? (status as unknown as MembershipStage) : null;
}
