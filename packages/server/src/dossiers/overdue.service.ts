import { runAudited } from '../audit/audited-change';
import { isCalendarDate } from '../members/id-number';
import { chinaToday } from '../members/member-validation';
import { badInput } from '../shared/errors';
import { parseId } from '../shared/ids';
import { Page, PageRequest } from '../shared/pagination';
import { ServiceContext } from '../shared/service-context';
import { Dossier } from './dossier.entity';
import { DossierRecord } from './dossier.records';
import { memberOrganizationFilter, isOverdue, pageOfDossiers, readableSql } from './dossier.service';
import { addDaysTo, lockKeptDossierAt } from './lifecycle.shared';

/** The furthest a custodian may promise completion (days after today). */
export const MAX_PROMISE_DAYS = 90;
const EXPLANATION = { min: 5, max: 500 };

export interface ExplainOverdue {
  dossierId: string;
  explanation: string;
  /** YYYY-MM-DD */
  promisedDate: string;
  version: number;
}

function validExplanation(value: string): string {
  const text = value.trim();
  if (text.length < EXPLANATION.min || text.length > EXPLANATION.max) {
    throw badInput('explanation', 'lifecycle.explanationLength', EXPLANATION);
  }
  return text;
}

function validPromisedDate(value: string, today: string): string {
  const day = value.trim();
  if (!isCalendarDate(day)) throw badInput('promisedDate', 'member.dateFormat');
  if (day <= today || day > addDaysTo(today, MAX_PROMISE_DAYS)) {
    throw badInput('promisedDate', 'lifecycle.promisedDateRange', { max: MAX_PROMISE_DAYS });
  }
  return day;
}

/**
 * The custodian explains why an overdue dossier is incomplete and promises a date (requirements
 * §2). A new promise replaces the old one; an escalation already made stands until completion.
 */
export async function explainOverdue(ctx: ServiceContext, input: ExplainOverdue): Promise<Dossier> {
  const explanation = validExplanation(input.explanation);
  const promised = validPromisedDate(input.promisedDate, chinaToday(ctx.now()));
  return runAudited(ctx, async (tx) => {
    const { dossier, member, organizationPath } = await lockKeptDossierAt(ctx, tx, input.dossierId, input.version);
    if (!isOverdue(dossier, ctx.now())) throw badInput('dossierId', 'lifecycle.notOverdue');
    dossier.overdueExplanation = explanation;
    dossier.promisedCompletionOn = promised;
    dossier.explainedAt = ctx.now();
    return {
      result: dossier,
      audit: {
        action: 'DOSSIER_OVERDUE_EXPLAINED',
        target: `Dossier:${dossier.id}`,
        label: member.name,
        organizationPath,
        details: { promisedDate: promised },
      },
    };
  });
}

export interface OverdueFilterInput {
  organizationId?: string | null;
  custodianId?: string | null;
  escalated?: boolean | null;
  explained?: boolean | null;
}

/**
 * Overdue dossiers the caller may read (organisation leaders see their subtree's, custodians
 * their office's), escalated or explained on demand, in id order.
 */
export async function listOverdueDossiers(
  ctx: ServiceContext,
  filter: OverdueFilterInput,
  page: PageRequest,
  totalCount: boolean,
): Promise<Page<DossierRecord>> {
  const scope = readableSql(ctx, 'dossier.read');
  const where = [scope.sql, `d.status = 'ESTABLISHING'`, 'd.completion_deadline < ?'];
  const params: unknown[] = [...scope.params, ctx.now()];
  if (filter.escalated != null) where.push(`d.escalated_at is ${filter.escalated ? 'not ' : ''}null`);
  if (filter.explained != null) where.push(`d.explained_at is ${filter.explained ? 'not ' : ''}null`);
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
