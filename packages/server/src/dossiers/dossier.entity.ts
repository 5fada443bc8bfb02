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

  constructor(member: Member, custodian: Organization, archivist: User, completionDeadline: Date) {
    super();
    this.member = ref(member);
    this.custodian = ref(custodian);
    this.archivist = ref(archivist);
    this.completionDeadline = completionDeadline;
  }
}
