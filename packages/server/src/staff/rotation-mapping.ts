import { rotationRules } from './rotation/index';
import type { RotationInput as SolverInput, RotationPlanResult } from './rotation/model-input';
import { RotationInput, RotationSolution } from './rotation/input';

/** The staff tables' input (GraphQL ids) as the solver reads it (numbers, its own field names). */
export function solverInputOf(input: RotationInput): SolverInput {
  const current = new Map(
    input.history.filter((stay) => stay.endDate === null).map((stay) => [stay.staffMemberId, stay]),
  );
  return {
    startDate: input.startDate,
    months: input.months,
    staff: input.staff.map((person) => {
      const stay = current.get(person.id);
      const exchanges = person.exchanges.map((exchange) => ({ from: exchange.startDate, to: exchange.endDate }));
      return {
        id: Number(person.id),
        region: person.region,
        qualifications: person.qualifications.map((q) => ({
          code: q.code,
          validFrom: q.validFrom,
          validTo: q.validUntil,
        })),
        onExchange: person.status === 'ON_EXCHANGE' && !exchanges.length ? true : exchanges,
        probationEnd: person.probationEndDate,
        retirementDate: person.retirementDate,
        currentPostId: stay ? Number(stay.postId) : null,
        currentSince: stay?.startDate ?? null,
      };
    }),
    posts: input.posts.map((post) => ({ ...post, id: Number(post.id) })),
    history: input.history.map((stay) => ({
      staffId: Number(stay.staffMemberId),
      postId: Number(stay.postId),
      start: stay.startDate,
      end: stay.endDate,
    })),
    preferences: input.preferences.map((p) => ({
      staffId: Number(p.staffMemberId),
      postId: Number(p.postId),
      weight: p.weight,
    })),
    rules: rotationRules(),
  };
}

/** The solver's answer in the staff tables' terms (GraphQL ids). */
export function solutionOf(result: RotationPlanResult): RotationSolution {
  const id = (value: number | undefined) => (value === undefined ? undefined : String(value));
  return {
    assignments: result.assignments.map((stay) => ({
      staffMemberId: String(stay.staffId),
      postId: String(stay.postId),
      startDate: stay.startDate,
      endDate: stay.endDate,
    })),
    score: result.score,
    breakdown: result.breakdown,
    violations: result.violations.map(({ staffId, postId, ...rest }) => ({
      ...rest,
      staffMemberId: id(staffId),
      postId: id(postId),
    })),
  };
}
