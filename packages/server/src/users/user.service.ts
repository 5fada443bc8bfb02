import { FilterQuery } from '@mikro-orm/core';
import { RequestContext } from '../app/context';
import { recordAudit } from '../audit/audit.service';
import { revokeSessionsOf } from '../auth/auth.service';
import { assertStrongPassword, hashPassword } from '../auth/passwords';
import { Organization } from '../organizations/organization.entity';
import { authorize, scopeRoot } from '../policy/policy';
import { badInput, conflict, notFound } from '../shared/errors';
import { parseId } from '../shared/ids';
import { requiredText } from '../shared/validation';
import { PageRequest, toPage } from '../shared/pagination';
import { Role } from './role';
import { encodeRoles, User, UserStatus } from './user.entity';

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
const PHONE = /^\+?[0-9][0-9 -]{5,30}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface UserFilterInput {
  search?: string | null;
  organizationId?: string | null;
  role?: Role | null;
  status?: UserStatus | null;
}

/** Users of the admin's subtree, filtered; keyset-paged by id. */
export async function listUsers(ctx: RequestContext, filter: UserFilterInput, page: PageRequest) {
  const root = scopeRoot(ctx.actor, 'user.read');
  const where: FilterQuery<User> = { organization: { path: { $like: `${root}%` } } };
  if (filter.search?.trim()) {
    const like = `%${filter.search.trim()}%`;
    where.$or = [{ username: { $like: like.toLowerCase() } }, { displayName: { $like: like } }];
  }
  if (filter.organizationId)
    where.organization = { id: parseId(filter.organizationId, 'organizationId'), path: { $like: `${root}%` } };
  if (filter.role) where.roleList = { $like: `%,${filter.role},%` };
  if (filter.status) where.status = filter.status;
  const [rows, totalCount] = await Promise.all([
    ctx.em.find(User, page.afterId ? { ...where, id: { $gt: page.afterId } } : where, {
      orderBy: { id: 'asc' },
      limit: page.limit + 1,
    }),
    ctx.em.count(User, where),
  ]);
  return toPage(rows, page.limit, totalCount);
}

/** A user the admin may manage; NOT_FOUND outside the subtree so existence is not revealed. */
async function manageableUser(ctx: RequestContext, id: string): Promise<User> {
  const user = await ctx.em.findOne(User, parseId(id), { populate: ['organization'] });
  if (!user || !user.organization.getEntity().path.startsWith(scopeRoot(ctx.actor, 'user.manage'))) {
    throw notFound('User');
  }
  return user;
}

async function manageableOrganization(ctx: RequestContext, id: string): Promise<Organization> {
  const organization = await ctx.em.findOne(Organization, parseId(id, 'organizationId'));
  if (!organization) throw badInput('organizationId', 'common.notFound', { entity: 'Organization' });
  authorize(ctx.actor, 'user.manage', { organizationPath: organization.path });
  return organization;
}

const validDisplayName = (value: string) => requiredText('displayName', value, 100);

function validRoles(roles: Role[]): Role[] {
  if (!roles.length) throw badInput('roles', 'user.rolesRequired');
  return roles;
}

function validContact(field: 'phone' | 'email', value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  const ok = field === 'phone' ? PHONE.test(trimmed) : EMAIL.test(trimmed) && trimmed.length <= 254;
  if (!ok) throw badInput(field, field === 'phone' ? 'user.phoneFormat' : 'user.emailFormat');
  return trimmed;
}

export interface CreateUser {
  username: string;
  displayName: string;
  organizationId: string;
  roles: Role[];
  password: string;
  phone?: string | null;
  email?: string | null;
}

export async function createUser(ctx: RequestContext, input: CreateUser): Promise<User> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME.test(username)) throw badInput('username', 'user.usernameFormat');
  const displayName = validDisplayName(input.displayName);
  const roles = validRoles(input.roles);
  const phone = validContact('phone', input.phone);
  const email = validContact('email', input.email);
  assertStrongPassword(input.password, username);
  const organization = await manageableOrganization(ctx, input.organizationId);
  if (await ctx.em.count(User, { username })) throw badInput('username', 'user.usernameTaken', { username });

  const user = new User(username, displayName, organization, roles, await hashPassword(input.password));
  user.phone = phone;
  user.email = email;
  await ctx.em.transactional(async (tx) => {
    tx.persist(user);
    await tx.flush();
    await recordAudit(tx, ctx, {
      action: 'USER_CREATED',
      target: `User:${user.id}`,
      details: { username, roles, organization: organization.code },
    });
  });
  return user;
}

export interface UpdateUser {
  id: string;
  version: number;
  displayName?: string | null;
  organizationId?: string | null;
  roles?: Role[] | null;
  phone?: string | null;
  email?: string | null;
}

/** Copies only the fields the input names; `version` guards against lost concurrent edits. */
export async function updateUser(ctx: RequestContext, input: UpdateUser): Promise<User> {
  const user = await manageableUser(ctx, input.id);
  if (user.version !== input.version) throw conflict();
  const changed: string[] = [];
  if (input.displayName != null) {
    user.displayName = validDisplayName(input.displayName);
    changed.push('displayName');
  }
  if (input.roles != null) {
    user.roleList = encodeRoles(validRoles(input.roles));
    changed.push('roles');
  }
  if (input.organizationId != null) {
    user.organization = ctx.em.getReference(
      Organization,
      (await manageableOrganization(ctx, input.organizationId)).id,
      { wrapped: true },
    );
    changed.push('organization');
  }
  for (const field of ['phone', 'email'] as const) {
    if (input[field] !== undefined) {
      user[field] = validContact(field, input[field]);
      changed.push(field);
    }
  }
  await ctx.em.transactional(async (tx) => {
    await recordAudit(tx, ctx, {
      action: 'USER_UPDATED',
      target: `User:${user.id}`,
      details: { changed, ...(input.roles ? { roles: user.roles } : {}) },
    });
  });
  return user;
}

export async function setUserStatus(ctx: RequestContext, id: string, status: UserStatus): Promise<User> {
  const user = await manageableUser(ctx, id);
  if (user.id === ctx.actor!.userId && status === UserStatus.DISABLED) throw badInput('id', 'user.cannotDisableSelf');
  user.status = status;
  await ctx.em.transactional(async (tx) => {
    if (status === UserStatus.DISABLED) await revokeSessionsOf(tx, user.id);
    await recordAudit(tx, ctx, {
      action: status === UserStatus.DISABLED ? 'USER_DISABLED' : 'USER_ENABLED',
      target: `User:${user.id}`,
    });
  });
  return user;
}

export async function resetUserPassword(ctx: RequestContext, id: string, newPassword: string): Promise<boolean> {
  const user = await manageableUser(ctx, id);
  assertStrongPassword(newPassword, user.username, 'newPassword');
  user.passwordHash = await hashPassword(newPassword);
  await ctx.em.transactional(async (tx) => {
    await revokeSessionsOf(tx, user.id);
    await recordAudit(tx, ctx, { action: 'USER_PASSWORD_RESET', target: `User:${user.id}` });
  });
  return true;
}
