import { defineModule } from '../app/module';
import { RequestContext } from '../app/context';
import { allowedBy, Decision, DENIED } from '../policy/decision';
import { deny, FieldDecider, publicFields, rulesFor } from '../policy/field-policy';
import { contentScope, grantFor } from '../policy/grants';
import { decide } from '../policy/policy';
import { Role } from '../users/role';
import { archivistLoaders } from './archivist-loader';
import { Dossier } from './dossier.entity';
import { DisposalBatch, DossierReview } from './lifecycle.entities';
import { lifecycleCheckJob, lifecycleCheckSchedule } from './lifecycle.jobs';
import { LIFECYCLE_AUDIT_ACTIONS, LIFECYCLE_FIELD_RULES, LIFECYCLE_MESSAGES } from './lifecycle.module-parts';
import { DossierLifecycleResolver, LifecycleCountsResolver, MaterialLifecycleResolver } from './lifecycle.resolver';
import { dossierLoaders, MaterialRecord } from './dossier.records';
import { DossierResolver, MaterialCategoryResolver, MaterialResolver } from './dossier.resolver';
import { DossierStatisticsResolver } from './dossier-statistics';
import { Material } from './material.entity';
import { MaterialFile } from './material-file.entity';
import { materialFileLoaders } from './material-files';
import { MaterialFilesResolver } from './material-files.resolver';
import { MaterialCategory, Sensitivity } from './material-category.entity';

/**
 * Contents of a material (requirements §3-4): custody of its dossier, or an active grant of the
 * caller covering the dossier whose scope opens the material's category (MATERIALS for NORMAL
 * categories, RESTRICTED for RESTRICTED ones; only the grant's categories when it names some).
 */
const decideContentsLoaded = async (ctx: RequestContext, material: MaterialRecord): Promise<Decision> => {
  if (!ctx.actor) return DENIED;
  const dossier = await ctx.loaders.dossierById.load(material.dossier.id);
  const member = dossier && (await ctx.loaders.memberById.load(dossier.member.id));
  const organization = member && (await ctx.loaders.organizationById.load(member.organization.id));
  if (!dossier || !organization) return DENIED;
  const custody = decide(ctx.actor, 'dossier.keep', {
    organizationPath: organization.path,
    custodianId: dossier.custodian.id,
  });
  if (custody.allowed) return custody;
  const catalogue = await ctx.loaders.materialCatalogue.load('all');
  const category = catalogue.find((each) => each.id === material.category.id);
  if (!category) return DENIED;
  return grantFor(
    ctx,
    dossier.id,
    { scope: contentScope(category.sensitivity), categoryId: category.id },
    organization.path,
  );
};

/**
 * decideContents without a promise once the facts are loaded and custody settles it: the dossier
 * page asks three guarded fields of each of its 100 materials (issue 9 point 13).
 */
const decideContents: FieldDecider<MaterialRecord> = (ctx, material) => {
  if (!ctx.actor) return DENIED;
  const { dossierById, memberById, organizationById } = ctx.loaders;
  const dossier = dossierById.peek(material.dossier.id);
  const member = dossier && memberById.peek(dossier.member.id);
  const organization = member && organizationById.peek(member.organization.id);
  if (dossier && organization) {
    const custody = custodyDecision(ctx, dossier.custodian.id, organization.path);
    if (custody.allowed) return custody;
    const catalogue = ctx.loaders.materialCatalogue.peek('all');
    if (catalogue) {
      const category = catalogue.find((each) => each.id === material.category.id);
      if (!category) return DENIED;
      const need = { scope: contentScope(category.sensitivity), categoryId: category.id };
      return grantFor(ctx, dossier.id, need, organization.path);
    }
  }
  return decideContentsLoaded(ctx, material);
};

const custodyDecision = (ctx: RequestContext, custodianId: number, organizationPath: string) =>
  decide(ctx.actor, 'dossier.keep', { organizationPath, custodianId });

/** Notes of political-review and disciplinary materials (RESTRICTED) are withheld like contents. */
const decideNotes: FieldDecider<MaterialRecord> = (ctx, material, field) => {
  // The catalogue is read once a request: every material after the first decides without a promise.
  const catalogue = ctx.loaders.materialCatalogue.peek('all');
  if (catalogue) return decideNotesIn(catalogue, ctx, material, field);
  return ctx.loaders.materialCatalogue.load('all').then((loaded) => decideNotesIn(loaded, ctx, material, field));
};

const decideNotesIn = (
  catalogue: readonly { id: number; sensitivity: string }[],
  ctx: RequestContext,
  material: MaterialRecord,
  field: string,
) => {
  const category = catalogue.find((each) => each.id === material.category.id);
  return category?.sensitivity === Sensitivity.NORMAL
    ? allowedBy({ kind: 'role' })
    : decideContents(ctx, material, field);
};

/** Dossiers, their material catalogue and materials (requirements §2). */
export const dossiersModule = defineModule({
  name: 'dossiers',
  entities: [MaterialCategory, Dossier, Material, MaterialFile, DossierReview, DisposalBatch],
  resolvers: [
    DossierResolver,
    MaterialResolver,
    MaterialCategoryResolver,
    MaterialFilesResolver,
    DossierStatisticsResolver,
    DossierLifecycleResolver,
    MaterialLifecycleResolver,
    LifecycleCountsResolver,
  ],
  jobs: [lifecycleCheckJob],
  schedules: [lifecycleCheckSchedule],
  actions: {
    'dossier.read': { roles: [Role.ADMIN, Role.ARCHIVIST, Role.AUDITOR, Role.APPROVER], scope: 'subtree' },
    // Keeping dossiers: an archivist of the custodian office creates members, files materials,
    // and reads personal data and contents (basis `custody`).
    'dossier.keep': { roles: [Role.ARCHIVIST], scope: 'custody' },
    // Reading the dossiers (and their members) an active grant of the caller covers (issue 10):
    // whoever holds the grant, whatever their roles; what it opens is decided field by field.
    'dossier.readGranted': { roles: 'any-authenticated', scope: 'grant' },
    'materialCategory.read': { roles: 'any-authenticated', scope: 'system' },
    'materialCategory.manage': { roles: [Role.ADMIN], scope: 'system' },
  },
  fieldRules: {
    Dossier: publicFields(
      'id',
      'status',
      'member',
      'custodian',
      'archivist',
      'completionDeadline',
      'completedAt',
      'overdue',
      'completeness',
      'materials',
      'version',
      'createdAt',
      'updatedAt',
      ...LIFECYCLE_FIELD_RULES.dossierFields,
    ),
    MaterialFile: publicFields('sha256', 'fileName', 'pages', 'size', 'contentType', 'addedAt'),
    DossierStatistics: publicFields('byStatus', 'overdue', 'completenessRate'),
    DossierStatusCount: publicFields('status', 'count'),
    Completeness: publicFields('required', 'present', 'missing', 'complete', 'rate'),
    MaterialCategory: publicFields(
      'id',
      'code',
      'nameZh',
      'nameEn',
      'requiredFrom',
      'requiredStages',
      'sensitivity',
      'filingLimitMonths',
      'sortOrder',
      'active',
      'version',
      'createdAt',
      'updatedAt',
    ),
    Material: rulesFor<MaterialRecord>({
      ...publicFields(
        'id',
        'category',
        'lineage',
        'version',
        'status',
        'title',
        'formedOn',
        'receivedOn',
        'pages',
        'sha256',
        'lateFiling',
        'invalidationReason',
        'invalidatedAt',
        'createdAt',
        ...LIFECYCLE_FIELD_RULES.materialFields,
      ),
      content: deny(decideContents),
      files: deny(decideContents),
      notes: deny(decideNotes),
    }),
    ...LIFECYCLE_FIELD_RULES.types,
  },
  loaders: (em) => ({ ...dossierLoaders(em), ...archivistLoaders(em), ...materialFileLoaders(em) }),
  messages: {
    'zh-CN': {
      'dossier.custodianType': '档案只能由档案室保管，您所在的组织不是档案室',
      'material.receivedBeforeFormed': '接收日期不能早于形成日期',
      'material.pages': '页数须为 1–10000 的整数',
      'material.notCurrent': '只能对现行材料执行此操作',
      'material.fileNotUploaded': '找不到该文件，请先上传',
      'category.codeFormat': '类别代码须为 2–32 位大写字母、数字或下划线，以字母开头',
      'category.codeTaken': '类别代码 {code} 已被使用',
      'category.filingLimit': '归档时限须为 1–120 个月',
      ...LIFECYCLE_MESSAGES['zh-CN'],
    },
    en: {
      'dossier.custodianType': 'Dossiers are kept by archive offices only; your organisation is not one',
      'material.receivedBeforeFormed': 'The date received cannot be earlier than the date formed',
      'material.pages': 'Pages must be a whole number from 1 to 10000',
      'material.notCurrent': 'Only a current material can be changed this way',
      'material.fileNotUploaded': 'No such uploaded file; upload it first',
      'category.codeFormat':
        'A category code is 2–32 upper-case letters, digits or underscores, starting with a letter',
      'category.codeTaken': 'Category code {code} is already in use',
      'category.filingLimit': 'The filing limit must be 1 to 120 months',
      ...LIFECYCLE_MESSAGES.en,
    },
  },
  terms: {
    'zh-CN': {
      Dossier: '档案',
      Material: '材料',
      MaterialCategory: '材料类别',
      ESTABLISHING: '建档中',
      COMPLETE: '齐全',
      IN_TRANSIT: '转递中',
      RETIRED_COLLECTION: '退休档案库',
      CLOSED: '已封存',
      CURRENT: '现行',
      SUPERSEDED: '已被替代',
      INVALIDATED: '已失效',
      DISPOSED: '已集中处理',
      DESTROYED: '销毁',
      RETURNED: '退还',
      TRANSFERRED: '移交',
      NORMAL: '普通',
      RESTRICTED: '受限',
    },
    en: {
      Dossier: 'Dossier',
      Material: 'Material',
      MaterialCategory: 'Material category',
      ESTABLISHING: 'establishing',
      COMPLETE: 'complete',
      IN_TRANSIT: 'in transit',
      RETIRED_COLLECTION: 'retired collection',
      CLOSED: 'closed',
      CURRENT: 'current',
      SUPERSEDED: 'superseded',
      INVALIDATED: 'invalidated',
      DISPOSED: 'disposed of',
      DESTROYED: 'destroyed',
      RETURNED: 'returned',
      TRANSFERRED: 'transferred',
      NORMAL: 'normal',
      RESTRICTED: 'restricted',
    },
  },
  auditActions: {
    MATERIAL_ADDED: { 'zh-CN': '归档材料', en: 'Material filed' },
    MATERIAL_REVISED: { 'zh-CN': '修订材料', en: 'Material revised' },
    MATERIAL_FILE_ATTACHED: { 'zh-CN': '材料添加文件', en: 'File added to material' },
    MATERIAL_INVALIDATED: { 'zh-CN': '材料失效', en: 'Material invalidated' },
    MATERIAL_CATEGORY_CREATED: { 'zh-CN': '新建材料类别', en: 'Material category created' },
    MATERIAL_CATEGORY_UPDATED: { 'zh-CN': '修改材料类别', en: 'Material category updated' },
    ...LIFECYCLE_AUDIT_ACTIONS,
  },
});
