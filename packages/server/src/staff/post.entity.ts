import { Entity, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Organization } from '../organizations/organization.entity';
import { BaseEntity } from '../shared/base.entity';
import { StaffMember } from './staff-member.entity';

/** A post (岗位) of an organisation with its staffing bounds and longest tenure (requirements §7). */
@ObjectType({ simpleResolvers: true })
@Entity()
export class Post extends BaseEntity {
  @ManyToOne({ entity: () => Organization, ref: true, index: true })
  organization!: Ref<Organization>;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  region!: string;

  @Field(() => String, { nullable: true, description: 'The qualification code a holder must have, valid.' })
  @Property({ type: 'string', length: 50, nullable: true })
  requiredQualification?: string | null = null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  maxTenureMonths!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  minStaff!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  maxStaff!: number;
}

/**
 * Who held which post when (轮岗 history). Current: no end. `startDate` inclusive, `endDate`
 * exclusive (the day the next assignment starts), so consecutive assignments share a day.
 */
@ObjectType({ simpleResolvers: true })
@Entity()
@Index({ properties: ['post', 'endDate'] })
@Index({ properties: ['staffMember', 'startDate'] })
export class Assignment extends BaseEntity {
  @ManyToOne({ entity: () => StaffMember, ref: true })
  staffMember!: Ref<StaffMember>;

  @ManyToOne({ entity: () => Post, ref: true })
  post!: Ref<Post>;

  @Field(() => String, { description: 'YYYY-MM-DD, inclusive' })
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, exclusive; none while current.' })
  @Property({ type: 'string', length: 10, nullable: true })
  endDate?: string | null = null;

  /** The published rotation plan that made it, if any. */
  @Property({ type: 'integer', nullable: true })
  rotationPlanId?: number | null = null;
}

/** A stated wish of a staff member for a post: the rotation's soft costs weigh it (issue 11 §4). */
@ObjectType({ simpleResolvers: true })
@Entity()
@Unique({ properties: ['staffMember', 'post'] })
export class StaffPreference extends BaseEntity {
  @ManyToOne({ entity: () => StaffMember, ref: true })
  staffMember!: Ref<StaffMember>;

  @ManyToOne({ entity: () => Post, ref: true, index: true })
  post!: Ref<Post>;

  @Field(() => Int, { description: '1 (mild) to 10 (strong).' })
  @Property({ type: 'integer' })
  weight!: number;
}
