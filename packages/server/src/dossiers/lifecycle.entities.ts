import { DateTimeType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Organization } from '../organizations/organization.entity';
import { DateTimeScalar } from '../shared/scalars';
import { User } from '../users/user.entity';
import { Dossier } from './dossier.entity';

/**
 * One review of a dossier in its maintenance cycle (requirements §2: who, when, findings);
 * recording it schedules the next. Rows are never changed.
 */
@ObjectType({ simpleResolvers: true })
@Entity()
@Index({ properties: ['dossier', 'reviewedAt'] })
export class DossierReview {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Dossier, ref: true })
  dossier!: Ref<Dossier>;

  @ManyToOne({ entity: () => User, ref: true })
  reviewedBy!: Ref<User>;

  @Field(() => DateTimeScalar)
  @Property({ type: DateTimeType })
  reviewedAt!: Date;

  @Field(() => String)
  @Property({ type: 'text' })
  findings!: string;

  @Field(() => DateTimeScalar)
  @Property({ type: DateTimeType })
  nextReviewAt!: Date;
}

/** How invalidated materials were disposed of in central processing (集中处理). */
export enum DisposalMethod {
  /** 销毁 */
  DESTROYED = 'DESTROYED',
  /** 退还本人或形成单位 */
  RETURNED = 'RETURNED',
  /** 移交其他单位保存 */
  TRANSFERRED = 'TRANSFERRED',
}
registerEnumType(DisposalMethod, { name: 'DisposalMethod' });

/**
 * The decision record of one central-processing batch (requirements §2: who, when, how, which).
 * The materials it names are DISPOSED, never deleted.
 */
@ObjectType({ simpleResolvers: true })
@Entity()
export class DisposalBatch {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** The archive office whose materials were disposed of. */
  @ManyToOne({ entity: () => Organization, ref: true, index: true })
  custodian!: Ref<Organization>;

  @ManyToOne({ entity: () => User, ref: true })
  decidedBy!: Ref<User>;

  @Field(() => DateTimeScalar, { description: 'When the batch was recorded.' })
  @Property({ type: DateTimeType })
  decidedAt!: Date;

  @Field(() => String, { description: 'YYYY-MM-DD of the decision.' })
  @Property({ type: 'string', length: 10 })
  decidedOn!: string;

  @Field(() => DisposalMethod)
  @Enum({ items: () => DisposalMethod, type: 'string' })
  method!: DisposalMethod;

  @Field(() => String)
  @Property({ type: 'text' })
  decisionNote!: string;

  /** Ids of the materials disposed of, in ascending order. */
  @Field(() => [ID])
  @Property({ type: 'json' })
  materialIds!: number[];

  @Field(() => Int)
  get materialCount(): number {
    return this.materialIds.length;
  }
}
