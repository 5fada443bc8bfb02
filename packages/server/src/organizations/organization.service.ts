import { FilterQuery } from '@mikro-orm/core';
import { RequestContext } from '../app/context';
import { recordAudit } from '../audit/audit.service';
import { authorize, mayReadOrganization } from '../policy/policy';
import { badInput, conflict, notFound } from '../shared/errors';
import { parseId } from '../shared/ids';
import { requiredText } from '../shared/validation';
import { mayContain, Organization, organizationPath, OrganizationType } from './organization.entity';

export const ORGANIZATION_CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

/** Paths of every ancestor of a path, root first: `/A/B/C/` → `/A/`, `/A/B/`. */
export function ancestorPaths(path: string): string[] {
  const codes = path.split('/').filter(Boolean);
  return codes.slice(0, -1).map((_, i) => `/${codes.slice(0, i + 1).join('/')}/`);
}

/** Every organisation the caller may see: their subtree and the chain up to the root. */
export async function listVisibleOrganizations(ctx: RequestContext): Promise<Organization[]> {
  const actor = authorize(ctx.actor, 'organization.read');
  const where: FilterQuery<Organization> = {
    $or: [{ path: { $like: `${actor.organizationPath}%` } }, { path: { $in: ancestorPaths(actor.organizationPath) } }],
  };
  return ctx.em.find(Organization, where, { orderBy: { path: 'asc' } });
}

export async function findVisibleOrganization(ctx: RequestContext, id: string): Promise<Organization | null> {
  const organization = await ctx.loaders.organizationById.load(parseId(id));
  return organization && mayReadOrganization(ctx.actor, organization.path) ? organization : null;
}

/** Loads an organisation the caller may manage, checking the optimistic-lock version when given. */
async function manageable(ctx: RequestContext, id: string, version?: number, field = 'id'): Promise<Organization> {
  const organization = await ctx.em.findOne(Organization, parseId(id, field));
  if (!organization || !mayReadOrganization(ctx.actor, organization.path)) throw notFound('Organization');
  authorize(ctx.actor, 'organization.manage', { organizationPath: organization.path });
  if (version !== undefined && organization.version !== version) throw conflict();
  return organization;
}

const validName = (name: string) => requiredText('name', name, 100);

function assertMayContain(parent: Organization, childType: OrganizationType, field: string) {
  if (!mayContain(parent.type, childType)) {
    throw badInput(field, 'org.typeNotAllowed', { parent: parent.type, child: childType });
  }
}

export interface CreateOrganization {
  code: string;
  name: string;
  type: OrganizationType;
  parentId?: string | null;
}

export async function createOrganization(ctx: RequestContext, input: CreateOrganization): Promise<Organization> {
  const code = input.code.trim();
  if (!ORGANIZATION_CODE.test(code)) throw badInput('code', 'org.codeFormat');
  const name = validName(input.name);
  if (!input.parentId) throw badInput('parentId', 'org.rootExists');
  const parent = await manageable(ctx, input.parentId, undefined, 'parentId');
  if (!parent.active) throw badInput('parentId', 'org.inactiveParent');
  assertMayContain(parent, input.type, 'type');
  if (await ctx.em.count(Organization, { code })) throw badInput('code', 'org.codeTaken', { code });

  const organization = new Organization(code, name, input.type, parent);
  await ctx.em.transactional(async (tx) => {
    tx.persist(organization);
    await tx.flush();
    await recordAudit(tx, ctx, {
      action: 'ORGANIZATION_CREATED',
      target: `Organization:${organization.id}`,
      details: { code, name, type: input.type, parent: parent.code },
    });
  });
  return organization;
}

export async function renameOrganization(ctx: RequestContext, id: string, name: string, version: number) {
  const organization = await manageable(ctx, id, version);
  const from = organization.name;
  organization.name = validName(name);
  await ctx.em.transactional(async (tx) => {
    await recordAudit(tx, ctx, {
      action: 'ORGANIZATION_RENAMED',
      target: `Organization:${organization.id}`,
      details: { from, to: organization.name },
    });
  });
  return organization;
}

/**
 * Moves an organisation under a new parent. Its own path and every descendant's path
 * change in one transaction, so subtree permissions follow the move at once.
 */
export async function moveOrganization(ctx: RequestContext, id: string, parentId: string, version: number) {
  const organization = await manageable(ctx, id, version);
  const parent = await manageable(ctx, parentId, undefined, 'parentId');
  if (parent.path.startsWith(organization.path)) throw badInput('parentId', 'org.cycle');
  if (!parent.active) throw badInput('parentId', 'org.inactiveParent');
  assertMayContain(parent, organization.type, 'parentId');
  const oldPath = organization.path;
  const newPath = organizationPath(organization.code, parent);
  await ctx.em.transactional(async (tx) => {
    organization.parent = tx.getReference(Organization, parent.id, { wrapped: true });
    organization.path = newPath;
    await tx.flush();
    await tx.execute(
      'update organization set path = cast(? as text) || substr(path, cast(? as integer)) where path like ? and id <> ?',
      [newPath, oldPath.length + 1, `${oldPath}%`, organization.id],
    );
    await recordAudit(tx, ctx, {
      action: 'ORGANIZATION_MOVED',
      target: `Organization:${organization.id}`,
      details: { from: oldPath, to: newPath },
    });
  });
  return organization;
}

export async function setOrganizationActive(ctx: RequestContext, id: string, active: boolean, version: number) {
  const organization = await manageable(ctx, id, version);
  if (organization.id === ctx.actor!.organizationId && !active) throw badInput('id', 'org.cannotDisableOwn');
  organization.active = active;
  await ctx.em.transactional(async (tx) => {
    await recordAudit(tx, ctx, {
      action: active ? 'ORGANIZATION_ENABLED' : 'ORGANIZATION_DISABLED',
      target: `Organization:${organization.id}`,
    });
  });
  return organization;
}
