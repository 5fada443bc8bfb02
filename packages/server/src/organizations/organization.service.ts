import { EntityManager } from '@mikro-orm/knex';
import { runAudited } from '../audit/audited-change';
import { AuditEvent } from '../audit/audit.service';
import { authorize, mayReadOrganization, organizationReadRoot } from '../policy/policy';
import { badInput, conflict, notFound } from '../shared/errors';
import { parseId } from '../shared/ids';
import { forUpdate } from '../shared/locking';
import { ServiceContext } from '../shared/service-context';
import { placeholders } from '../shared/lean-rows';
import { requiredText } from '../shared/validation';
import { mayContain, Organization, organizationPath, OrganizationType } from './organization.entity';
import { OrganizationRecord, selectOrganizations } from './organization.records';
import { subtreeSql } from './subtree';

export const ORGANIZATION_CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

/** Paths of every ancestor of a path, root first: `/A/B/C/` → `/A/`, `/A/B/`. */
export function ancestorPaths(path: string): string[] {
  const codes = path.split('/').filter(Boolean);
  return codes.slice(0, -1).map((_, i) => `/${codes.slice(0, i + 1).join('/')}/`);
}

/**
 * Every organisation the caller may see: their subtree and the chain up to the root, root first,
 * holding the columns `fields` (Organization fields) need.
 */
export async function listVisibleOrganizations(
  ctx: ServiceContext,
  fields?: Iterable<string>,
): Promise<OrganizationRecord[]> {
  const root = organizationReadRoot(ctx.actor);
  const subtree = subtreeSql('o.path', root);
  const ancestors = ancestorPaths(root);
  const where = ancestors.length ? `${subtree.sql} or o.path in (${placeholders(ancestors.length)})` : subtree.sql;
  return selectOrganizations(ctx.em, where, [...subtree.params, ...ancestors], fields);
}

export async function findVisibleOrganization(ctx: ServiceContext, id: string): Promise<Organization | null> {
  const organization = await ctx.em.findOne(Organization, parseId(id));
  return organization && mayReadOrganization(ctx.actor, organization.path) ? organization : null;
}

/**
 * Loads and locks an organisation the caller may manage, inside the change's transaction,
 * checking the optimistic-lock version when given. Outside the caller's view it does not exist.
 */
async function lockManageable(
  ctx: ServiceContext,
  tx: EntityManager,
  id: string,
  { version, field = 'id' }: { version?: number; field?: string } = {},
): Promise<Organization> {
  const organization = await tx.findOne(Organization, parseId(id, field), forUpdate(tx));
  if (!organization || !mayReadOrganization(ctx.actor, organization.path)) {
    throw notFound('Organization');
  }
  authorize(ctx.actor, 'organization.manage', { organizationPath: organization.path });
  if (version !== undefined && organization.version !== version) throw conflict();
  return organization;
}

export const ORGANIZATION_NAME_MAX = 100;
const validName = (name: string) => requiredText('name', name, ORGANIZATION_NAME_MAX);

function assertMayContain(parent: Organization, childType: OrganizationType, field: string) {
  if (!mayContain(parent.type, childType)) {
    throw badInput(field, 'org.typeNotAllowed', { parent: parent.type, child: childType });
  }
}

/** The audit entry of a change to an organisation: labelled with its name, scoped by its path. */
const organizationEvent = (
  action: string,
  organization: Organization,
  details?: Record<string, unknown>,
): AuditEvent => ({
  action,
  target: `Organization:${organization.id}`,
  label: organization.name,
  organizationPath: organization.path,
  details,
});

export interface CreateOrganization {
  code: string;
  name: string;
  type: OrganizationType;
  parentId?: string | null;
}

export async function createOrganization(ctx: ServiceContext, input: CreateOrganization): Promise<Organization> {
  const code = input.code.trim();
  if (!ORGANIZATION_CODE.test(code)) throw badInput('code', 'org.codeFormat');
  const name = validName(input.name);
  if (!input.parentId) throw badInput('parentId', 'org.rootExists');
  const parentId = input.parentId;
  return runAudited(ctx, async (tx) => {
    const parent = await lockManageable(ctx, tx, parentId, { field: 'parentId' });
    if (!parent.active) throw badInput('parentId', 'org.inactiveParent');
    assertMayContain(parent, input.type, 'type');
    if (await tx.count(Organization, { code })) throw badInput('code', 'org.codeTaken', { code });
    const organization = new Organization(code, name, input.type, parent);
    tx.persist(organization);
    await tx.flush();
    return {
      result: organization,
      audit: organizationEvent('ORGANIZATION_CREATED', organization, {
        code,
        name,
        type: input.type,
        parent: parent.code,
      }),
    };
  });
}

export async function renameOrganization(ctx: ServiceContext, id: string, name: string, version: number) {
  const newName = validName(name);
  return runAudited(ctx, async (tx) => {
    const organization = await lockManageable(ctx, tx, id, { version });
    const from = organization.name;
    organization.name = newName;
    return {
      result: organization,
      audit: organizationEvent('ORGANIZATION_RENAMED', organization, { from, to: newName }),
    };
  });
}

/**
 * Moves an organisation under a new parent. Its own path and every descendant's path change
 * in one transaction, so subtree permissions follow the move at once. Both rows are locked
 * before the cycle check, so two opposite concurrent moves cannot both pass it.
 */
export async function moveOrganization(ctx: ServiceContext, id: string, parentId: string, version: number) {
  return runAudited(ctx, async (tx) => {
    const organization = await lockManageable(ctx, tx, id, { version });
    const parent = await lockManageable(ctx, tx, parentId, { field: 'parentId' });
    if (parent.path.startsWith(organization.path)) throw badInput('parentId', 'org.cycle');
    if (!parent.active) throw badInput('parentId', 'org.inactiveParent');
    assertMayContain(parent, organization.type, 'parentId');
    const oldPath = organization.path;
    const newPath = organizationPath(organization.code, parent);
    organization.parent = tx.getReference(Organization, parent.id, { wrapped: true });
    organization.path = newPath;
    await tx.flush();
    const subtree = subtreeSql('path', oldPath);
    await tx.execute(
      `update organization set path = cast(? as text) || substr(path, cast(? as integer)) where ${subtree.sql} and id <> ?`,
      [newPath, oldPath.length + 1, ...subtree.params, organization.id],
    );
    return {
      result: organization,
      audit: organizationEvent('ORGANIZATION_MOVED', organization, { from: oldPath, to: newPath }),
    };
  });
}

export async function setOrganizationActive(ctx: ServiceContext, id: string, active: boolean, version: number) {
  return runAudited(ctx, async (tx) => {
    const organization = await lockManageable(ctx, tx, id, { version });
    if (organization.id === ctx.actor!.organizationId && !active) throw badInput('id', 'org.cannotDisableOwn');
    organization.active = active;
    return {
      result: organization,
      audit: organizationEvent(active ? 'ORGANIZATION_ENABLED' : 'ORGANIZATION_DISABLED', organization),
    };
  });
}
