import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../app/context';
import { subtreeSql } from '../organizations/subtree';
import { Allow } from '../policy/allow';
import { scopeRoot } from '../policy/policy';
import { badInput } from '../shared/errors';
import { selectRows } from '../shared/lean-rows';
import { ServiceContext } from '../shared/service-context';
import { CONTRACT_ENDING_DAYS } from './contract.service';
import { addDays, addMonths, todayOf } from './staff-dates';
import { AttendanceResult, StaffStatus } from './staff.enums';

@ObjectType()
export class AssessmentPassRate {
  @Field(() => String) period!: string;
  @Field(() => Int) assessed!: number;
  @Field(() => Int) passed!: number;
  @Field(() => Float, { description: 'passed / assessed, 0–1.' }) rate!: number;
}

@ObjectType()
export class TrainingTargetSummary {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'Staff still employed.' }) people!: number;
  @Field(() => Int, { description: 'Of them, those who reached both the total and the professional target.' })
  metTarget!: number;
  @Field(() => Float) averageHours!: number;
  @Field(() => Float) targetHours!: number;
}

@ObjectType()
export class StaffStatistics {
  @Field(() => [AssessmentPassRate], { description: 'Annual periods, oldest first.' }) passRates!: AssessmentPassRate[];
  @Field(() => TrainingTargetSummary) training!: TrainingTargetSummary;
  @Field(() => Int, { description: 'Current assignments reaching their post’s longest tenure within 6 months.' })
  rotationsDue!: number;
  @Field(() => Int, { description: 'Contracts ending within 90 days.' }) contractsEnding!: number;
  @Field(() => Int) flaggedForRemoval!: number;
}

type Row = Record<string, unknown>;
const num = (value: unknown) => Number(value ?? 0);

/**
 * The staff dashboard (issue 11 §7): pass rate by annual period, training hours against the
 * target, rotations and contracts coming due, and the flagged. Aggregates of scores and of the
 * flag, so for managers of staff only; one statement per figure whatever the staff's number.
 */
export async function staffStatistics(ctx: ServiceContext, year: number): Promise<StaffStatistics> {
  if (!Number.isInteger(year) || year < 1950 || year > 2200) throw badInput('year', 'staff.year');
  const scope = subtreeSql('o.path', scopeRoot(ctx.actor, 'staff.manage'));
  const today = todayOf(ctx);
  const staffIn = `from staff_member s join organization o on o.id = s.organization_id where ${scope.sql}`;
  const [rates, hours, due, ending, flagged] = await Promise.all([
    selectRows<Row>(
      ctx.em,
      `select a.period as period, count(*) as assessed, sum(case when a.passed then 1 else 0 end) as passed
         from assessment a join staff_member s on s.id = a.staff_member_id join organization o on o.id = s.organization_id
        where ${scope.sql} and length(a.period) = 4 group by a.period order by a.period`,
      scope.params,
    ),
    selectRows<Row>(
      ctx.em,
      `select s.id as id, coalesce(sum(t.hours), 0) as hours,
              coalesce(sum(case when t.professional then t.hours else 0 end), 0) as professional
         from staff_member s join organization o on o.id = s.organization_id
         left join (select a.staff_member_id, a.hours, c.professional from training_attendance a
                      join training_session x on x.id = a.session_id join training_course c on c.id = x.course_id
                     where substr(x.date, 1, 4) = ? and a.result <> ?) t on t.staff_member_id = s.id
        where ${scope.sql} and s.status <> ? group by s.id`,
      [String(year), AttendanceResult.ABSENT, ...scope.params, StaffStatus.LEFT],
    ),
    selectRows<Row>(
      ctx.em,
      `select x.start_date as start, p.max_tenure_months as months from assignment x join post p on p.id = x.post_id
         join staff_member s on s.id = x.staff_member_id join organization o on o.id = s.organization_id
        where ${scope.sql} and s.status <> ? and x.start_date <= ? and (x.end_date is null or x.end_date > ?)`,
      [...scope.params, StaffStatus.LEFT, today, today],
    ),
    selectRows<Row>(
      ctx.em,
      `select count(*) as n from contract c join staff_member s on s.id = c.staff_member_id join organization o on o.id = s.organization_id
        where ${scope.sql} and s.status <> ? and c.end_date >= ? and c.end_date <= ?`,
      [...scope.params, StaffStatus.LEFT, today, addDays(today, CONTRACT_ENDING_DAYS)],
    ),
    selectRows<Row>(ctx.em, `select count(*) as n ${staffIn} and s.flagged_for_removal = ?`, [...scope.params, true]),
  ]);
  const target = ctx.settings.STAFF_TRAINING_HOURS_PER_YEAR;
  const professionalTarget = ctx.settings.STAFF_TRAINING_PROFESSIONAL_HOURS;
  const horizon = addMonths(today, 6);
  return {
    passRates: rates.map((row) => ({
      period: String(row.period),
      assessed: num(row.assessed),
      passed: num(row.passed),
      rate: num(row.assessed) ? num(row.passed) / num(row.assessed) : 0,
    })),
    training: {
      year,
      people: hours.length,
      metTarget: hours.filter((row) => num(row.hours) >= target && num(row.professional) >= professionalTarget).length,
      averageHours: hours.length
        ? Math.round((hours.reduce((sum, row) => sum + num(row.hours), 0) / hours.length) * 10) / 10
        : 0,
      targetHours: target,
    },
    rotationsDue: due.filter((row) => addMonths(String(row.start), num(row.months)) <= horizon).length,
    contractsEnding: num(ending[0]?.n),
    flaggedForRemoval: num(flagged[0]?.n),
  };
}

@Resolver()
export class StaffStatisticsResolver {
  @Allow('staff.manage')
  @Query(() => StaffStatistics, {
    description: 'The staff dashboard of the caller’s subtree (default: this year’s training).',
  })
  staffStatistics(@Ctx() ctx: RequestContext, @Arg('year', () => Int, { nullable: true }) year?: number) {
    return staffStatistics(ctx, year ?? Number(todayOf(ctx).slice(0, 4)));
  }
}
