import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Float, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../app/context';
import { Allow } from '../policy/allow';
import { Connection, pageRequest } from '../shared/pagination';
import { selectedFields } from '../shared/selection';
import { AccessScope, splitIds, splitScopes } from './access-scope';
import { AccessRequest, DepartmentDecision } from './access-request.entity';
import { decideAccessRequest } from './decide.service';
import { isEscalated, SlotRecord } from './decide.records';
import { accessStatistics, AccessStatistics } from './decide-statistics';
import { AccessDepartment, AccessPerson } from './access.types';
import { AccessGrantView, AccessStepSlot, EscalatedAccessStep } from './decide.types';
import { listEscalatedSteps, EscalatedStepRecord } from './escalation.service';
import { GrantRecord } from './grant.records';
import { isGrantActive, listMyGrants, relinquishAccessGrant, revokeAccessGrant } from './grant.service';

const AccessGrantConnection = Connection('AccessGrant', AccessGrantView);
const EscalatedAccessStepConnection = Connection('EscalatedAccessStep', EscalatedAccessStep);

const departmentOf = (slot: SlotRecord): AccessDepartment => ({
  id: slot.departmentId,
  code: slot.departmentCode,
  name: slot.departmentName,
  active: slot.departmentActive,
});

const slotOf = (slot: SlotRecord, now: Date): AccessStepSlot => ({
  id: slot.id,
  position: slot.position,
  mode: slot.mode,
  stepStatus: slot.stepStatus,
  stepVersion: slot.stepVersion,
  department: departmentOf(slot),
  decision: slot.decision,
  approver: slot.approverId ? { id: slot.approverId, displayName: slot.approverName ?? '' } : null,
  comment: slot.comment,
  decidedAt: slot.decidedAt,
  startedAt: slot.startedAt,
  dueAt: slot.dueAt,
  escalated: isEscalated(slot, now),
});

/**
 * Deciding access requests and their grants (issue 10 §3, §5): the mutations, and the `steps`
 * and `grant` fields of AccessRequest. Whoever reaches a request sees its timeline and grant.
 */
@Resolver(() => AccessRequest)
export class AccessDecisionResolver {
  @Allow('accessRequest.decide')
  @Mutation(() => AccessRequest, {
    description:
      "Approves or rejects (comment required) the current step for the caller's department. `expectedVersion`: the step's version the caller saw; CONFLICT when it has changed.",
  })
  decideAccessRequest(
    @Ctx() ctx: RequestContext,
    @Arg('requestId', () => ID) requestId: string,
    @Arg('approve', () => Boolean) approve: boolean,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return decideAccessRequest(ctx, requestId, approve, comment, expectedVersion);
  }

  @Allow('accessGrant.revoke')
  @Mutation(() => AccessRequest, {
    description:
      'Revokes the request’s active grant: an ADMIN over it, or an APPROVER of a department that approved it.',
  })
  revokeAccessGrant(
    @Ctx() ctx: RequestContext,
    @Arg('requestId', () => ID) requestId: string,
    @Arg('reason', () => String) reason: string,
  ) {
    return revokeAccessGrant(ctx, requestId, reason);
  }

  @Allow('accessGrant.revoke')
  @Mutation(() => AccessRequest, { description: 'The grantee gives their active grant up.' })
  relinquishAccessGrant(
    @Ctx() ctx: RequestContext,
    @Arg('requestId', () => ID) requestId: string,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ) {
    return relinquishAccessGrant(ctx, requestId, reason);
  }

  @FieldResolver(() => [AccessStepSlot], {
    description: 'The frozen chain, one row per department and step, in order: who decided, when, with what comment.',
  })
  async steps(@Root() request: Pick<AccessRequest, 'id'>, @Ctx() ctx: RequestContext): Promise<AccessStepSlot[]> {
    const now = ctx.now();
    return (await ctx.loaders.accessSlotsByRequestId.load(request.id)).map((slot) => slotOf(slot, now));
  }

  @FieldResolver(() => AccessGrantView, { nullable: true, description: 'The grant, once the request is approved.' })
  grant(@Root() request: Pick<AccessRequest, 'id'>, @Ctx() ctx: RequestContext) {
    return ctx.loaders.accessGrantByRequestId.peek(request.id) ?? ctx.loaders.accessGrantByRequestId.load(request.id);
  }
}

/** A grant's derived fields: activity and time left at the request's clock, the request, the revoker. */
@Resolver(() => AccessGrantView)
export class AccessGrantResolver {
  @Allow('accessRequest.file')
  @Query(() => AccessGrantConnection, { description: 'Your grants, newest first; only active ones unless asked.' })
  myGrants(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('activeOnly', () => Boolean, { defaultValue: true }) activeOnly: boolean,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listMyGrants(ctx, { activeOnly }, pageRequest(first, after), selectedFields(info).has('totalCount'));
  }

  @FieldResolver(() => [AccessScope])
  scopes(@Root() grant: GrantRecord) {
    return splitScopes(grant.scopes);
  }

  @FieldResolver(() => [ID], { nullable: true })
  categoryIds(@Root() grant: GrantRecord) {
    return grant.categoryIds ? splitIds(grant.categoryIds) : null;
  }

  @FieldResolver(() => Boolean)
  active(@Root() grant: GrantRecord, @Ctx() ctx: RequestContext) {
    return isGrantActive(grant, ctx.now());
  }

  @FieldResolver(() => Int)
  remainingSeconds(@Root() grant: GrantRecord, @Ctx() ctx: RequestContext) {
    const now = ctx.now();
    return isGrantActive(grant, now) ? Math.floor((grant.expiresAt.getTime() - now.getTime()) / 1000) : 0;
  }

  @FieldResolver(() => AccessRequest)
  request(@Root() grant: GrantRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.decisionRequestById.load(grant.requestId);
  }

  @FieldResolver(() => AccessPerson, { nullable: true })
  async revokedBy(@Root() grant: GrantRecord, @Ctx() ctx: RequestContext): Promise<AccessPerson | null> {
    if (!grant.revokedById) return null;
    const name = await ctx.loaders.userDisplayNameById.load(grant.revokedById);
    return { id: grant.revokedById, displayName: name ?? '' };
  }
}

/** Escalated steps and the approvals dashboard. */
@Resolver(() => EscalatedAccessStep)
export class AccessEscalationResolver {
  @Allow('accessRequest.oversee')
  @Query(() => EscalatedAccessStepConnection, {
    description: 'Steps of requests filed in your subtree still pending past their time limit (decided now).',
  })
  escalatedAccessSteps(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listEscalatedSteps(ctx, pageRequest(first, after), selectedFields(info).has('totalCount'));
  }

  @FieldResolver(() => AccessRequest)
  request(@Root() step: EscalatedStepRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.decisionRequestById.load(step.requestId);
  }

  @FieldResolver(() => Float)
  overdueHours(@Root() step: EscalatedStepRecord, @Ctx() ctx: RequestContext) {
    return Math.round(((ctx.now().getTime() - step.dueAt.getTime()) / 3_600_000) * 100) / 100;
  }

  @FieldResolver(() => [AccessDepartment])
  async pendingDepartments(@Root() step: EscalatedStepRecord, @Ctx() ctx: RequestContext) {
    const slots = await ctx.loaders.accessSlotsByRequestId.load(step.requestId);
    return slots
      .filter((slot) => slot.stepId === step.id && slot.decision === DepartmentDecision.PENDING)
      .map((slot) => departmentOf(slot));
  }

  @Allow('accessStatistics.read')
  @Query(() => AccessStatistics, {
    description: "Pending approvals and decision times: your department's, or an overseer's subtree's.",
  })
  accessStatistics(@Ctx() ctx: RequestContext) {
    return accessStatistics(ctx);
  }
}
