import { Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../app/context';
import { Allow } from '../policy/allow';
import { selectRows } from '../shared/lean-rows';
import { ServiceContext } from '../shared/service-context';
import { DossierStatus } from './dossier.entity';
import { readableSql } from './dossier.service';

@ObjectType({ description: 'How many dossiers the caller reaches are in one status.' })
export class DossierStatusCount {
  @Field(() => DossierStatus) status!: DossierStatus;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "The dossiers the caller reaches, at a glance (the dashboard's cards)." })
export class DossierStatistics {
  @Field(() => [DossierStatusCount], { description: 'Every status, in display order, zero counts included.' })
  byStatus!: DossierStatusCount[];

  @Field(() => Int, { description: 'Still establishing past the completion deadline.' })
  overdue!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of the dossiers being kept (establishing or complete) that are complete; null when none are.',
  })
  completenessRate!: number | null;
}

/**
 * Counts the dossiers the caller may read (their subtree, or their office's custody; the same
 * scope as the `dossiers` list) in one grouped statement, whatever their number. Overdue is
 * requirements §2's rule: establishing past the deadline (dossier.service `isOverdue`).
 */
export async function dossierStatistics(ctx: ServiceContext): Promise<DossierStatistics> {
  const scope = readableSql(ctx, 'dossier.read');
  const rows = await selectRows<{ status: DossierStatus; count: number | string; overdue: number | string | null }>(
    ctx.em,
    `select d.status as status, count(*) as count,
       sum(case when d.status = ? and d.completion_deadline < ? then 1 else 0 end) as overdue
     from dossier d join member m on m.id = d.member_id join organization o on o.id = m.organization_id
     where ${scope.sql} group by d.status`,
    [DossierStatus.ESTABLISHING, ctx.now(), ...scope.params],
  );
  const counts = new Map(rows.map((row) => [row.status, Number(row.count)]));
  const countOf = (status: DossierStatus) => counts.get(status) ?? 0;
  const kept = countOf(DossierStatus.ESTABLISHING) + countOf(DossierStatus.COMPLETE);
  return {
    byStatus: Object.values(DossierStatus).map((status) => ({ status, count: countOf(status) })),
    overdue: rows.reduce((sum, row) => sum + Number(row.overdue ?? 0), 0),
    completenessRate: kept ? countOf(DossierStatus.COMPLETE) / kept : null,
  };
}

@Resolver()
export class DossierStatisticsResolver {
  @Allow('dossier.read')
  @Query(() => DossierStatistics, { description: 'Dossiers of the caller’s scope by status, overdue, completeness.' })
  dossierStatistics(@Ctx() ctx: RequestContext) {
    return dossierStatistics(ctx);
  }
}
