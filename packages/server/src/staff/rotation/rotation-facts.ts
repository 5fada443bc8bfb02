import { addMonths, rotationPeriods, wholeMonthsBetween, type RotationPeriod } from './calendar';
import { dateRef, finding, nested, periodRef, type Finding } from './findings';
import type { RotationInput, RotationPost, RotationRule, RotationRules, RotationStaffMember } from './model-input';

/**
 * What the model builder and the pre-check know about each person before any decision: in
 * which periods they are still in service, when they may not be moved, and which posts the
 * rules that need no decision (qualification, past stays, a stay too short to leave) leave
 * open to them. Rules that depend on the plan itself become rows of the model instead.
 */
export interface PersonFacts {
  member: RotationStaffMember;
  currentPost: RotationPost | null;
  /** Start of the current stay; null when unknown (tenure then counts from the horizon's start). */
  stayStart: string | null;
  /** Per period: still in service on its first day (requirements §7: retirement ends the stay). */
  present: boolean[];
  /** Per period: why the person may not change post at its start, or null. */
  frozen: (Finding | null)[];
  /** Per period: the person cannot have left their current post yet (frozen or minimum stay). */
  pinned: boolean[];
  /** The last day each earlier post was left (history rows with an end), by post id. */
  leftOn: Map<number, string>;
  /** Per period: the posts open to the person, in post order. */
  candidates: number[][];
}

export interface RotationFacts {
  input: RotationInput;
  rules: RotationRules;
  periods: RotationPeriod[];
  posts: RotationPost[];
  postById: Map<number, RotationPost>;
  people: PersonFacts[];
  historyOf: Map<number, RotationInput['history']>;
  /** `near` or `all`: which other-region posts became candidates. */
  crossRegionScope: 'all' | 'near';
}

/** Above this many person × post × period cells, `auto` scoping keeps other regions `near`. */
const AUTO_SCOPE_CELLS = 60_000;

export function readRotationFacts(input: RotationInput): RotationFacts {
  const rules = input.rules;
  const periods = rotationPeriods(input.startDate, input.months, rules.periodMonths);
  const postById = new Map(input.posts.map((post) => [post.id, post]));
  const cells = input.staff.length * input.posts.length * periods.length;
  const crossRegionScope =
    rules.crossRegionCandidates === 'auto' ? (cells > AUTO_SCOPE_CELLS ? 'near' : 'all') : rules.crossRegionCandidates;
  const historyOf = new Map<number, RotationInput['history']>();
  for (const stay of input.history) historyOf.set(stay.staffId, [...(historyOf.get(stay.staffId) ?? []), stay]);
  const facts: RotationFacts = {
    input,
    rules,
    periods,
    posts: input.posts,
    postById,
    people: [],
    historyOf,
    crossRegionScope,
  };
  const openRegions = crossRegionScope === 'near' ? regionsShortOfStaff(input) : null;
  facts.people = input.staff.map((member) => personFacts(facts, member, openRegions));
  return facts;
}

function personFacts(facts: RotationFacts, member: RotationStaffMember, openRegions: Set<string> | null): PersonFacts {
  const { input, periods } = facts;
  const currentPost = member.currentPostId === null ? null : (facts.postById.get(member.currentPostId) ?? null);
  const person: PersonFacts = {
    member,
    currentPost,
    stayStart: currentPost ? currentStayStart(input, member) : null,
    present: periods.map((period) => member.retirementDate === null || member.retirementDate > period.start),
    frozen: periods.map((period) => frozenReason(facts.rules, member, period)),
    pinned: [],
    leftOn: new Map(),
    candidates: [],
  };
  for (const stay of facts.historyOf.get(member.id) ?? []) {
    const before = person.leftOn.get(stay.postId);
    if (stay.end !== null && (before === undefined || stay.end > before)) person.leftOn.set(stay.postId, stay.end);
  }
  let pinned = currentPost !== null;
  for (const period of periods) {
    pinned = pinned && (person.frozen[period.index] !== null || tooSoonToLeave(facts, person, period));
    person.pinned.push(pinned);
  }
  const wanted = new Set(input.preferences.filter((p) => p.staffId === member.id).map((p) => p.postId));
  const home = currentPost?.region ?? member.region;
  const inScope = facts.posts.filter(
    (post) => post.region === home || openRegions === null || openRegions.has(post.region) || wanted.has(post.id),
  );
  person.candidates = periods.map((period) =>
    inScope.filter((post) => exclusionReason(facts, person, post, period) === null).map((post) => post.id),
  );
  // Frozen at a later period start: only a post already open in the period before can be kept.
  for (let t = 1; t < periods.length; t++) {
    if (person.frozen[t] && !person.pinned[t]) {
      const before = new Set(person.candidates[t - 1]);
      person.candidates[t] = person.candidates[t].filter((id) => before.has(id));
    }
  }
  return person;
}

/** The current stay began at `currentSince`, or at the open history row of the current post. */
function currentStayStart(input: RotationInput, member: RotationStaffMember): string | null {
  if (member.currentSince) return member.currentSince;
  // The history may hold the current stay as its open row.
  const open = input.history.find((s) => s.staffId === member.id && s.postId === member.currentPostId && !s.end);
  return open?.start ?? null;
}

/** Requirements §7: people on exchange, in probation or near retirement keep their post. */
export function frozenReason(
  rules: RotationRules,
  member: RotationStaffMember,
  period: RotationPeriod,
): Finding | null {
  if (member.onExchange === true) return finding('heldOnExchange');
  if (Array.isArray(member.onExchange)) {
    const away = member.onExchange.find((e) => e.from < period.end && e.to >= period.start);
    if (away) return finding('heldOnExchangeBetween', { from: dateRef(away.from), to: dateRef(away.to) });
  }
  if (member.probationEnd !== null && member.probationEnd >= period.start) {
    return finding('heldInProbation', { until: dateRef(member.probationEnd) });
  }
  if (member.retirementDate !== null && member.retirementDate < addMonths(period.start, rules.retirementFreezeMonths)) {
    return finding('heldNearRetirement', { on: dateRef(member.retirementDate) });
  }
  return null;
}

function tooSoonToLeave(facts: RotationFacts, person: PersonFacts, period: RotationPeriod): boolean {
  return person.stayStart !== null && wholeMonthsBetween(person.stayStart, period.start) < facts.rules.minStayMonths;
}

/** Why a post is closed: the rule that closes it, as the pre-check counts them, and the finding. */
export interface Exclusion {
  rule: RotationRule | 'retired';
  reason: Finding;
}

/** Why `post` is closed to the person in `period` whatever the plan does, or null. */
export function exclusionReason(
  facts: RotationFacts,
  person: PersonFacts,
  post: RotationPost,
  period: RotationPeriod,
): Exclusion | null {
  const { member, currentPost } = person;
  const t = period.index;
  if (!person.present[t]) return { rule: 'retired', reason: finding('closedRetired') };
  const isCurrent = currentPost?.id === post.id;
  if (person.pinned[t] && !isCurrent) {
    const held = person.frozen[t];
    return held
      ? { rule: 'not-moved-while-frozen', reason: finding('closedWhileHeld', { hold: nested(held) }) }
      : { rule: 'minimum-stay', reason: finding('closedStayTooShort') };
  }
  if (post.requiredQualification !== null) {
    if (!qualifiedThroughout(member, post.requiredQualification, period.start, serviceEnd(member, period))) {
      const params = { qualification: post.requiredQualification, period: periodRef(period.label) };
      return { rule: 'qualification', reason: finding('closedQualification', params) };
    }
  }
  if (isCurrent && (t === 0 || person.pinned[t])) {
    const served = wholeMonthsBetween(person.stayStart ?? facts.input.startDate, serviceEnd(member, period));
    if (served > post.maxTenureMonths) {
      return { rule: 'max-tenure', reason: finding('closedTenure', { served, max: post.maxTenureMonths }) };
    }
  }
  if (!isCurrent) {
    const left = person.leftOn.get(post.id);
    if (left !== undefined && addMonths(left, facts.rules.noReturnMonths) > period.start) {
      return {
        rule: 'no-return',
        reason: finding('closedLeftRecently', { left: dateRef(left), months: facts.rules.noReturnMonths }),
      };
    }
  }
  return null;
}

/** The end of the person's service in the period: its end, or the retirement date within it. */
export function serviceEnd(member: RotationStaffMember, period: RotationPeriod): string {
  const retirement = member.retirementDate;
  return retirement !== null && retirement < period.end ? retirement : period.end;
}

/** True when the person's certificates of `code` cover every day of `[from, until)`. */
function qualifiedThroughout(member: RotationStaffMember, code: string, from: string, until: string): boolean {
  const spans = member.qualifications
    .filter((q) => q.code === code)
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  let coveredTo = from;
  for (const span of spans) {
    if (span.validFrom > coveredTo) break;
    // validTo is the last valid day: coverage runs to the day after it.
    const after = span.validTo === null ? '9999-12-31' : nextDay(span.validTo);
    if (after > coveredTo) coveredTo = after;
    if (coveredTo >= until) return true;
  }
  return coveredTo >= until;
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Regions whose current staff cannot fill their posts' minimum staffing: their posts stay open to all. */
function regionsShortOfStaff(input: RotationInput): Set<string> {
  const postRegion = new Map(input.posts.map((p) => [p.id, p.region]));
  const headcount = new Map<string, number>();
  for (const member of input.staff) {
    const region = (member.currentPostId !== null && postRegion.get(member.currentPostId)) || member.region;
    headcount.set(region, (headcount.get(region) ?? 0) + 1);
  }
  const needed = new Map<string, number>();
  for (const post of input.posts) needed.set(post.region, (needed.get(post.region) ?? 0) + post.minStaff);
  return new Set([...needed].filter(([region, n]) => (headcount.get(region) ?? 0) < n).map(([region]) => region));
}
