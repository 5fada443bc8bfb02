import { ref } from '@mikro-orm/core';
import { runAudited } from '../audit/audited-change';
import { Organization } from '../organizations/organization.entity';
import { subtreeSql } from '../organizations/subtree';
import { mayReadOrganization, scopeRoot } from '../policy/policy';
import { badInput, notFound } from '../shared/errors';
import { parseId } from '../shared/ids';
import { selectRows } from '../shared/lean-rows';
import { forUpdate } from '../shared/locking';
import { ServiceContext } from '../shared/service-context';
import { requiredText } from '../shared/validation';
import { Exchange } from './exchange.entity';
import { lockStaffMember } from './staff-access';
import { calendarDay } from './staff-dates';
import { ExchangeStatus, StaffStatus } from './staff.enums';
import { ExchangeRecord, projectionOf } from './staff.records';
import { staffEvent } from './staff.service';

/** Which statuses an exchange may move to (issue 11 §5): planned → ongoing → completed; cancelled before completion. */
export const EXCHANGE_TRANSITIONS: Record<ExchangeStatus, ExchangeStatus[]> = {
  [ExchangeStatus.PLANNED]: [ExchangeStatus.ONGOING, ExchangeStatus.CANCELLED],
  [ExchangeStatus.ONGOING]: [ExchangeStatus.COMPLETED, ExchangeStatus.CANCELLED],
  [ExchangeStatus.COMPLETED]: [],
  [ExchangeStatus.CANCELLED]: [],
};

export interface CreateExchange {
  staffMemberId: string;
  hostOrganizationId: string;
  regions: string[];
  startDate: string;
  endDate: string;
  topic: string;
}

export async function createExchange(ctx: ServiceContext, input: CreateExchange): Promise<Exchange> {
  const startDate = calendarDay('startDate', input.startDate);
  const endDate = calendarDay('endDate', input.endDate);
  if (endDate < startDate) throw badInput('endDate', 'staff.dateOrder');
  const topic = requiredText('topic', input.topic, 200);
  const regions = [...new Set(input.regions.map((region, i) => requiredText(`regions.${i}`, region, 50)))];
  if (!regions.length) throw badInput('regions', 'common.required');
  if (regions.some((region) => region.includes(','))) throw badInput('regions', 'staff.exchange.region');
  return runAudited(ctx, async (tx) => {
    const { staff, organization } = await lockStaffMember(ctx, tx, input.staffMemberId);
    if (staff.status === StaffStatus.LEFT) throw badInput('staffMemberId', 'staff.left');
    const host = await tx.findOne(Organization, parseId(input.hostOrganizationId, 'hostOrganizationId'));
    if (!host || !mayReadOrganization(ctx.actor, host.path)) {
      throw badInput('hostOrganizationId', 'common.notFound', { entity: 'Organization' });
    }
    if (host.id === organization.id) throw badInput('hostOrganizationId', 'staff.exchange.sameOrganization');
    const exchange = Object.assign(new Exchange(), {
      staffMember: ref(staff),
      homeOrganization: ref(organization),
      hostOrganization: ref(host),
      regionList: regions.join(','),
      startDate,
      endDate,
      topic,
    });
    tx.persist(exchange);
    await tx.flush();
    return {
      result: exchange,
      audit: staffEvent('STAFF_EXCHANGE_CREATED', staff, organization, {
        exchange: exchange.id,
        host: host.id,
        startDate,
        endDate,
      }),
    };
  });
}

/**
 * Moves an exchange along EXCHANGE_TRANSITIONS. While ONGOING the person is ON_EXCHANGE (the
 * rotation does not move them); completing needs the outcome report.
 */
export async function changeExchangeStatus(
  ctx: ServiceContext,
  input: { id: string; status: ExchangeStatus; outcomeReport?: string | null },
): Promise<Exchange> {
  const report = input.outcomeReport?.trim() || null;
  if (report && report.length > 10_000) throw badInput('outcomeReport', 'common.tooLong', { max: 10_000 });
  return runAudited(ctx, async (tx) => {
    // The person first, then the exchange: the order every staff change locks in (decideRemoval).
    const seen = await tx.findOne(Exchange, parseId(input.id));
    if (!seen) throw notFound('Exchange');
    const { staff, organization } = await lockStaffMember(ctx, tx, String(seen.staffMember.id), 'id');
    const found = await tx.findOneOrFail(Exchange, seen.id, { ...forUpdate(tx), refresh: true });
    const from = found.status;
    if (!EXCHANGE_TRANSITIONS[from].includes(input.status)) {
      throw badInput('status', 'staff.exchange.transition', { from, to: input.status });
    }
    if (input.status === ExchangeStatus.COMPLETED && !report && !found.outcomeReport) {
      throw badInput('outcomeReport', 'staff.exchange.reportRequired');
    }
    if (report) found.outcomeReport = report;
    found.status = input.status;
    if (input.status === ExchangeStatus.ONGOING && staff.status === StaffStatus.ACTIVE) {
      staff.status = StaffStatus.ON_EXCHANGE;
    } else if (from === ExchangeStatus.ONGOING && staff.status === StaffStatus.ON_EXCHANGE) {
      staff.status = StaffStatus.ACTIVE;
    }
    return {
      result: found,
      audit: staffEvent('STAFF_EXCHANGE_STATUS_CHANGED', staff, organization, {
        exchange: found.id,
        from,
        to: input.status,
      }),
    };
  });
}

/** Exchanges of staff of the caller's subtree, newest first. */
export async function listExchanges(ctx: ServiceContext, status?: ExchangeStatus | null): Promise<ExchangeRecord[]> {
  const scope = subtreeSql('o.path', scopeRoot(ctx.actor, 'staff.read'));
  const projection = projectionOf<ExchangeRecord>(ctx.em, Exchange, 'e');
  const rows = await selectRows(
    ctx.em,
    `select ${projection.select} from exchange e join organization o on o.id = e.home_organization_id
      where ${scope.sql}${status ? ' and e.status = ?' : ''} order by e.start_date desc, e.id desc limit 500`,
    [...scope.params, ...(status ? [status] : [])],
  );
  return rows.map((row) => projection.read(row));
}
