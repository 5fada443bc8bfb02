import { EntityManager } from '@mikro-orm/knex';
import { hashPassword } from '../../src/auth/passwords';
import { Organization, OrganizationType } from '../../src/organizations/organization.entity';
import { Role } from '../../src/users/role';
import { User } from '../../src/users/user.entity';

export const PASSWORD = 'Test@Password1';
let passwordHash: Promise<string> | undefined;
let sequence = 0;
const nextCode = (prefix: string) => `${prefix}${(sequence += 1)}`;

export interface OrganizationSpec {
  code?: string;
  name?: string;
  type?: OrganizationType;
  parent?: Organization;
}

export async function makeOrganization(em: EntityManager, spec: OrganizationSpec = {}): Promise<Organization> {
  const code = spec.code ?? nextCode('ORG-');
  const organization = new Organization(
    code,
    spec.name ?? `组织 ${code}`,
    spec.type ?? OrganizationType.BRANCH,
    spec.parent,
  );
  await em.persistAndFlush(organization);
  return organization;
}

export interface UserSpec {
  username?: string;
  roles?: Role[];
  organization: Organization;
  phone?: string;
  email?: string;
}

/** A user whose password is PASSWORD (hashed once per test file: argon2 is deliberately slow). */
export async function makeUser(em: EntityManager, spec: UserSpec): Promise<User> {
  passwordHash ??= hashPassword(PASSWORD);
  const user = new User(
    spec.username ?? nextCode('user'),
    '测试用户',
    spec.organization,
    spec.roles ?? [Role.REQUESTER],
    await passwordHash,
  );
  user.phone = spec.phone ?? null;
  user.email = spec.email ?? null;
  await em.persistAndFlush(user);
  return user;
}

/** A small tree: root committee → LEFT general branch → LEFT-B1 branch, and RIGHT, a committee. */
export async function makeTree(em: EntityManager) {
  const root = await makeOrganization(em, { code: 'ROOT', type: OrganizationType.COMMITTEE });
  const left = await makeOrganization(em, { code: 'LEFT', type: OrganizationType.GENERAL_BRANCH, parent: root });
  const leftBranch = await makeOrganization(em, { code: 'LEFT-B1', parent: left });
  const right = await makeOrganization(em, { code: 'RIGHT', type: OrganizationType.COMMITTEE, parent: root });
  return { root, left, leftBranch, right };
}
