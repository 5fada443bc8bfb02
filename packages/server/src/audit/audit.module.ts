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
    'audit.read': { roles: [Role.AUDITOR, Role.ADMIN], scope: 'system' },
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
    AuditVerification: publicFields('ok', 'checked', 'firstBrokenId'),
  },
  messages: {
    'zh-CN': { 'audit.invalidRange': '开始时间不能晚于结束时间' },
    en: { 'audit.invalidRange': 'The start time must not be after the end time' },
  },
  terms: { 'zh-CN': { AuditEntry: '审计记录' }, en: { AuditEntry: 'Audit entry' } },
  auditActions: ['SENSITIVE_READ', 'DEMO_DATA_SEEDED'],
});
