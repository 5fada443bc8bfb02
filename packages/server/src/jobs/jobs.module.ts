import { defineModule } from '../app/module';
import { publicFields } from '../policy/field-policy';
import { Role } from '../users/role';
import { scheduleJob } from './job-definition';
import { Job } from './job.entity';
import { JobResolver } from './job.resolver';
import { selfTestJob } from './self-test.job';

/** Background work: imports, exports, periodic checks (docs/architecture.md, "Background jobs"). */
export const jobsModule = defineModule({
  name: 'jobs',
  entities: [Job],
  resolvers: [JobResolver],
  actions: {
    // One's own jobs: any signed-in user (the service checks the job is theirs).
    'job.read': { roles: 'any-authenticated', scope: 'self' },
    // Others' jobs about the ADMIN's subtree; jobs about no organisation need the whole tree.
    'job.manage': { roles: [Role.ADMIN], scope: 'subtree' },
    'job.selfTest': { roles: [Role.ADMIN], scope: 'system' },
  },
  fieldRules: {
    Job: publicFields(
      'id',
      'kind',
      'status',
      'progress',
      'message',
      'result',
      'error',
      'attempts',
      'createdAt',
      'startedAt',
      'finishedAt',
    ),
  },
  jobs: [selfTestJob],
  schedules: [] as ReturnType<typeof scheduleJob>[],
  messages: {
    'zh-CN': {
      'jobs.failed': '任务执行失败，请稍后重试或联系管理员',
      'jobs.interrupted': '任务执行中断（服务已停止），且已无重试次数',
      'jobs.unknownKind': '系统不再支持此类任务',
      'jobs.requesterInactive': '发起任务的账号已停用，任务未执行',
      'jobs.notCancellable': '任务已结束，无法取消',
      'jobs.selfTest.step': '自检进行中',
      'jobs.selfTest.duration': '自检时长须在 0 到 {max} 毫秒之间',
    },
    en: {
      'jobs.failed': 'The job failed; try again later or ask an administrator',
      'jobs.interrupted': 'The job was interrupted (the server stopped) and has no attempts left',
      'jobs.unknownKind': 'This kind of job is no longer supported',
      'jobs.requesterInactive': 'The account that started the job is disabled; the job did not run',
      'jobs.notCancellable': 'The job has finished and cannot be cancelled',
      'jobs.selfTest.step': 'Self-test in progress',
      'jobs.selfTest.duration': 'The self-test takes between 0 and {max} milliseconds',
    },
  },
  terms: {
    'zh-CN': {
      Job: '后台任务',
      QUEUED: '排队中',
      RUNNING: '执行中',
      SUCCEEDED: '已完成',
      FAILED: '失败',
      CANCELLED: '已取消',
    },
    en: {
      Job: 'Background job',
      QUEUED: 'queued',
      RUNNING: 'running',
      SUCCEEDED: 'succeeded',
      FAILED: 'failed',
      CANCELLED: 'cancelled',
    },
  },
  auditActions: {
    JOB_QUEUED: { 'zh-CN': '提交后台任务', en: 'Background job queued' },
    JOB_CANCELLED: { 'zh-CN': '取消后台任务', en: 'Background job cancelled' },
  },
});
