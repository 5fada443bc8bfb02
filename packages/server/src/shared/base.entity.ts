import { DateTimeType, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from './scalars';

/**
 * Columns every mutable record carries. `version` is MikroORM's optimistic lock: an UPDATE
 * with a stale version changes no row and fails, so a concurrent edit is never lost.
 */
@ObjectType()
export abstract class BaseEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => DateTimeScalar)
  @Property({ type: DateTimeType, onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar)
  @Property({ type: DateTimeType, onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
