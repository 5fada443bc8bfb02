import { DateTimeType, Entity, Enum, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity';
import { DateTimeScalar } from '../shared/scalars';
import { User } from '../users/user.entity';
import { AssessmentGrade, RemovalOutcome } from './staff.enums';
import { StaffMember } from './staff-member.entity';

/**
 * A periodic assessment (考核, requirements §7): one per person and period — the unique index
 * holds that even when two managers record the same period at once. `score`, `grade`, `passed`
 * and `comment` are guarded fields (staff.module.ts).
 */
@ObjectType({ simpleResolvers: true })
@Entity()
@Unique({ properties: ['staffMember', 'period'] })
export class Assessment extends BaseEntity {
  @ManyToOne({ entity: () => StaffMember, ref: true })
  staffMember!: Ref<StaffMember>;

  @Field(() => String, { description: 'YYYY (annual, the default), YYYY-H1/H2 or YYYY-Q1..Q4.' })
  @Property({ type: 'string', length: 10 })
  period!: string;

  @Property({ type: 'double' })
  score!: number;

  @Enum({ items: () => AssessmentGrade, type: 'string' })
  grade!: AssessmentGrade;

  @Property({ type: 'boolean' })
  passed!: boolean;

  @Property({ type: 'text', nullable: true })
  comment?: string | null = null;

  @ManyToOne({ entity: () => User, ref: true, index: true })
  assessor!: Ref<User>;

  @Field(() => DateTimeScalar)
  @Property({ type: DateTimeType })
  assessedAt!: Date;
}

/**
 * A manager's decision on a flag for removal (清退): keep with an improvement plan, or remove.
 * `lastPeriod` is the latest period assessed when it was decided: a later run of failures
 * counts from after it. Every field is guarded.
 */
@ObjectType({ simpleResolvers: true })
@Entity()
export class RemovalDecision extends BaseEntity {
  @ManyToOne({ entity: () => StaffMember, ref: true, index: true })
  staffMember!: Ref<StaffMember>;

  @Enum({ items: () => RemovalOutcome, type: 'string' })
  outcome!: RemovalOutcome;

  @Property({ type: 'text', nullable: true })
  improvementPlan?: string | null = null;

  /** The failed periods that raised the flag. */
  @Property({ type: 'string', length: 200 })
  failedPeriods!: string;

  @Property({ type: 'string', length: 10 })
  lastPeriod!: string;

  @ManyToOne({ entity: () => User, ref: true })
  decidedBy!: Ref<User>;

  @Property({ type: DateTimeType })
  decidedAt!: Date;
}
