import { runAudited } from '../audit/audited-change';
import { MembershipStage } from '../members/membership';
import { authorize } from '../policy/policy';
import { badInput, conflict, notFound } from '../shared/errors';
import { parseId } from '../shared/ids';
import { forUpdate } from '../shared/locking';
import { ServiceContext } from '../shared/service-context';
import { requiredText } from '../shared/validation';
import { CategoryRecord } from './completeness';
import { selectCatalogue } from './dossier.records';
import { MaterialCategory, Sensitivity } from './material-category.entity';

const CODE = /^[A-Z][A-Z0-9_]{1,31}$/;

export interface CategoryFields {
  nameZh?: string | null;
  nameEn?: string | null;
  requiredFrom?: MembershipStage | null;
  sensitivity?: Sensitivity | null;
  filingLimitMonths?: number | null;
  sortOrder?: number | null;
  active?: boolean | null;
}

export interface CreateCategory extends CategoryFields {
  code: string;
  nameZh: string;
  nameEn: string;
}

export interface UpdateCategory extends CategoryFields {
  id: string;
  version: number;
  /** Explicitly clears `requiredFrom` (null in `requiredFrom` means "unchanged"). */
  notRequired?: boolean | null;
}

export const listCategories = (ctx: ServiceContext): Promise<readonly CategoryRecord[]> => selectCatalogue(ctx.em);

function applyCategoryFields(category: MaterialCategory, input: CategoryFields) {
  if (input.nameZh != null) category.nameZh = requiredText('nameZh', input.nameZh, 100);
  if (input.nameEn != null) category.nameEn = requiredText('nameEn', input.nameEn, 200);
  if (input.requiredFrom != null) category.requiredFrom = input.requiredFrom;
  if (input.sensitivity != null) category.sensitivity = input.sensitivity;
  if (input.filingLimitMonths != null) {
    if (!Number.isInteger(input.filingLimitMonths) || input.filingLimitMonths < 1 || input.filingLimitMonths > 120) {
      throw badInput('filingLimitMonths', 'category.filingLimit');
    }
    category.filingLimitMonths = input.filingLimitMonths;
  }
  if (input.sortOrder != null) category.sortOrder = input.sortOrder;
  if (input.active != null) category.active = input.active;
}

const categoryEvent = (action: string, category: MaterialCategory) => ({
  action,
  target: `MaterialCategory:${category.id}`,
  label: category.nameZh,
  details: { code: category.code, requiredFrom: category.requiredFrom ?? null, sensitivity: category.sensitivity },
});

/** ADMIN edits the content specification (requirements §2). */
export async function createCategory(ctx: ServiceContext, input: CreateCategory): Promise<MaterialCategory> {
  authorize(ctx.actor, 'materialCategory.manage');
  const code = input.code.trim().toUpperCase();
  if (!CODE.test(code)) throw badInput('code', 'category.codeFormat');
  return runAudited(ctx, async (tx) => {
    if (await tx.count(MaterialCategory, { code })) throw badInput('code', 'category.codeTaken', { code });
    const category = new MaterialCategory(code, input.nameZh, input.nameEn);
    applyCategoryFields(category, input);
    tx.persist(category);
    await tx.flush();
    return { result: category, audit: categoryEvent('MATERIAL_CATEGORY_CREATED', category) };
  });
}

export async function updateCategory(ctx: ServiceContext, input: UpdateCategory): Promise<MaterialCategory> {
  authorize(ctx.actor, 'materialCategory.manage');
  return runAudited(ctx, async (tx) => {
    const category = await tx.findOne(MaterialCategory, parseId(input.id), forUpdate(tx));
    if (!category) throw notFound('MaterialCategory');
    if (category.version !== input.version) throw conflict();
    applyCategoryFields(category, input);
    if (input.notRequired) category.requiredFrom = null;
    return { result: category, audit: categoryEvent('MATERIAL_CATEGORY_UPDATED', category) };
  });
}
