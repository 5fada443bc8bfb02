import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MembershipStage, STAGES, stageRank } from '../members/membership';
import { BaseEntity } from '../shared/base.entity';

export enum Sensitivity {
  NORMAL = 'NORMAL',
  /** Political review and disciplinary materials (requirements §4): contents only in custody. */
  RESTRICTED = 'RESTRICTED',
}
registerEnumType(Sensitivity, { name: 'Sensitivity' });

/**
 * A kind of material a dossier holds (requirements §2, the content specification). A category
 * required from stage S is required at every later stage too, so one column says it all.
 */
@ObjectType({ simpleResolvers: true })
@Entity()
export class MaterialCategory extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 32, unique: true })
  code: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  nameZh: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  nameEn: string;

  @Field(() => MembershipStage, {
    nullable: true,
    description: 'The first stage that requires it; null: never required',
  })
  @Enum({ items: () => MembershipStage, type: 'string', nullable: true })
  requiredFrom?: MembershipStage | null;

  @Field(() => Sensitivity)
  @Enum({ items: () => Sensitivity, type: 'string' })
  sensitivity: Sensitivity = Sensitivity.NORMAL;

  /** A material must be filed within this many months of being formed (default 1). */
  @Field(() => Int)
  @Property({ type: 'integer' })
  filingLimitMonths = 1;

  @Field(() => Int)
  @Property({ type: 'integer' })
  sortOrder = 0;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active = true;

  constructor(code: string, nameZh: string, nameEn: string) {
    super();
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }
}

/** The stages that require a category: its first one and every later one. */
export const requiredStages = (requiredFrom: MembershipStage | null | undefined): MembershipStage[] =>
  requiredFrom ? STAGES.slice(stageRank(requiredFrom)) : [];

/** Whether a member at `stage` needs the category. */
export const isRequiredAt = (requiredFrom: MembershipStage | null | undefined, stage: MembershipStage) =>
  !!requiredFrom && stageRank(requiredFrom) <= stageRank(stage);
