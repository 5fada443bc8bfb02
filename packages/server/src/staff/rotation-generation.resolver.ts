import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../app/context';
import { Job } from '../jobs/job.entity';
import { Allow } from '../policy/allow';
import { DateScalar } from '../shared/scalars';
import { awaitRotationPlan, ROTATION_WAIT_MS, startRotationPlan } from './rotation-generation';
import { RotationPlan } from './rotation-plan.entity';
import { RotationPlanResolver } from './rotation-plan.resolver';

@InputType()
class GenerateRotationPlanInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => DateScalar, { description: 'First day of a month: the plan starts there.' }) startDate!: string;
  @Field(() => Int, { description: 'Months the plan covers (1–120).' }) months!: number;
}

@Resolver()
export class RotationGenerationResolver {
  @Allow('staff.manage')
  @Mutation(() => Job, {
    description: 'Queues the rotation solver (issue 11 §4); `job(id)` shows its progress and, when done, the plan id.',
  })
  startRotationPlan(
    @Arg('input', () => GenerateRotationPlanInput) input: GenerateRotationPlanInput,
    @Ctx() ctx: RequestContext,
  ) {
    return startRotationPlan(ctx, input);
  }

  @Allow('staff.manage')
  @Mutation(() => RotationPlan, {
    description:
      'Solves and stores a DRAFT rotation plan, answering once it is stored (api.md); the SPA uses startRotationPlan.',
  })
  async generateRotationPlan(
    @Arg('input', () => GenerateRotationPlanInput) input: GenerateRotationPlanInput,
    @Ctx() ctx: RequestContext,
  ) {
    const job = await startRotationPlan(ctx, input);
    const planId = await awaitRotationPlan(ctx, job.id, ROTATION_WAIT_MS);
    return new RotationPlanResolver().rotationPlan(planId, ctx);
  }
}
