import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity';

/**
 * A permitted purpose of consulting a dossier (政治审查, 发展党员, 干部考察, …), configurable by
 * ADMIN; `requiresDetails` makes the requester describe it (其他).
 */
@ObjectType({ simpleResolvers: true })
@Entity()
export class AccessPurpose extends BaseEntity {
  @Field(() => String)
  @Unique()
  @Property({ type: 'string', length: 32 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  nameZh!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 80 })
  nameEn!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  requiresDetails = false;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active = true;

  @Field(() => Int)
  @Property({ type: 'integer' })
  sortOrder = 0;
}
