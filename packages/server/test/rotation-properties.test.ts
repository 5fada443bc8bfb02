import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRotationPlan } from '../src/staff/rotation/checker';
import {
  rotationRules,
  type RotationAssignment,
  type RotationInput,
  type RotationPlanResult,
} from '../src/staff/rotation/model-input';
import { solveRotationInThread } from '../src/staff/rotation/solve-in-thread';

const START = '2027-01-01';
/** `START` moved by whole months, on day `day`. */
function date(months: number, day = 1): string {
  const index = 2027 * 12 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const day = fc.integer({ min: 1, max: 28 });
/** Null five times in six: exchanges, probation and retirement are exceptions. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
const region = fc.constantFrom('R1', 'R2');

const postSpec = fc.record({
  region,
  requiredQualification: fc.option(fc.constantFrom('Q1', 'Q2'), { freq: 2 }),
  maxTenureMonths: fc.constantFrom(24, 36, 48, 120),
  minStaff: fc.integer({ min: 0, max: 2 }),
  maxStaff: fc.integer({ min: 1, max: 5 }),
});

const staffSpec = fc.record({
  region,
  qualifications: fc.array(
    fc.record({
      code: fc.constantFrom('Q1', 'Q2'),
      from: fc.integer({ min: -60, max: 24 }),
      length: fc.option(fc.integer({ min: 0, max: 60 })),
      day,
    }),
    { maxLength: 2 },
  ),
  exchange: fc.oneof(
    { weight: 10, arbitrary: fc.constant(false as const) },
    { weight: 1, arbitrary: fc.constant(true as const) },
    { weight: 2, arbitrary: fc.tuple(fc.integer({ min: -6, max: 30 }), fc.integer({ min: 0, max: 12 }), day) },
  ),
  probation: rarely(fc.tuple(fc.integer({ min: -3, max: 18 }), day)),
  retirement: rarely(fc.tuple(fc.integer({ min: -3, max: 72 }), day)),
  current: fc.option(fc.nat(9), { freq: 6 }),
  since: fc.option(fc.tuple(fc.integer({ min: -72, max: 0 }), day), { freq: 8 }),
  history: fc.array(fc.record({ post: fc.nat(9), end: fc.integer({ min: -40, max: 0 }), day }), { maxLength: 2 }),
  wish: fc.option(fc.record({ post: fc.nat(9), weight: fc.integer({ min: 1, max: 5 }) }), { freq: 2 }),
  // Most people hold the certificate of their post and have served less than its tenure; the
  // others make the conflicts that the pre-check and the diagnosis must name.
  settled: fc.oneof({ weight: 15, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
});

const rulesSpec = fc.record({
  periodMonths: fc.constantFrom(6, 12),
  minStayMonths: fc.constantFrom(0, 12, 24),
  noReturnMonths: fc.constantFrom(0, 12, 24, 36),
  maxNewcomersPerPostPerPeriod: fc.integer({ min: 1, max: 2 }),
  crossRegionMovesPerYear: fc.integer({ min: 0, max: 2 }),
});

/** A random archive office: posts, staff with their situations and histories, and the rules. */
function officeSpec(limits: { staff: number; posts: number; months: number[] }) {
  return fc
    .record({
      months: fc.constantFrom(...limits.months),
      rules: rulesSpec,
      posts: fc.array(postSpec, { minLength: 1, maxLength: limits.posts }),
      staff: fc.array(staffSpec, { minLength: 1, maxLength: limits.staff }),
    })
    .map(({ months, rules, posts, staff }): RotationInput => {
      const postOf = (n: number) => (n % posts.length) + 1;
      return {
        startDate: START,
        months,
        rules: rotationRules(rules),
        posts: posts.map((p, i) => ({ id: i + 1, ...p })),
        staff: staff.map((s, i) => {
          const current = s.current === null ? null : posts[s.current % posts.length];
          const settled = s.settled && current !== null;
          const certificate =
            settled && current.requiredQualification
              ? [{ code: current.requiredQualification, validFrom: date(-120), validTo: null }]
              : [];
          const served = s.since && (settled ? Math.max(s.since[0], 12 - current.maxTenureMonths) : s.since[0]);
          return {
            id: i + 1,
            region: s.region,
            qualifications: [
              ...certificate,
              ...s.qualifications.map((q) => ({
                code: q.code,
                validFrom: date(q.from),
                validTo: q.length === null ? null : date(q.from + q.length, q.day),
              })),
            ],
            onExchange:
              typeof s.exchange === 'boolean'
                ? s.exchange
                : [{ from: date(s.exchange[0]), to: date(s.exchange[0] + s.exchange[1], s.exchange[2]) }],
            probationEnd: s.probation && date(s.probation[0], s.probation[1]),
            retirementDate: s.retirement && date(s.retirement[0], s.retirement[1]),
            currentPostId: s.current === null ? null : postOf(s.current),
            currentSince: s.current === null || s.since === null ? null : date(served!, s.since[1]),
          };
        }),
        history: staff.flatMap((s, i) =>
          s.history.map((h) => ({
            staffId: i + 1,
            postId: postOf(h.post),
            start: date(h.end - 24),
            end: date(h.end, h.day),
          })),
        ),
        preferences: staff.flatMap((s, i) =>
          s.wish ? [{ staffId: i + 1, postId: postOf(s.wish.post), weight: s.wish.weight }] : [],
        ),
      };
    });
}

const solve = (input: RotationInput) => solveRotationInThread(input, { timeLimitSeconds: 5, mipRelGap: 0 });

function expectCheckerAgrees(input: RotationInput, result: RotationPlanResult) {
  const check = checkRotationPlan(input, result.assignments);
  expect(check.hard).toEqual([]);
  expect(check.score.medium).toBeCloseTo(result.score.medium, 6);
  expect(check.score.soft).toBeCloseTo(result.score.soft, 6);
  expect(check.medium.map((v) => v.rule).sort()).toEqual(result.violations.map((v) => v.rule).sort());
}

/** Every plan of a tiny office: each person in service holds one of the posts in each period. */
function everyPlan(input: RotationInput): RotationAssignment[][] {
  const starts: string[] = [];
  for (let m = 0; m < input.months; m += input.rules.periodMonths) starts.push(date(m));
  const horizonEnd = date(input.months);
  const cells = input.staff.flatMap((s) =>
    starts.filter((start) => s.retirementDate === null || s.retirementDate > start).map((start, t) => ({ s, t })),
  );
  const plans: RotationAssignment[][] = [];
  const choice = cells.map(() => 0);
  for (;;) {
    const rows: RotationAssignment[] = [];
    cells.forEach(({ s, t }, i) => {
      const postId = input.posts[choice[i]].id;
      const last = rows[rows.length - 1];
      const end = t + 1 < starts.length ? starts[t + 1] : horizonEnd;
      const cut = s.retirementDate !== null && s.retirementDate < end ? s.retirementDate : end;
      if (last && last.staffId === s.id && last.postId === postId) last.endDate = cut;
      else rows.push({ staffId: s.id, postId, startDate: starts[t], endDate: cut });
    });
    plans.push(rows);
    let i = 0;
    while (i < choice.length && ++choice[i] === input.posts.length) choice[i++] = 0;
    if (i === choice.length) return plans;
  }
}

describe('rotation plans for random offices (property-based)', () => {
  it('every plan passes the independent checker with the same score, or the rules broken are named', async () => {
    await fc.assert(
      fc.asyncProperty(officeSpec({ staff: 8, posts: 4, months: [12, 24, 36] }), async (input) => {
        const result = await solve(input);
        if (result.feasible) {
          expectCheckerAgrees(input, result);
        } else {
          expect(['pre-check-failed', 'infeasible']).toContain(result.status);
          expect(result.violations.length).toBeGreaterThan(0);
          for (const v of result.violations) expect(v.staffId ?? v.postId ?? v.period).toBeDefined();
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('on offices small enough to try every plan, the solver finds the best one or rightly finds none', async () => {
    const tiny = officeSpec({ staff: 3, posts: 3, months: [12, 18, 24] }).filter(
      (input) => input.posts.length ** (input.staff.length * Math.ceil(input.months / input.rules.periodMonths)) <= 512,
    );
    await fc.assert(
      fc.asyncProperty(tiny, async (input) => {
        let best: number | null = null;
        for (const plan of everyPlan(input)) {
          const check = checkRotationPlan(input, plan);
          const cost = check.score.medium + check.score.soft;
          if (check.hard.length === 0 && (best === null || cost < best)) best = cost;
        }
        const result = await solve(input);
        expect(result.feasible, `best plan by enumeration costs ${best}: ${JSON.stringify(result.violations)}`).toBe(
          best !== null,
        );
        if (result.feasible) {
          expectCheckerAgrees(input, result);
          expect(result.score.medium + result.score.soft).toBeCloseTo(best!, 6);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
