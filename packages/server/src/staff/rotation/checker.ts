import type {
  RotationAssignment,
  RotationInput,
  RotationScore,
  RotationStaffMember,
  RotationViolation,
} from './model-input';

/**
 * The independent checker of issue 11 point 8: it reads a plan as dated stays and holds it to
 * every rule of requirements §7 itself, sharing no code with the model builder (its own dates,
 * its own reading of stays and moves), so a mistake in the model does not hide here too.
 */
export interface RotationPlanCheck {
  /** Broken hard rules: a plan with any is not publishable. */
  hard: RotationViolation[];
  /** Elastic shortfalls (minimum staffing, yearly cross-region quota). */
  medium: RotationViolation[];
  score: RotationScore;
}

interface Stay {
  postId: number;
  start: string;
  end: string;
  /** When the person took up the post: earlier than `start` for the stay that continues the current one. */
  since: string | null;
  /** Post held just before; null for a first placement. */
  previousPostId: number | null;
  /** The stay goes on from the current post held before the horizon. */
  continuesCurrent: boolean;
}

const DAY = 86_400_000;
const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromTime = (time: number) => new Date(time).toISOString().slice(0, 10);

function shiftMonths(date: string, months: number): string {
  const d = new Date(toTime(date));
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return fromTime(target.getTime());
}

/** Completed months from `a` to `b`: the largest n with a + n months <= b. */
function monthsServed(a: string, b: string): number {
  let n = 0;
  while (shiftMonths(a, n + 1) <= b) n++;
  return n;
}

export function checkRotationPlan(input: RotationInput, assignments: RotationAssignment[]): RotationPlanCheck {
  const rules = input.rules;
  const hard: RotationViolation[] = [];
  const medium: RotationViolation[] = [];
  const posts = new Map(input.posts.map((p) => [p.id, p]));
  const horizonEnd = shiftMonths(input.startDate, input.months);
  const periodStarts: string[] = [];
  for (let m = 0; m < input.months; m += rules.periodMonths) periodStarts.push(shiftMonths(input.startDate, m));
  const periodEnd = (start: string) => {
    const next = shiftMonths(start, rules.periodMonths);
    return next < horizonEnd ? next : horizonEnd;
  };
  const periodOf = (date: string) => [...periodStarts].reverse().find((s) => s <= date) ?? input.startDate;
  const label = (date: string) => periodOf(date).slice(0, 7);

  const staysByPerson = new Map<number, Stay[]>();
  for (const member of input.staff) {
    const own = assignments.filter((a) => a.staffId === member.id).sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
    for (const row of own) {
      if (!posts.has(row.postId))
        hard.push(
          v(
            'one-post-per-period',
            `staff ${member.id} is planned on unknown post ${row.postId}`,
            member.id,
            row.postId,
          ),
        );
    }
    hard.push(...coverageGaps(input, member, own, horizonEnd));
    staysByPerson.set(
      member.id,
      staysOf(
        input,
        member,
        own.filter((r) => posts.has(r.postId)),
      ),
    );
  }
  for (const row of assignments) {
    if (!input.staff.some((m) => m.id === row.staffId))
      hard.push(v('one-post-per-period', `unknown staff ${row.staffId} in the plan`, row.staffId));
  }

  let moves = 0;
  let crossMoves = 0;
  let credit = 0;
  const crossByYear = new Map<number, number>();
  const weights = new Map(input.preferences.map((p) => [`${p.staffId}/${p.postId}`, p.weight]));
  for (const member of input.staff) {
    const stays = staysByPerson.get(member.id)!;
    stays.forEach((stay, i) => {
      const post = posts.get(stay.postId)!;
      const id = member.id;
      const served = monthsServed(stay.since ?? input.startDate, stay.end);
      if (served > post.maxTenureMonths) {
        hard.push(
          v(
            'max-tenure',
            `staff ${id} holds post ${post.id} for ${served} months, more than ${post.maxTenureMonths}`,
            id,
            post.id,
            label(stay.start),
          ),
        );
      }
      const lapse = post.requiredQualification
        ? firstUnqualifiedDay(member, post.requiredQualification, stay.start, stay.end)
        : null;
      if (lapse) {
        hard.push(
          v(
            'qualification',
            `staff ${id} holds post ${post.id} on ${lapse} without a valid ${post.requiredQualification}`,
            id,
            post.id,
            label(lapse),
          ),
        );
      }
      credit +=
        (weights.get(`${id}/${post.id}`) ?? 0) *
        rules.penalties.preferencePerMonth *
        monthsServed(stay.start, stay.end);
      if (stay.previousPostId === stay.postId) return;
      // An arrival (a move or a first placement): no return within noReturnMonths.
      const heldBefore = [
        ...input.history
          .filter(
            (h) => h.staffId === id && h.postId === post.id && h.end !== null && h.postId !== member.currentPostId,
          )
          .map((h) => h.end as string),
        ...stays
          .slice(0, i)
          .filter((s) => s.postId === post.id)
          .map((s) => s.end),
        // Left the current post at the horizon's start.
        ...(member.currentPostId === post.id && !stays[0].continuesCurrent ? [input.startDate] : []),
      ];
      const recent = heldBefore.find((end) => shiftMonths(end, rules.noReturnMonths) > stay.start);
      if (recent) {
        hard.push(
          v(
            'no-return',
            `staff ${id} returns to post ${post.id} on ${stay.start}, having left it on ${recent}`,
            id,
            post.id,
            label(stay.start),
          ),
        );
      }
      if (stay.previousPostId === null) return;
      moves++;
      const before = posts.get(stay.previousPostId);
      if (before && before.region !== post.region) {
        crossMoves++;
        const year = Math.floor(monthsServed(input.startDate, stay.start) / 12);
        crossByYear.set(year, (crossByYear.get(year) ?? 0) + 1);
      }
      const frozen = whyNotMovable(input, member, stay.start, periodEnd(periodOf(stay.start)));
      if (frozen)
        hard.push(
          v(
            'not-moved-while-frozen',
            `staff ${id} is moved on ${stay.start} while ${frozen}`,
            id,
            post.id,
            label(stay.start),
          ),
        );
      const left = i > 0 ? stays[i - 1] : null;
      const leftSince = left ? left.since : currentSince(input, member);
      if (leftSince !== null && monthsServed(leftSince, stay.start) < rules.minStayMonths) {
        hard.push(
          v(
            'minimum-stay',
            `staff ${id} leaves post ${stay.previousPostId} on ${stay.start} after ${monthsServed(leftSince, stay.start)} months`,
            id,
            stay.previousPostId,
            label(stay.start),
          ),
        );
      }
    });
  }

  let shortfall = 0;
  for (const start of periodStarts) {
    for (const post of input.posts) {
      const holders = [...staysByPerson.values()]
        .flat()
        .filter((s) => s.postId === post.id && s.start <= start && s.end > start);
      const arrivals = [...staysByPerson.values()]
        .flat()
        .filter(
          (s) => s.postId === post.id && s.previousPostId !== post.id && s.start >= start && s.start < periodEnd(start),
        );
      const period = start.slice(0, 7);
      if (holders.length > post.maxStaff)
        hard.push(
          v(
            'max-staffing',
            `post ${post.id} has ${holders.length} staff in ${period}, at most ${post.maxStaff}`,
            undefined,
            post.id,
            period,
          ),
        );
      if (arrivals.length > rules.maxNewcomersPerPostPerPeriod) {
        hard.push(
          v(
            'newcomers-per-period',
            `post ${post.id} takes ${arrivals.length} newcomers in ${period}, at most ${rules.maxNewcomersPerPostPerPeriod}`,
            undefined,
            post.id,
            period,
          ),
        );
      }
      if (holders.length < post.minStaff) {
        shortfall += post.minStaff - holders.length;
        medium.push(
          v(
            'min-staffing',
            `post ${post.id} has ${holders.length} of its minimum ${post.minStaff} in ${period}`,
            undefined,
            post.id,
            period,
          ),
        );
      }
    }
  }
  let excess = 0;
  for (const [year, count] of crossByYear) {
    if (count <= rules.crossRegionMovesPerYear) continue;
    excess += count - rules.crossRegionMovesPerYear;
    medium.push(
      v(
        'cross-region-quota',
        `${count} moves between regions in year ${year + 1}, quota ${rules.crossRegionMovesPerYear}`,
      ),
    );
  }
  const p = rules.penalties;
  return {
    hard,
    medium,
    score: {
      hard: hard.length,
      medium: shortfall * p.minStaffingShortfall + excess * p.crossRegionQuotaExcess,
      soft: moves * p.move + crossMoves * p.crossRegionMove - credit,
    },
  };
}

function v(rule: string, message: string, staffId?: number, postId?: number, period?: string): RotationViolation {
  return {
    rule,
    message,
    ...(staffId !== undefined && { staffId }),
    ...(postId !== undefined && { postId }),
    ...(period && { period }),
  };
}

function currentSince(input: RotationInput, member: RotationStaffMember): string | null {
  if (member.currentPostId === null) return null;
  if (member.currentSince !== null) return member.currentSince;
  const open = input.history.find(
    (h) => h.staffId === member.id && h.postId === member.currentPostId && h.end === null,
  );
  return open ? open.start : null;
}

/** A person in service holds exactly one post on every day of the horizon, none after retiring. */
function coverageGaps(
  input: RotationInput,
  member: RotationStaffMember,
  rows: RotationAssignment[],
  horizonEnd: string,
): RotationViolation[] {
  const until =
    member.retirementDate !== null && member.retirementDate < horizonEnd ? member.retirementDate : horizonEnd;
  const found: RotationViolation[] = [];
  let cursor = input.startDate;
  for (const row of rows) {
    if (row.startDate >= row.endDate)
      found.push(
        v('one-post-per-period', `staff ${member.id} has an empty stay on post ${row.postId}`, member.id, row.postId),
      );
    if (row.startDate < cursor)
      found.push(
        v('one-post-per-period', `staff ${member.id} holds two posts on ${row.startDate}`, member.id, row.postId),
      );
    if (row.startDate > cursor && cursor < until)
      found.push(v('one-post-per-period', `staff ${member.id} holds no post from ${cursor}`, member.id));
    if (row.endDate > cursor) cursor = row.endDate;
  }
  if (until <= input.startDate) {
    return rows.length === 0
      ? []
      : [v('one-post-per-period', `staff ${member.id} retired before the plan but is in it`, member.id)];
  }
  if (cursor < until)
    found.push(v('one-post-per-period', `staff ${member.id} holds no post from ${cursor} to ${until}`, member.id));
  if (cursor > until)
    found.push(v('one-post-per-period', `staff ${member.id} is planned until ${cursor}, past ${until}`, member.id));
  return found;
}

/** The plan's rows as stays: consecutive rows on one post are one stay. */
function staysOf(input: RotationInput, member: RotationStaffMember, rows: RotationAssignment[]): Stay[] {
  const stays: Stay[] = [];
  const currentKnown = member.currentPostId !== null && input.posts.some((p) => p.id === member.currentPostId);
  let previous: number | null = currentKnown ? member.currentPostId : null;
  for (const row of rows) {
    const last = stays[stays.length - 1];
    if (last && last.postId === row.postId && last.end === row.startDate) {
      last.end = row.endDate;
      continue;
    }
    const continues = stays.length === 0 && row.postId === previous && row.startDate === input.startDate;
    stays.push({
      postId: row.postId,
      start: row.startDate,
      end: row.endDate,
      since: continues ? currentSince(input, member) : row.startDate,
      previousPostId: previous,
      continuesCurrent: continues,
    });
    previous = row.postId;
  }
  return stays;
}

function firstUnqualifiedDay(member: RotationStaffMember, code: string, from: string, to: string): string | null {
  const spans = member.qualifications.filter((q) => q.code === code);
  for (let t = toTime(from); t < toTime(to); t += DAY) {
    const day = fromTime(t);
    if (!spans.some((q) => q.validFrom <= day && (q.validTo === null || q.validTo >= day))) return day;
  }
  return null;
}

function whyNotMovable(
  input: RotationInput,
  member: RotationStaffMember,
  on: string,
  periodEnd: string,
): string | null {
  if (member.onExchange === true) return 'on exchange';
  if (Array.isArray(member.onExchange) && member.onExchange.some((e) => e.to >= on && e.from < periodEnd))
    return 'on exchange';
  if (member.probationEnd !== null && member.probationEnd >= on) return `in probation until ${member.probationEnd}`;
  if (member.retirementDate !== null && member.retirementDate < shiftMonths(on, input.rules.retirementFreezeMonths)) {
    return `retiring on ${member.retirementDate}`;
  }
  return null;
}
