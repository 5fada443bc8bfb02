import { placeholders, selectRows } from '../shared/lean-rows';
import { ServiceContext } from '../shared/service-context';
import { Organization } from '../organizations/organization.entity';
import { managedOrganization } from './staff-access';
import { todayOf } from './staff-dates';
import { ExchangeStatus, StaffStatus } from './staff.enums';
import { RotationInput, RotationStaff } from './rotation/input';

type Row = Record<string, unknown>;

/**
 * Runs reads one after the other: they share the transaction's one connection, on which
 * PostgreSQL's driver would only queue parallel statements (and warns that it will stop).
 */
async function inOrder<T>(reads: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (const read of reads) results.push(await read());
  return results;
}
const text = (value: unknown) => (value == null ? null : String(value));

/**
 * The solver's input for an organisation (issue 11 §4): its staff still employed, its posts, the
 * history of who held which post, and stated preferences. Read in one transaction so the parts
 * agree; the caller must manage staff there.
 */
export async function gatherRotationInput(
  ctx: ServiceContext,
  input: { organizationId: string; startDate: string; months: number },
): Promise<RotationInput> {
  const organization = await ctx.em.transactional((tx) =>
    managedOrganization({ ...ctx, em: tx }, tx, input.organizationId),
  );
  return ctx.em.transactional(async (tx) => readInput(tx, organization, input, todayOf(ctx)));
}

async function readInput(
  tx: ServiceContext['em'],
  organization: Organization,
  input: { startDate: string; months: number },
  today: string,
): Promise<RotationInput> {
  const staffRows = await selectRows<Row>(
    tx,
    `select s.id, s.region, s.status, s.hire_date, s.retirement_date from staff_member s
      where s.organization_id = ? and s.status <> ? order by s.id`,
    [organization.id, StaffStatus.LEFT],
  );
  const ids = staffRows.map((row) => Number(row.id));
  const inStaff = ids.length ? `in (${placeholders(ids.length)})` : 'in (null)';
  const [qualifications, contracts, exchanges, posts, history, preferences] = await inOrder([
    () =>
      selectRows<Row>(
        tx,
        `select staff_member_id, code, issued_on, expires_on from qualification where staff_member_id ${inStaff}`,
        ids,
      ),
    () =>
      selectRows<Row>(
        tx,
        `select staff_member_id, probation_end_date from contract where staff_member_id ${inStaff} and probation_end_date is not null`,
        ids,
      ),
    () =>
      selectRows<Row>(
        tx,
        `select staff_member_id, start_date, end_date from exchange where staff_member_id ${inStaff} and status in (?, ?)`,
        [...ids, ExchangeStatus.PLANNED, ExchangeStatus.ONGOING],
      ),
    () =>
      selectRows<Row>(
        tx,
        'select id, region, required_qualification, max_tenure_months, min_staff, max_staff from post where organization_id = ? order by id',
        [organization.id],
      ),
    () =>
      selectRows<Row>(
        tx,
        `select a.staff_member_id, a.post_id, a.start_date, a.end_date from assignment a join post p on p.id = a.post_id
        where p.organization_id = ? order by a.start_date, a.id`,
        [organization.id],
      ),
    () =>
      selectRows<Row>(
        tx,
        `select staff_member_id, post_id, weight from staff_preference where staff_member_id ${inStaff}`,
        ids,
      ),
  ]);
  const of = (rows: Row[], id: number) => rows.filter((row) => Number(row.staff_member_id) === id);
  const staff: RotationStaff[] = staffRows.map((row) => {
    const id = Number(row.id);
    return {
      id: String(id),
      region: String(row.region),
      status: row.status as RotationStaff['status'],
      qualifications: of(qualifications, id).map((q) => ({
        code: String(q.code),
        validFrom: String(q.issued_on),
        validUntil: text(q.expires_on),
      })),
      hireDate: String(row.hire_date),
      probationEndDate: text(of(contracts, id)[0]?.probation_end_date),
      retirementDate: String(row.retirement_date),
      exchanges: of(exchanges, id).map((e) => ({ startDate: String(e.start_date), endDate: String(e.end_date) })),
    };
  });
  return {
    organizationId: String(organization.id),
    startDate: input.startDate,
    months: input.months,
    today,
    staff,
    posts: posts.map((post) => ({
      id: String(post.id),
      region: String(post.region),
      requiredQualification: text(post.required_qualification),
      maxTenureMonths: Number(post.max_tenure_months),
      minStaff: Number(post.min_staff),
      maxStaff: Number(post.max_staff),
    })),
    history: history.map((row) => ({
      staffMemberId: String(row.staff_member_id),
      postId: String(row.post_id),
      startDate: String(row.start_date),
      endDate: text(row.end_date),
    })),
    preferences: preferences.map((row) => ({
      staffMemberId: String(row.staff_member_id),
      postId: String(row.post_id),
      weight: Number(row.weight),
    })),
  };
}
