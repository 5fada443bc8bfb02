import { EntityManager } from '@mikro-orm/knex';
import { publicFields } from '../policy/field-policy';
import type { ActionRule } from '../policy/rules';
import { Role } from '../users/role';
import { decisionLoaders } from './decide.records';
import { AccessDecisionResolver, AccessEscalationResolver, AccessGrantResolver } from './decide.resolver';
import { escalationCheckJob, escalationCheckSchedule } from './escalation.service';
import { grantExpiryNoticeJob, grantExpiryNoticeSchedule } from './grant-expiry.jobs';
import { grantLoaders } from './grant.records';

/**
 * Deciding access requests, grants, escalation (issue 10 §3-5, §7): this part's share of
 * access.module.ts (its actions are spread into the module's table there).
 */
export const DECISION_PARTS = {
  resolvers: [AccessDecisionResolver, AccessGrantResolver, AccessEscalationResolver],
  actions: {
    // The approvals dashboard: an APPROVER's department, an overseer's subtree (policy/access-decisions.ts).
    'accessStatistics.read': { roles: [Role.ADMIN, Role.APPROVER, Role.AUDITOR], scope: 'system' },
  } satisfies Record<string, ActionRule>,
  fieldRules: {
    // Whoever reaches a request (its requester, its deciders, its overseers) sees its timeline and grant.
    AccessRequest: publicFields('steps', 'grant'),
    AccessStepSlot: publicFields(
      'id',
      'position',
      'mode',
      'stepStatus',
      'stepVersion',
      'department',
      'decision',
      'approver',
      'comment',
      'decidedAt',
      'startedAt',
      'dueAt',
      'escalated',
    ),
    // A grant is read by its grantee (myGrants) or through a request the caller reaches.
    AccessGrant: publicFields(
      'id',
      'request',
      'scopes',
      'categoryIds',
      'grantedAt',
      'expiresAt',
      'revokedAt',
      'revokedBy',
      'revokeReason',
      'relinquished',
      'active',
      'remainingSeconds',
    ),
    EscalatedAccessStep: publicFields(
      'id',
      'request',
      'position',
      'mode',
      'startedAt',
      'dueAt',
      'escalatedAt',
      'overdueHours',
      'pendingDepartments',
    ),
    AccessStatistics: publicFields('pendingApprovals', 'decidedLast30Days', 'medianDecisionHours', 'p90DecisionHours'),
  },
  loaders: (em: EntityManager) => ({ ...decisionLoaders(em), ...grantLoaders(em) }),
  messages: {
    'zh-CN': {
      'access.ownRequest': '不能审批本人提出的调取申请',
      'access.requestClosed': '该申请已办结（已批准、驳回或撤回），请刷新后查看',
      'access.stepDecided': '本部门负责的审批步骤已有结果，请刷新后查看',
      'access.slotDecided': '本部门已对该步骤作出决定（可能刚由他人提交），请刷新后查看',
      'access.staleStep': '该审批步骤已有变化，请刷新后重新决定',
      'access.notYourStepYet': '尚未轮到本部门审批该申请',
      'access.notYourDepartment': '本部门不在该申请的审批链中',
      'access.alreadyDecided': '您已对该申请作出过决定，同一人只能决定一次',
      'access.rejectionNeedsComment': '驳回申请须填写意见',
      'access.mayNotRevoke': '只有管理员或批准该申请的部门可以撤销授权',
      'access.notGrantee': '只有被授权人本人可以放弃授权',
      'access.grantNotActive': '该申请没有有效的授权（未批准、已撤销或已到期）',
    },
    en: {
      'access.ownRequest': 'You cannot decide your own access request',
      'access.requestClosed': 'This request has already ended (approved, rejected or withdrawn); refresh to see it',
      'access.stepDecided': "Your department's step has already been decided; refresh to see it",
      'access.slotDecided': 'Your department has already decided this step (perhaps just now); refresh to see it',
      'access.staleStep': 'This step has changed since you opened it; refresh and decide again',
      'access.notYourStepYet': "It is not yet your department's turn to decide this request",
      'access.notYourDepartment': "Your department is not on this request's approval chain",
      'access.alreadyDecided': 'You have already decided on this request; one person decides once',
      'access.rejectionNeedsComment': 'A rejection needs a comment',
      'access.mayNotRevoke': 'Only an administrator or a department that approved the request may revoke its grant',
      'access.notGrantee': 'Only the grantee may give the grant up',
      'access.grantNotActive': 'This request has no active grant (not approved, revoked or expired)',
    },
  },
  terms: {
    'zh-CN': { NOT_NEEDED: '无需决定', WAITING: '待开始', CANCELLED: '已取消' },
    en: { NOT_NEEDED: 'not needed', WAITING: 'waiting', CANCELLED: 'cancelled' },
  },
  auditActions: {
    ACCESS_REQUEST_DECIDED: { 'zh-CN': '审批调取申请', en: 'Access request decided' },
    ACCESS_GRANT_CREATED: { 'zh-CN': '授予调取权限', en: 'Access granted' },
    ACCESS_GRANT_REVOKED: { 'zh-CN': '撤销调取授权', en: 'Access grant revoked' },
    ACCESS_GRANT_RELINQUISHED: { 'zh-CN': '放弃调取授权', en: 'Access grant given up' },
    ACCESS_STEP_ESCALATED: { 'zh-CN': '审批超时上报', en: 'Approval step escalated' },
    ACCESS_GRANT_EXPIRY_NOTIFIED: { 'zh-CN': '授权到期提醒', en: 'Grant expiry notice sent' },
  },
  jobs: [escalationCheckJob, grantExpiryNoticeJob],
  schedules: [escalationCheckSchedule, grantExpiryNoticeSchedule],
};
