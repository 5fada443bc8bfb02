import { describe, expect, it } from 'vitest';
import { checkRotationPlan } from '../src/staff/rotation/checker';
import { rotationRules, type RotationInput, type RotationPlanResult } from '../src/staff/rotation/model-input';
import { solveRotationInThread } from '../src/staff/rotation/solve-in-thread';
import { office, person, post } from './support/rotation-office';

/** A strong wish: worth far more than a move, so only a rule keeps the person from it. */
const wish = (staffId: number, postId: number) => ({ staffId, postId, weight: 50 });

async function solve(input: RotationInput): Promise<RotationPlanResult> {
  const result = await solveRotationInThread(input, { timeLimitSeconds: 10, mipRelGap: 0 });
  expect(result.feasible, JSON.stringify(result.violations)).toBe(true);
  const check = checkRotationPlan(input, result.assignments);
  expect(check.hard).toEqual([]);
  expect(check.score.medium).toBeCloseTo(result.score.medium, 6);
  expect(check.score.soft).toBeCloseTo(result.score.soft, 6);
  return result;
}

const staysOf = (result: RotationPlanResult, staffId: number) =>
  result.assignments.filter((a) => a.staffId === staffId).map((a) => `${a.postId} ${a.startDate}..${a.endDate}`);

describe('rotation rules', () => {
  it('every person in service holds one post per period, a newcomer is placed and a retiree leaves on the day', async () => {
    const input = office({
      staff: [person(1, { currentPostId: null, currentSince: null }), person(2, { retirementDate: '2027-09-15' })],
    });
    const result = await solve(input);
    expect(staysOf(result, 1)).toHaveLength(1);
    expect(staysOf(result, 2)).toEqual(['1 2027-01-01..2027-09-15']);
  });

  it('a wish does not keep anyone on a post past its maximum tenure, the months already served counted', async () => {
    const input = office({
      posts: [post(1, { maxTenureMonths: 36 }), post(2)],
      staff: [person(1, { currentSince: '2024-07-01' })],
      preferences: [wish(1, 1)],
    });
    // 36 months are reached on 2027-07-01, the end of the first period.
    expect(staysOf(await solve(input), 1)).toEqual(['1 2027-01-01..2027-07-01', '2 2027-07-01..2029-01-01']);
  });

  it('a post needing a certificate is taken only once the certificate is valid', async () => {
    const input = office({
      posts: [post(1), post(2, { requiredQualification: 'SECRECY' })],
      staff: [person(1, { qualifications: [{ code: 'SECRECY', validFrom: '2027-03-01', validTo: null }] })],
      preferences: [wish(1, 2)],
    });
    expect(staysOf(await solve(input), 1)).toEqual(['1 2027-01-01..2027-07-01', '2 2027-07-01..2029-01-01']);
  });

  it('a post takes at most one newcomer per period', async () => {
    const input = office({
      staff: [person(1), person(2)],
      preferences: [wish(1, 2), wish(2, 2)],
    });
    const result = await solve(input);
    const arrivals = result.assignments.filter((a) => a.postId === 2).map((a) => a.startDate);
    expect(arrivals.sort()).toEqual(['2027-01-01', '2027-07-01']);
  });

  it('nobody leaves a post before the minimum stay of 24 months, the current stay counted', async () => {
    const input = office({ staff: [person(1, { currentSince: '2026-01-01' })], preferences: [wish(1, 2)] });
    expect(staysOf(await solve(input), 1)).toEqual(['1 2027-01-01..2028-01-01', '2 2028-01-01..2029-01-01']);
  });

  it('after a move within the plan the person stays 24 months', async () => {
    const input = office({
      months: 36,
      posts: [post(1, { maxTenureMonths: 30 }), post(2), post(3, { requiredQualification: 'SECRECY' })],
      // Post 1 must be left at once (30 months); the wished-for post 3 opens in July.
      staff: [
        person(1, {
          currentSince: '2024-07-01',
          qualifications: [{ code: 'SECRECY', validFrom: '2027-03-01', validTo: null }],
        }),
      ],
      preferences: [wish(1, 3)],
    });
    expect(staysOf(await solve(input), 1)).toEqual(['2 2027-01-01..2029-01-01', '3 2029-01-01..2030-01-01']);
  });

  it('nobody returns to a post held within the last 24 months', async () => {
    const input = office({
      months: 36,
      staff: [person(1)],
      history: [{ staffId: 1, postId: 2, start: '2020-01-01', end: '2026-06-01' }],
      preferences: [wish(1, 2)],
    });
    expect(staysOf(await solve(input), 1)).toEqual(['1 2027-01-01..2028-07-01', '2 2028-07-01..2030-01-01']);
  });

  it('people on exchange, in probation or within two years of retirement are not moved', async () => {
    const input = office({
      months: 36,
      rules: rotationRules({ minStayMonths: 0, maxNewcomersPerPostPerPeriod: 5 }),
      staff: [
        person(1, { onExchange: true }),
        person(2, { onExchange: [{ from: '2027-03-01', to: '2027-08-31' }] }),
        person(3, { probationEnd: '2027-09-30', currentSince: '2026-10-01' }),
        person(4, { retirementDate: '2028-06-30' }),
      ],
      preferences: [1, 2, 3, 4].map((id) => wish(id, 2)),
    });
    const result = await solve(input);
    expect(staysOf(result, 1)).toEqual(['1 2027-01-01..2030-01-01']);
    expect(staysOf(result, 2)).toEqual(['1 2027-01-01..2028-01-01', '2 2028-01-01..2030-01-01']);
    expect(staysOf(result, 3)).toEqual(['1 2027-01-01..2028-01-01', '2 2028-01-01..2030-01-01']);
    expect(staysOf(result, 4)).toEqual(['1 2027-01-01..2028-06-30']);
  });

  it('a post never holds more than its maximum staffing', async () => {
    const input = office({
      posts: [post(1), post(2, { maxStaff: 1 })],
      staff: [person(1), person(2)],
      preferences: [wish(1, 2), wish(2, 2)],
    });
    const result = await solve(input);
    expect(result.assignments.filter((a) => a.postId === 2)).toHaveLength(1);
  });

  it('a minimum staffing that cannot be met is a medium shortfall, reported with the post', async () => {
    const input = office({ posts: [post(1, { minStaff: 2 })], staff: [person(1)] });
    const result = await solve(input);
    expect(result.score.medium).toBe(4 * input.rules.penalties.minStaffingShortfall);
    expect(result.violations.map((v) => [v.rule, v.postId, v.period])).toEqual([
      ['min-staffing', 1, '2027-01'],
      ['min-staffing', 1, '2027-07'],
      ['min-staffing', 1, '2028-01'],
      ['min-staffing', 1, '2028-07'],
    ]);
    expect(result.breakdown.find((line) => line.rule === 'min-staffing')).toMatchObject({ count: 4 });
  });

  it('moves between regions stay within the yearly quota unless a shortfall costs more', async () => {
    const posts = [post(1), post(2, { region: 'R2' })];
    const staff = [person(1), person(2)];
    const preferences = [wish(1, 2), wish(2, 2)];
    const quotaOne = await solve(
      office({ posts, staff, preferences, rules: rotationRules({ crossRegionMovesPerYear: 1 }) }),
    );
    expect(quotaOne.breakdown.find((line) => line.rule === 'cross-region-move')).toMatchObject({ count: 2 });
    const starts = quotaOne.assignments.filter((a) => a.postId === 2).map((a) => a.startDate);
    expect(starts.sort()).toEqual(['2027-01-01', '2028-01-01']);
    const none = await solve(
      office({ posts, staff, preferences, rules: rotationRules({ crossRegionMovesPerYear: 0 }) }),
    );
    expect(none.assignments.filter((a) => a.postId === 2)).toEqual([]);
  });
});
