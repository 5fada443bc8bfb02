import { publicFields } from '../policy/field-policy';
import { MAX_DISPOSAL_BATCH } from './disposal.service';
import { MAX_PROMISE_DAYS } from './overdue.service';

/**
 * The lifecycle's share of dossiers.module.ts (overdue, maintenance cycle, central processing),
 * kept here so that module stays one screen. Explanations and dates are no personal data: public.
 */
export const LIFECYCLE_FIELD_RULES = {
  dossierFields: [
    'overdueExplanation',
    'promisedCompletionOn',
    'explainedAt',
    'escalatedAt',
    'reviewIntervalMonths',
    'lastReviewedAt',
    'nextReviewAt',
  ] as const,
  materialFields: ['dossier'] as const,
  types: {
    LifecycleCounts: publicFields('overdue', 'escalated', 'reviewsDue', 'lateFilings'),
    DossierReview: publicFields('id', 'reviewedAt', 'findings', 'nextReviewAt'),
    DisposalBatch: publicFields(
      'id',
      'decidedAt',
      'decidedOn',
      'method',
      'decisionNote',
      'materialIds',
      'materialCount',
    ),
  },
};

export const LIFECYCLE_MESSAGES = {
  'zh-CN': {
    'lifecycle.explanationLength': '逾期说明须为 {min}–{max} 个字',
    'lifecycle.promisedDateRange': `承诺完成日期须晚于今天，且不超过 ${MAX_PROMISE_DAYS} 天`,
    'lifecycle.notOverdue': '该档案未逾期，无需说明',
    'lifecycle.findingsLength': '检查结论须为 {min}–{max} 个字',
    'lifecycle.notReviewable': '转递中或已封存的档案不做定期检查',
    'lifecycle.decisionNoteLength': '处理决定说明须为 5–1000 个字',
    'lifecycle.disposalEmpty': '请选择要集中处理的材料',
    'lifecycle.disposalTooMany': `一次最多集中处理 ${MAX_DISPOSAL_BATCH} 份材料`,
    'lifecycle.disposalNotKept': '材料 {id} 不存在或不由本档案室保管',
    'lifecycle.disposalNotInvalidated': '材料 {id} 不是已失效材料，不能集中处理',
    'lifecycle.disposalConcurrent': '材料 {id} 已被另一批次处理，请刷新后重试',
  },
  en: {
    'lifecycle.explanationLength': 'The explanation must be {min} to {max} characters',
    'lifecycle.promisedDateRange': `The promised date must be after today and at most ${MAX_PROMISE_DAYS} days away`,
    'lifecycle.notOverdue': 'This dossier is not overdue; there is nothing to explain',
    'lifecycle.findingsLength': 'The findings must be {min} to {max} characters',
    'lifecycle.notReviewable': 'Dossiers in transit or closed are not reviewed',
    'lifecycle.decisionNoteLength': 'The decision note must be 5 to 1000 characters',
    'lifecycle.disposalEmpty': 'Select the materials to dispose of',
    'lifecycle.disposalTooMany': `One batch disposes of at most ${MAX_DISPOSAL_BATCH} materials`,
    'lifecycle.disposalNotKept': 'Material {id} does not exist or is not kept by your archive office',
    'lifecycle.disposalNotInvalidated': 'Material {id} is not invalidated and cannot be disposed of',
    'lifecycle.disposalConcurrent': 'Material {id} was disposed of by another batch; refresh and try again',
  },
};

export const LIFECYCLE_AUDIT_ACTIONS = {
  DOSSIER_OVERDUE_EXPLAINED: { 'zh-CN': '说明档案逾期', en: 'Overdue dossier explained' },
  DOSSIER_ESCALATED: { 'zh-CN': '逾期档案上报', en: 'Overdue dossier escalated' },
  DOSSIER_REVIEWED: { 'zh-CN': '档案定期检查', en: 'Dossier reviewed' },
  MATERIALS_DISPOSED: { 'zh-CN': '失效材料集中处理', en: 'Invalidated materials disposed of' },
};
