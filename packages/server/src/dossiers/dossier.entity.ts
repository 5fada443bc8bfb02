import { DateTimeType, Entity, Enum, Index, ManyToOne, Property, ref, Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Member } from '../members/member.entity';
import { Organization } from '../organizations/organization.entity';
import { BaseEntity } from '../shared/base.entity';
import { DateTimeScalar } from '../shared/scalars';
import { User } from '../users/user.entity';

export enum DossierStatus {
  /** Being put together; complete within the deadline or overdue. */
  ESTABLISHING = 'ESTABLISHING',
  COMPLETE = 'COMPLETE',
  IN_TRANSIT = 'IN_TRANSIT',
  /** The dossier of a retired member, kept in the retired collection (requirements §2). */
  RETIRED_COLLECTION = 'RETIRED_COLLECTION',
  CLOSED = 'CLOSED',
}
registerEnumType(DossierStatus, { name: 'DossierStatus' });

/**
 * A member's dossier: one per member, kept by an archive office (`custodian`, never a person,
 * requirements §4) with a named archivist in charge. `completionDeadline` is set when it is
 * opened (建档资料齐备时间); an ESTABLISHING dossier past it is overdue.
 */
@ObjectType({ simpleResolvers: true })
@Entity()
@Index({ properties: ['custodian', 'status'] })
@Index({ properties: ['status', 'completionDeadline'] })
@Index({ properties: ['nextReviewAt'] })
export class Dossier extends BaseEntity {
  @ManyToOne({ entity: () => Member, ref: true, unique: true })
  member: Ref<Member>;

  @ManyToOne({ entity: () => Organization, ref: true })
  custodian: Ref<Organization>;

  @ManyToOne({ entity: () => User, ref: true, index: true })
  archivist: Ref<User>;

  @Field(() => DossierStatus)
  @Enum({ items: () => DossierStatus, type: 'string' })
  status: DossierStatus = DossierStatus.ESTABLISHING;

  @Field(() => DateTimeScalar)
  @Property({ type: DateTimeType })
  completionDeadline: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: DateTimeType, nullable: true })
  completedAt?: Date | null;

  // Overdue explanation and escalation (requirements §2; dossiers/overdue.service.ts).
  @Property({ type: 'text', nullable: true })
  overdueExplanation?: string | null;

  /** YYYY-MM-DD the custodian promised completion by. */
  @Property({ type: 'string', length: 10, nullable: true })
  promisedCompletionOn?: string | null;

  @Property({ type: DateTimeType, nullable: true })
  explainedAt?: Date | null;

  /** Set by the daily check once the promised date has passed and the dossier is still incomplete. */
  @Property({ type: DateTimeType, nullable: true })
  escalatedAt?: Date | null;

  // Maintenance cycle (requirements §2; dossiers/review.service.ts).
  @Property({ type: 'integer', default: 12 })
  reviewIntervalMonths: number = 12;

  @Property({ type: DateTimeType, nullable: true })
  lastReviewedAt?: Date | null;

  @Property({ type: DateTimeType, nullable: true })
  nextReviewAt?: Date | null;

  constructor(member: Member, custodian: Organization, archivist: User, completionDeadline: Date) {
    super();
    this.member = ref(member);
    this.custodian = ref(custodian);
    this.archivist = ref(archivist);
    this.completionDeadline = completionDeadline;
  }
}
