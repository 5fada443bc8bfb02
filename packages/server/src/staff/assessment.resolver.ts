import { Arg, Ctx, FieldResolver, Float, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../app/context';
import { OrganizationRecord } from '../organizations/organization.records';
import { StaffRecord } from './staff.records';
import { Organization } from '../organizations/organization.entity';
import { Allow } from '../policy/allow';
import { DateTimeScalar } from '../shared/scalars';
import { Assessment, RemovalDecision } from './assessment.entity';
import * as assessments from './assessment.service';
import { Exchange } from './exchange.entity';
import * as exchanges from './exchange.service';
import { AssessmentGrade, ExchangeStatus, RemovalOutcome } from './staff.enums';
import { StaffMember } from './staff-member.entity';
import {
  ChangeExchangeStatusInput,
  CreateExchangeInput,
  DecideRemovalInput,
  RecordAssessmentInput,
} from './staff.types';

type Owned = { staffMember: { id: number } };

/** score, grade, passed and comment are guarded (staff.module.ts): the person or a manager of staff reads them. */
@Resolver(() => Assessment)
export class AssessmentResolver {
  @FieldResolver(() => Float, { nullable: true })
  score(@Root() assessment: Pick<Assessment, 'score'>): number {
    return assessment.score;
  }

  @FieldResolver(() => AssessmentGrade, { nullable: true, description: '优秀 / 合格 / 基本合格 / 不合格' })
  grade(@Root() assessment: Pick<Assessment, 'grade'>): AssessmentGrade {
    return assessment.grade;
  }

  @FieldResolver(() => Boolean, { nullable: true })
  passed(@Root() assessment: Pick<Assessment, 'passed'>): boolean {
    return assessment.passed;
  }

  @FieldResolver(() => String, { nullable: true })
  comment(@Root() assessment: Pick<Assessment, 'comment'>): string | null {
    return assessment.comment ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who assessed (the recording manager).' })
  assessorName(@Root() assessment: { assessor: { id: number } }, @Ctx() ctx: RequestContext): Promise<string | null> {
    return ctx.loaders.userDisplayNameById.load(assessment.assessor.id);
  }

  @FieldResolver(() => StaffMember)
  staffMember(@Root() owned: Owned, @Ctx() ctx: RequestContext): Promise<StaffRecord | null> {
    return ctx.loaders.staffMemberById.load(owned.staffMember.id);
  }

  @Allow('staff.manage')
  @Mutation(() => Assessment, {
    description: 'One per person and period; N failures in a row (default 2) flag the person for removal.',
  })
  recordAssessment(
    @Arg('input', () => RecordAssessmentInput) input: RecordAssessmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return assessments.recordAssessment(ctx, input);
  }

  @Allow('staff.manage')
  @Mutation(() => StaffMember, {
    description:
      'KEEP with an improvement plan, or REMOVE: the person leaves, their post is vacated, a linked user disabled.',
  })
  decideRemoval(@Arg('input', () => DecideRemovalInput) input: DecideRemovalInput, @Ctx() ctx: RequestContext) {
    return assessments.decideRemoval(ctx, input);
  }
}

/** Every field but the id is guarded like the assessments behind it. */
@Resolver(() => RemovalDecision)
export class RemovalDecisionResolver {
  @FieldResolver(() => RemovalOutcome, { nullable: true })
  outcome(@Root() decision: Pick<RemovalDecision, 'outcome'>): RemovalOutcome {
    return decision.outcome;
  }

  @FieldResolver(() => String, { nullable: true })
  improvementPlan(@Root() decision: Pick<RemovalDecision, 'improvementPlan'>): string | null {
    return decision.improvementPlan ?? null;
  }

  @FieldResolver(() => [String], { nullable: true })
  failedPeriods(@Root() decision: Pick<RemovalDecision, 'failedPeriods'>): string[] {
    return decision.failedPeriods ? decision.failedPeriods.split(',') : [];
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true })
  decidedAt(@Root() decision: Pick<RemovalDecision, 'decidedAt'>): Date {
    return decision.decidedAt;
  }

  @FieldResolver(() => String, { nullable: true })
  decidedByName(@Root() decision: { decidedBy: { id: number } }, @Ctx() ctx: RequestContext): Promise<string | null> {
    return ctx.loaders.userDisplayNameById.load(decision.decidedBy.id);
  }
}

type ExchangeLike = Pick<Exchange, 'regionList' | 'status'> & {
  homeOrganization: { id: number };
  hostOrganization: { id: number };
  staffMember: { id: number };
};

@Resolver(() => Exchange)
export class ExchangeResolver {
  @Allow('staff.read')
  @Query(() => [Exchange], { description: 'Talent exchanges (人才交换) of the caller’s subtree.' })
  exchanges(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => ExchangeStatus, { nullable: true }) status?: ExchangeStatus,
  ) {
    return exchanges.listExchanges(ctx, status);
  }

  @FieldResolver(() => [String])
  regions(@Root() exchange: ExchangeLike): string[] {
    return exchange.regionList.split(',');
  }

  @FieldResolver(() => [ExchangeStatus])
  allowedTransitions(@Root() exchange: ExchangeLike): ExchangeStatus[] {
    return exchanges.EXCHANGE_TRANSITIONS[exchange.status];
  }

  @FieldResolver(() => Organization)
  homeOrganization(@Root() exchange: ExchangeLike, @Ctx() ctx: RequestContext): Promise<OrganizationRecord | null> {
    return ctx.loaders.organizationById.load(exchange.homeOrganization.id);
  }

  @FieldResolver(() => Organization)
  hostOrganization(@Root() exchange: ExchangeLike, @Ctx() ctx: RequestContext): Promise<OrganizationRecord | null> {
    return ctx.loaders.organizationById.load(exchange.hostOrganization.id);
  }

  @FieldResolver(() => StaffMember)
  staffMember(@Root() exchange: ExchangeLike, @Ctx() ctx: RequestContext): Promise<StaffRecord | null> {
    return ctx.loaders.staffMemberById.load(exchange.staffMember.id);
  }

  @Allow('staff.manage')
  @Mutation(() => Exchange)
  createExchange(@Arg('input', () => CreateExchangeInput) input: CreateExchangeInput, @Ctx() ctx: RequestContext) {
    return exchanges.createExchange(ctx, input);
  }

  @Allow('staff.manage')
  @Mutation(() => Exchange)
  changeExchangeStatus(
    @Arg('input', () => ChangeExchangeStatusInput) input: ChangeExchangeStatusInput,
    @Ctx() ctx: RequestContext,
  ) {
    return exchanges.changeExchangeStatus(ctx, input);
  }
}
