import { runAudited } from '../audit/audited-change';
import { defineJob, scheduleJob } from '../jobs/job-definition';
import { chinaToday } from '../members/member-validation';
import { Member } from '../members/member.entity';
import { Organization } from '../organizations/organization.entity';
import { selectRows } from '../shared/lean-rows';
import { ServiceContext } from '../shared/service-context';
import { Dossier, DossierStatus } from './dossier.entity';
import { forUpdate } from '../shared/locking';

export interface LifecycleCounts {
  overdue: number;
  escalated: number;
  reviewsDue: number;
  lateFilings: number;
}

export interface LifecycleCheckResult {
  /** Dossiers escalated by this run (0 when the period was already checked). */
  newlyEscalated: number;
  totals: LifecycleCounts;
  /** The same counts by archive office id, so each office's dashboard reads its own. */
  byCustodian: Record<string, LifecycleCounts>;
}

/**
 * Escalation (requirements §2): an overdue dossier still incomplete after the date its custodian
 * promised is escalated to the organisation's leaders. Only rows not yet escalated are touched,
 * so a repeated run changes nothing; each escalation is audited under the member's organisation.
 */
export async function escalateBrokenPromises(ctx: ServiceContext): Promise<number> {
  const now = ctx.now();
  const today = chinaToday(now);
  return runAudited(ctx, async (tx) => {
    const dossiers = await tx.find(
      Dossier,
      {
        status: DossierStatus.ESTABLISHING,
        completionDeadline: { $lt: now },
        promisedCompletionOn: { $lt: today },
        escalatedAt: null,
      },
      { ...forUpdate(tx), orderBy: { id: 'asc' } },
    );
    const members = await tx.find(Member, { id: { $in: dossiers.map((dossier) => dossier.member.id) } });
    const organizations = await tx.find(Organization, {
      id: { $in: [...new Set(members.map((member) => member.organization.id))] },
    });
    const memberById = new Map(members.map((member) => [member.id, member]));
    const pathById = new Map(organizations.map((organization) => [organization.id, organization.path]));
    for (const dossier of dossiers) dossier.escalatedAt = now;
    return {
      result: dossiers.length,
      author: ctx.actor ? ctx : { actor: null, requestId: ctx.requestId, anonymousName: 'system' },
      audit: dossiers.map((dossier) => {
        const member = memberById.get(dossier.member.id)!;
        return {
          action: 'DOSSIER_ESCALATED',
          target: `Dossier:${dossier.id}`,
          label: member.name,
          organizationPath: pathById.get(member.organization.id) ?? null,
          details: { promisedDate: dossier.promisedCompletionOn },
        };
      }),
    };
  });
}

/** Today's counts of the lifecycle lists, per archive office: what the dashboard shows. */
export async function countLifecycle(
  ctx: ServiceContext,
  scope: { sql: string; params: unknown[] } = { sql: '1 = 1', params: [] },
): Promise<Pick<LifecycleCheckResult, 'totals' | 'byCustodian'>> {
  const now = ctx.now();
  // `scope` (SQL over `d` dossier and `o` member organisation) bounds the counts to what a reader may see.
  const joined = `dossier d join member m on m.id = d.member_id join organization o on o.id = m.organization_id`;
  const [dossierRows, lateRows] = await Promise.all([
    selectRows<{
      custodian: number | string;
      overdue: number | string;
      escalated: number | string;
      due: number | string;
    }>(
      ctx.em,
      `select d.custodian_id as custodian,
          sum(case when d.status = 'ESTABLISHING' and d.completion_deadline < ? then 1 else 0 end) as overdue,
          sum(case when d.status = 'ESTABLISHING' and d.completion_deadline < ? and d.escalated_at is not null then 1 else 0 end) as escalated,
          sum(case when d.status in ('ESTABLISHING', 'COMPLETE', 'RETIRED_COLLECTION') and d.next_review_at <= ? then 1 else 0 end) as due
        from ${joined} where ${scope.sql} group by d.custodian_id`,
      [now, now, now, ...scope.params],
    ),
    selectRows<{ custodian: number | string; late: number | string }>(
      ctx.em,
      `select d.custodian_id as custodian, count(*) as late from material x join ${joined.replace('dossier d join', 'dossier d on d.id = x.dossier_id join')}
        where x.late_filing = ? and x.status = 'CURRENT' and ${scope.sql} group by d.custodian_id`,
      [true, ...scope.params],
    ),
  ]);
  const byCustodian: Record<string, LifecycleCounts> = {};
  const entry = (id: number | string) =>
    (byCustodian[String(id)] ??= { overdue: 0, escalated: 0, reviewsDue: 0, lateFilings: 0 });
  for (const row of dossierRows) {
    Object.assign(entry(row.custodian), {
      overdue: Number(row.overdue ?? 0),
      escalated: Number(row.escalated ?? 0),
      reviewsDue: Number(row.due ?? 0),
    });
  }
  for (const row of lateRows) entry(row.custodian).lateFilings = Number(row.late);
  const totals: LifecycleCounts = { overdue: 0, escalated: 0, reviewsDue: 0, lateFilings: 0 };
  for (const counts of Object.values(byCustodian)) {
    for (const key of Object.keys(totals) as (keyof LifecycleCounts)[]) totals[key] += counts[key];
  }
  return { totals, byCustodian };
}

export const LIFECYCLE_CHECK = 'dossiers.lifecycleCheck';

/** The daily check of the dossier lifecycle (requirements §2, issue 9 point 9): escalate, then count. */
export const lifecycleCheckJob = defineJob<Record<string, never>, LifecycleCheckResult>({
  kind: LIFECYCLE_CHECK,
  retry: { attempts: 3, delaySeconds: 60 },
  async handler(ctx, _payload, progress) {
    const newlyEscalated = await escalateBrokenPromises(ctx);
    await progress(50);
    return { newlyEscalated, ...(await countLifecycle(ctx)) };
  },
});

/** 00:05 China time (UTC+8), when the new day's dates apply. */
export const lifecycleCheckSchedule = scheduleJob(LIFECYCLE_CHECK, '5 16 * * *');
