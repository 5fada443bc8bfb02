import { DateTimeType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../shared/scalars';
import { User } from '../users/user.entity';
import { Dossier } from './dossier.entity';
import { MaterialCategory } from './material-category.entity';

export enum MaterialStatus {
  CURRENT = 'CURRENT',
  /** Replaced by a later version; kept (requirements §2: changes never destroy history). */
  SUPERSEDED = 'SUPERSEDED',
  /** 失效: marked invalid with a reason, listed for central processing. */
  INVALIDATED = 'INVALIDATED',
  /** Disposed of in central processing (集中处理), recorded by a DisposalBatch; the row stays. */
  DISPOSED = 'DISPOSED',
}
registerEnumType(MaterialStatus, { name: 'MaterialStatus' });

/**
 * One version of a material in a dossier. Rows are never deleted: a revision inserts the next
 * version of the same `lineage` and marks this one SUPERSEDED. `version` here is the material's
 * version number (api.md `Material.version`), not an optimistic lock: a revision names the
 * version it replaces, and only a CURRENT row may be replaced. Files are attached by the files
 * module (a later step); `sha256` stays null until a material has one.
 */
@ObjectType({ simpleResolvers: true })
@Entity()
@Index({ properties: ['dossier', 'status'] })
export class Material {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Dossier, ref: true })
  dossier!: Ref<Dossier>;

  @ManyToOne({ entity: () => MaterialCategory, ref: true, index: true })
  category!: Ref<MaterialCategory>;

  /** Shared by every version of one material: the SPA's version timeline groups by it. */
  @Field(() => String)
  @Index()
  @Property({ type: 'string', length: 36 })
  lineage!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  version = 1;

  @Field(() => MaterialStatus)
  @Enum({ items: () => MaterialStatus, type: 'string' })
  status: MaterialStatus = MaterialStatus.CURRENT;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'YYYY-MM-DD: when the material was formed' })
  @Property({ type: 'string', length: 10 })
  formedOn!: string;

  @Field(() => String, { description: 'YYYY-MM-DD: when the archive office received it' })
  @Property({ type: 'string', length: 10 })
  receivedOn!: string;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  pages?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  /** Text content or description of the material: the guarded field (requirements §4). */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  content?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  sha256?: string | null;

  /** Received later than the category's filing limit after it was formed. */
  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  lateFiling = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  invalidationReason?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: DateTimeType, nullable: true })
  invalidatedAt?: Date | null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  invalidatedBy?: Ref<User> | null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  createdBy?: Ref<User> | null;

  @Field(() => DateTimeScalar)
  @Property({ type: DateTimeType })
  createdAt: Date = new Date();
}
