import { Entity, Enum, Index, ManyToOne, Property, ref, Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Organization } from '../organizations/organization.entity';
import { BaseEntity } from '../shared/base.entity';
import { User } from '../users/user.entity';
import { Gender, MembershipStage, MembershipStatus } from './membership';

/**
 * A party member or applicant (requirements §2). The ID number, phone and address are stored
 * encrypted (shared/pii); `idNumberIndex` is the ID number's blind index, unique, which exact
 * search and the uniqueness rule use. `GraphQL` reads the personal values through
 * MemberResolver, which decrypts them behind the field policy. Dates are `YYYY-MM-DD` text: calendar
 * days, which compare as text on both dialects.
 */
@ObjectType({ simpleResolvers: true })
@Entity()
@Index({ properties: ['organization', 'membershipStatus'] })
export class Member extends BaseEntity {
  @Field(() => String)
  @Index()
  @Property({ type: 'string', length: 50 })
  name: string;

  @Field(() => Gender)
  @Enum({ items: () => Gender, type: 'string' })
  gender: Gender;

  @Field(() => String)
  @Property({ type: 'string', length: 20 })
  ethnicity: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'string', length: 10 })
  birthDate: string;

  @Property({ type: 'text' })
  idNumberEncrypted: string;

  @Property({ type: 'string', length: 64, unique: true })
  idNumberIndex: string;

  @Property({ type: 'text', nullable: true })
  phoneEncrypted?: string | null;

  @Property({ type: 'text', nullable: true })
  addressEncrypted?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 50, nullable: true })
  education?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  workUnit?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 50, nullable: true })
  post?: string | null;

  @Field(() => String, { nullable: true, description: '入党申请日期, YYYY-MM-DD' })
  @Property({ type: 'string', length: 10, nullable: true })
  applicationDate?: string | null;

  @Field(() => String, { nullable: true, description: '确定为入党积极分子日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  activistDate?: string | null;

  @Field(() => String, { nullable: true, description: '确定为发展对象日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  developmentTargetDate?: string | null;

  @Field(() => String, { nullable: true, description: '接收为预备党员日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  probationaryDate?: string | null;

  @Field(() => String, { nullable: true, description: '转为正式党员日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  fullMembershipDate?: string | null;

  @Field(() => String, { nullable: true, description: 'When the member retired, transferred out or died' })
  @Property({ type: 'string', length: 10, nullable: true })
  statusDate?: string | null;

  @Field(() => MembershipStatus)
  @Enum({ items: () => MembershipStatus, type: 'string', index: true })
  membershipStatus: MembershipStatus;

  /** The admission stage reached; decides which materials the dossier needs. */
  @Field(() => MembershipStage)
  @Enum({ items: () => MembershipStage, type: 'string' })
  stage: MembershipStage;

  /** The member's party branch. */
  @ManyToOne({ entity: () => Organization, ref: true })
  organization: Ref<Organization>;

  /** The user account of the same person (api.md `User.member`); at most one. */
  @ManyToOne({ entity: () => User, ref: true, nullable: true, unique: true })
  user?: Ref<User> | null;

  constructor(fields: {
    name: string;
    gender: Gender;
    ethnicity: string;
    birthDate: string;
    idNumberEncrypted: string;
    idNumberIndex: string;
    stage: MembershipStage;
    organization: Organization;
  }) {
    super();
    this.name = fields.name;
    this.gender = fields.gender;
    this.ethnicity = fields.ethnicity;
    this.birthDate = fields.birthDate;
    this.idNumberEncrypted = fields.idNumberEncrypted;
    this.idNumberIndex = fields.idNumberIndex;
    this.stage = fields.stage;
    this.membershipStatus = fields.stage as unknown as MembershipStatus;
    this.organization = ref(fields.organization);
  }
}
