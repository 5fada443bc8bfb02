import { Field, Float, Int, ObjectType } from 'type-graphql';
import { subtreeSql } from '../organizations/subtree';
import { accessStatisticsScope } from '../policy/access-decisions';
import { selectRows } from '../shared/lean-rows';
import { ServiceContext } from '../shared/service-context';
import { DepartmentDecision, StepStatus } from './access-request.entity';

@ObjectType({ description: "Approvals at a glance (the dashboard's access card)." })
export class AccessStatistics {
  @Field(() => Int, {
    description:
      "Undecided slots of pending steps: the caller's department's, or of requests filed in an overseer's subtree.",
  })
  pendingApprovals!: number;

  @Field(() => Int, { description: 'Slots decided (approved or rejected) in the last 30 days, in the same scope.' })
  decidedLast30Days!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median hours from a step opening to a decision; null without any.',
  })
  medianDecisionHours!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of those hours.' })
  p90DecisionHours!: number | null;
}

const DAY_MS = 86_400_000;
/** Decision times read for the percentiles: with more decisions in 30 days, the newest this many. */
const MAX_TIMES = 10_000;

// SQLite keeps dates as epoch milliseconds; PostgreSQL's rows (through MikroORM's driver) carry timestamp text.
const millis = (value: unknown) => (value instanceof Date ? value : new Date(value as number | string)).getTime();

/** The nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/**
 * Pending approvals, decisions of the last 30 days and their times (step opened → decided), for
 * an APPROVER's department or an overseer's subtree (policy/access-decisions.ts). Two statements.
 */
export async function accessStatistics(ctx: ServiceContext): Promise<AccessStatistics> {
  const scope = accessStatisticsScope(ctx.actor);
  const subtree = 'subtree' in scope ? subtreeSql('o.path', scope.subtree) : null;
  const from = subtree
    ? `access_step_department d join access_step s on s.id = d.step_id join access_request r on r.id = d.request_id
       join organization o on o.id = r.requester_organization_id`
    : 'access_step_department d join access_step s on s.id = d.step_id';
  const where = subtree ? subtree.sql : 'd.department_id = ?';
  const params = subtree ? subtree.params : ['departmentId' in scope ? scope.departmentId : 0];
  const since = new Date(ctx.now().getTime() - 30 * DAY_MS);
  const [[counts], times] = await Promise.all([
    selectRows<{ pending: number | string | null; decided: number | string | null }>(
      ctx.em,
      `select sum(case when d.decision = ? and s.status = ? then 1 else 0 end) as pending,
         sum(case when d.decision in (?, ?) and d.decided_at >= ? then 1 else 0 end) as decided
       from ${from} where ${where}`,
      [
        DepartmentDecision.PENDING,
        StepStatus.PENDING,
        DepartmentDecision.APPROVED,
        DepartmentDecision.REJECTED,
        since,
        ...params,
      ],
    ),
    selectRows<{ started: unknown; decided: unknown }>(
      ctx.em,
      `select s.started_at as started, d.decided_at as decided from ${from}
       where ${where} and d.decision in (?, ?) and d.decided_at >= ? order by d.decided_at desc limit ?`,
      [...params, DepartmentDecision.APPROVED, DepartmentDecision.REJECTED, since, MAX_TIMES],
    ),
  ]);
  const hours = times
    .filter((row) => row.started != null)
    .map((row) => Math.max(0, millis(row.decided) - millis(row.started)) / 3_600_000)
    .sort((a, b) => a - b);
  const round = (value: number | null) => (value == null ? null : Math.round(value * 100) / 100);
  return {
    pendingApprovals: Number(counts?.pending ?? 0),
    decidedLast30Days: Number(counts?.decided ?? 0),
    medianDecisionHours: round(percentile(hours, 0.5)),
    p90DecisionHours: round(percentile(hours, 0.9)),
  };
}
