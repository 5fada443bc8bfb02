import { DateTimeType, Entity, Enum, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Organization } from '../organizations/organization.entity';
import { BaseEntity } from '../shared/base.entity';
import { DateTimeScalar } from '../shared/scalars';
import { User } from '../users/user.entity';
import { RotationPlanStatus } from './staff.enums';
import { Post } from './post.entity';
import { StaffMember } from './staff-member.entity';

/**
 * A rotation schedule (轮岗计划, issue 11 §4) as the solver answered it: a draft until reviewed
 * and published; publishing creates the assignments. The score is hard / medium / soft (hard 0:
 * every hard rule holds); `breakdown` and `violations` are the solver's JSON lists as given.
 */
@ObjectType({ simpleResolvers: true })
@Entity()
export class RotationPlan extends BaseEntity {
  @ManyToOne({ entity: () => Organization, ref: true, index: true })
  organization!: Ref<Organization>;

  @Field(() => RotationPlanStatus)
  @Enum({ items: () => RotationPlanStatus, type: 'string' })
  status: RotationPlanStatus = RotationPlanStatus.DRAFT;

  @Field(() => String, { description: 'YYYY-MM-DD, first day of the plan' })
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  months!: number;

  @Property({ type: 'double' })
  scoreHard!: number;

  @Property({ type: 'double' })
  scoreMedium!: number;

  @Property({ type: 'double' })
  scoreSoft!: number;

  /** `{ rule, count, penalty }[]` as JSON text. */
  @Property({ type: 'text' })
  breakdown!: string;

  /** `{ rule, staffMemberId?, postId?, period?, message }[]` as JSON text. */
  @Property({ type: 'text' })
  violations!: string;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  createdBy?: Ref<User> | null = null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  reviewedBy?: Ref<User> | null = null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: DateTimeType, nullable: true })
  reviewedAt?: Date | null = null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  publishedBy?: Ref<User> | null = null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: DateTimeType, nullable: true })
  publishedAt?: Date | null = null;
}

/** One stay of the plan: who holds which post from `startDate` (inclusive) to `endDate` (exclusive). */
@ObjectType({ simpleResolvers: true })
@Entity()
export class RotationPlanAssignment extends BaseEntity {
  @ManyToOne({ entity: () => RotationPlan, ref: true, index: true })
  plan!: Ref<RotationPlan>;

  @ManyToOne({ entity: () => StaffMember, ref: true })
  staffMember!: Ref<StaffMember>;

  @ManyToOne({ entity: () => Post, ref: true })
  post!: Ref<Post>;

  @Field(() => String)
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 10 })
  endDate!: string;
}
