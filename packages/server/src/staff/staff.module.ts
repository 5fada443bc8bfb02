import { defineModule } from '../app/module';
import { deny, publicFields, rulesFor } from '../policy/field-policy';
import { Role } from '../users/role';
import { Assessment, RemovalDecision } from './assessment.entity';
import { AssessmentResolver, ExchangeResolver, RemovalDecisionResolver } from './assessment.resolver';
import './contract-files';
import { Contract } from './contract.entity';
import { Exchange } from './exchange.entity';
import { Assignment, Post, StaffPreference } from './post.entity';
import { AssignmentResolver, PostResolver, StaffPreferenceResolver } from './post.resolver';
import { RotationPlan, RotationPlanAssignment } from './rotation-plan.entity';
import { RotationPlanAssignmentResolver, RotationPlanResolver } from './rotation-plan.resolver';
import { decideOwnedPrivate, decideStaffMemberPrivate } from './staff-access';
import { Qualification, StaffMember } from './staff-member.entity';
import { ROTATION_RULE_TERMS, ROTATION_VIOLATION_MESSAGES } from './rotation-violation.messages';
import { STAFF_MESSAGES, STAFF_TERMS } from './staff.messages';
import { staffLoaders } from './staff.records';
import { ContractResolver, QualificationResolver, StaffMemberResolver } from './staff.resolver';
import { TrainingAttendance, TrainingCourse, TrainingSession } from './training.entity';
import { TrainingAttendanceResolver, TrainingCourseResolver, TrainingSessionResolver } from './training.resolver';
import { attendanceImportJob } from './attendance-import.job';
import { StaffStatisticsResolver } from './staff-statistics';
import { AttendanceImportResolver } from './attendance-import.resolver';
import { attendanceImportRouter } from './attendance-import.routes';
import { rotationPlanJob } from './rotation-generation';
import { RotationGenerationResolver } from './rotation-generation.resolver';

const STAMPS = ['id', 'version', 'createdAt', 'updatedAt'] as const;

/** Professional archive staff (requirements §7, issue 11): records, posts, contracts, training, assessments, exchanges, rotation plans. */
export const staffModule = defineModule({
  name: 'staff',
  entities: [
    StaffMember,
    Qualification,
    Post,
    Assignment,
    StaffPreference,
    Contract,
    TrainingCourse,
    TrainingSession,
    TrainingAttendance,
    Assessment,
    RemovalDecision,
    Exchange,
    RotationPlan,
    RotationPlanAssignment,
  ],
  resolvers: [
    StaffMemberResolver,
    ContractResolver,
    QualificationResolver,
    PostResolver,
    AssignmentResolver,
    StaffPreferenceResolver,
    TrainingCourseResolver,
    TrainingSessionResolver,
    TrainingAttendanceResolver,
    AssessmentResolver,
    RemovalDecisionResolver,
    ExchangeResolver,
    RotationPlanResolver,
    RotationPlanAssignmentResolver,
    AttendanceImportResolver,
    StaffStatisticsResolver,
    RotationGenerationResolver,
  ],
  jobs: [attendanceImportJob, rotationPlanJob],
  routes: { path: '/staff', router: attendanceImportRouter },
  actions: {
    // Managers of staff run records, training, assessments and rotation within their subtree (issue 11 §6).
    'staff.manage': { roles: [Role.STAFF_MANAGER], scope: 'subtree' },
    // The roster (names, posts, contracts, training) is read by managers of staff, and by an ADMIN
    // of the subtree who configures the organisation; scores, grades, comments and removal
    // decisions stay guarded from the ADMIN (field rules below).
    'staff.read': { roles: [Role.STAFF_MANAGER, Role.ADMIN], scope: 'subtree' },
    // One's own staff record (basis `self`): `myStaffRecord`, and `staffMember(id)` of oneself.
    'staff.readOwn': { roles: 'any-authenticated', scope: 'self' },
  },
  fieldRules: {
    StaffMember: rulesFor<{ organization: { id: number }; user?: { id: number } | null }>({
      ...publicFields(
        ...STAMPS,
        'name',
        'region',
        'status',
        'birthDate',
        'retirementDate',
        'hireDate',
        'leftOn',
        'organization',
        'nearRetirement',
        'contracts',
        'qualifications',
        'assignments',
        'currentAssignment',
        'trainings',
        'trainingProgress',
        'assessments',
        'exchanges',
      ),
      // Removal (清退) is decided from the scores: guarded like them (issue 11 §6).
      flaggedForRemoval: deny(decideStaffMemberPrivate),
      failedPeriods: deny(decideStaffMemberPrivate),
      removalReason: deny(decideStaffMemberPrivate),
      removalDecisions: deny(decideStaffMemberPrivate),
      // A person's wishes are theirs and their managers', as their scores are.
      preferences: deny(decideStaffMemberPrivate),
    }),
    StaffPreference: publicFields(...STAMPS, 'weight', 'post'),
    Qualification: publicFields(
      ...STAMPS,
      'code',
      'name',
      'certificateNumber',
      'issuedOn',
      'expiresOn',
      'reminderDays',
      'staffMember',
    ),
    Post: publicFields(
      ...STAMPS,
      'title',
      'region',
      'requiredQualification',
      'maxTenureMonths',
      'minStaff',
      'maxStaff',
      'organization',
      'holders',
      'history',
    ),
    Assignment: publicFields(...STAMPS, 'startDate', 'endDate', 'current', 'tenureEndsOn', 'post', 'staffMember'),
    Contract: publicFields(
      ...STAMPS,
      'startDate',
      'endDate',
      'probationEndDate',
      'duties',
      'obligations',
      'attachmentSha256',
      'endingSoon',
      'staffMember',
    ),
    TrainingCourse: publicFields(...STAMPS, 'title', 'kind', 'mode', 'professional', 'hours', 'organization'),
    TrainingSession: publicFields(...STAMPS, 'date', 'place', 'trainer', 'course', 'attendances'),
    TrainingAttendance: publicFields(...STAMPS, 'hours', 'result', 'session', 'staffMember'),
    TrainingProgress: publicFields(
      'year',
      'hours',
      'professionalHours',
      'targetHours',
      'professionalTargetHours',
      'met',
    ),
    Assessment: rulesFor<{ staffMember: { id: number } }>({
      ...publicFields(...STAMPS, 'period', 'assessedAt', 'assessorName', 'staffMember'),
      score: deny(decideOwnedPrivate),
      grade: deny(decideOwnedPrivate),
      passed: deny(decideOwnedPrivate),
      comment: deny(decideOwnedPrivate),
    }),
    RemovalDecision: rulesFor<{ staffMember: { id: number } }>({
      ...publicFields(...STAMPS),
      outcome: deny(decideOwnedPrivate),
      improvementPlan: deny(decideOwnedPrivate),
      failedPeriods: deny(decideOwnedPrivate),
      decidedAt: deny(decideOwnedPrivate),
      decidedByName: deny(decideOwnedPrivate),
    }),
    Exchange: publicFields(
      ...STAMPS,
      'startDate',
      'endDate',
      'topic',
      'outcomeReport',
      'status',
      'regions',
      'allowedTransitions',
      'homeOrganization',
      'hostOrganization',
      'staffMember',
    ),
    RotationPlan: publicFields(
      ...STAMPS,
      'status',
      'startDate',
      'months',
      'reviewedAt',
      'publishedAt',
      'organization',
      'score',
      'breakdown',
      'violations',
      'assignments',
    ),
    RotationPlanAssignment: publicFields(...STAMPS, 'startDate', 'endDate', 'staffMember', 'post'),
    RotationScore: publicFields('hard', 'medium', 'soft'),
    RotationRuleCount: publicFields('rule', 'count', 'penalty'),
    RotationViolation: publicFields('rule', 'staffMemberId', 'postId', 'period', 'message'),
    // Aggregates reached only through staffStatistics (staff.manage).
    StaffStatistics: publicFields('passRates', 'training', 'rotationsDue', 'contractsEnding', 'flaggedForRemoval'),
    AssessmentPassRate: publicFields('period', 'assessed', 'passed', 'rate'),
    TrainingTargetSummary: publicFields('year', 'people', 'metTarget', 'averageHours', 'targetHours'),
  },
  loaders: staffLoaders,
  messages: {
    'zh-CN': { ...STAFF_MESSAGES['zh-CN'], ...ROTATION_VIOLATION_MESSAGES['zh-CN'] },
    en: { ...STAFF_MESSAGES.en, ...ROTATION_VIOLATION_MESSAGES.en },
  },
  terms: {
    'zh-CN': { ...STAFF_TERMS['zh-CN'], ...ROTATION_RULE_TERMS['zh-CN'] },
    en: { ...STAFF_TERMS.en, ...ROTATION_RULE_TERMS.en },
  },
  auditActions: {
    STAFF_MEMBER_CREATED: { 'zh-CN': '新建工作人员', en: 'Staff member created' },
    STAFF_MEMBER_UPDATED: { 'zh-CN': '修改工作人员信息', en: 'Staff member updated' },
    STAFF_QUALIFICATION_ADDED: { 'zh-CN': '登记岗位资格', en: 'Qualification added' },
    STAFF_POST_CREATED: { 'zh-CN': '新建岗位', en: 'Post created' },
    STAFF_ASSIGNED: { 'zh-CN': '安排岗位', en: 'Post assigned' },
    STAFF_ASSIGNMENT_ENDED: { 'zh-CN': '结束在岗', en: 'Assignment ended' },
    STAFF_PREFERENCE_SET: { 'zh-CN': '登记岗位意愿', en: 'Post preference set' },
    STAFF_CONTRACT_CREATED: { 'zh-CN': '签订聘用合同', en: 'Contract created' },
    TRAINING_COURSE_CREATED: { 'zh-CN': '新建培训课程', en: 'Training course created' },
    TRAINING_SESSION_CREATED: { 'zh-CN': '新建培训班次', en: 'Training session created' },
    TRAINING_ATTENDANCE_RECORDED: { 'zh-CN': '登记培训考勤', en: 'Training attendance recorded' },
    TRAINING_ATTENDANCE_IMPORTED: { 'zh-CN': '批量导入培训考勤', en: 'Training attendance imported' },
    STAFF_ASSESSMENT_RECORDED: { 'zh-CN': '登记考核结果', en: 'Assessment recorded' },
    STAFF_FLAGGED_FOR_REMOVAL: { 'zh-CN': '列入清退名单', en: 'Flagged for removal' },
    STAFF_KEPT: { 'zh-CN': '决定保留（限期改进）', en: 'Kept with an improvement plan' },
    STAFF_REMOVED: { 'zh-CN': '决定清退', en: 'Removed' },
    STAFF_EXCHANGE_CREATED: { 'zh-CN': '新建人才交流', en: 'Talent exchange created' },
    STAFF_EXCHANGE_STATUS_CHANGED: { 'zh-CN': '变更人才交流状态', en: 'Talent exchange status changed' },
    ROTATION_PLAN_CREATED: { 'zh-CN': '生成轮岗计划', en: 'Rotation plan created' },
    ROTATION_PLAN_REVIEWED: { 'zh-CN': '审核轮岗计划', en: 'Rotation plan reviewed' },
    ROTATION_PLAN_PUBLISHED: { 'zh-CN': '发布轮岗计划', en: 'Rotation plan published' },
  },
});
