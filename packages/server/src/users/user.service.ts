import { EntityManager } from '@mikro-orm/knex';
import { runAudited } from '../audit/audited-change';
import { AuditEvent } from '../audit/audit.service';
import { revokeSessionsOf } from '../auth/auth.service';
import { assertStrongPassword, hashPassword } from '../auth/passwords';
import { Organization } from '../organizations/organization.entity';
import { organizationProjection, OrganizationRecord } from '../organizations/organization.records';
import { subtreeSql } from '../organizations/subtree';
import { looksMasked } from '../policy/masking';
import { authorize, scopeRoot } from '../policy/policy';
import { badInput, conflict, notFound } from '../shared/errors';
import { parseId } from '../shared/ids';
import { escapeLike, searchText } from '../shared/like';
import { forUpdate } from '../shared/locking';
import { ServiceContext } from '../shared/service-context';
import { requiredText } from '../shared/validation';
import { LeanProjection, propertiesFor, selectRows } from '../shared/lean-rows';
import { Page, PageRequest, toPage } from '../shared/pagination';
import { Role } from './role';
import { encodeRoles, User, userLabel, UserStatus } from './user.entity';

/** Exported for the SPA's rules (app/ui-rules.ts), so its forms check the same pattern. */
export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
export const PHONE = /^\+?[0-9][0-9 -]{5,30}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface UserFilterInput {
  search?: string | null;
  organizationId?: string | null;
  role?: Role | null;
  status?: UserStatus | null;
}

/**
 * A user as list reads return it: a plain object under the entity's property names holding only
 * the columns the caller asked for (never the password hash), `organization` as `{ id }`.
 */
export type UserRecord = Partial<Omit<User, 'organization' | 'passwordHash'>> & {
  id: number;
  organization: { id: number };
};

export interface UserListOptions {
  /** The User fields the caller reads (GraphQL names); only their columns are selected. */
  fields: Iterable<string>;
  /** Whether to count every match too: one more statement, so only when asked (issue 7). */
  totalCount: boolean;
  /** The Organization fields the caller reads of the users' organisations (all when not given). */
  organizationFields?: Iterable<string>;
}

/** A page of users, with their organisations (complete records) read in the same statement. */
export interface UserPage extends Page<UserRecord> {
  organizations: OrganizationRecord[];
}

/** Fields of User that read other columns than their own. */
const DERIVED_FIELDS: Record<string, string[]> = { roles: ['roleList'], permissions: ['roleList'] };

/** Users of the admin's subtree, filtered; keyset-paged by id. */
export async function listUsers(
  ctx: ServiceContext,
  filter: UserFilterInput,
  page: PageRequest,
  options: UserListOptions,
): Promise<UserPage> {
  const root = scopeRoot(ctx.actor, 'user.read');
  // Hand-written SQL: the query builder cost more than the statement on small pages (issue 7).
  const subtree = subtreeSql('o.path', root);
  const where = [subtree.sql];
  const params: unknown[] = [...subtree.params];
  // Search text is literal: %, _ and \ match themselves (shared/like.ts).
  const search = searchText('search', filter.search);
  if (search) {
    where.push(`(u.username like ? escape '\\' or u.display_name like ? escape '\\')`);
    params.push(`%${escapeLike(search.toLowerCase())}%`, `%${escapeLike(search)}%`);
  }
  if (filter.organizationId) {
    where.push('o.id = ?');
    params.push(parseId(filter.organizationId, 'organizationId'));
  }
  if (filter.role) {
    where.push('u.role_list like ?');
    params.push(`%,${filter.role},%`);
  }
  if (filter.status) {
    where.push('u.status = ?');
    params.push(filter.status);
  }
  // One statement for the users and their organisations, read into plain records.
  const properties = propertiesFor(ctx.em, User, options.fields, ['id', 'organization'], DERIVED_FIELDS);
  const users = new LeanProjection<UserRecord>(ctx.em, User, properties, 'u');
  const organizations = organizationProjection(ctx.em, options.organizationFields, 'o', 'org__');
  const from = `from "user" u join organization o on o.id = u.organization_id where ${where.join(' and ')}`;
  const after = page.afterId ? ' and u.id > ?' : '';
  const [rows, counted] = await Promise.all([
    selectRows(ctx.em, `select ${users.select}, ${organizations.select} ${from}${after} order by u.id limit ?`, [
      ...params,
      ...(page.afterId ? [page.afterId] : []),
      page.limit + 1,
    ]),
    options.totalCount
      ? selectRows<{ count: number | string }>(ctx.em, `select count(*) as count ${from}`, params)
      : null,
  ]);
  const totalCount = counted ? Number(counted[0].count) : null;
  const records = rows.map((row) => users.read(row));
  const byId = new Map(rows.map((row) => [row['org__id'], organizations.read(row)]));
  return { ...toPage(records, page.limit, totalCount), organizations: [...byId.values()] };
}

/**
 * Loads and locks a user the admin may manage, inside the change's transaction; NOT_FOUND
 * outside the subtree so existence is not revealed.
 */
async function lockManageableUser(ctx: ServiceContext, tx: EntityManager, id: string): Promise<User> {
  const root = scopeRoot(ctx.actor, 'user.manage');
  const user = await tx.findOne(User, parseId(id), forUpdate(tx));
  const organization = user && (await tx.findOne(Organization, user.organization.id));
  if (!user || !organization || !organization.path.startsWith(root)) throw notFound('User');
  return user;
}

async function manageableOrganization(ctx: ServiceContext, tx: EntityManager, id: string): Promise<Organization> {
  const organization = await tx.findOne(Organization, parseId(id, 'organizationId'));
  if (!organization) throw badInput('organizationId', 'common.notFound', { entity: 'Organization' });
  authorize(ctx.actor, 'user.manage', { organizationPath: organization.path });
  return organization;
}

/** The audit entry of a change to a user: labelled with the user's name, scoped by their organisation. */
async function userEvent(
  tx: EntityManager,
  action: string,
  user: User,
  details?: Record<string, unknown>,
): Promise<AuditEvent> {
  const organization = await tx.findOneOrFail(Organization, user.organization.id);
  return {
    action,
    target: `User:${user.id}`,
    label: userLabel(user),
    organizationPath: organization.path,
    details,
  };
}

const validDisplayName = (value: string) => requiredText('displayName', value, 100);

function validRoles(roles: Role[]): Role[] {
  if (!roles.length) throw badInput('roles', 'user.rolesRequired');
  return roles;
}

/**
 * A phone number or e-mail address as stored: trimmed, blank as null. A masked-looking value
 * (`138****5678`, `a***@example.org`) is refused before the format, whatever else it passes: it
 * is what a client sends back after showing a masked value, and would overwrite the real one.
 */
function validContact(field: 'phone' | 'email', value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (looksMasked(trimmed)) throw badInput(field, 'user.maskedValue');
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

export async function createUser(ctx: ServiceContext, input: CreateUser): Promise<User> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME.test(username)) throw badInput('username', 'user.usernameFormat');
  const displayName = validDisplayName(input.displayName);
  const roles = validRoles(input.roles);
  const phone = validContact('phone', input.phone);
  const email = validContact('email', input.email);
  assertStrongPassword(input.password, username);
  const passwordHash = await hashPassword(input.password);
  return runAudited(ctx, async (tx) => {
    const organization = await manageableOrganization(ctx, tx, input.organizationId);
    if (await tx.count(User, { username })) throw badInput('username', 'user.usernameTaken', { username });
    const user = new User(username, displayName, organization, roles, passwordHash);
    user.phone = phone;
    user.email = email;
    tx.persist(user);
    await tx.flush();
    return {
      result: user,
      audit: await userEvent(tx, 'USER_CREATED', user, { username, roles, organization: organization.code }),
    };
  });
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
export async function updateUser(ctx: ServiceContext, input: UpdateUser): Promise<User> {
  return runAudited(ctx, async (tx) => {
    const user = await lockManageableUser(ctx, tx, input.id);
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
      const organization = await manageableOrganization(ctx, tx, input.organizationId);
      user.organization = tx.getReference(Organization, organization.id, { wrapped: true });
      changed.push('organization');
    }
    for (const field of ['phone', 'email'] as const) {
      if (input[field] !== undefined) {
        user[field] = validContact(field, input[field]);
        changed.push(field);
      }
    }
    const details = { changed, ...(input.roles ? { roles: user.roles } : {}) };
    return { result: user, audit: await userEvent(tx, 'USER_UPDATED', user, details) };
  });
}

export async function setUserStatus(ctx: ServiceContext, id: string, status: UserStatus): Promise<User> {
  return runAudited(ctx, async (tx) => {
    const user = await lockManageableUser(ctx, tx, id);
    if (user.id === ctx.actor!.userId && status === UserStatus.DISABLED) {
      throw badInput('id', 'user.cannotDisableSelf');
    }
    user.status = status;
    if (status === UserStatus.DISABLED) await revokeSessionsOf(tx, user.id);
    const action = status === UserStatus.DISABLED ? 'USER_DISABLED' : 'USER_ENABLED';
    return { result: user, audit: await userEvent(tx, action, user) };
  });
}

/**
 * Disables the account of someone another domain's decision removed (a staff member removed
 * for failing their assessments, requirements §7), inside that decision's transaction: the
 * caller has authorised the decision; this only carries out its consequence for the account.
 * Returns the entry to append with the decision's own, or null when it was already disabled.
 */
export async function disableUserWithin(
  tx: EntityManager,
  userId: number,
  details: Record<string, unknown>,
): Promise<AuditEvent | null> {
  const user = await tx.findOne(User, userId, forUpdate(tx));
  if (!user || user.status === UserStatus.DISABLED) return null;
  user.status = UserStatus.DISABLED;
  await revokeSessionsOf(tx, user.id);
  return userEvent(tx, 'USER_DISABLED', user, details);
}

export async function resetUserPassword(ctx: ServiceContext, id: string, newPassword: string): Promise<boolean> {
  return runAudited(ctx, async (tx) => {
    const user = await lockManageableUser(ctx, tx, id);
    assertStrongPassword(newPassword, user.username, 'newPassword');
    user.passwordHash = await hashPassword(newPassword);
    await revokeSessionsOf(tx, user.id);
    return { result: true, audit: await userEvent(tx, 'USER_PASSWORD_RESET', user) };
  });
}
