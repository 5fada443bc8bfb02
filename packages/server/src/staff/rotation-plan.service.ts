import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { runAudited } from '../audit/audited-change';
import { Organization } from '../organizations/organization.entity';
import { can } from '../policy/policy';
import { authorize } from '../policy/policy';
import { badInput, notFound } from '../shared/errors';
import { parseId } from '../shared/ids';
import { forUpdate } from '../shared/locking';
import { ServiceContext } from '../shared/service-context';
import { User } from '../users/user.entity';
import { Assignment, Post } from './post.entity';
import { RotationPlan, RotationPlanAssignment } from './rotation-plan.entity';
import { RotationSolution } from './rotation/input';
import { checkRotationPlan } from './rotation/index';
import { gatherRotationInput } from './rotation-input';
import { solverInputOf } from './rotation-mapping';
import { managedOrganization } from './staff-access';
import { addMonths, calendarDay } from './staff-dates';
import { RotationPlanStatus, StaffStatus } from './staff.enums';
import { StaffMember } from './staff-member.entity';

const planEvent = (
  action: string,
  plan: RotationPlan,
  organization: Organization,
  details: Record<string, unknown>,
) => ({
  action,
  target: `RotationPlan:${plan.id}`,
  label: `${organization.name} ${plan.startDate} +${plan.months}`,
  organizationPath: organization.path,
  details,
});

/** The plan's last day + 1: stays ending there run on after the plan (their assignment stays open). */
export const planEnd = (plan: Pick<RotationPlan, 'startDate' | 'months'>) => addMonths(plan.startDate, plan.months);

/**
 * Stores a solver's answer as a DRAFT plan of an organisation the caller manages (issue 11 §4).
 * Every stay must name a staff member and a post of that organisation, within the plan's months.
 */
export async function saveRotationPlan(
  ctx: ServiceContext,
  input: { organizationId: string; startDate: string; months: number },
  solution: RotationSolution,
): Promise<RotationPlan> {
  const startDate = calendarDay('startDate', input.startDate);
  if (!Number.isInteger(input.months) || input.months < 1 || input.months > 120) {
    throw badInput('months', 'staff.rotation.months');
  }
  return runAudited(ctx, async (tx) => {
    const organization = await managedOrganization(ctx, tx, input.organizationId);
    const plan = Object.assign(new RotationPlan(), {
      organization: ref(organization),
      startDate,
      months: input.months,
      scoreHard: solution.score.hard,
      scoreMedium: solution.score.medium,
      scoreSoft: solution.score.soft,
      breakdown: JSON.stringify(solution.breakdown),
      violations: JSON.stringify(solution.violations),
      createdBy: ref(tx.getReference(User, ctx.actor!.userId)),
    });
    tx.persist(plan);
    const end = planEnd(plan);
    const staffIds = new Set((await tx.find(StaffMember, { organization: organization.id })).map((s) => s.id));
    const postIds = new Set((await tx.find(Post, { organization: organization.id })).map((p) => p.id));
    solution.assignments.forEach((stay, i) => {
      const staffId = Number(stay.staffMemberId);
      const postId = Number(stay.postId);
      if (!staffIds.has(staffId)) throw badInput(`assignments.${i}.staffMemberId`, 'staff.rotation.outside');
      if (!postIds.has(postId)) throw badInput(`assignments.${i}.postId`, 'staff.rotation.outside');
      const from = calendarDay(`assignments.${i}.startDate`, stay.startDate);
      const to = calendarDay(`assignments.${i}.endDate`, stay.endDate);
      if (from < startDate || to > end || to <= from)
        throw badInput(`assignments.${i}.endDate`, 'staff.rotation.outsidePlan');
      tx.persist(
        Object.assign(new RotationPlanAssignment(), {
          plan,
          staffMember: ref(tx.getReference(StaffMember, staffId)),
          post: ref(tx.getReference(Post, postId)),
          startDate: from,
          endDate: to,
        }),
      );
    });
    await tx.flush();
    return {
      result: plan,
      audit: planEvent('ROTATION_PLAN_CREATED', plan, organization, {
        stays: solution.assignments.length,
        score: solution.score,
      }),
    };
  });
}

/**
 * The independent checker (issue 11 §8: every rule of every published plan, verified by code that
 * is not the solver's) holds the stays against the office as it is now, so a plan that went stale
 * after it was solved (a new assignment, a lapsed certificate) is refused rather than published.
 */
async function requireCheckedPlan(
  ctx: ServiceContext,
  plan: RotationPlan,
  organization: Organization,
  stays: RotationPlanAssignment[],
): Promise<void> {
  const request = { organizationId: String(organization.id), startDate: plan.startDate, months: plan.months };
  const check = checkRotationPlan(
    solverInputOf(await gatherRotationInput(ctx, request)),
    stays.map((stay) => ({
      staffId: stay.staffMember.id,
      postId: stay.post.id,
      startDate: stay.startDate,
      endDate: stay.endDate,
    })),
  );
  if (check.hard.length) {
    throw badInput('id', 'staff.rotation.checkFailed', { count: check.hard.length, rule: check.hard[0].rule });
  }
}

async function lockPlan(ctx: ServiceContext, tx: EntityManager, id: string) {
  const plan = await tx.findOne(RotationPlan, parseId(id), { ...forUpdate(tx), refresh: true });
  const organization = plan && (await tx.findOneOrFail(Organization, plan.organization.id));
  if (!plan || !organization || !can(ctx.actor, 'staff.manage', { organizationPath: organization.path })) {
    authorize(ctx.actor, 'staff.manage', { organizationPath: ctx.actor?.organizationPath ?? '' });
    throw notFound('RotationPlan');
  }
  return { plan, organization };
}

/** DRAFT → REVIEWED: a manager has looked at the plan and its score. */
export async function reviewRotationPlan(ctx: ServiceContext, id: string): Promise<RotationPlan> {
  return runAudited(ctx, async (tx) => {
    const { plan, organization } = await lockPlan(ctx, tx, id);
    if (plan.status !== RotationPlanStatus.DRAFT) throw badInput('id', 'staff.rotation.notDraft');
    plan.status = RotationPlanStatus.REVIEWED;
    plan.reviewedBy = ref(tx.getReference(User, ctx.actor!.userId));
    plan.reviewedAt = ctx.now();
    return { result: plan, audit: planEvent('ROTATION_PLAN_REVIEWED', plan, organization, {}) };
  });
}

/**
 * REVIEWED → PUBLISHED, creating the plan's assignments in one transaction: each person's first
 * stay ends their assignment open at its start; a stay reaching the plan's end stays open. A
 * plan that breaks a hard rule (score.hard ≠ 0) or names someone who has left is refused.
 * Locks: the plan, then its staff in id order (one order everywhere), then their assignments.
 */
export async function publishRotationPlan(ctx: ServiceContext, id: string): Promise<RotationPlan> {
  return runAudited(ctx, async (tx) => {
    const { plan, organization } = await lockPlan(ctx, tx, id);
    if (plan.status !== RotationPlanStatus.REVIEWED) throw badInput('id', 'staff.rotation.notReviewed');
    if (plan.scoreHard !== 0) throw badInput('id', 'staff.rotation.hardViolations');
    const stays = await tx.find(
      RotationPlanAssignment,
      { plan: plan.id },
      { orderBy: { startDate: 'asc', id: 'asc' } },
    );
    const staffIds = [...new Set(stays.map((stay) => stay.staffMember.id))].sort((a, b) => a - b);
    const staff = await tx.find(StaffMember, { id: { $in: staffIds } }, { orderBy: { id: 'asc' }, ...forUpdate(tx) });
    if (staff.some((person) => person.status === StaffStatus.LEFT)) throw badInput('id', 'staff.rotation.staffLeft');
    await requireCheckedPlan({ ...ctx, em: tx }, plan, organization, stays);
    const open = await tx.find(Assignment, { staffMember: { $in: staffIds }, endDate: null }, forUpdate(tx));
    const end = planEnd(plan);
    const first = new Map<number, string>();
    for (const stay of stays) if (!first.has(stay.staffMember.id)) first.set(stay.staffMember.id, stay.startDate);
    for (const assignment of open) {
      const from = first.get(assignment.staffMember.id)!;
      assignment.endDate = assignment.startDate < from ? from : assignment.startDate;
    }
    for (const stay of stays) {
      tx.persist(
        Object.assign(new Assignment(), {
          staffMember: stay.staffMember,
          post: stay.post,
          startDate: stay.startDate,
          endDate: stay.endDate >= end ? null : stay.endDate,
          rotationPlanId: plan.id,
        }),
      );
    }
    plan.status = RotationPlanStatus.PUBLISHED;
    plan.publishedBy = ref(tx.getReference(User, ctx.actor!.userId));
    plan.publishedAt = ctx.now();
    return {
      result: plan,
      audit: planEvent('ROTATION_PLAN_PUBLISHED', plan, organization, {
        assignments: stays.length,
        ended: open.length,
      }),
    };
  });
}
