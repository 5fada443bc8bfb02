import { describe, expect, it } from 'vitest';
import { type RotationInput } from '../src/staff/rotation/model-input';
import { solveRotationInThread } from '../src/staff/rotation/solve-in-thread';
import { office, person, post } from './support/rotation-office';

const solve = (input: RotationInput) => solveRotationInThread(input, { timeLimitSeconds: 10, mipRelGap: 0 });

describe('rules that cannot all be met', () => {
  it('names the person kept on a post whose certificate lapses, instead of returning a plan', async () => {
    const input = office({
      posts: [post(1, { requiredQualification: 'SECRECY' }), post(2)],
      staff: [
        person(7, {
          onExchange: true,
          qualifications: [{ code: 'SECRECY', validFrom: '2020-01-01', validTo: '2027-10-31' }],
        }),
      ],
    });
    const result = await solve(input);
    expect(result).toMatchObject({ feasible: false, status: 'pre-check-failed', assignments: [] });
    expect(result.violations).toEqual([
      expect.objectContaining({ rule: 'qualification', staffId: 7, postId: 1, period: '2027-07' }),
    ]);
    expect(result.violations[0]).toMatchObject({
      code: 'keptOnClosedPost',
      params: {
        staff: { staff: 7 },
        post: { post: 1 },
        hold: { finding: { code: 'heldOnExchange' } },
        closedBy: { finding: { code: 'closedQualification', params: { qualification: 'SECRECY' } } },
      },
    });
  });

  it('names the person for whom no post is open', async () => {
    const input = office({
      posts: [post(1, { requiredQualification: 'ARCHIVE-CERT' })],
      staff: [person(3, { currentPostId: null, currentSince: null })],
    });
    const result = await solve(input);
    expect(result.status).toBe('pre-check-failed');
    expect(result.violations).toEqual([
      expect.objectContaining({ rule: 'no-admissible-post', staffId: 3, period: '2027-01' }),
    ]);
    expect(result.violations[0]).toMatchObject({
      code: 'noAdmissiblePost',
      params: {
        posts: 1,
        closedBy: { findings: [{ code: 'closedCount', params: { rule: { rule: 'qualification' }, count: 1 } }] },
      },
    });
  });

  it('names the post that frozen people overfill', async () => {
    const input = office({
      posts: [post(1, { maxStaff: 1 }), post(2)],
      staff: [person(1, { onExchange: true }), person(2, { retirementDate: '2028-03-31' })],
    });
    const result = await solve(input);
    expect(result.status).toBe('pre-check-failed');
    expect(result.violations).toContainEqual(
      expect.objectContaining({ rule: 'max-staffing', postId: 1, period: '2027-01' }),
    );
  });

  it('warns of a post whose certificate nobody holds, and still plans the rest', async () => {
    const input = office({
      posts: [post(1), post(2, { requiredQualification: 'DIGITISATION', minStaff: 1 })],
      staff: [person(1)],
    });
    const result = await solve(input);
    expect(result.feasible).toBe(true);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        rule: 'min-staffing',
        postId: 2,
        code: 'tooFewQualified',
        params: expect.objectContaining({ needed: 1, open: 0, qualification: 'DIGITISATION' }),
      }),
    );
  });

  it('when only the search finds the conflict, relaxing the hard rules names the rule and the people', async () => {
    // Both must leave post 1 in July 2027 (30 months' tenure; too early to leave in January),
    // and post 2 takes one newcomer a period: no pre-check sees it, HiGHS proves it infeasible.
    const input = office({
      posts: [post(1, { maxTenureMonths: 30 }), post(2)],
      staff: [person(1, { currentSince: '2025-02-01' }), person(2, { currentSince: '2025-02-01' })],
    });
    const result = await solve(input);
    expect(result).toMatchObject({ feasible: false, status: 'infeasible' });
    // Lifting any one rule alone would do: one newcomer more at post 2, one stay past 30
    // months, or one of the two without a post for a period.
    expect(result.violations.map((v) => v.rule).sort()).toEqual([
      'max-tenure',
      'newcomers-per-period',
      'one-post-per-period',
    ]);
    expect(result.violations).toContainEqual(
      expect.objectContaining({ rule: 'newcomers-per-period', postId: 2, period: '2027-07' }),
    );
    expect(result.violations).toContainEqual(
      expect.objectContaining({ rule: 'max-tenure', postId: 1, staffId: expect.any(Number) }),
    );
    // Each names the hard row it could not keep, inside "cannot be met (lifting this rule alone would do)".
    for (const violation of result.violations) {
      expect(violation.code).toBe('unmeetableAlone');
      expect(violation.params.requirement).toMatchObject({ finding: { code: expect.stringMatching(/^row/) } });
    }
    expect(result.violations).toContainEqual(
      expect.objectContaining({
        rule: 'newcomers-per-period',
        params: { requirement: { finding: { code: 'rowNewcomers', params: expect.objectContaining({ limit: 1 }) } } },
      }),
    );
  });
});
