import { Entity, Enum, Index, ManyToOne, Property, ref, Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity';

/** requirements §1: committee → general branch → branch, plus functional departments. */
export enum OrganizationType {
  COMMITTEE = 'COMMITTEE',
  GENERAL_BRANCH = 'GENERAL_BRANCH',
  BRANCH = 'BRANCH',
  DEPARTMENT = 'DEPARTMENT',
  ARCHIVE_OFFICE = 'ARCHIVE_OFFICE',
}
registerEnumType(OrganizationType, { name: 'OrganizationType' });

/**
 * Which types may sit directly under which: branches under general branches or committees,
 * departments and archive offices under committees (an archive office may also belong to a
 * department, as 档案室 often sit in 组织部). Branches and archive offices are leaves.
 */
const CHILD_TYPES: Record<OrganizationType, readonly OrganizationType[]> = {
  [OrganizationType.COMMITTEE]: Object.values(OrganizationType),
  [OrganizationType.GENERAL_BRANCH]: [OrganizationType.BRANCH],
  [OrganizationType.BRANCH]: [],
  [OrganizationType.DEPARTMENT]: [OrganizationType.DEPARTMENT, OrganizationType.ARCHIVE_OFFICE],
  [OrganizationType.ARCHIVE_OFFICE]: [],
};

export const mayContain = (parent: OrganizationType, child: OrganizationType) => CHILD_TYPES[parent].includes(child);

/** The types an organisation of `type` may hold directly, in the enum's order. */
export const childTypesOf = (type: OrganizationType): readonly OrganizationType[] => CHILD_TYPES[type];

/**
 * A party organisation or department. `path` is the chain of codes from the root
 * (`/SZ/SZ-01/`), so "is X inside the subtree of Y" is one prefix comparison and a
 * subtree is one indexed LIKE — every permission is scoped that way (requirements §1).
 * Codes are immutable, which keeps paths stable except when an organisation moves.
 */
@ObjectType({ simpleResolvers: true })
@Entity()
export class Organization extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 32, unique: true })
  code: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name: string;

  @Field(() => OrganizationType)
  @Enum({ items: () => OrganizationType, type: 'string' })
  type: OrganizationType;

  @ManyToOne({ entity: () => Organization, ref: true, nullable: true, index: true })
  parent?: Ref<Organization>;

  @Index()
  @Property({ type: 'text' })
  path: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active = true;

  constructor(code: string, name: string, type: OrganizationType, parent?: Organization) {
    super();
    this.code = code;
    this.name = name;
    this.type = type;
    this.path = organizationPath(code, parent);
    if (parent) this.parent = ref(parent);
  }
}

export function organizationPath(code: string, parent?: { path: string }): string {
  return `${parent?.path ?? '/'}${code}/`;
}
