import { DateTimeType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../shared/scalars';

/**
 * One entry of the append-only, hash-chained audit trail (requirements §6). `id` is the
 * position in the chain, assigned by the writer under a lock; `hash` covers the previous
 * entry's hash and this entry's canonical content, so editing, deleting, reordering or
 * inserting a row breaks the chain at that row.
 */
@ObjectType()
@Entity()
@Index({ properties: ['action', 'at'] })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Field(() => Int, { description: 'Position in the chain (same as id).' })
  seq(): number {
    return this.id;
  }

  @Field(() => DateTimeScalar)
  @Index()
  @Property({ type: DateTimeType })
  at!: Date;

  @Property({ type: 'integer', nullable: true })
  actorId?: number | null;

  @Field(() => String, { description: 'Username of the actor, or "anonymous" / "system".' })
  @Index()
  @Property({ type: 'string', length: 64 })
  actor!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  action!: string;

  @Field(() => String, { nullable: true, description: 'What was acted on, as Type:id.' })
  @Index()
  @Property({ type: 'string', length: 128, nullable: true })
  target?: string | null;

  @Field(() => String, { nullable: true, description: "The target's name when the entry was written." })
  @Property({ type: 'string', length: 200, nullable: true })
  targetLabel?: string | null;

  /** Path of the organisation the entry concerns; audit reads are scoped by it. */
  @Index()
  @Property({ type: 'text', nullable: true })
  organizationPath?: string | null;

  @Field(() => String, { nullable: true, description: 'JSON details of the change.' })
  @Property({ type: 'text', nullable: true })
  details?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  requestId?: string | null;

  @Property({ type: 'string', length: 64 })
  prevHash!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  hash!: string;
}
