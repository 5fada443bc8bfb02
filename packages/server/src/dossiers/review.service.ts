import { ref } from '@mikro-orm/core';
import { runAudited } from '../audit/audited-change';
import { badInput } from '../shared/errors';
import { parseId } from '../shared/ids';
import { Page, PageRequest } from '../shared/pagination';
import { ServiceContext } from '../shared/service-context';
import { User } from '../users/user.entity';
import { Dossier, DossierStatus } from './dossier.entity';
import { DossierRecord } from './dossier.records';
import { memberOrganizationFilter, readableSql } from './dossier.service';
import { DossierReview } from './lifecycle.entities';
import { addMonthsTo, lockKeptDossierAt } from './lifecycle.shared';
import { pageOfDossiers } from './dossier.service';

/** Maintenance cycle (requirements §2): a dossier is reviewed every 12 months, every 36 in the retired collection. */
export const REVIEW_INTERVAL_MONTHS = 12;
export const RETIRED_REVIEW_INTERVAL_MONTHS = 36;
const FINDINGS = { min: 2, max: 2000 };

/** Starts a new dossier's cycle: its first review is one interval after it was opened. */
export function startReviewCycle(dossier: Dossier, now: Date) {
  dossier.reviewIntervalMonths = REVIEW_INTERVAL_MONTHS;
  dossier.nextReviewAt = addMonthsTo(now, REVIEW_INTERVAL_MONTHS);
}

/**
 * A retired member's dossier joins the retired collection on the longer cycle; the next review
 * counts from the last one (or from now when it was never reviewed), never later than before.
 */
export function enterRetiredCollection(dossier: Dossier, now: Date) {
  if (dossier.reviewIntervalMonths === RETIRED_REVIEW_INTERVAL_MONTHS) return;
  dossier.reviewIntervalMonths = RETIRED_REVIEW_INTERVAL_MONTHS;
  dossier.nextReviewAt = addMonthsTo(dossier.lastReviewedAt ?? now, RETIRED_REVIEW_INTERVAL_MONTHS);
}

export interface RecordReview {
  dossierId: string;
  findings: string;
  version: number;
}

/** Records a review (who, when, findings) and schedules the next one interval later. */
export async function recordReview(ctx: ServiceContext, input: RecordReview): Promise<DossierReview> {
  const findings = input.findings.trim();
  if (findings.length < FINDINGS.min || findings.length > FINDINGS.max) {
    throw badInput('findings', 'lifecycle.findingsLength', FINDINGS);
  }
  return runAudited(ctx, async (tx) => {
    const { dossier, member, organizationPath } = await lockKeptDossierAt(ctx, tx, input.dossierId, input.version);
    if (dossier.status === DossierStatus.CLOSED || dossier.status === DossierStatus.IN_TRANSIT) {
      throw badInput('dossierId', 'lifecycle.notReviewable');
    }
    const now = ctx.now();
    const review = new DossierReview();
    review.dossier = ref(dossier);
    review.reviewedBy = ref(tx.getReference(User, ctx.actor!.userId));
    review.reviewedAt = now;
    review.findings = findings;
    review.nextReviewAt = addMonthsTo(now, dossier.reviewIntervalMonths);
    dossier.lastReviewedAt = now;
    dossier.nextReviewAt = review.nextReviewAt;
    tx.persist(review);
    return {
      result: review,
      audit: {
        action: 'DOSSIER_REVIEWED',
        target: `Dossier:${dossier.id}`,
        label: member.name,
        organizationPath,
        details: { nextReviewAt: review.nextReviewAt.toISOString() },
      },
    };
  });
}

export interface ReviewsDueFilterInput {
  organizationId?: string | null;
  custodianId?: string | null;
  status?: DossierStatus | null;
}

/** Dossiers whose next review is due (now or earlier), kept or readable by the caller. */
export async function listReviewsDue(
  ctx: ServiceContext,
  filter: ReviewsDueFilterInput,
  page: PageRequest,
  totalCount: boolean,
): Promise<Page<DossierRecord>> {
  const scope = readableSql(ctx, 'dossier.read');
  const where = [scope.sql, 'd.next_review_at <= ?', `d.status in ('ESTABLISHING', 'COMPLETE', 'RETIRED_COLLECTION')`];
  const params: unknown[] = [...scope.params, ctx.now()];
  if (filter.status) {
    where.push('d.status = ?');
    params.push(filter.status);
  }
  if (filter.custodianId) {
    where.push('d.custodian_id = ?');
    params.push(parseId(filter.custodianId, 'custodianId'));
  }
  if (filter.organizationId) {
    const subtree = await memberOrganizationFilter(ctx, filter.organizationId, 'organizationId');
    where.push(subtree.sql);
    params.push(...subtree.params);
  }
  return pageOfDossiers(ctx, where, params, page, totalCount);
}
