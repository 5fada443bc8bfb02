import { DateTimeType, Entity, Enum, Index, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Organization } from '../organizations/organization.entity';
import { BaseEntity } from '../shared/base.entity';
import { User } from '../users/user.entity';
import { StaffStatus } from './staff.enums';

/**
 * A professional archive staff member (requirements §7, 档案专业管理人才), optionally linked to
 * the user account of the same person, who then reads their own record (basis `self`). Dates
 * are `YYYY-MM-DD` text, calendar days as members' dates are. The removal flag and its failed
 * periods are guarded fields (staff.module.ts).
 */
@ObjectType({ simpleResolvers: true })
@Entity()
@Index({ properties: ['organization', 'status'] })
export class StaffMember extends BaseEntity {
  @Field(() => String)
  @Index()
  @Property({ type: 'string', length: 50 })
  name!: string;

  /** The archive office (or other organisation) the person works for. */
  @ManyToOne({ entity: () => Organization, ref: true })
  organization!: Ref<Organization>;

  /** The region (地区) the rotation's cross-region rules compare. */
  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  region!: string;

  @Field(() => StaffStatus)
  @Enum({ items: () => StaffStatus, type: 'string' })
  status: StaffStatus = StaffStatus.ACTIVE;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'string', length: 10 })
  birthDate!: string;

  @Field(() => String, { description: 'YYYY-MM-DD: the statutory retirement day.' })
  @Property({ type: 'string', length: 10 })
  retirementDate!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'string', length: 10 })
  hireDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the person left.' })
  @Property({ type: 'string', length: 10, nullable: true })
  leftOn?: string | null = null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true, unique: true })
  user?: Ref<User> | null = null;

  /** Set when N assessments in a row failed (STAFF_REMOVAL_AFTER_FAILURES); cleared by a decision. */
  @Field(() => Boolean, { nullable: true, description: 'Guarded: null (FORBIDDEN) unless the caller may read scores.' })
  @Property({ type: 'boolean', index: true })
  flaggedForRemoval: boolean = false;

  /** The failed periods that raised the flag, comma-separated (`2024,2025`). */
  @Property({ type: 'string', length: 200, nullable: true })
  failedPeriods?: string | null = null;

  @Property({ type: DateTimeType, nullable: true })
  flaggedAt?: Date | null = null;
}

/** A qualification or certificate (岗位资格证书) with its validity: posts may require one by code. */
@ObjectType({ simpleResolvers: true })
@Entity()
@Index({ properties: ['expiresOn'] })
export class Qualification extends BaseEntity {
  @ManyToOne({ entity: () => StaffMember, ref: true, index: true })
  staffMember!: Ref<StaffMember>;

  @Field(() => String, { description: 'What a post names in requiredQualification, e.g. ARCHIVES_CERT.' })
  @Property({ type: 'string', length: 50 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 50, nullable: true })
  certificateNumber?: string | null = null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'string', length: 10 })
  issuedOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; none: valid without end.' })
  @Property({ type: 'string', length: 10, nullable: true })
  expiresOn?: string | null = null;
}
