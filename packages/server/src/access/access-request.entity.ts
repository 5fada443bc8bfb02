import { DateTimeType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Dossier } from '../dossiers/dossier.entity';
import { Organization } from '../organizations/organization.entity';
import { BaseEntity } from '../shared/base.entity';
import { DateTimeScalar } from '../shared/scalars';
import { User } from '../users/user.entity';
import { StepMode } from './access-scope';
import { AccessPurpose } from './access-purpose.entity';

export enum AccessRequestStatus {
  /** Filed; its steps are being decided. */
  PENDING = 'PENDING',
  /** Every step approved: the request carries a grant. */
  APPROVED = 'APPROVED',
  /** A department rejected it (with a comment): the request ended. */
  REJECTED = 'REJECTED',
  /** The requester withdrew it while pending. */
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(AccessRequestStatus, { name: 'AccessRequestStatus' });

/**
 * A request to consult dossiers (档案调取, requirements §3): which dossiers (AccessRequestDossier),
 * which scopes (optionally narrowed to material categories), why, for how long. Its approval
 * chain is frozen onto it as AccessStep rows when it is filed.
 */
@ObjectType({ simpleResolvers: true })
@Entity()
@Index({ properties: ['requester', 'status'] })
@Index({ properties: ['status', 'filedAt'] })
export class AccessRequest extends BaseEntity {
  /** Human-readable number, e.g. `DY-2026-000123`: printed on exports and watermarks. */
  @Field(() => String)
  @Unique()
  @Property({ type: 'string', length: 20 })
  number!: string;

  @ManyToOne({ entity: () => User, ref: true })
  requester!: Ref<User>;

  /** The requester's organisation when filed; `organizationPath` scopes who oversees the request. */
  @ManyToOne({ entity: () => Organization, ref: true })
  requesterOrganization!: Ref<Organization>;

  @Index()
  @Property({ type: 'string', length: 1000 })
  organizationPath!: string;

  /** AccessScope values, comma-separated (access-scope.ts). */
  @Property({ type: 'string', length: 64 })
  scopes!: string;

  /** MaterialCategory ids the MATERIALS/RESTRICTED scopes are narrowed to; null: every category. */
  @Property({ type: 'string', length: 1000, nullable: true })
  categoryIds?: string | null;

  @ManyToOne({ entity: () => AccessPurpose, ref: true })
  purpose!: Ref<AccessPurpose>;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  purposeDetails?: string | null;

  @Field(() => String)
  @Property({ type: 'text' })
  justification!: string;

  /** SHA-256 of the justification document (证明, a PDF in the file store); owner `AccessRequest:<id>`. */
  @Property({ type: 'string', length: 64, nullable: true })
  justificationSha256?: string | null;

  @Property({ type: 'string', length: 255, nullable: true })
  justificationFileName?: string | null;

  /** How many days a grant from this request lasts (≤ the configured maximum). */
  @Field(() => Int)
  @Property({ type: 'integer' })
  durationDays!: number;

  @Field(() => AccessRequestStatus)
  @Enum({ items: () => AccessRequestStatus, type: 'string' })
  status: AccessRequestStatus = AccessRequestStatus.PENDING;

  /** Position of the step being decided; null once the request has ended. */
  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  currentStep?: number | null = 1;

  @Field(() => DateTimeScalar)
  @Property({ type: DateTimeType })
  filedAt!: Date;

  /** When it was approved, rejected or withdrawn. */
  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: DateTimeType, nullable: true })
  closedAt?: Date | null;
}

/** One dossier a request asks for (and a grant from it opens). */
@Entity()
@Unique({ properties: ['request', 'dossier'] })
@Index({ properties: ['dossier'] })
export class AccessRequestDossier {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => AccessRequest, ref: true })
  request!: Ref<AccessRequest>;

  @ManyToOne({ entity: () => Dossier, ref: true })
  dossier!: Ref<Dossier>;
}

export enum StepStatus {
  /** A later step: not yet open to decisions. */
  WAITING = 'WAITING',
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  /** The request ended (rejected earlier, withdrawn) before this step was reached. */
  CANCELLED = 'CANCELLED',
}
registerEnumType(StepStatus, { name: 'AccessStepStatus' });

/**
 * One step of a request's frozen chain. `version` is the optimistic lock every decision of the
 * step bumps, so of parallel decisions exactly one wins (issue 10 §4).
 */
@Entity()
@Unique({ properties: ['request', 'position'] })
@Index({ properties: ['status', 'dueAt'] })
export class AccessStep extends BaseEntity {
  @ManyToOne({ entity: () => AccessRequest, ref: true })
  request!: Ref<AccessRequest>;

  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => StepMode, type: 'string' })
  mode!: StepMode;

  @Enum({ items: () => StepStatus, type: 'string' })
  status: StepStatus = StepStatus.WAITING;

  @Property({ type: 'integer', nullable: true })
  timeLimitHours?: number | null;

  /** When the step became PENDING, and by when it must be decided (null: no limit). */
  @Property({ type: DateTimeType, nullable: true })
  startedAt?: Date | null;

  @Property({ type: DateTimeType, nullable: true })
  dueAt?: Date | null;

  @Property({ type: DateTimeType, nullable: true })
  completedAt?: Date | null;

  /** Set once the step was found past `dueAt` still pending (listed for escalation). */
  @Property({ type: DateTimeType, nullable: true })
  escalatedAt?: Date | null;
}

export enum DepartmentDecision {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  /** An ANY_OF step was decided by another department, or the request ended first. */
  NOT_NEEDED = 'NOT_NEEDED',
}
registerEnumType(DepartmentDecision, { name: 'DepartmentDecision' });

/**
 * A department's place in a step, and its decision: who, when, comment. Once decided it never
 * changes (requirements §3: decisions are immutable).
 */
@Entity()
@Unique({ properties: ['step', 'department'] })
@Index({ properties: ['department', 'decision'] })
@Index({ properties: ['request', 'approver'] })
export class AccessStepDepartment {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => AccessStep, ref: true })
  step!: Ref<AccessStep>;

  /** The request, repeated so "has this person decided on this request" is one index lookup. */
  @ManyToOne({ entity: () => AccessRequest, ref: true })
  request!: Ref<AccessRequest>;

  @ManyToOne({ entity: () => Organization, ref: true })
  department!: Ref<Organization>;

  @Enum({ items: () => DepartmentDecision, type: 'string' })
  decision: DepartmentDecision = DepartmentDecision.PENDING;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  approver?: Ref<User> | null;

  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Property({ type: DateTimeType, nullable: true })
  decidedAt?: Date | null;
}
