import { EntityManager } from '@mikro-orm/knex';
import { RequestContext } from '../app/context';
import { Organization } from '../organizations/organization.entity';
import { allowedBy, Decision, DENIED } from '../policy/decision';
import { FieldDecider } from '../policy/field-policy';
import { authorize, can, decide } from '../policy/policy';
import { Action } from '../policy/rules';
import { notFound } from '../shared/errors';
import { parseId } from '../shared/ids';
import { forUpdate } from '../shared/locking';
import { ServiceContext } from '../shared/service-context';
import { StaffMember } from './staff-member.entity';

/**
 * A staff member the caller may act on (`staff.manage` over their organisation), locked for the
 * rest of the transaction. Out of reach answers exactly as missing (NOT_FOUND), and an id of the
 * wrong form is BAD_USER_INPUT on `field`.
 */
export async function lockStaffMember(
  ctx: ServiceContext,
  tx: EntityManager,
  id: string,
  field = 'staffMemberId',
  action: Action = 'staff.manage',
): Promise<{ staff: StaffMember; organization: Organization }> {
  // Read afresh under the lock: what is checked is the row as it is now, not a copy the context held.
  const staff = await tx.findOne(StaffMember, parseId(id, field), { ...forUpdate(tx), refresh: true });
  const organization = staff && (await tx.findOneOrFail(Organization, staff.organization.id));
  if (!staff || !organization || !can(ctx.actor, action, { organizationPath: organization.path })) {
    authorize(ctx.actor, action, { organizationPath: ctx.actor?.organizationPath ?? '' });
    throw notFound('StaffMember');
  }
  return { staff, organization };
}

/** An organisation the caller manages staff in; BAD_USER_INPUT on `field` when missing or out of reach. */
export async function managedOrganization(
  ctx: ServiceContext,
  tx: EntityManager,
  id: string,
  field = 'organizationId',
): Promise<Organization> {
  const organization = await tx.findOne(Organization, parseId(id, field));
  if (!organization || !can(ctx.actor, 'staff.manage', { organizationPath: organization.path })) {
    authorize(ctx.actor, 'staff.manage', { organizationPath: ctx.actor?.organizationPath ?? '' });
    throw notFound('Organization');
  }
  return organization;
}

interface StaffFacts {
  organization: { id: number };
  user?: { id: number } | null;
}

/**
 * Scores, grades, comments, the removal flag and decisions (issue 11 §6): the person themselves
 * (`self`) or a manager of staff over their organisation (`role`); nobody else — an ADMIN reading
 * the roster included. Decided without a promise once the page's loaders hold the organisation.
 */
export function decideStaffPrivate(ctx: RequestContext, staff: StaffFacts | null): Decision | Promise<Decision> {
  if (!ctx.actor || !staff) return DENIED;
  if (staff.user?.id === ctx.actor.userId) return allowedBy({ kind: 'self' });
  const known = ctx.loaders.organizationById.peek(staff.organization.id);
  const byPath = (organization: { path: string } | null) =>
    organization ? decide(ctx.actor, 'staff.manage', { organizationPath: organization.path }) : DENIED;
  return known !== undefined ? byPath(known) : ctx.loaders.organizationById.load(staff.organization.id).then(byPath);
}

export const decideStaffMemberPrivate: FieldDecider<StaffFacts> = (ctx, staff) => decideStaffPrivate(ctx, staff);

/** A guarded field of a record that belongs to a staff member (an assessment, a decision). */
export const decideOwnedPrivate: FieldDecider<{ staffMember: { id: number } }> = (ctx, owned) => {
  const known = ctx.loaders.staffMemberById.peek(owned.staffMember.id);
  if (known !== undefined) return decideStaffPrivate(ctx, known);
  return ctx.loaders.staffMemberById
    .load(owned.staffMember.id)
    .then((staff: StaffFacts | null) => decideStaffPrivate(ctx, staff));
};
