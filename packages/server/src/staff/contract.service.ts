import { ref } from '@mikro-orm/core';
import { runAudited } from '../audit/audited-change';
import { isSha256 } from '../files/file-store';
import { StoredFile } from '../files/stored-file.entity';
import { subtreeSql } from '../organizations/subtree';
import { scopeRoot } from '../policy/policy';
import { badInput } from '../shared/errors';
import { selectRows } from '../shared/lean-rows';
import { ServiceContext } from '../shared/service-context';
import { requiredText } from '../shared/validation';
import { Contract } from './contract.entity';
import { lockStaffMember } from './staff-access';
import { addDays, addMonths, calendarDay, optionalDay, todayOf } from './staff-dates';
import { StaffStatus } from './staff.enums';
import { ContractRecord, projectionOf } from './staff.records';
import { staffEvent } from './staff.service';

/** Contracts ending within this many days are flagged (issue 11 §1). */
export const CONTRACT_ENDING_DAYS = 90;

/** Whether a contract ends within CONTRACT_ENDING_DAYS of `today` (and has not ended yet). */
export const isEndingSoon = (contract: Pick<Contract, 'endDate'>, today: string) =>
  contract.endDate >= today && contract.endDate <= addDays(today, CONTRACT_ENDING_DAYS);

export interface CreateContract {
  staffMemberId: string;
  startDate: string;
  /** The last day of the term; default: STAFF_CONTRACT_MIN_YEARS (3) years from the start. */
  endDate?: string | null;
  duties: string;
  obligations: string;
  /** A file uploaded through POST /files: the signed contract. */
  attachmentSha256?: string | null;
}

/**
 * A contract (聘用合同): the service term is at least STAFF_CONTRACT_MIN_YEARS years; a person's
 * first contract (their first post) carries STAFF_PROBATION_MONTHS of probation (issue 11 §1).
 */
export async function createContract(ctx: ServiceContext, input: CreateContract): Promise<Contract> {
  const { STAFF_CONTRACT_MIN_YEARS: years, STAFF_PROBATION_MONTHS: probation } = ctx.settings;
  const startDate = calendarDay('startDate', input.startDate);
  const shortest = addDays(addMonths(startDate, years * 12), -1);
  const endDate = optionalDay('endDate', input.endDate) ?? shortest;
  if (endDate < shortest) throw badInput('endDate', 'staff.contract.tooShort', { years });
  const duties = requiredText('duties', input.duties, 5000);
  const obligations = requiredText('obligations', input.obligations, 5000);
  const sha256 = input.attachmentSha256?.trim().toLowerCase() || null;
  if (sha256 && !isSha256(sha256)) throw badInput('attachmentSha256', 'files.invalidSha256');
  return runAudited(ctx, async (tx) => {
    const { staff, organization } = await lockStaffMember(ctx, tx, input.staffMemberId);
    if (staff.status === StaffStatus.LEFT) throw badInput('staffMemberId', 'staff.left');
    const earlier = await tx.find(Contract, { staffMember: staff.id });
    if (earlier.some((each) => each.startDate <= endDate && startDate <= each.endDate)) {
      throw badInput('startDate', 'staff.contract.overlaps');
    }
    const stored = sha256 ? await tx.findOne(StoredFile, { sha256 }) : null;
    if (sha256 && !stored) throw badInput('attachmentSha256', 'staff.contract.fileNotUploaded');
    const contract = Object.assign(new Contract(), {
      staffMember: ref(staff),
      startDate,
      endDate,
      probationEndDate: earlier.length ? null : addDays(addMonths(startDate, probation), -1),
      duties,
      obligations,
      attachment: stored ? ref(stored) : null,
    });
    tx.persist(contract);
    await tx.flush();
    return {
      result: contract,
      audit: staffEvent('STAFF_CONTRACT_CREATED', staff, organization, {
        contract: contract.id,
        startDate,
        endDate,
        probationEndDate: contract.probationEndDate,
        sha256,
      }),
    };
  });
}

/** Contracts of staff of the caller's subtree ending within `withinDays` days (default 90), soonest first. */
export async function contractsEnding(ctx: ServiceContext, withinDays: number): Promise<ContractRecord[]> {
  if (!Number.isInteger(withinDays) || withinDays < 1 || withinDays > 366) {
    throw badInput('withinDays', 'staff.withinDays');
  }
  const scope = subtreeSql('o.path', scopeRoot(ctx.actor, 'staff.read'));
  const today = todayOf(ctx);
  const projection = projectionOf<ContractRecord>(ctx.em, Contract, 'c');
  const rows = await selectRows(
    ctx.em,
    `select ${projection.select} from contract c join staff_member s on s.id = c.staff_member_id
      join organization o on o.id = s.organization_id
     where ${scope.sql} and s.status <> 'LEFT' and c.end_date >= ? and c.end_date <= ?
     order by c.end_date, c.id limit 500`,
    [...scope.params, today, addDays(today, withinDays)],
  );
  return rows.map((row) => projection.read(row));
}
