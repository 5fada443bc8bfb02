import { EntityManager } from '@mikro-orm/knex';
import { MembershipStage as S } from '../members/membership';
import { MaterialCategory, Sensitivity } from './material-category.entity';

/**
 * The standard content of a party member's dossier along the five stages of admission
 * (requirements §2): [code, 中文, English, required from, sensitivity].
 */
export const STANDARD_CATALOGUE: [string, string, string, S | null, Sensitivity][] = [
  ['APPLICATION', '入党申请书', 'Application for party membership', S.APPLICANT, Sensitivity.NORMAL],
  ['INTERVIEW', '谈话记录', 'Record of the interview with the applicant', S.APPLICANT, Sensitivity.NORMAL],
  [
    'ACTIVIST_NOMINATION',
    '推荐/确定入党积极分子材料',
    'Nomination and confirmation as activist',
    S.ACTIVIST,
    Sensitivity.NORMAL,
  ],
  ['CULTIVATION_RECORD', '培养考察登记表', 'Cultivation and assessment record', S.ACTIVIST, Sensitivity.NORMAL],
  ['POLITICAL_REVIEW', '政治审查材料', 'Political review materials', S.DEVELOPMENT_TARGET, Sensitivity.RESTRICTED],
  [
    'TRAINING_CERTIFICATE',
    '培训结业证明',
    'Certificate of the concentrated training',
    S.DEVELOPMENT_TARGET,
    Sensitivity.NORMAL,
  ],
  ['ADMISSION_FORM', '入党志愿书', 'Party membership admission form', S.PROBATIONARY, Sensitivity.NORMAL],
  ['BRANCH_RESOLUTION', '支部大会决议', 'Resolution of the branch general meeting', S.PROBATIONARY, Sensitivity.NORMAL],
  [
    'COMMITTEE_APPROVAL',
    '上级党委审批意见',
    'Approval of the higher party committee',
    S.PROBATIONARY,
    Sensitivity.NORMAL,
  ],
  ['FULL_MEMBERSHIP_APPLICATION', '转正申请书', 'Application for full membership', S.FULL, Sensitivity.NORMAL],
  ['FULL_MEMBERSHIP_RESOLUTION', '转正决议', 'Resolution on full membership', S.FULL, Sensitivity.NORMAL],
  ['AWARDS', '奖励材料', 'Awards', null, Sensitivity.NORMAL],
  ['DISCIPLINE', '处分材料', 'Disciplinary materials', null, Sensitivity.RESTRICTED],
  ['TRANSFER_LETTER', '组织关系介绍信', 'Letter of transfer of party membership', null, Sensitivity.NORMAL],
];

/** Creates the categories that are missing (by code); idempotent. Returns the codes created. */
export async function seedCatalogue(em: EntityManager): Promise<string[]> {
  const existing = new Set((await em.find(MaterialCategory, {}, { fields: ['code'] })).map((c) => c.code));
  const created: string[] = [];
  STANDARD_CATALOGUE.forEach(([code, nameZh, nameEn, requiredFrom, sensitivity], i) => {
    if (existing.has(code)) return;
    const category = new MaterialCategory(code, nameZh, nameEn);
    category.requiredFrom = requiredFrom;
    category.sensitivity = sensitivity;
    category.sortOrder = (i + 1) * 10;
    em.persist(category);
    created.push(`MaterialCategory:${code}`);
  });
  return created;
}
