import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../shared/scalars';
import { AccessScope, StepMode } from './access-scope';
import { AccessRequest, DepartmentDecision, StepStatus } from './access-request.entity';
import { AccessDepartment, AccessPerson } from './access.types';

@ObjectType({
  description:
    "One department's place in one step of a request's chain, with its decision: a row of the request's timeline.",
})
export class AccessStepSlot {
  @Field(() => ID) id!: number;
  @Field(() => Int, { description: 'The step, 1, 2, … in chain order.' }) position!: number;
  @Field(() => StepMode) mode!: StepMode;
  @Field(() => StepStatus) stepStatus!: StepStatus;
  @Field(() => Int, { description: "The step's version: pass it to decideAccessRequest as expectedVersion." })
  stepVersion!: number;
  @Field(() => AccessDepartment) department!: AccessDepartment;
  @Field(() => DepartmentDecision) decision!: DepartmentDecision;
  @Field(() => AccessPerson, { nullable: true }) approver!: AccessPerson | null;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) decidedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the step opened.' }) startedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Its time limit; null: none.' }) dueAt!: Date | null;
  @Field(() => Boolean, { description: 'The step is (or was) past its time limit while pending.' })
  escalated!: boolean;
}

@ObjectType('AccessGrant', {
  description: 'What a fully approved request opens, for its requester, until it expires or is revoked.',
})
export class AccessGrantView {
  @Field(() => ID) id!: number;
  @Field(() => AccessRequest) request!: AccessRequest;
  @Field(() => [AccessScope]) scopes!: AccessScope[];
  @Field(() => [ID], { nullable: true, description: 'Material categories it is narrowed to; null: every one.' })
  categoryIds!: number[] | null;
  @Field(() => DateTimeScalar) grantedAt!: Date;
  @Field(() => DateTimeScalar) expiresAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) revokedAt!: Date | null;
  @Field(() => AccessPerson, { nullable: true }) revokedBy!: AccessPerson | null;
  @Field(() => String, { nullable: true }) revokeReason!: string | null;
  @Field(() => Boolean, { description: 'The grantee gave it up.' }) relinquished!: boolean;
  @Field(() => Boolean, { description: 'Not revoked and not expired, now.' }) active!: boolean;
  @Field(() => Int, { description: 'Seconds until it expires; 0 once inactive.' }) remainingSeconds!: number;
}

@ObjectType({ description: 'A step of an access request still pending past its time limit.' })
export class EscalatedAccessStep {
  @Field(() => ID) id!: number;
  @Field(() => AccessRequest) request!: AccessRequest;
  @Field(() => Int) position!: number;
  @Field(() => StepMode) mode!: StepMode;
  @Field(() => DateTimeScalar, { nullable: true }) startedAt!: Date | null;
  @Field(() => DateTimeScalar) dueAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the hourly check marked it; null: not yet.' })
  escalatedAt!: Date | null;
  @Field(() => Float, { description: 'Hours past the time limit.' }) overdueHours!: number;
  @Field(() => [AccessDepartment], { description: 'Departments that have not decided yet.' })
  pendingDepartments!: AccessDepartment[];
}
