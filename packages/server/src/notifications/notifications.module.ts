import { defineModule } from '../app/module';
import { publicFields } from '../policy/field-policy';
import { Notification } from './notification.entity';
import { NotificationResolver } from './notification.resolver';

/**
 * In-app notifications with an unread count (issue 10 §7). Other modules write them with
 * `notify(tx, …)` inside their own change; each user reads and marks only their own.
 */
export const notificationsModule = defineModule({
  name: 'notifications',
  entities: [Notification],
  resolvers: [NotificationResolver],
  actions: {
    // One's own notifications: the service reads and marks only the caller's.
    'notification.read': { roles: 'any-authenticated', scope: 'self' },
  },
  fieldRules: {
    // One's own notices only (the service's filter): nothing in them is guarded.
    Notification: publicFields('id', 'kind', 'subject', 'params', 'message', 'createdAt', 'readAt'),
  },
  messages: {
    'zh-CN': {
      'notification.tooMany': '一次最多标记 {max} 条通知',
      'notification.ACCESS_STEP_WAITING': '档案调取申请 {number} 第 {position} 步等待本部门审批',
      'notification.ACCESS_REQUEST_DECIDED.APPROVED': '您的档案调取申请 {number} 已获批准',
      'notification.ACCESS_REQUEST_DECIDED.REJECTED': '您的档案调取申请 {number} 未获批准',
      'notification.ACCESS_GRANT_EXPIRING': '您的档案调取授权（申请 {number}）将于 {expiresAt} 到期',
      'notification.ACCESS_GRANT_REVOKED': '您的档案调取授权（申请 {number}）已被撤销：{reason}',
      'notification.ACCESS_STEP_ESCALATED': '档案调取申请 {number} 第 {position} 步已超过审批时限',
    },
    en: {
      'notification.tooMany': 'Mark at most {max} notifications at once',
      'notification.ACCESS_STEP_WAITING': 'Access request {number}: step {position} waits for your department',
      'notification.ACCESS_REQUEST_DECIDED.APPROVED': 'Your access request {number} was approved',
      'notification.ACCESS_REQUEST_DECIDED.REJECTED': 'Your access request {number} was rejected',
      'notification.ACCESS_GRANT_EXPIRING': 'Your access grant (request {number}) expires at {expiresAt}',
      'notification.ACCESS_GRANT_REVOKED': 'Your access grant (request {number}) was revoked: {reason}',
      'notification.ACCESS_STEP_ESCALATED': 'Access request {number}: step {position} is past its time limit',
    },
  },
  terms: {
    'zh-CN': {
      ACCESS_STEP_WAITING: '待审批',
      ACCESS_REQUEST_DECIDED: '申请已决定',
      ACCESS_GRANT_EXPIRING: '授权即将到期',
      ACCESS_GRANT_REVOKED: '授权已撤销',
      ACCESS_STEP_ESCALATED: '审批超时',
    },
    en: {
      ACCESS_STEP_WAITING: 'awaiting approval',
      ACCESS_REQUEST_DECIDED: 'request decided',
      ACCESS_GRANT_EXPIRING: 'grant expiring',
      ACCESS_GRANT_REVOKED: 'grant revoked',
      ACCESS_STEP_ESCALATED: 'step overdue',
    },
  },
  auditActions: {
    NOTIFICATIONS_READ: { 'zh-CN': '标记通知已读', en: 'Notifications marked read' },
  },
});
