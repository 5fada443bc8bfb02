import { Entity, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { StoredFile } from '../files/stored-file.entity';
import { BaseEntity } from '../shared/base.entity';
import { StaffMember } from './staff-member.entity';

/**
 * An employment contract (聘用合同, requirements §7): service term, probation for a first post,
 * duties and obligations, and optionally a signed scan stored by the files module.
 */
@ObjectType({ simpleResolvers: true })
@Entity()
export class Contract extends BaseEntity {
  @ManyToOne({ entity: () => StaffMember, ref: true, index: true })
  staffMember!: Ref<StaffMember>;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, the last day of the term' })
  @Property({ type: 'string', length: 10, index: true })
  endDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, last day of probation (first post only).' })
  @Property({ type: 'string', length: 10, nullable: true })
  probationEndDate?: string | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  duties!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  obligations!: string;

  @ManyToOne({ entity: () => StoredFile, ref: true, nullable: true })
  attachment?: Ref<StoredFile> | null = null;
}
