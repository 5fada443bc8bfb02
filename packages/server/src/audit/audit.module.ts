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
      'details',
      'requestId',
      'hash',
    ),
    AuditVerification: publicFields('ok', 'checked', 'firstBrokenId', 'problem', 'checkpoint'),
    AuditCheckpoint: publicFields('seq', 'hash', 'at'),
  },
  // Verifying reads the chain from a checkpoint or from its start: one per operation (a cost
  // weight GraphQL Armor's uniform field cost cannot express), and a rate limit per user.
  operationLimits: { verifyAuditChain: 1 },
  messages: {
    'zh-CN': {
      'audit.invalidRange': '开始时间不能晚于结束时间',
      'audit.verifyRateLimited': '校验过于频繁：每分钟最多 {max} 次，请稍后再试',
    },
    en: {
      'audit.invalidRange': 'The start time must not be after the end time',
      'audit.verifyRateLimited': 'Too many verifications: at most {max} a minute; try again shortly',
    },
  },
  terms: { 'zh-CN': { AuditEntry: '审计记录' }, en: { AuditEntry: 'Audit entry' } },
  auditActions: ['SENSITIVE_READ', 'DEMO_DATA_SEEDED', 'AUDIT_CHAIN_VERIFIED'],
});
