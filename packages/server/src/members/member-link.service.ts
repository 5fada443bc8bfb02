import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { runAudited } from '../audit/audited-change';
import { Organization } from '../organizations/organization.entity';
import { can } from '../policy/policy';
import { badInput, conflict, notFound } from '../shared/errors';
import { parseId } from '../shared/ids';
import { selectRows } from '../shared/lean-rows';
import { forUpdate } from '../shared/locking';
import { ServiceContext } from '../shared/service-context';
import { User } from '../users/user.entity';
import { Member } from './member.entity';

export interface LinkUserMember {
  userId: string;
  memberId: string;
  /** The member's version: the link is a change to the member record. */
  memberVersion: number;
  /** The admin confirms it is the same person although the names differ (a name changed, a typo). */
  confirmNameMismatch?: boolean | null;
}

/** Loads a user and a member an ADMIN may link; NOT_FOUND for either outside their subtree. */
async function lockedUser(ctx: ServiceContext, tx: EntityManager, id: string): Promise<User> {
  const user = await tx.findOne(User, parseId(id, 'userId'), forUpdate(tx));
  const organization = user && (await tx.findOne(Organization, user.organization.id));
  if (!user || !organization || !can(ctx.actor, 'member.linkUser', { organizationPath: organization.path })) {
    throw notFound('User');
  }
  return user;
}

async function lockedMember(ctx: ServiceContext, tx: EntityManager, id: string) {
  const member = await tx.findOne(Member, parseId(id, 'memberId'), forUpdate(tx));
  const organization = member && (await tx.findOne(Organization, member.organization.id));
  if (!member || !organization || !can(ctx.actor, 'member.linkUser', { organizationPath: organization.path })) {
    throw notFound('Member');
  }
  return { member, organizationPath: organization.path };
}

const event = (action: string, member: Member, organizationPath: string, user: User) => ({
  action,
  target: `Member:${member.id}`,
  label: member.name,
  organizationPath,
  details: { userId: user.id, username: user.username },
});

/**
 * Links a user account to the member record of the same person (issue 9 §2, api.md
 * `User.member`): what makes `self` reads of one's own personal data possible. One member per
 * user and one user per member (a unique column); the names must agree unless the admin confirms.
 */
export async function linkUserMember(ctx: ServiceContext, input: LinkUserMember): Promise<User> {
  return runAudited(ctx, async (tx) => {
    const user = await lockedUser(ctx, tx, input.userId);
    const { member, organizationPath } = await lockedMember(ctx, tx, input.memberId);
    if (member.version !== input.memberVersion) throw conflict();
    if (member.user && member.user.id !== user.id) throw badInput('memberId', 'member.link.memberTaken');
    const other = await tx.findOne(Member, { user: user.id }, { fields: ['id'] });
    if (other && other.id !== member.id) throw badInput('userId', 'member.link.userTaken');
    if (member.name.trim() !== user.displayName.trim() && !input.confirmNameMismatch) {
      throw badInput('confirmNameMismatch', 'member.link.nameMismatch', {
        name: member.name,
        displayName: user.displayName,
      });
    }
    member.user = tx.getReference(User, user.id, { wrapped: true });
    await tx.flush().catch((error: unknown) => {
      // Two links of one user at once: the unique column decides, as for ID numbers.
      if (error instanceof UniqueConstraintViolationException) throw badInput('userId', 'member.link.userTaken');
      throw error;
    });
    return { result: user, audit: event('MEMBER_USER_LINKED', member, organizationPath, user) };
  });
}

/** Removes a user's link to their member record; the member's version guards a concurrent change. */
export async function unlinkUserMember(ctx: ServiceContext, userId: string, memberVersion: number): Promise<User> {
  return runAudited(ctx, async (tx) => {
    const user = await lockedUser(ctx, tx, userId);
    const linked = await selectRows<{ id: number | string }>(tx, 'select id from member where user_id = ?', [user.id]);
    if (!linked.length) throw badInput('userId', 'member.link.notLinked');
    const { member, organizationPath } = await lockedMember(ctx, tx, String(linked[0].id));
    if (member.version !== memberVersion) throw conflict();
    member.user = null;
    await tx.flush();
    return { result: user, audit: event('MEMBER_USER_UNLINKED', member, organizationPath, user) };
  });
}
