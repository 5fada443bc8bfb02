import { Entity, Enum, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { Organization } from '../organizations/organization.entity';
import { BaseEntity } from '../shared/base.entity';
import { AttendanceResult, CourseKind, CourseMode } from './staff.enums';
import { StaffMember } from './staff-member.entity';

/** A training course (requirements §7): its kind, theory or practice, whether professional, hours. */
@ObjectType({ simpleResolvers: true })
@Entity()
export class TrainingCourse extends BaseEntity {
  @ManyToOne({ entity: () => Organization, ref: true, index: true })
  organization!: Ref<Organization>;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => CourseKind)
  @Enum({ items: () => CourseKind, type: 'string' })
  kind!: CourseKind;

  @Field(() => CourseMode)
  @Enum({ items: () => CourseMode, type: 'string' })
  mode!: CourseMode;

  /** Professional (档案业务) hours count towards the professional share of the yearly target. */
  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  professional!: boolean;

  @Field(() => Float)
  @Property({ type: 'double' })
  hours!: number;
}

/** One holding of a course: day, place and trainer. */
@ObjectType({ simpleResolvers: true })
@Entity()
export class TrainingSession extends BaseEntity {
  @ManyToOne({ entity: () => TrainingCourse, ref: true, index: true })
  course!: Ref<TrainingCourse>;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'string', length: 10, index: true })
  date!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  place!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  trainer!: string;
}

/** A staff member's attendance of a session: hours credited and the result; one per person and session. */
@ObjectType({ simpleResolvers: true })
@Entity()
@Unique({ properties: ['session', 'staffMember'] })
@Index({ properties: ['staffMember'] })
export class TrainingAttendance extends BaseEntity {
  @ManyToOne({ entity: () => TrainingSession, ref: true })
  session!: Ref<TrainingSession>;

  @ManyToOne({ entity: () => StaffMember, ref: true })
  staffMember!: Ref<StaffMember>;

  @Field(() => Float)
  @Property({ type: 'double' })
  hours!: number;

  @Field(() => AttendanceResult)
  @Enum({ items: () => AttendanceResult, type: 'string' })
  result!: AttendanceResult;
}
