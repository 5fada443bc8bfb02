import type { RotationPlanStatus } from '@/gql/graphql';
import { t } from '@/app/i18n';

export const PLAN_STATUS_TAG: Record<RotationPlanStatus, 'info' | 'warning' | 'success'> = {
  DRAFT: 'info',
  REVIEWED: 'warning',
  PUBLISHED: 'success',
};

/** A plan's score as the solver reports it: hard / medium / soft (hard 0: every hard rule holds). */
export function scoreText(score: { hard: number; medium: number; soft: number }): string {
  return t('staff.plan.scoreText', { hard: score.hard, medium: score.medium, soft: score.soft });
}

/**
 * The button a plan's status offers (issue 11 §4: drafts are reviewed, then published; publishing
 * creates the assignments). Whether the plan may move is the server's to say when it is pressed.
 */
export function nextPlanAction(plan: { status: RotationPlanStatus }): 'review' | 'publish' | null {
  if (plan.status === 'DRAFT') return 'review';
  if (plan.status === 'REVIEWED') return 'publish';
  return null;
}
