import {
  checkerPeriods,
  currentSince,
  firstUnqualifiedDay,
  monthsServed,
  readStays,
  shiftMonths,
  violation,
  type CheckerPeriod,
  type Stay,
} from './checker-stays';
import { dateRef, finding, nested, periodRef, postRef, staffRef, type Finding } from './findings';
import type {
  RotationAssignment,
  RotationInput,
  RotationPost,
  RotationScore,
  RotationStaffMember,
  RotationViolation,
} from './model-input';

/**
 * The independent checker of issue 11 point 8: it reads a plan as dated stays and holds it to
 * every rule of requirements §7 itself, sharing no code with the model builder (its own dates,
 * its own reading of stays and moves), so a mistake in the model does not hide here too. It
 * takes any list of assignments: a published plan, an edited draft, a solver's answer.
 */
export interface RotationPlanCheck {
  /** Broken hard rules: a plan with any is not publishable. */
  hard: RotationViolation[];
  /** Elastic shortfalls (minimum staffing, yearly cross-region quota). */
  medium: RotationViolation[];
  score: RotationScore;
}

interface Tally {
  moves: number;
  crossRegionMoves: number;
  preferenceCredit: number;
  crossRegionByYear: Map<number, number>;
}

interface Context {
  input: RotationInput;
  posts: Map<number, RotationPost>;
  periods: CheckerPeriod[];
  tally: Tally;
}

export function checkRotationPlan(input: RotationInput, assignments: RotationAssignment[]): RotationPlanCheck {
  const periods = checkerPeriods(input);
  const posts = new Map(input.posts.map((p) => [p.id, p]));
  const tally: Tally = { moves: 0, crossRegionMoves: 0, preferenceCredit: 0, crossRegionByYear: new Map() };
  const context: Context = { input, posts, periods, tally };
  const { stays, problems } = readStays(input, assignments);
  const hard = [...problems];
  for (const member of input.staff) hard.push(...checkPerson(context, member, stays.get(member.id)!));
  const staffing = checkPeriods(context, [...stays.values()].flat());
  hard.push(...staffing.hard);
  const quota = checkQuota(context);
  const p = input.rules.penalties;
  return {
    hard,
    medium: [...staffing.medium, ...quota.medium],
    score: {
      hard: hard.length,
      medium: staffing.shortfall * p.minStaffingShortfall + quota.excess * p.crossRegionQuotaExcess,
      soft: tally.moves * p.move + tally.crossRegionMoves * p.crossRegionMove - tally.preferenceCredit,
    },
  };
}

function periodOf(context: Context, date: string): CheckerPeriod {
  return [...context.periods].reverse().find((p) => p.start <= date) ?? context.periods[0];
}

function checkPerson(context: Context, member: RotationStaffMember, stays: Stay[]): RotationViolation[] {
  const found: RotationViolation[] = [];
  const weights = new Map(
    context.input.preferences.filter((p) => p.staffId === member.id).map((p) => [p.postId, p.weight]),
  );
  stays.forEach((stay, i) => {
    const post = context.posts.get(stay.postId)!;
    found.push(...checkStay(context, member, stay, post));
    context.tally.preferenceCredit +=
      (weights.get(post.id) ?? 0) *
      context.input.rules.penalties.preferencePerMonth *
      monthsServed(stay.start, stay.end);
    if (stay.previousPostId === stay.postId) return;
    found.push(...checkArrival(context, member, stays, i));
    if (stay.previousPostId !== null) found.push(...checkMove(context, member, stays, i));
  });
  return found;
}

/** Maximum tenure (months already served counted) and a valid certificate on every day. */
function checkStay(context: Context, member: RotationStaffMember, stay: Stay, post: RotationPost): RotationViolation[] {
  const found: RotationViolation[] = [];
  const who = { staffId: member.id, postId: post.id, period: periodOf(context, stay.start).label };
  const served = monthsServed(stay.since ?? context.input.startDate, stay.end);
  if (served > post.maxTenureMonths) {
    const what = finding('tenureExceeded', {
      staff: staffRef(member.id),
      post: postRef(post.id),
      served,
      max: post.maxTenureMonths,
    });
    found.push(violation('max-tenure', what, who));
  }
  const code = post.requiredQualification;
  const lapse = code ? firstUnqualifiedDay(member, code, stay.start, stay.end) : null;
  if (lapse) {
    const what = finding('qualificationLapsed', {
      staff: staffRef(member.id),
      post: postRef(post.id),
      on: dateRef(lapse),
      qualification: code!,
    });
    found.push(violation('qualification', what, { ...who, period: periodOf(context, lapse).label }));
  }
  return found;
}

/** An arrival (a move or a first placement) at a post held less than noReturnMonths ago. */
function checkArrival(context: Context, member: RotationStaffMember, stays: Stay[], i: number): RotationViolation[] {
  const { input } = context;
  const stay = stays[i];
  const leftOn = [
    ...input.history
      .filter(
        (h) =>
          h.staffId === member.id && h.postId === stay.postId && h.end !== null && h.postId !== member.currentPostId,
      )
      .map((h) => h.end as string),
    ...stays
      .slice(0, i)
      .filter((s) => s.postId === stay.postId)
      .map((s) => s.end),
    // Left the current post at the horizon's start.
    ...(member.currentPostId === stay.postId && !stays[0].continuesCurrent ? [input.startDate] : []),
  ];
  const recent = leftOn.find((end) => shiftMonths(end, input.rules.noReturnMonths) > stay.start);
  if (!recent) return [];
  const what = finding('returnsTooSoon', {
    staff: staffRef(member.id),
    post: postRef(stay.postId),
    on: dateRef(stay.start),
    left: dateRef(recent),
  });
  return [
    violation('no-return', what, {
      staffId: member.id,
      postId: stay.postId,
      period: periodOf(context, stay.start).label,
    }),
  ];
}

/** A move: not while frozen, not before the minimum stay; counted for the score and the quota. */
function checkMove(context: Context, member: RotationStaffMember, stays: Stay[], i: number): RotationViolation[] {
  const { input, tally } = context;
  const stay = stays[i];
  const from = stay.previousPostId!;
  const period = periodOf(context, stay.start);
  const who = { staffId: member.id, postId: from, period: period.label };
  const found: RotationViolation[] = [];
  tally.moves++;
  if (context.posts.get(from)?.region !== context.posts.get(stay.postId)!.region) {
    tally.crossRegionMoves++;
    const year = Math.floor(monthsServed(input.startDate, stay.start) / 12);
    tally.crossRegionByYear.set(year, (tally.crossRegionByYear.get(year) ?? 0) + 1);
  }
  const frozen = whyNotMovable(input, member, stay.start, period.end);
  if (frozen)
    found.push(
      violation(
        'not-moved-while-frozen',
        finding('movedWhileHeld', { staff: staffRef(member.id), on: dateRef(stay.start), hold: nested(frozen) }),
        who,
      ),
    );
  const since = i > 0 ? stays[i - 1].since : currentSince(input, member);
  const stayed = since === null ? null : monthsServed(since, stay.start);
  if (stayed !== null && stayed < input.rules.minStayMonths) {
    const what = finding('leftTooSoon', {
      staff: staffRef(member.id),
      post: postRef(from),
      on: dateRef(stay.start),
      months: stayed,
    });
    found.push(violation('minimum-stay', what, who));
  }
  return found;
}

function whyNotMovable(
  input: RotationInput,
  member: RotationStaffMember,
  on: string,
  periodEnd: string,
): Finding | null {
  if (member.onExchange === true) return finding('heldOnExchange');
  const away = Array.isArray(member.onExchange) && member.onExchange.find((e) => e.to >= on && e.from < periodEnd);
  if (away) return finding('heldOnExchangeBetween', { from: dateRef(away.from), to: dateRef(away.to) });
  if (member.probationEnd !== null && member.probationEnd >= on) {
    return finding('heldInProbation', { until: dateRef(member.probationEnd) });
  }
  if (member.retirementDate !== null && member.retirementDate < shiftMonths(on, input.rules.retirementFreezeMonths)) {
    return finding('heldNearRetirement', { on: dateRef(member.retirementDate) });
  }
  return null;
}

/** Per post and period: holders on the first day (maximum, minimum) and arrivals (newcomers). */
function checkPeriods(context: Context, stays: Stay[]) {
  const { input } = context;
  const hard: RotationViolation[] = [];
  const medium: RotationViolation[] = [];
  let shortfall = 0;
  for (const period of context.periods) {
    for (const post of input.posts) {
      const own = stays.filter((s) => s.postId === post.id);
      const holders = own.filter((s) => s.start <= period.start && s.end > period.start).length;
      const arrivals = own.filter(
        (s) => s.previousPostId !== post.id && s.start >= period.start && s.start < period.end,
      ).length;
      const who = { postId: post.id, period: period.label };
      const at = { post: postRef(post.id), period: periodRef(period.label) };
      if (holders > post.maxStaff) {
        hard.push(violation('max-staffing', finding('overstaffed', { ...at, holders, max: post.maxStaff }), who));
      }
      const limit = input.rules.maxNewcomersPerPostPerPeriod;
      if (arrivals > limit) {
        hard.push(violation('newcomers-per-period', finding('tooManyNewcomers', { ...at, arrivals, limit }), who));
      }
      if (holders < post.minStaff) {
        shortfall += post.minStaff - holders;
        medium.push(violation('min-staffing', finding('understaffed', { ...at, holders, min: post.minStaff }), who));
      }
    }
  }
  return { hard, medium, shortfall };
}

function checkQuota(context: Context) {
  const quota = context.input.rules.crossRegionMovesPerYear;
  const medium: RotationViolation[] = [];
  let excess = 0;
  for (const [year, count] of context.tally.crossRegionByYear) {
    if (count <= quota) continue;
    excess += count - quota;
    medium.push(violation('cross-region-quota', finding('quotaExceeded', { count, year: year + 1, quota })));
  }
  return { medium, excess };
}
