import { Entity, Enum, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Organization } from '../organizations/organization.entity';
import { BaseEntity } from '../shared/base.entity';
import { ExchangeStatus } from './staff.enums';
import { StaffMember } from './staff-member.entity';

/** A short-term talent exchange (人才交换, requirements §7) from the home organisation to a host. */
@ObjectType({ simpleResolvers: true })
@Entity()
export class Exchange extends BaseEntity {
  @ManyToOne({ entity: () => StaffMember, ref: true, index: true })
  staffMember!: Ref<StaffMember>;

  @ManyToOne({ entity: () => Organization, ref: true, index: true })
  homeOrganization!: Ref<Organization>;

  @ManyToOne({ entity: () => Organization, ref: true })
  hostOrganization!: Ref<Organization>;

  /** Regions the exchange spans, comma-separated (the GraphQL field is a list). */
  @Property({ type: 'string', length: 200 })
  regionList!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, inclusive' })
  @Property({ type: 'string', length: 10 })
  endDate!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  topic!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  outcomeReport?: string | null = null;

  @Field(() => ExchangeStatus)
  @Enum({ items: () => ExchangeStatus, type: 'string' })
  status: ExchangeStatus = ExchangeStatus.PLANNED;
}
