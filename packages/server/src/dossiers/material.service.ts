import { randomUUID } from 'node:crypto';
import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { runAudited } from '../audit/audited-change';
import { chinaToday, optionalText, validDate } from '../members/member-validation';
import { Member } from '../members/member.entity';
import { Organization } from '../organizations/organization.entity';
import { authorize } from '../policy/policy';
import { badInput, conflict, notFound } from '../shared/errors';
import { parseId } from '../shared/ids';
import { forUpdate } from '../shared/locking';
import { ServiceContext } from '../shared/service-context';
import { requiredText } from '../shared/validation';
import { User } from '../users/user.entity';
import { Dossier } from './dossier.entity';
import { refreshDossierStatus } from './dossier.service';
import { Material, MaterialStatus } from './material.entity';
import { MaterialCategory } from './material-category.entity';
import { carryFilesForward } from './material-files';

export interface MaterialFields {
  title?: string | null;
  formedOn?: string | null;
  receivedOn?: string | null;
  pages?: number | null;
  notes?: string | null;
  content?: string | null;
}

export interface AddMaterial extends MaterialFields {
  dossierId: string;
  categoryId: string;
  title: string;
  formedOn: string;
  receivedOn: string;
}

export interface ReviseMaterial extends MaterialFields {
  id: string;
  /** The version being revised: a material revised meanwhile is a CONFLICT. */
  version: number;
}

/** Locks a dossier the caller's archive office keeps (requirements §4: custody); NOT_FOUND otherwise. */
async function lockKeptDossier(ctx: ServiceContext, tx: EntityManager, id: number, field = 'dossierId') {
  const dossier = await tx.findOne(Dossier, id, forUpdate(tx));
  const member = dossier && (await tx.findOne(Member, dossier.member.id));
  const organization = member && (await tx.findOne(Organization, member.organization.id));
  if (!dossier || !member || !organization) throw field === 'id' ? notFound('Material') : notFound('Dossier');
  try {
    authorize(ctx.actor, 'dossier.keep', { organizationPath: organization.path, custodianId: dossier.custodian.id });
  } catch {
    throw field === 'id' ? notFound('Material') : notFound('Dossier');
  }
  return { dossier, member, organizationPath: organization.path };
}

const addMonths = (date: string, months: number) => {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
};

/** Late filing (requirements §2): received more than the category's limit after it was formed. */
export const isLateFiling = (formedOn: string, receivedOn: string, limitMonths: number) =>
  receivedOn > addMonths(formedOn, limitMonths);

function applyMaterialFields(material: Material, input: MaterialFields, today: string) {
  if (input.title != null) material.title = requiredText('title', input.title, 200);
  if (input.formedOn != null) material.formedOn = validDate('formedOn', input.formedOn, today);
  if (input.receivedOn != null) material.receivedOn = validDate('receivedOn', input.receivedOn, today);
  if (material.receivedOn < material.formedOn) throw badInput('receivedOn', 'material.receivedBeforeFormed');
  if (input.pages !== undefined) {
    if (input.pages != null && !(Number.isInteger(input.pages) && input.pages > 0 && input.pages <= 10_000)) {
      throw badInput('pages', 'material.pages');
    }
    material.pages = input.pages;
  }
  if (input.notes !== undefined) material.notes = optionalText('notes', input.notes, 2000);
  if (input.content !== undefined) material.content = optionalText('content', input.content, 20_000);
}

const materialEvent = (action: string, material: Material, path: string, details: Record<string, unknown> = {}) => ({
  action,
  target: `Material:${material.id}`,
  label: material.title,
  organizationPath: path,
  details: { dossier: material.dossier.id, version: material.version, ...details },
});

/** Files a material into a dossier; its files come from the files module afterwards (sha256 stays null until then). */
export async function addMaterial(ctx: ServiceContext, input: AddMaterial): Promise<Material> {
  const today = chinaToday(ctx.now());
  return runAudited(ctx, async (tx) => {
    const { dossier, organizationPath } = await lockKeptDossier(ctx, tx, parseId(input.dossierId, 'dossierId'));
    const category = await tx.findOne(MaterialCategory, parseId(input.categoryId, 'categoryId'));
    if (!category || !category.active) throw badInput('categoryId', 'common.notFound', { entity: 'MaterialCategory' });
    const material = new Material();
    material.dossier = ref(dossier);
    material.category = ref(category);
    material.lineage = randomUUID();
    material.createdAt = ctx.now();
    material.createdBy = ref(tx.getReference(User, ctx.actor!.userId));
    applyMaterialFields(material, input, today);
    material.lateFiling = isLateFiling(material.formedOn, material.receivedOn, category.filingLimitMonths);
    tx.persist(material);
    await refreshDossierStatus(ctx, tx, dossier);
    return {
      result: material,
      audit: materialEvent('MATERIAL_ADDED', material, organizationPath, { category: category.code }),
    };
  });
}

/** Locks a material and its dossier (dossier first: the lock order of every material change). */
export async function lockKeptMaterial(ctx: ServiceContext, tx: EntityManager, id: string) {
  const found = await tx.findOne(Material, parseId(id), { fields: ['id', 'dossier'] });
  if (!found) throw notFound('Material');
  const kept = await lockKeptDossier(ctx, tx, found.dossier.id, 'id');
  const material = await tx.findOneOrFail(Material, found.id, { ...forUpdate(tx), populate: ['category'] });
  return { ...kept, material };
}

/** An edit is a new version (requirements §2): the old row stays, SUPERSEDED. */
export async function reviseMaterial(ctx: ServiceContext, input: ReviseMaterial): Promise<Material> {
  const today = chinaToday(ctx.now());
  return runAudited(ctx, async (tx) => {
    const { dossier, material: previous, organizationPath } = await lockKeptMaterial(ctx, tx, input.id);
    if (previous.status !== MaterialStatus.CURRENT || previous.version !== input.version) throw conflict();
    const next = new Material();
    Object.assign(next, {
      dossier: previous.dossier,
      category: previous.category,
      lineage: previous.lineage,
      version: previous.version + 1,
      title: previous.title,
      formedOn: previous.formedOn,
      receivedOn: previous.receivedOn,
      pages: previous.pages,
      notes: previous.notes,
      content: previous.content,
      sha256: previous.sha256,
      createdAt: ctx.now(),
      createdBy: ref(tx.getReference(User, ctx.actor!.userId)),
    });
    applyMaterialFields(next, input, today);
    next.lateFiling = isLateFiling(next.formedOn, next.receivedOn, previous.category.getEntity().filingLimitMonths);
    previous.status = MaterialStatus.SUPERSEDED;
    tx.persist(next);
    await carryFilesForward(tx, previous, next);
    await refreshDossierStatus(ctx, tx, dossier);
    return {
      result: next,
      audit: materialEvent('MATERIAL_REVISED', next, organizationPath, { supersedes: previous.id }),
    };
  });
}

/** 失效 (requirements §2): marked invalid with a reason and listed for central processing; never deleted. */
export async function invalidateMaterial(ctx: ServiceContext, id: string, reason: string): Promise<Material> {
  const text = requiredText('reason', reason, 500);
  return runAudited(ctx, async (tx) => {
    const { dossier, material, organizationPath } = await lockKeptMaterial(ctx, tx, id);
    if (material.status !== MaterialStatus.CURRENT) throw badInput('id', 'material.notCurrent');
    material.status = MaterialStatus.INVALIDATED;
    material.invalidationReason = text;
    material.invalidatedAt = ctx.now();
    material.invalidatedBy = ref(tx.getReference(User, ctx.actor!.userId));
    await refreshDossierStatus(ctx, tx, dossier);
    return { result: material, audit: materialEvent('MATERIAL_INVALIDATED', material, organizationPath) };
  });
}
