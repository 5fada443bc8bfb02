import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../app/context';
import { Allow } from '../policy/allow';
import { authorizeWholeTree } from '../policy/policy';
import { badInput, MessageParams } from '../shared/errors';
import { Job } from './job.entity';
import { cancelJob, enqueueJob, findVisibleJob } from './job.service';
import { SELF_TEST_MAX_MS, selfTestJob } from './self-test.job';

// app/i18n composes every module's messages when loaded, so this module (one of them) reads it
// only once a request runs.
const i18n = () => import('../app/i18n');

@Resolver(() => Job)
export class JobResolver {
  @Allow('job.read')
  @Query(() => Job, {
    nullable: true,
    description: 'A background job: your own, or one an ADMIN oversees. Null when not visible.',
  })
  job(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return findVisibleJob(ctx, id);
  }

  @Allow('job.read')
  @Mutation(() => Job, { description: 'Cancels a queued or running job; a running one stops at its next step.' })
  cancelJob(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return cancelJob(ctx, id);
  }

  @Allow('job.selfTest')
  @Mutation(() => Job, { description: 'Queues a job that only waits and reports progress: shows that jobs run.' })
  startJobSelfTest(
    @Ctx() ctx: RequestContext,
    @Arg('durationMs', () => Int, { defaultValue: 2000 }) durationMs: number,
  ) {
    authorizeWholeTree(ctx.actor, 'job.selfTest');
    if (durationMs < 0 || durationMs > SELF_TEST_MAX_MS) {
      throw badInput('durationMs', 'jobs.selfTest.duration', { max: SELF_TEST_MAX_MS });
    }
    return enqueueJob(ctx, selfTestJob, { durationMs });
  }

  @FieldResolver(() => String, { nullable: true, description: 'The step in progress, in your language.' })
  async message(@Root() job: Job, @Ctx() ctx: RequestContext) {
    return job.messageKey ? (await i18n()).translate(ctx.locale, job.messageKey) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why the job (or its last attempt) failed, in your language.',
  })
  async error(@Root() job: Job, @Ctx() ctx: RequestContext) {
    if (!job.errorKey) return null;
    const params = job.errorParams ? (JSON.parse(job.errorParams) as MessageParams) : {};
    return (await i18n()).translate(ctx.locale, job.errorKey, params);
  }
}
