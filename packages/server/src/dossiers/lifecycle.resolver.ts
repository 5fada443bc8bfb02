import { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { RequestContext } from '../app/context';
import { Allow } from '../policy/allow';
import { Connection, Page, pageRequest } from '../shared/pagination';
import { DateTimeScalar } from '../shared/scalars';
import { selectedFields } from '../shared/selection';
import { Dossier, DossierStatus } from './dossier.entity';
import { DossierRecord, MaterialRecord } from './dossier.records';
import * as disposal from './disposal.service';
import { readableSql } from './dossier.service';
import { countLifecycle } from './lifecycle.jobs';
import { DisposalBatch, DisposalMethod, DossierReview } from './lifecycle.entities';
import { Material } from './material.entity';
import * as overdue from './overdue.service';
import * as reviews from './review.service';

const OverdueDossierConnection = Connection('OverdueDossier', Dossier);
const ReviewDueConnection = Connection('ReviewDue', Dossier);
const LifecycleMaterialConnection = Connection('LifecycleMaterial', Material);

@InputType()
class OverdueDossierFilter {
  @Field(() => ID, { nullable: true, description: 'Members of this organisation and below.' })
  organizationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The archive office keeping them.' }) custodianId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Past the promised date (escalated to the leaders).' })
  escalated?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'The custodian has explained the delay.' })
  explained?: boolean | null;
}

@InputType()
class ReviewsDueFilter {
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
  @Field(() => ID, { nullable: true }) custodianId?: string | null;
  @Field(() => DossierStatus, { nullable: true, description: 'RETIRED_COLLECTION: the retired collection only.' })
  status?: DossierStatus | null;
}

@InputType()
class LifecycleMaterialFilter {
  @Field(() => ID, { nullable: true }) dossierId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Members of this organisation and below.' })
  organizationId?: string | null;
}

@InputType()
class DisposalDecisionInput {
  @Field(() => DisposalMethod) method!: DisposalMethod;
  @Field(() => String) decisionNote!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) decidedOn!: string;
}

/** Primes the dossier loader with a page's rows, so field decisions cost no statement each. */
function primeDossiers(ctx: RequestContext, page: Page<DossierRecord>) {
  for (const { node } of page.edges) {
    ctx.loaders.dossierById.prime(node.id, node);
    ctx.loaders.dossierByMemberId.prime(node.member.id, node);
  }
  return page;
}

/** Overdue explanations, escalation and the maintenance cycle (requirements §2). */
@Resolver(() => Dossier)
export class DossierLifecycleResolver {
  @Allow('dossier.read')
  @Query(() => OverdueDossierConnection, { description: 'Dossiers still establishing past their deadline.' })
  async overdueDossiers(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => OverdueDossierFilter, { nullable: true }) filter?: OverdueDossierFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await overdue.listOverdueDossiers(
      ctx,
      filter ?? {},
      pageRequest(first, after),
      selectedFields(info).has('totalCount'),
    );
    return primeDossiers(ctx, page);
  }

  @Allow('dossier.read')
  @Query(() => ReviewDueConnection, { description: 'Dossiers whose maintenance review is due.' })
  async reviewsDue(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ReviewsDueFilter, { nullable: true }) filter?: ReviewsDueFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await reviews.listReviewsDue(
      ctx,
      filter ?? {},
      pageRequest(first, after),
      selectedFields(info).has('totalCount'),
    );
    return primeDossiers(ctx, page);
  }

  @Allow('dossier.keep')
  @Mutation(() => Dossier, { description: 'The custodian explains an overdue dossier and promises a date.' })
  explainOverdue(
    @Arg('dossierId', () => ID) dossierId: string,
    @Arg('explanation', () => String) explanation: string,
    @Arg('promisedDate', () => String, { description: 'YYYY-MM-DD, after today, within 90 days' })
    promisedDate: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ) {
    return overdue.explainOverdue(ctx, { dossierId, explanation, promisedDate, version });
  }

  @Allow('dossier.keep')
  @Mutation(() => DossierReview, { description: 'Records a maintenance review and schedules the next.' })
  recordReview(
    @Arg('dossierId', () => ID) dossierId: string,
    @Arg('findings', () => String) findings: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ) {
    return reviews.recordReview(ctx, { dossierId, findings, version });
  }

  @FieldResolver(() => String, { nullable: true })
  overdueExplanation(@Root() dossier: DossierRecord) {
    return dossier.overdueExplanation ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'YYYY-MM-DD promised by the custodian.' })
  promisedCompletionOn(@Root() dossier: DossierRecord) {
    return dossier.promisedCompletionOn ?? null;
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true })
  explainedAt(@Root() dossier: DossierRecord) {
    return dossier.explainedAt ?? null;
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true })
  escalatedAt(@Root() dossier: DossierRecord) {
    return dossier.escalatedAt ?? null;
  }

  @FieldResolver(() => Int, { description: 'Months between maintenance reviews.' })
  reviewIntervalMonths(@Root() dossier: DossierRecord) {
    return dossier.reviewIntervalMonths;
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true })
  lastReviewedAt(@Root() dossier: DossierRecord) {
    return dossier.lastReviewedAt ?? null;
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true })
  nextReviewAt(@Root() dossier: DossierRecord) {
    return dossier.nextReviewAt ?? null;
  }
}

/** Late filings, the invalidated list and central processing (requirements §2). */
@Resolver(() => Material)
export class MaterialLifecycleResolver {
  @Allow('dossier.read')
  @Query(() => LifecycleMaterialConnection, {
    description: "Current materials filed later than their category's limit.",
  })
  lateFilings(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => LifecycleMaterialFilter, { nullable: true }) filter?: LifecycleMaterialFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return disposal.listLateFilings(
      ctx,
      filter ?? {},
      pageRequest(first, after),
      selectedFields(info).has('totalCount'),
    );
  }

  @Allow('dossier.keep')
  @Query(() => LifecycleMaterialConnection, {
    description: 'Invalidated materials of your archive office awaiting central processing.',
  })
  invalidatedMaterials(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => LifecycleMaterialFilter, { nullable: true }) filter?: LifecycleMaterialFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return disposal.listInvalidatedMaterials(
      ctx,
      filter ?? {},
      pageRequest(first, after),
      selectedFields(info).has('totalCount'),
    );
  }

  @Allow('dossier.keep')
  @Mutation(() => DisposalBatch, {
    description: 'Central processing (集中处理) of invalidated materials, all or nothing.',
  })
  disposeMaterials(
    @Arg('materialIds', () => [ID]) materialIds: string[],
    @Arg('decision', () => DisposalDecisionInput) decision: DisposalDecisionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return disposal.disposeMaterials(ctx, materialIds, decision);
  }

  @FieldResolver(() => Dossier, { description: 'The dossier the material belongs to.' })
  async dossier(@Root() material: MaterialRecord, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.dossierById.load(material.dossier.id))!;
  }
}

@ObjectType({ description: 'Counts of the lifecycle lists over the dossiers the caller may read.' })
class LifecycleCounts {
  @Field(() => Int) overdue!: number;
  @Field(() => Int) escalated!: number;
  @Field(() => Int) reviewsDue!: number;
  @Field(() => Int) lateFilings!: number;
}

/** The dashboard's lifecycle figures, counted now within the caller's reach (what the daily check records overall). */
@Resolver(() => LifecycleCounts)
export class LifecycleCountsResolver {
  @Allow('dossier.read')
  @Query(() => LifecycleCounts)
  async dossierLifecycleCounts(@Ctx() ctx: RequestContext): Promise<LifecycleCounts> {
    return (await countLifecycle(ctx, readableSql(ctx, 'dossier.read'))).totals;
  }
}
