import { defineModule } from '../app/module';
import { publicFields } from '../policy/field-policy';
import { Role } from '../users/role';
import { AuditEntry } from './audit-entry.entity';
import { AuditResolver } from './audit.resolver';

/** The hash-chained audit trail (requirements §6). */
export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
  actions: {
    // Entries about the reader's subtree (issue 7 §4); verifying the chain needs the whole tree.
    'audit.read': { roles: [Role.AUDITOR, Role.ADMIN], scope: 'subtree' },
  },
  fieldRules: {
    AuditEntry: publicFields(
      'id',
      'seq',
      'at',
      'actor',
      'action',
      'target',
      'targetLabel',
      'actorName',
      'details',
      'requestId',
      'hash',
    ),
    AuditVerification: publicFields('ok', 'checked', 'firstBrokenId', 'problem', 'checkpoint'),
    AuditCheckpoint: publicFields('seq', 'hash', 'at'),
    AuditActionInfo: publicFields('code', 'label'),
    AuditChainStatus: publicFields('headSeq', 'headAt', 'newestCheckpoint', 'refusedCheckpoints'),
    AuditActionCount: publicFields('action', 'count'),
    SignInEvent: publicFields('id', 'at', 'action', 'ip'),
  },
  // Verifying reads the chain from a checkpoint or from its start: one per operation (a cost
  // weight GraphQL Armor's uniform field cost cannot express), and a rate limit per user.
  operationLimits: { verifyAuditChain: 1 },
  messages: {
    'zh-CN': {
      'audit.invalidRange': '开始时间不能晚于结束时间',
      'audit.offsetRange': '跳过的记录数须在 0 到 {max} 之间；更早的记录请缩小时间范围后查询',
      'audit.tooManyActions': '最多按 {max} 种操作筛选',
      'audit.activitySpan': '统计时间跨度不能超过 {days} 天',
      'audit.verifyRateLimited': '校验过于频繁：每分钟最多 {max} 次，请稍后再试',
    },
    en: {
      'audit.invalidRange': 'The start time must not be after the end time',
      'audit.offsetRange': 'Skip between 0 and {max} entries; narrow the time range to reach older ones',
      'audit.tooManyActions': 'Filter by at most {max} actions',
      'audit.activitySpan': 'Count over at most {days} days',
      'audit.verifyRateLimited': 'Too many verifications: at most {max} a minute; try again shortly',
    },
  },
  terms: { 'zh-CN': { AuditEntry: '审计记录' }, en: { AuditEntry: 'Audit entry' } },
  auditActions: {
    SENSITIVE_READ: { 'zh-CN': '查看敏感信息', en: 'Sensitive data read' },
    DEMO_DATA_SEEDED: { 'zh-CN': '导入演示数据', en: 'Demo data loaded' },
    SCALE_DATA_SEEDED: { 'zh-CN': '导入规模测试数据', en: 'Scale test data loaded' },
    AUDIT_CHAIN_VERIFIED: { 'zh-CN': '校验哈希链', en: 'Hash chain verified' },
  },
});
