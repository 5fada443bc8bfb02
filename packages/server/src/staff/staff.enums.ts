import { registerEnumType } from 'type-graphql';

/** Where a staff member stands (requirements §7): on exchange they keep their post but are away. */
export enum StaffStatus {
  ACTIVE = 'ACTIVE',
  ON_EXCHANGE = 'ON_EXCHANGE',
  LEFT = 'LEFT',
}

/** Kinds of training (issue 11 §2): 岗前, 在岗, 转岗, 专项. */
export enum CourseKind {
  PRE_POST = 'PRE_POST',
  IN_POST = 'IN_POST',
  CHANGE_OF_POST = 'CHANGE_OF_POST',
  SPECIAL = 'SPECIAL',
}

/** Theory or hands-on practice (requirements §7). */
export enum CourseMode {
  THEORY = 'THEORY',
  PRACTICE = 'PRACTICE',
}

export enum AttendanceResult {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
  ABSENT = 'ABSENT',
}

/** 优秀 / 合格 / 基本合格 / 不合格; thresholds in settings (STAFF_GRADE_*). */
export enum AssessmentGrade {
  EXCELLENT = 'EXCELLENT',
  PASS = 'PASS',
  BASIC_PASS = 'BASIC_PASS',
  FAIL = 'FAIL',
}

/** A manager's answer to a flag for removal (清退). */
export enum RemovalOutcome {
  KEEP = 'KEEP',
  REMOVE = 'REMOVE',
}

export enum ExchangeStatus {
  PLANNED = 'PLANNED',
  ONGOING = 'ONGOING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

export enum RotationPlanStatus {
  DRAFT = 'DRAFT',
  REVIEWED = 'REVIEWED',
  PUBLISHED = 'PUBLISHED',
}

registerEnumType(StaffStatus, { name: 'StaffStatus' });
registerEnumType(CourseKind, { name: 'CourseKind' });
registerEnumType(CourseMode, { name: 'CourseMode' });
registerEnumType(AttendanceResult, { name: 'AttendanceResult' });
registerEnumType(AssessmentGrade, { name: 'AssessmentGrade' });
registerEnumType(RemovalOutcome, { name: 'RemovalOutcome' });
registerEnumType(ExchangeStatus, { name: 'ExchangeStatus' });
registerEnumType(RotationPlanStatus, { name: 'RotationPlanStatus' });
