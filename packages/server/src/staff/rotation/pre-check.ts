import { finding, nested, periodRef, postRef, ruleRef, staffListRef, staffRef } from './findings';
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
    const held = person.frozen[t];
    if (person.pinned[t] && current) {
      // Kept on the current post by a freeze or a short stay, and that post is closed too.
      const closed = exclusionReason(facts, person, current, period) ?? {
        // Open by the static rules, but not in the period before, and a frozen person keeps what they hold.
        rule: held ? 'not-moved-while-frozen' : 'minimum-stay',
        reason: finding('closedEarlier'),
      };
      const params = {
        staff: staffRef(staffId),
        post: postRef(current.id),
        period: periodRef(period.label),
        hold: nested(held ?? finding('heldMinimumStay')),
        closedBy: nested(closed.reason),
      };
      const at = { staffId, postId: current.id, period: period.label };
      // In service in this period, so the closing rule is never `retired`.
      const rule = closed.rule === 'retired' ? 'no-admissible-post' : closed.rule;
      return [{ rule, ...at, ...finding('keptOnClosedPost', params) }];
    }
    const reasons = new Map<string, number>();
    for (const post of facts.posts) {
      // Open by the static rules but not a candidate: held elsewhere by a freeze, or out of scope.
      const otherwise = held ? 'not-moved-while-frozen' : 'out-of-scope';
      const rule = exclusionReason(facts, person, post, period)?.rule ?? otherwise;
      reasons.set(rule, (reasons.get(rule) ?? 0) + 1);
    }
    const closedBy = [...reasons].map(([rule, count]) => finding('closedCount', { rule: ruleRef(rule), count }));
    const params = {
      staff: staffRef(staffId),
      period: periodRef(period.label),
      posts: facts.posts.length,
      closedBy: { findings: closedBy },
    };
    return [{ rule: 'no-admissible-post', staffId, period: period.label, ...finding('noAdmissiblePost', params) }];
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
      const params = {
        post: postRef(postId),
        max: post.maxStaff,
        staff: staffListRef(staffIds),
        period: periodRef(period.label),
      };
      found.push({ rule: 'max-staffing', postId, period: period.label, ...finding('overfilledByFixed', params) });
    }
  }
  return found;
}

function tooFewPlaces(facts: RotationFacts): RotationViolation[] {
  const places = facts.posts.reduce((sum, post) => sum + post.maxStaff, 0);
  return facts.periods.flatMap((period) => {
    const present = facts.people.filter((person) => person.present[period.index]).length;
    if (present <= places) return [];
    const params = { present, places, period: periodRef(period.label) };
    return [{ rule: 'max-staffing', period: period.label, ...finding('tooFewPlaces', params) }];
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
    const params = { arriving: arriving.length, posts: facts.posts.length, limit, period: periodRef(first.label) };
    found.push({ rule: 'newcomers-per-period', period: first.label, ...finding('tooManyArrivals', params) });
  }
  const onlyChoice = new Map<number, number[]>();
  for (const person of arriving) {
    const open = person.candidates[0];
    if (open.length === 1) onlyChoice.set(open[0], [...(onlyChoice.get(open[0]) ?? []), person.member.id]);
  }
  for (const [postId, staffIds] of onlyChoice) {
    if (staffIds.length <= limit) continue;
    const params = { post: postRef(postId), limit, staff: staffListRef(staffIds), period: periodRef(first.label) };
    found.push({ rule: 'newcomers-per-period', postId, period: first.label, ...finding('onlyChoice', params) });
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
      const params = { post: postRef(post.id), needed: post.minStaff, open, period: periodRef(period.label) };
      const shortfall = post.requiredQualification
        ? finding('tooFewQualified', { ...params, qualification: post.requiredQualification })
        : finding('tooFewEligible', params);
      found.push({ rule: 'min-staffing', postId: post.id, period: period.label, ...shortfall });
    }
  }
  return found;
}
