import { DateTimeType, Entity, Enum, ManyToOne, Property, ref, Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Organization } from '../organizations/organization.entity';
import { BaseEntity } from '../shared/base.entity';
import { DateTimeScalar } from '../shared/scalars';
import { Role } from './role';

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(UserStatus, { name: 'UserStatus' });

/**
 * A person who signs in. Roles are kept as one delimited column (`,ADMIN,AUDITOR,`) so a
 * role filter is a LIKE on both dialects without a join table.
 */
@ObjectType({ simpleResolvers: true })
@Entity()
export class User extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 64, unique: true })
  username: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  displayName: string;

  @Property({ type: 'string', length: 255, hidden: true, lazy: false })
  passwordHash: string;

  @Property({ type: 'string', length: 200 })
  roleList: string;

  @Field(() => UserStatus)
  @Enum({ items: () => UserStatus, type: 'string', index: true })
  status: UserStatus = UserStatus.ACTIVE;

  @ManyToOne({ entity: () => Organization, ref: true, index: true })
  organization: Ref<Organization>;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 32, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254, nullable: true })
  email?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: DateTimeType, nullable: true })
  lastLoginAt?: Date | null;

  constructor(username: string, displayName: string, organization: Organization, roles: Role[], passwordHash: string) {
    super();
    this.username = username;
    this.displayName = displayName;
    this.organization = ref(organization);
    this.roleList = encodeRoles(roles);
    this.passwordHash = passwordHash;
  }

  /** Exposed to GraphQL by UserResolver.roles, which list reads' plain records reach too. */
  get roles(): Role[] {
    return decodeRoles(this.roleList);
  }

  set roles(roles: Role[]) {
    this.roleList = encodeRoles(roles);
  }
}

export const encodeRoles = (roles: Role[]) => `,${[...new Set(roles)].sort().join(',')},`;

/** How audit entries name a user (the label is kept as written, so a later rename does not rewrite history). */
export const userLabel = (user: Pick<User, 'displayName' | 'username'>) => `${user.displayName} (${user.username})`;
export const decodeRoles = (roleList: string) => roleList.split(',').filter(Boolean) as Role[];
