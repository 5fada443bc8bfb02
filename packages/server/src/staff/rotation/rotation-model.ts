import { addMonths, wholeMonthsBetween, type RotationPeriod } from './calendar';
import { finding, nested, periodRef, postRef, staffRef } from './findings';
import { LpText, type LpModelText, type LpTerm, type RowOwner } from './lp-text';
import { serviceEnd, type PersonFacts, type RotationFacts } from './rotation-facts';

/**
 * The rotation schedule as a MIP (issue 11 point 4, requirements §7), written in CPLEX LP format.
 *
 * Periods: the horizon is cut into `periodMonths` periods (6 by default); people change post
 * only at a period's start, while tenure, minimum stay, no-return and freezes are counted in
 * months and days. Six months keep 500 staff / 100 posts / 48 months at 8 periods; twelve
 * would halve the model but make "one newcomer per post per period" a yearly limit, which left
 * the synthetic large office without any feasible plan.
 *
 * Variables: x[s,p,t] binary, person s holds post p in period t, only for the cells that
 * rotation-facts.ts leaves open (in service, certificate valid for the whole period, not left
 * within noReturnMonths before the horizon, not pinned elsewhere by a freeze or a stay too
 * short to leave). a[s,p,t] >= x[s,p,t] - x[s,p,t-1] in [0,1] marks an arrival (x itself when
 * p was closed the period before); c[s,t] in [0,1] a change of region; u[p,t] >= 0 a staffing
 * shortfall; q[y] >= 0 the cross-region moves of year y above the quota.
 *
 * Hard rows: sum_p x = 1 per person in service and period; sum_s x <= maxStaff; sum_s
 * arrivals <= maxNewcomersPerPostPerPeriod; a person frozen at t does not arrive anywhere;
 * arrivals at t and at any later t' within minStayMonths of t add up to at most 1; for every
 * window of periods whose stay would pass maxTenureMonths (the current stay's months counted
 * in the first), sum x <= window length - 1; leave-and-return rows only where noReturnMonths
 * exceeds minStayMonths (otherwise the minimum stay in between already forbids it).
 * Elastic rows: sum_s x + u >= minStaff; sum c - q <= crossRegionMovesPerYear.
 *
 * Objective (minimise): shortfall and quota excess at the medium penalties, each move (an
 * arrival after a held post) and each change of region at the soft costs, minus the credit of
 * preferred posts per month held, plus the best credit open to each person so the objective
 * is never negative (HiGHS's relative gap then measures something).
 */
export interface RotationModel {
  facts: RotationFacts;
  lp: LpModelText;
  /** x variable → who holds which post when. */
  holdings: Map<string, { person: number; postId: number; period: number }>;
}

type Previous = 0 | 1 | string;

/** Rows that define helper variables; they are never relaxed when explaining infeasibility. */
const DEFINITION: RowOwner = { rule: 'definition', ...finding('rowDefinition') };

export function buildRotationModel(facts: RotationFacts, elasticRules: ReadonlySet<string> = new Set()): RotationModel {
  const lp = new LpText(elasticRules);
  const cells = facts.people.map((person, s) => declareHoldings(lp, facts, person, s));
  const holdings = new Map<string, { person: number; postId: number; period: number }>();
  cells.forEach((periods, s) =>
    periods.forEach((posts, t) =>
      posts.forEach((name, postId) => holdings.set(name, { person: s, postId, period: t })),
    ),
  );
  const arrivals = facts.people.map((person, s) => declareArrivals(lp, facts, person, cells[s]));
  const crossRegion = facts.people.map((person, s) => declareCrossRegionMoves(lp, facts, person, s, cells[s]));
  facts.people.forEach((person, s) => {
    addOnePostRows(lp, facts, person, cells[s]);
    addFrozenRows(lp, facts, person, arrivals[s]);
    addMinimumStayRows(lp, facts, person, arrivals[s]);
    addNoReturnRows(lp, facts, person, cells[s]);
    addTenureRows(lp, facts, person, cells[s]);
    addMoveCosts(lp, facts, person, arrivals[s]);
  });
  addPostRows(lp, facts, cells, arrivals);
  addQuotaRows(lp, facts, crossRegion);
  return { facts, lp: lp.build(), holdings };
}

function declareHoldings(lp: LpText, facts: RotationFacts, person: PersonFacts, s: number): Map<number, string>[] {
  const preference = new Map(
    facts.input.preferences.filter((p) => p.staffId === person.member.id).map((p) => [p.postId, p.weight]),
  );
  const credit = facts.rules.penalties.preferencePerMonth;
  return facts.periods.map((period, t) => {
    const posts = new Map<number, string>();
    let bestCredit = 0;
    for (const postId of person.candidates[t]) {
      const name = lp.binary(`x${s}_${postId}_${t}`);
      posts.set(postId, name);
      const months = monthsHeld(person, period);
      const gain = (preference.get(postId) ?? 0) * credit * months;
      lp.cost(-gain, name);
      bestCredit = Math.max(bestCredit, gain);
    }
    // The best credit open to the person is added back, so the objective counts preference
    // credit missed and stays non-negative: HiGHS's relative gap means something then.
    lp.constant(bestCredit);
    return posts;
  });
}

/** Months of the period the person serves (retirement may cut the last one). */
export function monthsHeld(person: PersonFacts, period: RotationPeriod): number {
  return wholeMonthsBetween(period.start, serviceEnd(person.member, period));
}

function previousHolding(person: PersonFacts, cells: Map<number, string>[], postId: number, t: number): Previous {
  if (t === 0) return person.currentPost?.id === postId ? 1 : 0;
  return cells[t - 1].get(postId) ?? 0;
}

/**
 * Per period, the arrival of the person at each post: x itself when they cannot have held it
 * the period before, else a[s,p,t] >= x[s,p,t] - x[s,p,t-1]. A placement (no current post)
 * is an arrival too (newcomers, minimum stay) but not a move.
 */
function declareArrivals(lp: LpText, facts: RotationFacts, person: PersonFacts, cells: Map<number, string>[]) {
  return facts.periods.map((_, t) => {
    const arrivals = new Map<number, string>();
    for (const [postId, x] of cells[t]) {
      const before = previousHolding(person, cells, postId, t);
      if (before === 1) continue;
      if (before === 0) {
        arrivals.set(postId, x);
        continue;
      }
      const a = lp.continuous(`a${x.slice(1)}`, 1);
      lp.row(
        [
          [1, a],
          [-1, x],
          [1, before],
        ],
        '>=',
        0,
        DEFINITION,
      );
      arrivals.set(postId, a);
    }
    return arrivals;
  });
}

const isMove = (person: PersonFacts, t: number) => t > 0 || person.currentPost !== null;

function termsOf(names: Iterable<string>, coefficient = 1): LpTerm[] {
  return [...names].map((name) => [coefficient, name]);
}

function addOnePostRows(lp: LpText, facts: RotationFacts, person: PersonFacts, cells: Map<number, string>[]) {
  facts.periods.forEach((period, t) => {
    if (!person.present[t] || cells[t].size === 0) return;
    lp.row(termsOf(cells[t].values()), '=', 1, {
      rule: 'one-post-per-period',
      staffId: person.member.id,
      period: period.label,
      ...finding('rowOnePost', { staff: staffRef(person.member.id), period: periodRef(period.label) }),
    });
  });
}

function addFrozenRows(lp: LpText, facts: RotationFacts, person: PersonFacts, arrivals: Map<number, string>[]) {
  facts.periods.forEach((period, t) => {
    if (t === 0 || !person.frozen[t] || person.pinned[t] || arrivals[t].size === 0) return;
    lp.row(termsOf(arrivals[t].values()), '<=', 0, {
      rule: 'not-moved-while-frozen',
      staffId: person.member.id,
      period: period.label,
      ...finding('rowNotMovedWhileHeld', {
        staff: staffRef(person.member.id),
        period: periodRef(period.label),
        hold: nested(person.frozen[t]!),
      }),
    });
  });
}

/** Requirements §7: after a move (or a placement) the person stays `minStayMonths`. */
function addMinimumStayRows(lp: LpText, facts: RotationFacts, person: PersonFacts, arrivals: Map<number, string>[]) {
  const { periods, rules } = facts;
  periods.forEach((period, t) => {
    if (arrivals[t].size === 0) return;
    const until = addMonths(period.start, rules.minStayMonths);
    for (let later = t + 1; later < periods.length && periods[later].start < until; later++) {
      if (!person.present[later] || person.frozen[later] || arrivals[later].size === 0) continue;
      lp.row([...termsOf(arrivals[t].values()), ...termsOf(arrivals[later].values())], '<=', 1, {
        rule: 'minimum-stay',
        staffId: person.member.id,
        period: periods[later].label,
        ...finding('rowMinimumStay', {
          staff: staffRef(person.member.id),
          arrived: periodRef(period.label),
          period: periodRef(periods[later].label),
        }),
      });
    }
  });
}

/**
 * Nobody returns within `noReturnMonths` of leaving. A return sooner than `minStayMonths`
 * after leaving is already ruled out by the minimum stay on the post in between, so rows are
 * written only for the months between the two (none with the defaults, 24 and 24).
 */
function addNoReturnRows(lp: LpText, facts: RotationFacts, person: PersonFacts, cells: Map<number, string>[]) {
  const { periods, rules } = facts;
  if (rules.noReturnMonths <= rules.minStayMonths) return;
  periods.forEach((period, t) => {
    const from = addMonths(period.start, rules.minStayMonths);
    const until = addMonths(period.start, rules.noReturnMonths);
    const posts = new Set([
      ...(t > 0 ? cells[t - 1].keys() : []),
      ...(person.currentPost ? [person.currentPost.id] : []),
    ]);
    for (const postId of posts) {
      const before = previousHolding(person, cells, postId, t);
      if (before === 0) continue;
      const stay = cells[t].get(postId);
      for (let later = t + 1; later < periods.length && periods[later].start < until; later++) {
        const back = cells[later].get(postId);
        if (!back || periods[later].start < from) continue;
        const terms: LpTerm[] = [[1, back]];
        if (before !== 1) terms.push([1, before]);
        if (stay) terms.push([-1, stay]);
        lp.row(terms, '<=', before === 1 ? 0 : 1, {
          rule: 'no-return',
          staffId: person.member.id,
          postId,
          period: periods[later].label,
          ...finding('rowNoReturn', {
            staff: staffRef(person.member.id),
            post: postRef(postId),
            left: periodRef(period.label),
            period: periodRef(periods[later].label),
          }),
        });
      }
    }
  });
}

/** No continuous stay passes the post's maximum tenure, the months already served included. */
function addTenureRows(lp: LpText, facts: RotationFacts, person: PersonFacts, cells: Map<number, string>[]) {
  const { periods } = facts;
  const postIds = new Set(cells.flatMap((posts) => [...posts.keys()]));
  for (const postId of postIds) {
    const post = facts.postById.get(postId)!;
    for (let a = 0; a < periods.length; a++) {
      const continuing = a === 0 && person.currentPost?.id === postId;
      const since = continuing ? (person.stayStart ?? facts.input.startDate) : periods[a].start;
      let b = a;
      const served = (to: number) => wholeMonthsBetween(since, serviceEnd(person.member, periods[to]));
      while (b < periods.length && served(b) <= post.maxTenureMonths) b++;
      if (b === periods.length) continue;
      const window = periods.slice(a, b + 1).map((p) => cells[p.index].get(postId));
      if (window.some((x) => x === undefined)) continue;
      lp.row(termsOf(window as string[]), '<=', b - a, {
        rule: 'max-tenure',
        staffId: person.member.id,
        postId,
        period: periods[b].label,
        ...finding('rowMaxTenure', {
          staff: staffRef(person.member.id),
          post: postRef(postId),
          max: post.maxTenureMonths,
          period: periodRef(periods[b].label),
        }),
      });
    }
  }
}

function addMoveCosts(lp: LpText, facts: RotationFacts, person: PersonFacts, arrivals: Map<number, string>[]) {
  arrivals.forEach((posts, t) => {
    if (!isMove(person, t)) return;
    for (const name of posts.values()) lp.cost(facts.rules.penalties.move, name);
  });
}

/**
 * c[s,t] >= (held a post of region r in t) - (held one of r in t-1), for each region r: 1
 * exactly when the person changes region at the start of t.
 */
function declareCrossRegionMoves(
  lp: LpText,
  facts: RotationFacts,
  person: PersonFacts,
  s: number,
  cells: Map<number, string>[],
) {
  const regionOf = (postId: number) => facts.postById.get(postId)!.region;
  return facts.periods.map((period, t) => {
    if (!isMove(person, t) || person.pinned[t] || person.frozen[t]) return null;
    const here = groupByRegion(cells[t], regionOf);
    const before = t === 0 ? null : groupByRegion(cells[t - 1], regionOf);
    const regions = new Set([...here.keys(), ...(before ? before.keys() : [person.currentPost!.region])]);
    if (regions.size <= 1) return null;
    const c = lp.continuous(`c${s}_${t}`, 1);
    lp.cost(facts.rules.penalties.crossRegionMove, c);
    for (const [region, names] of here) {
      const terms: LpTerm[] = [[1, c], ...termsOf(names, -1)];
      if (before) terms.push(...termsOf(before.get(region) ?? []));
      else if (region === person.currentPost!.region) continue;
      lp.row(terms, '>=', 0, DEFINITION);
    }
    return { name: c, year: period.year };
  });
}

function groupByRegion(posts: Map<number, string>, regionOf: (postId: number) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [postId, name] of posts) out.set(regionOf(postId), [...(out.get(regionOf(postId)) ?? []), name]);
  return out;
}

function addPostRows(
  lp: LpText,
  facts: RotationFacts,
  cells: Map<number, string>[][],
  arrivals: Map<number, string>[][],
): void {
  const { rules } = facts;
  for (const period of facts.periods) {
    const t = period.index;
    for (const post of facts.posts) {
      const holders = cells.map((periods) => periods[t].get(post.id)).filter((x): x is string => !!x);
      const newcomers = arrivals.map((periods) => periods[t].get(post.id)).filter((x): x is string => !!x);
      const owner = { postId: post.id, period: period.label };
      if (holders.length > post.maxStaff) {
        lp.row(termsOf(holders), '<=', post.maxStaff, {
          ...owner,
          rule: 'max-staffing',
          ...finding('rowMaxStaffing', { post: postRef(post.id), max: post.maxStaff, period: periodRef(period.label) }),
        });
      }
      if (post.minStaff > 0) {
        const shortfall = lp.continuous(`u${post.id}_${t}`, post.minStaff);
        lp.cost(rules.penalties.minStaffingShortfall, shortfall);
        lp.row([...termsOf(holders), [1, shortfall]], '>=', post.minStaff, DEFINITION);
      }
      if (newcomers.length > rules.maxNewcomersPerPostPerPeriod) {
        lp.row(termsOf(newcomers), '<=', rules.maxNewcomersPerPostPerPeriod, {
          ...owner,
          rule: 'newcomers-per-period',
          ...finding('rowNewcomers', {
            post: postRef(post.id),
            limit: rules.maxNewcomersPerPostPerPeriod,
            period: periodRef(period.label),
          }),
        });
      }
    }
  }
}

function addQuotaRows(lp: LpText, facts: RotationFacts, crossRegion: ({ name: string; year: number } | null)[][]) {
  const byYear = new Map<number, string[]>();
  for (const moves of crossRegion) {
    for (const move of moves) if (move) byYear.set(move.year, [...(byYear.get(move.year) ?? []), move.name]);
  }
  for (const [year, names] of byYear) {
    if (names.length <= facts.rules.crossRegionMovesPerYear) continue;
    const excess = lp.continuous(`q${year}`, null);
    lp.cost(facts.rules.penalties.crossRegionQuotaExcess, excess);
    lp.row([...termsOf(names), [-1, excess]], '<=', facts.rules.crossRegionMovesPerYear, DEFINITION);
  }
}
