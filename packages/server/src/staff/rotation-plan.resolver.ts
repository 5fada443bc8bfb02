import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../app/context';
import { OrganizationRecord } from '../organizations/organization.records';
import { Organization } from '../organizations/organization.entity';
import { subtreeSql } from '../organizations/subtree';
import { Allow } from '../policy/allow';
import { can, scopeRoot } from '../policy/policy';
import { parseId } from '../shared/ids';
import { placeholders, selectRows } from '../shared/lean-rows';
import { Post } from './post.entity';
import { RotationPlan, RotationPlanAssignment } from './rotation-plan.entity';
import * as plans from './rotation-plan.service';
import { StaffMember } from './staff-member.entity';
import { PostRecord, StaffRecord, projectionOf } from './staff.records';
import { RotationRuleCount, RotationScore, RotationViolation } from './staff.types';
import { mentionedIds, wordViolation, type StoredViolation } from './rotation-violations';

// app/i18n composes every module's messages when loaded, this one's included: read it per request.
const i18n = () => import('../app/i18n');

type PlanRecord = Omit<RotationPlan, 'organization' | 'createdBy' | 'reviewedBy' | 'publishedBy'> & {
  organization: { id: number };
};
type StayRecord = Omit<RotationPlanAssignment, 'plan' | 'staffMember' | 'post'> & {
  plan: { id: number };
  staffMember: { id: number };
  post: { id: number };
};

const parsed = <T>(text: string): T[] => {
  const value = JSON.parse(text) as unknown;
  return Array.isArray(value) ? (value as T[]) : [];
};

const found = <T>(rows: (T | null | Error)[]): T[] => rows.filter((row): row is T => !!row && !(row instanceof Error));

@Resolver(() => RotationPlan)
export class RotationPlanResolver {
  @Allow('staff.read')
  @Query(() => [RotationPlan], { description: 'Rotation plans of the caller’s subtree, newest first.' })
  async rotationPlans(@Ctx() ctx: RequestContext) {
    const scope = subtreeSql('o.path', scopeRoot(ctx.actor, 'staff.read'));
    const projection = projectionOf<PlanRecord>(ctx.em, RotationPlan, 'r');
    const rows = await selectRows(
      ctx.em,
      `select ${projection.select} from rotation_plan r join organization o on o.id = r.organization_id
        where ${scope.sql} order by r.id desc limit 200`,
      scope.params,
    );
    return rows.map((row) => projection.read(row));
  }

  @Allow('staff.read')
  @Query(() => RotationPlan, { nullable: true })
  async rotationPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const projection = projectionOf<PlanRecord>(ctx.em, RotationPlan, 'r');
    const rows = await selectRows<Record<string, unknown>>(
      ctx.em,
      `select ${projection.select}, o.path as "organizationPath" from rotation_plan r
        join organization o on o.id = r.organization_id where r.id = ?`,
      [parseId(id)],
    );
    if (!rows[0] || !can(ctx.actor, 'staff.read', { organizationPath: String(rows[0].organizationPath) })) return null;
    return projection.read(rows[0]);
  }

  @FieldResolver(() => Organization)
  organization(
    @Root() plan: { organization: { id: number } },
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationRecord | null> {
    return ctx.loaders.organizationById.load(plan.organization.id);
  }

  @FieldResolver(() => RotationScore, { description: 'hard / medium / soft; hard 0: every hard rule holds.' })
  score(@Root() plan: Pick<RotationPlan, 'scoreHard' | 'scoreMedium' | 'scoreSoft'>): RotationScore {
    return { hard: plan.scoreHard, medium: plan.scoreMedium, soft: plan.scoreSoft };
  }

  @FieldResolver(() => [RotationRuleCount], { description: 'Per rule: how often it was bent and what that cost.' })
  breakdown(@Root() plan: Pick<RotationPlan, 'breakdown'>): RotationRuleCount[] {
    return parsed<RotationRuleCount>(plan.breakdown);
  }

  @FieldResolver(() => [RotationViolation], {
    description: 'Rules that could not be met, and for whom, worded in the caller’s language.',
  })
  async violations(
    @Root() plan: Pick<RotationPlan, 'violations'>,
    @Ctx() ctx: RequestContext,
  ): Promise<RotationViolation[]> {
    const stored = parsed<StoredViolation>(plan.violations);
    if (!stored.length) return [];
    const ids = mentionedIds(stored);
    const [people, posts] = await Promise.all([
      ctx.loaders.staffMemberById.loadMany(ids.staff),
      ctx.loaders.postById.loadMany(ids.posts),
    ]);
    const names = {
      staff: new Map(found(people).map((person) => [person.id, person.name])),
      posts: new Map(found(posts).map((post) => [post.id, post.title])),
    };
    const words = await i18n();
    return stored.map((violation) => wordViolation(words, ctx.locale, names, violation));
  }

  @FieldResolver(() => [RotationPlanAssignment])
  async assignments(@Root() plan: { id: number }, @Ctx() ctx: RequestContext): Promise<StayRecord[]> {
    const projection = projectionOf<StayRecord>(ctx.em, RotationPlanAssignment, 'x');
    const rows = await selectRows(
      ctx.em,
      `select ${projection.select} from rotation_plan_assignment x where x.plan_id in (${placeholders(1)}) order by x.start_date, x.id`,
      [plan.id],
    );
    return rows.map((row) => projection.read(row));
  }

  @Allow('staff.manage')
  @Mutation(() => RotationPlan, { description: 'DRAFT → REVIEWED.' })
  reviewRotationPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return plans.reviewRotationPlan(ctx, id);
  }

  @Allow('staff.manage')
  @Mutation(() => RotationPlan, {
    description: 'REVIEWED → PUBLISHED: creates the assignments, ending the previous ones.',
  })
  publishRotationPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return plans.publishRotationPlan(ctx, id);
  }
}

@Resolver(() => RotationPlanAssignment)
export class RotationPlanAssignmentResolver {
  @FieldResolver(() => StaffMember)
  staffMember(@Root() stay: { staffMember: { id: number } }, @Ctx() ctx: RequestContext): Promise<StaffRecord | null> {
    return ctx.loaders.staffMemberById.load(stay.staffMember.id);
  }

  @FieldResolver(() => Post)
  post(@Root() stay: { post: { id: number } }, @Ctx() ctx: RequestContext): Promise<PostRecord | null> {
    return ctx.loaders.postById.load(stay.post.id);
  }
}
