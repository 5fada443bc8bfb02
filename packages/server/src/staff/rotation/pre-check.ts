import type { RotationViolation } from './model-input';
import { exclusionReason, type PersonFacts, type RotationFacts } from './rotation-facts';

/**
 * Before any solving, the conflicts that need no search to find (issue 11 point 4: "when rules
 * cannot all be met it says which and for whom instead of returning a bad plan"). `blocking`
 * findings make every plan break a hard rule; `warnings` are certain medium shortfalls.
 */
export interface RotationPrecheck {
  blocking: RotationViolation[];
  warnings: RotationViolation[];
}

export function precheckRotation(facts: RotationFacts): RotationPrecheck {
  return {
    blocking: [
      ...facts.people.flatMap((person) => peopleWithoutPost(facts, person)),
      ...overfilledByFixedPeople(facts),
      ...tooFewPlaces(facts),
      ...tooManyForcedArrivals(facts),
    ],
    warnings: certainShortfalls(facts),
  };
}

function peopleWithoutPost(facts: RotationFacts, person: PersonFacts): RotationViolation[] {
  const staffId = person.member.id;
  for (const period of facts.periods) {
    const t = period.index;
    if (!person.present[t] || person.candidates[t].length > 0) continue;
    const current = person.currentPost;
    if (person.pinned[t] && current) {
      // Kept on the current post by a freeze or a short stay, and that post is closed too.
      const reason = exclusionReason(facts, person, current, period) ?? 'closed';
      const rule = reason.split(':')[0];
      const why = person.frozen[t] ?? 'minimum stay not reached';
      return [
        {
          rule,
          staffId,
          postId: current.id,
          period: period.label,
          message: `staff ${staffId} cannot be moved in ${period.label} (${why}) but may not keep post ${current.id}: ${reason}`,
        },
      ];
    }
    const reasons = new Map<string, number>();
    for (const post of facts.posts) {
      // Open by the static rules but not a candidate: held elsewhere by a freeze, or out of scope.
      const otherwise = person.frozen[t] ? 'not-moved-while-frozen' : 'other region, not a candidate';
      const rule = (exclusionReason(facts, person, post, period) ?? otherwise).split(':')[0];
      reasons.set(rule, (reasons.get(rule) ?? 0) + 1);
    }
    const summary = [...reasons].map(([rule, n]) => `${rule} closes ${n}`).join(', ');
    return [
      {
        rule: 'no-admissible-post',
        staffId,
        period: period.label,
        message: `staff ${staffId} has no post open in ${period.label} (of ${facts.posts.length} posts: ${summary})`,
      },
    ];
  }
  return [];
}

/** People whose only open post is this one, more of them than the post's maximum staffing. */
function overfilledByFixedPeople(facts: RotationFacts): RotationViolation[] {
  const found: RotationViolation[] = [];
  for (const period of facts.periods) {
    const fixed = new Map<number, number[]>();
    for (const person of facts.people) {
      const open = person.candidates[period.index];
      if (person.present[period.index] && open.length === 1) {
        fixed.set(open[0], [...(fixed.get(open[0]) ?? []), person.member.id]);
      }
    }
    for (const [postId, staffIds] of fixed) {
      const post = facts.postById.get(postId)!;
      if (staffIds.length <= post.maxStaff) continue;
      found.push({
        rule: 'max-staffing',
        postId,
        period: period.label,
        message: `post ${postId} takes at most ${post.maxStaff} but staff ${staffIds.join(', ')} cannot be anywhere else in ${period.label}`,
      });
    }
  }
  return found;
}

function tooFewPlaces(facts: RotationFacts): RotationViolation[] {
  const places = facts.posts.reduce((sum, post) => sum + post.maxStaff, 0);
  return facts.periods.flatMap((period) => {
    const present = facts.people.filter((person) => person.present[period.index]).length;
    if (present <= places) return [];
    return [
      {
        rule: 'max-staffing',
        period: period.label,
        message: `${present} staff in service in ${period.label} but the posts' maximum staffing adds up to ${places}`,
      },
    ];
  });
}

/** At the horizon's start, people without a post or who must leave theirs all arrive somewhere. */
function tooManyForcedArrivals(facts: RotationFacts): RotationViolation[] {
  const first = facts.periods[0];
  if (!first) return [];
  const arriving = facts.people.filter(
    (person) => person.present[0] && !(person.currentPost && person.candidates[0].includes(person.currentPost.id)),
  );
  const limit = facts.rules.maxNewcomersPerPostPerPeriod;
  const found: RotationViolation[] = [];
  if (arriving.length > facts.posts.length * limit) {
    found.push({
      rule: 'newcomers-per-period',
      period: first.label,
      message: `${arriving.length} staff must take up a new post in ${first.label} but ${facts.posts.length} posts take at most ${limit} newcomer(s) each`,
    });
  }
  const onlyChoice = new Map<number, number[]>();
  for (const person of arriving) {
    const open = person.candidates[0];
    if (open.length === 1) onlyChoice.set(open[0], [...(onlyChoice.get(open[0]) ?? []), person.member.id]);
  }
  for (const [postId, staffIds] of onlyChoice) {
    if (staffIds.length <= limit) continue;
    found.push({
      rule: 'newcomers-per-period',
      postId,
      period: first.label,
      message: `post ${postId} takes at most ${limit} newcomer(s) in ${first.label} but staff ${staffIds.join(', ')} can only go there`,
    });
  }
  return found;
}

function certainShortfalls(facts: RotationFacts): RotationViolation[] {
  const found: RotationViolation[] = [];
  for (const period of facts.periods) {
    for (const post of facts.posts) {
      if (post.minStaff === 0) continue;
      const open = facts.people.filter((person) => person.candidates[period.index].includes(post.id)).length;
      if (open >= post.minStaff) continue;
      const why = post.requiredQualification ? ` (qualification ${post.requiredQualification})` : '';
      found.push({
        rule: 'min-staffing',
        postId: post.id,
        period: period.label,
        message: `post ${post.id} needs ${post.minStaff} in ${period.label} but only ${open} person(s) may hold it${why}`,
      });
    }
  }
  return found;
}
