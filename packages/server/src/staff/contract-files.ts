import { registerFileOwner } from '../files/file-owners';
import { Organization } from '../organizations/organization.entity';
import { allowedBy, DENIED } from '../policy/decision';
import { decide } from '../policy/policy';
import { Contract } from './contract.entity';
import { StaffMember } from './staff-member.entity';

/**
 * A contract's signed scan is read as part of the contract (`owner=Contract:<id>`): by a manager
 * of staff over the person's organisation (basis `role`) or by the person themselves (`self`).
 */
registerFileOwner('Contract', async (ctx, ownerId, sha256) => {
  const id = Number(ownerId);
  if (!Number.isSafeInteger(id) || id <= 0) return DENIED;
  const contract = await ctx.em.findOne(Contract, id);
  if (!contract || contract.attachment?.unwrap().sha256 !== sha256) return DENIED;
  const staff = await ctx.em.findOneOrFail(StaffMember, contract.staffMember.id);
  if (staff.user && staff.user.id === ctx.actor?.userId) return allowedBy({ kind: 'self' });
  const organization = await ctx.em.findOneOrFail(Organization, staff.organization.id);
  return decide(ctx.actor, 'staff.manage', { organizationPath: organization.path });
});
