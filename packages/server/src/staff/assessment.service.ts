import { ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { AuditEvent } from '../audit/audit.service';
import { runAudited } from '../audit/audited-change';
import { Settings } from '../config/settings';
import { badInput } from '../shared/errors';
import { forUpdate } from '../shared/locking';
import { ServiceContext } from '../shared/service-context';
import { disableUserWithin } from '../users/user.service';
import { User } from '../users/user.entity';
import { Assessment, RemovalDecision } from './assessment.entity';
import { Assignment } from './post.entity';
import { lockStaffMember } from './staff-access';
import { todayOf } from './staff-dates';
import { AssessmentGrade, ExchangeStatus, RemovalOutcome, StaffStatus } from './staff.enums';
import { Exchange } from './exchange.entity';
import { StaffMember } from './staff-member.entity';
import { staffEvent } from './staff.service';

/** The settings that grade a score. */
export type Grading = Pick<Settings, 'STAFF_PASS_SCORE' | 'STAFF_GRADE_PASS_SCORE' | 'STAFF_GRADE_EXCELLENT_SCORE'>;

/** Annual periods are `YYYY` (api.md); half-years and quarters are written `YYYY-H1`, `YYYY-Q3`. */
const PERIOD = /^(\d{4})(-(H[12]|Q[1-4]))?$/;

/** The kind of a period: a run of failures is counted among periods of one kind (annual with annual). */
export const periodKind = (period: string) => PERIOD.exec(period)?.[3]?.[0] ?? 'Y';

/**
 * The grade of a score (requirements §7, 考核): ≥ STAFF_GRADE_EXCELLENT_SCORE (90) 优秀,
 * ≥ STAFF_GRADE_PASS_SCORE (70) 合格, ≥ STAFF_PASS_SCORE (60) 基本合格, below 不合格. Only 不合格 fails.
 */
export function gradeOf(score: number, settings: Grading): AssessmentGrade {
  if (score >= settings.STAFF_GRADE_EXCELLENT_SCORE) return AssessmentGrade.EXCELLENT;
  if (score >= settings.STAFF_GRADE_PASS_SCORE) return AssessmentGrade.PASS;
  if (score >= settings.STAFF_PASS_SCORE) return AssessmentGrade.BASIC_PASS;
  return AssessmentGrade.FAIL;
}

export interface RecordAssessment {
  staffMemberId: string;
  period: string;
  score: number;
  comment?: string | null;
}

/**
 * Records a person's assessment of a period, the caller as assessor: one per person and period
 * (a second is BAD_USER_INPUT on `period`; the unique index settles two at once). When it makes
 * STAFF_REMOVAL_AFTER_FAILURES (2) failures in a row of its kind, the person is flagged for
 * removal (事业单位人事管理条例 第十六条) in the same transaction, with the failed periods as reason.
 */
export async function recordAssessment(ctx: ServiceContext, input: RecordAssessment): Promise<Assessment> {
  const period = input.period.trim();
  const match = PERIOD.exec(period);
  if (!match || Number(match[1]) < 1950 || Number(match[1]) > Number(todayOf(ctx).slice(0, 4)) + 1) {
    throw badInput('period', 'staff.assessment.period');
  }
  if (!Number.isFinite(input.score) || input.score < 0 || input.score > 100) {
    throw badInput('score', 'staff.assessment.score');
  }
  const score = Math.round(input.score * 10) / 10;
  const comment = input.comment?.trim() || null;
  if (comment && comment.length > 2000) throw badInput('comment', 'common.tooLong', { max: 2000 });
  return runAudited(ctx, async (tx) => {
    // The person's row is locked first: two assessments of one person are recorded one after the other.
    const { staff, organization } = await lockStaffMember(ctx, tx, input.staffMemberId);
    if (staff.status === StaffStatus.LEFT) throw badInput('staffMemberId', 'staff.left');
    if (await tx.count(Assessment, { staffMember: staff.id, period })) {
      throw badInput('period', 'staff.assessment.duplicate', { period });
    }
    const grade = gradeOf(score, ctx.settings);
    const assessment = Object.assign(new Assessment(), {
      staffMember: ref(staff),
      period,
      score,
      grade,
      passed: grade !== AssessmentGrade.FAIL,
      comment,
      assessor: ref(tx.getReference(User, ctx.actor!.userId)),
      assessedAt: ctx.now(),
    });
    tx.persist(assessment);
    await tx.flush().catch((error) => {
      if (error instanceof UniqueConstraintViolationException) {
        throw badInput('period', 'staff.assessment.duplicate', { period });
      }
      throw error;
    });
    const audit: AuditEvent[] = [
      staffEvent('STAFF_ASSESSMENT_RECORDED', staff, organization, { assessment: assessment.id, period, grade }),
    ];
    const failures = await failedRun(tx, staff, period, ctx.settings.STAFF_REMOVAL_AFTER_FAILURES);
    if (failures && !staff.flaggedForRemoval) {
      staff.flaggedForRemoval = true;
      staff.failedPeriods = failures.join(',');
      staff.flaggedAt = ctx.now();
      audit.push(staffEvent('STAFF_FLAGGED_FOR_REMOVAL', staff, organization, { failedPeriods: failures }));
    }
    return { result: assessment, audit };
  });
}

/**
 * The periods of the latest run of `needed` failed assessments of the new period's kind, or
 * null. Counted after the last decision on a flag: a person kept with an improvement plan
 * starts a new run.
 */
async function failedRun(tx: EntityManager, staff: StaffMember, period: string, needed: number) {
  const decided = await tx.findOne(RemovalDecision, { staffMember: staff.id }, { orderBy: { id: 'desc' } });
  const kind = periodKind(period);
  const assessments = (await tx.find(Assessment, { staffMember: staff.id }, { orderBy: { period: 'asc' } })).filter(
    (each) => periodKind(each.period) === kind && (!decided || each.period > decided.lastPeriod),
  );
  const latest = assessments.slice(-needed);
  return latest.length === needed && latest.every((each) => !each.passed) ? latest.map((each) => each.period) : null;
}

export interface DecideRemoval {
  staffMemberId: string;
  outcome: RemovalOutcome;
  /** Required to keep the person: what they will improve and by when. */
  improvementPlan?: string | null;
}

/**
 * A manager's decision on a flag for removal (清退). KEEP records the improvement plan and
 * clears the flag. REMOVE: the person leaves (status LEFT), their current assignment ends today
 * (the post is vacated; later ones never begin), a planned or ongoing exchange is cancelled and a
 * linked user account is disabled — all in one transaction, each with its audit entry. Locks:
 * the person, their assignments, their exchanges, the account (the order of every staff change).
 */
export async function decideRemoval(ctx: ServiceContext, input: DecideRemoval): Promise<StaffMember> {
  const plan = input.improvementPlan?.trim() || null;
  if (input.outcome === RemovalOutcome.KEEP && !plan) throw badInput('improvementPlan', 'staff.removal.planRequired');
  if (plan && plan.length > 5000) throw badInput('improvementPlan', 'common.tooLong', { max: 5000 });
  return runAudited(ctx, async (tx) => {
    const { staff, organization } = await lockStaffMember(ctx, tx, input.staffMemberId);
    if (!staff.flaggedForRemoval) throw badInput('staffMemberId', 'staff.removal.notFlagged');
    const latest = await tx.findOne(Assessment, { staffMember: staff.id }, { orderBy: { period: 'desc' } });
    const today = todayOf(ctx);
    const decision = Object.assign(new RemovalDecision(), {
      staffMember: ref(staff),
      outcome: input.outcome,
      improvementPlan: plan,
      failedPeriods: staff.failedPeriods ?? '',
      lastPeriod: latest?.period ?? '',
      decidedBy: ref(tx.getReference(User, ctx.actor!.userId)),
      decidedAt: ctx.now(),
    });
    tx.persist(decision);
    const details = { outcome: input.outcome, failedPeriods: decision.failedPeriods };
    staff.flaggedForRemoval = false;
    const audit: AuditEvent[] = [];
    if (input.outcome === RemovalOutcome.REMOVE) {
      staff.status = StaffStatus.LEFT;
      staff.leftOn = today;
      // The current post is vacated today; assignments not begun yet (a published plan's) never begin.
      const current = await tx.find(
        Assignment,
        { staffMember: staff.id, $or: [{ endDate: null }, { endDate: { $gt: today } }] },
        forUpdate(tx),
      );
      for (const each of current) each.endDate = each.startDate < today ? today : each.startDate;
      // An exchange under way or planned ends with the person's service.
      const exchanges = await tx.find(
        Exchange,
        { staffMember: staff.id, status: { $in: [ExchangeStatus.PLANNED, ExchangeStatus.ONGOING] } },
        forUpdate(tx),
      );
      for (const exchange of exchanges) exchange.status = ExchangeStatus.CANCELLED;
      audit.push(
        staffEvent('STAFF_REMOVED', staff, organization, {
          ...details,
          vacated: current.map((a) => a.post.id),
          exchangesCancelled: exchanges.map((e) => e.id),
        }),
      );
      const disabled = staff.user ? await disableUserWithin(tx, staff.user.id, { staffMember: staff.id }) : null;
      if (disabled) audit.push(disabled);
    } else {
      audit.push(staffEvent('STAFF_KEPT', staff, organization, details));
    }
    return { result: staff, audit };
  });
}
