import { ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { AuditEvent } from '../audit/audit.service';
import { runAudited } from '../audit/audited-change';
import { Organization } from '../organizations/organization.entity';
import { subtreeSql } from '../organizations/subtree';
import { can, isInSubtree, scopeRoot } from '../policy/policy';
import { badInput, conflict, notFound } from '../shared/errors';
import { parseId } from '../shared/ids';
import { selectRows } from '../shared/lean-rows';
import { escapeLike, searchText } from '../shared/like';
import { Page, PageRequest, toPage } from '../shared/pagination';
import { ServiceContext } from '../shared/service-context';
import { requiredText } from '../shared/validation';
import { User } from '../users/user.entity';
import { lockStaffMember, managedOrganization } from './staff-access';
import { addDays, calendarDay, optionalDay, todayOf } from './staff-dates';
import { StaffStatus } from './staff.enums';
import { Qualification, StaffMember } from './staff-member.entity';
import { projectionOf, QualificationRecord, staffProjection, StaffRecord } from './staff.records';

/** The audit entry of a change to a staff member's records: labelled with their name, scoped by their organisation. */
export const staffEvent = (
  action: string,
  staff: Pick<StaffMember, 'id' | 'name'>,
  organization: Pick<Organization, 'path'>,
  details?: Record<string, unknown>,
): AuditEvent => ({
  action,
  target: `StaffMember:${staff.id}`,
  label: staff.name,
  organizationPath: organization.path,
  details: details ?? null,
});

export interface CreateStaffMember {
  name: string;
  organizationId: string;
  region: string;
  birthDate: string;
  retirementDate: string;
  hireDate: string;
  userId?: string | null;
}

/** Enters an archive staff member into an organisation the caller manages (requirements §7). */
export async function createStaffMember(ctx: ServiceContext, input: CreateStaffMember): Promise<StaffMember> {
  const name = requiredText('name', input.name, 50);
  const region = requiredText('region', input.region, 50);
  const birthDate = calendarDay('birthDate', input.birthDate);
  const retirementDate = calendarDay('retirementDate', input.retirementDate);
  const hireDate = calendarDay('hireDate', input.hireDate);
  if (birthDate > todayOf(ctx)) throw badInput('birthDate', 'staff.dateInFuture');
  if (retirementDate <= birthDate) throw badInput('retirementDate', 'staff.dateOrder');
  if (hireDate <= birthDate) throw badInput('hireDate', 'staff.dateOrder');
  return runAudited(ctx, async (tx) => {
    const organization = await managedOrganization(ctx, tx, input.organizationId);
    const staff = Object.assign(new StaffMember(), {
      name,
      region,
      birthDate,
      retirementDate,
      hireDate,
      organization: ref(organization),
    });
    if (input.userId) staff.user = ref(await linkableUser(ctx, tx, input.userId, organization));
    tx.persist(staff);
    await tx.flush().catch(userTaken);
    return { result: staff, audit: staffEvent('STAFF_MEMBER_CREATED', staff, organization, { hireDate }) };
  });
}

export interface UpdateStaffMember {
  id: string;
  /** The version the edit is based on; a stale one is a CONFLICT. */
  version: number;
  name?: string | null;
  region?: string | null;
  birthDate?: string | null;
  retirementDate?: string | null;
  hireDate?: string | null;
  /** The user account of the same person; an empty string unlinks it. */
  userId?: string | null;
}

/** Changes the given fields of a staff member (only those: a field left out stays as it is). */
export async function updateStaffMember(ctx: ServiceContext, input: UpdateStaffMember): Promise<StaffMember> {
  return runAudited(ctx, async (tx) => {
    const { staff, organization } = await lockStaffMember(ctx, tx, input.id, 'id');
    if (staff.version !== input.version) throw conflict();
    const changed: string[] = [];
    if (input.name != null) staff.name = requiredText('name', input.name, 50);
    if (input.region != null) staff.region = requiredText('region', input.region, 50);
    for (const field of ['birthDate', 'retirementDate', 'hireDate'] as const) {
      if (input[field] != null) staff[field] = calendarDay(field, input[field]);
    }
    for (const field of ['name', 'region', 'birthDate', 'retirementDate', 'hireDate'] as const) {
      if (input[field] != null) changed.push(field);
    }
    if (staff.birthDate > todayOf(ctx)) throw badInput('birthDate', 'staff.dateInFuture');
    if (staff.retirementDate <= staff.birthDate) throw badInput('retirementDate', 'staff.dateOrder');
    if (staff.hireDate <= staff.birthDate) throw badInput('hireDate', 'staff.dateOrder');
    if (input.userId !== undefined && input.userId !== null) {
      const linked = staff.user?.id ?? null;
      const wanted = input.userId.trim() ? parseId(input.userId, 'userId') : null;
      if (wanted !== linked) {
        staff.user = wanted ? ref(await linkableUser(ctx, tx, String(wanted), organization)) : null;
        changed.push('userId');
      }
    }
    await tx.flush().catch(userTaken);
    return { result: staff, audit: staffEvent('STAFF_MEMBER_UPDATED', staff, organization, { changed }) };
  });
}

async function linkableUser(ctx: ServiceContext, tx: EntityManager, id: string, organization: Organization) {
  const user = await tx.findOne(User, parseId(id, 'userId'));
  const userOrganization = user && (await tx.findOneOrFail(Organization, user.organization.id));
  // The account of someone working there: inside the staff member's organisation's subtree.
  if (!user || !userOrganization || !isInSubtree(userOrganization.path, organization.path)) {
    throw badInput('userId', 'staff.userOutside');
  }
  if (await tx.count(StaffMember, { user: user.id })) throw badInput('userId', 'staff.userTaken');
  return user;
}

function userTaken(error: unknown): never {
  if (error instanceof UniqueConstraintViolationException) throw badInput('userId', 'staff.userTaken');
  throw error;
}

export interface StaffFilterInput {
  search?: string | null;
  organizationId?: string | null;
  status?: StaffStatus | null;
  flaggedForRemoval?: boolean | null;
}

/**
 * Staff of the caller's subtree, keyset-paged by id. A filter on the removal flag (a guarded
 * field) is open only to those who may read the flag, so it never tells more than the field.
 */
export async function listStaffMembers(
  ctx: ServiceContext,
  filter: StaffFilterInput,
  page: PageRequest,
  totalCount: boolean,
): Promise<Page<StaffRecord>> {
  const root = scopeRoot(ctx.actor, 'staff.read');
  const scope = subtreeSql('o.path', root);
  const where = [scope.sql];
  const params: unknown[] = [...scope.params];
  const search = searchText('search', filter.search);
  if (search) {
    where.push(`s.name like ? escape '\\'`);
    params.push(`%${escapeLike(search)}%`);
  }
  if (filter.organizationId) {
    const organization = await ctx.em.findOne(Organization, parseId(filter.organizationId, 'organizationId'));
    if (!organization) throw badInput('organizationId', 'common.notFound', { entity: 'Organization' });
    const subtree = subtreeSql('o.path', organization.path);
    where.push(subtree.sql);
    params.push(...subtree.params);
  }
  if (filter.status) {
    where.push('s.status = ?');
    params.push(filter.status);
  }
  if (filter.flaggedForRemoval != null) {
    const managed = subtreeSql('o.path', scopeRoot(ctx.actor, 'staff.manage'));
    where.push('s.flagged_for_removal = ?', managed.sql);
    params.push(filter.flaggedForRemoval, ...managed.params);
  }
  const projection = staffProjection(ctx.em);
  const from = `from staff_member s join organization o on o.id = s.organization_id where ${where.join(' and ')}`;
  const after = page.afterId ? ' and s.id > ?' : '';
  const [rows, counted] = await Promise.all([
    selectRows(ctx.em, `select ${projection.select} ${from}${after} order by s.id limit ?`, [
      ...params,
      ...(page.afterId ? [page.afterId] : []),
      page.limit + 1,
    ]),
    totalCount ? selectRows<{ count: number | string }>(ctx.em, `select count(*) as count ${from}`, params) : null,
  ]);
  return toPage(
    rows.map((row) => projection.read(row)),
    page.limit,
    counted ? Number(counted[0].count) : null,
  );
}

/** One staff member: the caller's own record, or one of their `staff.read` subtree; NOT_FOUND otherwise. */
export async function getStaffMember(ctx: ServiceContext, id: string): Promise<StaffRecord> {
  const projection = staffProjection(ctx.em);
  const rows = await selectRows<Record<string, unknown>>(
    ctx.em,
    `select ${projection.select}, o.path as "organizationPath" from staff_member s
      join organization o on o.id = s.organization_id where s.id = ?`,
    [parseId(id)],
  );
  const staff = rows[0] && projection.read(rows[0]);
  if (!staff) throw notFound('StaffMember');
  if (ctx.actor && staff.user?.id === ctx.actor.userId) return staff;
  if (!can(ctx.actor, 'staff.read', { organizationPath: rows[0].organizationPath as string })) {
    throw notFound('StaffMember');
  }
  return staff;
}

/** The caller's own staff record (issue 11 §6: a linked user sees their own records), or null. */
export async function myStaffRecord(ctx: ServiceContext): Promise<StaffRecord | null> {
  if (!ctx.actor) return null;
  const projection = staffProjection(ctx.em);
  const rows = await selectRows(ctx.em, `select ${projection.select} from staff_member s where s.user_id = ?`, [
    ctx.actor.userId,
  ]);
  return rows[0] ? projection.read(rows[0]) : null;
}

export interface AddQualification {
  staffMemberId: string;
  code: string;
  name: string;
  certificateNumber?: string | null;
  issuedOn: string;
  expiresOn?: string | null;
}

const QUALIFICATION_CODE = /^[A-Z][A-Z0-9_]{1,49}$/;

export async function addQualification(ctx: ServiceContext, input: AddQualification): Promise<Qualification> {
  const code = input.code.trim().toUpperCase();
  if (!QUALIFICATION_CODE.test(code)) throw badInput('code', 'staff.qualification.code');
  const name = requiredText('name', input.name, 100);
  const certificateNumber = input.certificateNumber?.trim()
    ? requiredText('certificateNumber', input.certificateNumber, 50)
    : null;
  const issuedOn = calendarDay('issuedOn', input.issuedOn);
  const expiresOn = optionalDay('expiresOn', input.expiresOn);
  if (expiresOn && expiresOn <= issuedOn) throw badInput('expiresOn', 'staff.dateOrder');
  return runAudited(ctx, async (tx) => {
    const { staff, organization } = await lockStaffMember(ctx, tx, input.staffMemberId);
    const qualification = Object.assign(new Qualification(), {
      staffMember: ref(staff),
      code,
      name,
      certificateNumber,
      issuedOn,
      expiresOn,
    });
    tx.persist(qualification);
    return {
      result: qualification,
      audit: staffEvent('STAFF_QUALIFICATION_ADDED', staff, organization, { code, issuedOn, expiresOn }),
    };
  });
}

/** The reminder windows of issue 11 §1: a certificate expiring within 30, 60 or 90 days. */
export const REMINDER_DAYS = [30, 60, 90] as const;

/** The smallest reminder window a certificate's expiry falls in (30/60/90), or null. */
export function reminderWindow(expiresOn: string | null | undefined, today: string): number | null {
  if (!expiresOn || expiresOn < today) return null;
  return REMINDER_DAYS.find((days) => expiresOn <= addDays(today, days)) ?? null;
}

/** Certificates of active staff of the caller's subtree expiring within `withinDays` (expired ones excluded), soonest first. */
export async function expiringQualifications(ctx: ServiceContext, withinDays: number): Promise<QualificationRecord[]> {
  if (!Number.isInteger(withinDays) || withinDays < 1 || withinDays > 366) {
    throw badInput('withinDays', 'staff.withinDays');
  }
  const scope = subtreeSql('o.path', scopeRoot(ctx.actor, 'staff.read'));
  const today = todayOf(ctx);
  const projection = projectionOf<QualificationRecord>(ctx.em, Qualification, 'q');
  const rows = await selectRows(
    ctx.em,
    `select ${projection.select} from qualification q join staff_member s on s.id = q.staff_member_id
      join organization o on o.id = s.organization_id
     where ${scope.sql} and s.status <> 'LEFT' and q.expires_on >= ? and q.expires_on <= ?
     order by q.expires_on, q.id limit 500`,
    [...scope.params, today, addDays(today, withinDays)],
  );
  return rows.map((row) => projection.read(row));
}
