import { Entity, Enum, ManyToOne, PrimaryKey, Property, Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Member } from './member.entity';

export enum RelativeKind {
  /** 家庭成员 */
  FAMILY = 'FAMILY',
  /** 主要社会关系 */
  SOCIAL = 'SOCIAL',
}
registerEnumType(RelativeKind, { name: 'RelativeKind' });

/**
 * A family member or social relation of a member (political review reads these). Replaced as a
 * list when the member is edited; the optional ID number is encrypted like the member's.
 */
@ObjectType({ simpleResolvers: true })
@Entity()
export class MemberRelative {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Member, ref: true, index: true })
  member!: Ref<Member>;

  @Field(() => RelativeKind)
  @Enum({ items: () => RelativeKind, type: 'string' })
  kind!: RelativeKind;

  @Field(() => String)
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => String, { description: '称谓 / relation, e.g. 父亲' })
  @Property({ type: 'string', length: 20 })
  relation!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  workUnit?: string | null;

  @Property({ type: 'text', nullable: true })
  idNumberEncrypted?: string | null;

  @Property({ type: 'integer' })
  sortOrder = 0;
}
