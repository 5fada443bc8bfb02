import { defineModule } from '../app/module';
import { allowedBy, DENIED } from '../policy/decision';
import { deny, FieldDecider, publicFields, rulesFor } from '../policy/field-policy';
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

/** Custody of the material's dossier (requirements §4): contents only for its archive office. */
const decideCustody: FieldDecider<MaterialRecord> = (ctx, material) => {
  if (!ctx.actor) return DENIED;
  const { dossierById, memberById, organizationById } = ctx.loaders;
  // Once the facts are loaded (after the first material of a dossier), decided without a promise:
  // the dossier page asks three guarded fields of each of its 100 materials (issue 9 point 13).
  const dossier = dossierById.peek(material.dossier.id);
  const member = dossier && memberById.peek(dossier.member.id);
  const organization = member && organizationById.peek(member.organization.id);
  if (dossier && organization) return custodyDecision(ctx, dossier.custodian.id, organization.path);
  return (async () => {
    const loadedDossier = await dossierById.load(material.dossier.id);
    const loadedMember = loadedDossier && (await memberById.load(loadedDossier.member.id));
    const loadedOrganization = loadedMember && (await organizationById.load(loadedMember.organization.id));
    if (!loadedDossier || !loadedOrganization) return DENIED;
    return custodyDecision(ctx, loadedDossier.custodian.id, loadedOrganization.path);
  })();
};

const custodyDecision = (ctx: Parameters<typeof decideCustody>[0], custodianId: number, organizationPath: string) =>
  decide(ctx.actor, 'dossier.keep', { organizationPath, custodianId });

/** Notes of political-review and disciplinary materials (RESTRICTED) are withheld like contents. */
const decideNotes: FieldDecider<MaterialRecord> = async (ctx, material, field) => {
  const catalogue = await ctx.loaders.materialCatalogue.load('all');
  const category = catalogue.find((each) => each.id === material.category.id);
  return category?.sensitivity === Sensitivity.NORMAL
    ? allowedBy({ kind: 'role' })
    : decideCustody(ctx, material, field);
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
      content: deny(decideCustody),
      files: deny(decideCustody),
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
