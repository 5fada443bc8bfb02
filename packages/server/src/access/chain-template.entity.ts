import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  Ref,
  Unique,
} from '@mikro-orm/core';
import { Organization } from '../organizations/organization.entity';
import { BaseEntity } from '../shared/base.entity';
import { AccessScope, StepMode } from './access-scope';

/**
 * The approval chain an organisation sets for one scope (requirements §3). It applies to
 * requests about members of its subtree unless a nearer organisation sets its own; a request's
 * chain is the union over its scopes, resolved when filed and frozen onto the request.
 */
@Entity()
@Unique({ properties: ['organization', 'scope'] })
export class ChainTemplate extends BaseEntity {
  @ManyToOne({ entity: () => Organization, ref: true })
  organization!: Ref<Organization>;

  @Enum({ items: () => AccessScope, type: 'string' })
  scope!: AccessScope;

  @OneToMany({ entity: () => ChainTemplateStep, mappedBy: 'template', orderBy: { position: 'asc' } })
  steps = new Collection<ChainTemplateStep>(this);
}

/** One ordered step of a template: ALL_OF or ANY_OF over departments, with an optional time limit. */
@Entity()
@Index({ properties: ['template', 'position'] })
export class ChainTemplateStep {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => ChainTemplate, ref: true })
  template!: Ref<ChainTemplate>;

  /** 1, 2, … within the template. */
  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => StepMode, type: 'string' })
  mode!: StepMode;

  /** Organisation ids of the deciding departments (type DEPARTMENT), comma-separated. */
  @Property({ type: 'string', length: 500 })
  departmentIds!: string;

  /** Hours the step may stay pending before it is escalated; null: no limit. */
  @Property({ type: 'integer', nullable: true })
  timeLimitHours?: number | null;
}
