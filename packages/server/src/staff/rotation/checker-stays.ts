import { dateRef, finding, postRef, staffRef, type Finding } from './findings';
import type {
  RotationAssignment,
  RotationInput,
  RotationRule,
  RotationStaffMember,
  RotationViolation,
} from './model-input';

/**
 * The checker's own reading of a plan: its calendar and the plan's rows as stays. Written
 * apart from the model builder's (calendar.ts, rotation-facts.ts) on purpose, see checker.ts.
 */
export interface Stay {
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

export function shiftMonths(date: string, months: number): string {
  const d = new Date(toTime(date));
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return fromTime(target.getTime());
}

/** Completed months from `a` to `b`: the largest n with a + n months <= b. */
export function monthsServed(a: string, b: string): number {
  let n = 0;
  while (shiftMonths(a, n + 1) <= b) n++;
  return n;
}

/** Every day of `[from, to)` on which the person holds no valid certificate `code`: the first one. */
export function firstUnqualifiedDay(
  member: RotationStaffMember,
  code: string,
  from: string,
  to: string,
): string | null {
  const spans = member.qualifications.filter((q) => q.code === code);
  for (let t = toTime(from); t < toTime(to); t += DAY) {
    const day = fromTime(t);
    if (!spans.some((q) => q.validFrom <= day && (q.validTo === null || q.validTo >= day))) return day;
  }
  return null;
}

export interface CheckerPeriod {
  start: string;
  end: string;
  label: string;
}

export function checkerPeriods(input: RotationInput): CheckerPeriod[] {
  const horizonEnd = shiftMonths(input.startDate, input.months);
  const periods: CheckerPeriod[] = [];
  for (let m = 0; m < input.months; m += input.rules.periodMonths) {
    const start = shiftMonths(input.startDate, m);
    const next = shiftMonths(start, input.rules.periodMonths);
    periods.push({ start, end: next < horizonEnd ? next : horizonEnd, label: start.slice(0, 7) });
  }
  return periods;
}

export function violation(
  rule: RotationRule,
  what: Finding,
  who: { staffId?: number; postId?: number; period?: string } = {},
): RotationViolation {
  return { rule, ...who, ...what };
}

export function currentSince(input: RotationInput, member: RotationStaffMember): string | null {
  if (member.currentPostId === null) return null;
  if (member.currentSince !== null) return member.currentSince;
  const open = input.history.find(
    (h) => h.staffId === member.id && h.postId === member.currentPostId && h.end === null,
  );
  return open ? open.start : null;
}

/** The plan's rows per person, as stays, and the rows that are not a plan at all. */
export function readStays(
  input: RotationInput,
  assignments: RotationAssignment[],
): { stays: Map<number, Stay[]>; problems: RotationViolation[] } {
  const posts = new Set(input.posts.map((p) => p.id));
  const staff = new Set(input.staff.map((m) => m.id));
  const problems: RotationViolation[] = [];
  for (const row of assignments) {
    if (!staff.has(row.staffId)) {
      // Not a person of the office: shown by id, since there is no name to show.
      const what = finding('unknownStaff', { id: row.staffId });
      problems.push(violation('one-post-per-period', what, { staffId: row.staffId }));
    } else if (!posts.has(row.postId)) {
      const who = { staffId: row.staffId, postId: row.postId };
      const what = finding('unknownPost', { staff: staffRef(row.staffId), id: row.postId });
      problems.push(violation('one-post-per-period', what, who));
    }
  }
  const stays = new Map<number, Stay[]>();
  for (const member of input.staff) {
    const own = assignments.filter((a) => a.staffId === member.id).sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
    problems.push(...coverageGaps(input, member, own));
    stays.set(
      member.id,
      staysOf(
        input,
        member,
        own.filter((r) => posts.has(r.postId)),
      ),
    );
  }
  return { stays, problems };
}

/** A person in service holds exactly one post on every day of the horizon, none after retiring. */
function coverageGaps(
  input: RotationInput,
  member: RotationStaffMember,
  rows: RotationAssignment[],
): RotationViolation[] {
  const horizonEnd = shiftMonths(input.startDate, input.months);
  const retirement = member.retirementDate;
  const until = retirement !== null && retirement < horizonEnd ? retirement : horizonEnd;
  const who = { staffId: member.id };
  const staff = staffRef(member.id);
  const say = (what: Finding) => violation('one-post-per-period', what, who);
  if (until <= input.startDate) return rows.length === 0 ? [] : [say(finding('retiredButPlanned', { staff }))];
  const found: RotationViolation[] = [];
  let cursor = input.startDate;
  for (const row of rows) {
    if (row.startDate >= row.endDate) found.push(say(finding('emptyStay', { staff, post: postRef(row.postId) })));
    if (row.startDate < cursor) found.push(say(finding('twoPosts', { staff, on: dateRef(row.startDate) })));
    if (row.startDate > cursor && cursor < until) {
      found.push(say(finding('noPostFrom', { staff, from: dateRef(cursor) })));
    }
    if (row.endDate > cursor) cursor = row.endDate;
  }
  if (cursor < until)
    found.push(say(finding('noPostBetween', { staff, from: dateRef(cursor), until: dateRef(until) })));
  if (cursor > until) {
    found.push(say(finding('plannedPastEnd', { staff, until: dateRef(cursor), end: dateRef(until) })));
  }
  return found;
}

/** Consecutive rows on one post are one stay; the first may continue the current post. */
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
