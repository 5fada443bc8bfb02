import { DateTimeType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../shared/scalars';
import { User } from '../users/user.entity';

/** Why someone is told something (issue 10 §7). The SPA words each kind with its params. */
export enum NotificationKind {
  /** A step of an access request opened and one's department decides it. */
  ACCESS_STEP_WAITING = 'ACCESS_STEP_WAITING',
  /** One's own access request was approved or rejected. */
  ACCESS_REQUEST_DECIDED = 'ACCESS_REQUEST_DECIDED',
  /** One's grant expires soon (ACCESS_GRANT_EXPIRY_NOTICE_HOURS). */
  ACCESS_GRANT_EXPIRING = 'ACCESS_GRANT_EXPIRING',
  /** One's grant was revoked before it expired. */
  ACCESS_GRANT_REVOKED = 'ACCESS_GRANT_REVOKED',
  /** A step one decides or oversees is past its time limit. */
  ACCESS_STEP_ESCALATED = 'ACCESS_STEP_ESCALATED',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

/**
 * An in-app notification of one user. Written in the transaction of the change it tells of, so
 * a change and its notice commit together; only `readAt` ever changes, and only by its recipient.
 */
@ObjectType({ simpleResolvers: true })
@Entity()
@Index({ properties: ['recipient', 'readAt'] })
@Index({ properties: ['recipient', 'id'] })
export class Notification {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => User, ref: true })
  recipient!: Ref<User>;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind, type: 'string' })
  kind!: NotificationKind;

  /** What it is about, as `Type:id` (`AccessRequest:12`): the SPA links to it. */
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  subject!: string;

  /** Words of the message (a request's number, a step's position), as a JSON object. */
  @Field(() => String, { description: 'Words of the message, a JSON object.' })
  @Property({ type: 'text' })
  params!: string;

  @Field(() => DateTimeScalar)
  @Property({ type: DateTimeType })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: DateTimeType, nullable: true })
  readAt?: Date | null;
}
