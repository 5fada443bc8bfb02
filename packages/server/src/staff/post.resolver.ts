import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../app/context';
import { OrganizationRecord } from '../organizations/organization.records';
import { AssignmentRecord, PostRecord, StaffRecord } from './staff.records';
import { Organization } from '../organizations/organization.entity';
import { Allow } from '../policy/allow';
import { Assignment, Post, StaffPreference } from './post.entity';
import * as posts from './post.service';
import { addMonths, todayOf } from './staff-dates';
import { StaffMember } from './staff-member.entity';
import { AssignPostInput, CreatePostInput, SetStaffPreferenceInput } from './staff.types';

@Resolver(() => Post)
export class PostResolver {
  @Allow('staff.read')
  @Query(() => [Post], { description: 'Posts (岗位) of the caller’s subtree, or below an organisation.' })
  posts(@Ctx() ctx: RequestContext, @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string) {
    return posts.listPosts(ctx, organizationId);
  }

  @FieldResolver(() => Organization)
  organization(
    @Root() post: { organization: { id: number } },
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationRecord | null> {
    return ctx.loaders.organizationById.load(post.organization.id);
  }

  @FieldResolver(() => [Assignment], { description: 'Who holds the post today.' })
  async holders(@Root() post: { id: number }, @Ctx() ctx: RequestContext): Promise<AssignmentRecord[]> {
    const today = todayOf(ctx);
    const all = await ctx.loaders.assignmentsByPostId.load(post.id);
    return all.filter((each) => each.startDate <= today && (!each.endDate || each.endDate > today));
  }

  @FieldResolver(() => [Assignment], { description: 'Every assignment of the post, oldest first.' })
  history(@Root() post: { id: number }, @Ctx() ctx: RequestContext): Promise<AssignmentRecord[]> {
    return ctx.loaders.assignmentsByPostId.load(post.id);
  }

  @Allow('staff.manage')
  @Mutation(() => Post)
  createPost(@Arg('input', () => CreatePostInput) input: CreatePostInput, @Ctx() ctx: RequestContext) {
    return posts.createPost(ctx, input);
  }

  @Allow('staff.manage')
  @Mutation(() => Assignment, {
    description:
      'Assigns a post from startDate, ending the current assignment; needs the pre-post (岗前) training passed.',
  })
  assignPost(@Arg('input', () => AssignPostInput) input: AssignPostInput, @Ctx() ctx: RequestContext) {
    return posts.assignPost(ctx, input);
  }

  @Allow('staff.manage')
  @Mutation(() => Assignment)
  endAssignment(
    @Arg('staffMemberId', () => ID) staffMemberId: string,
    @Arg('endDate', () => String) endDate: string,
    @Ctx() ctx: RequestContext,
  ) {
    return posts.endAssignment(ctx, { staffMemberId, endDate });
  }

  @Allow('staff.manage')
  @Mutation(() => Boolean, { description: 'A stated preference for a post, weighed by the rotation (0 withdraws it).' })
  setStaffPreference(
    @Arg('input', () => SetStaffPreferenceInput) input: SetStaffPreferenceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return posts.setStaffPreference(ctx, input);
  }
}

type AssignmentLike = { staffMember: { id: number }; post: { id: number }; startDate: string; endDate?: string | null };

@Resolver(() => Assignment)
export class AssignmentResolver {
  @FieldResolver(() => Boolean, { description: 'Held today.' })
  current(@Root() assignment: AssignmentLike, @Ctx() ctx: RequestContext): boolean {
    const today = todayOf(ctx);
    return assignment.startDate <= today && (!assignment.endDate || assignment.endDate > today);
  }

  @FieldResolver(() => String, {
    description: 'YYYY-MM-DD the post’s longest tenure is reached (a rotation is due by then).',
  })
  async tenureEndsOn(@Root() assignment: AssignmentLike, @Ctx() ctx: RequestContext): Promise<string> {
    const post = await ctx.loaders.postById.load(assignment.post.id);
    return addMonths(assignment.startDate, post?.maxTenureMonths ?? ctx.settings.STAFF_MAX_TENURE_MONTHS);
  }

  @FieldResolver(() => Post)
  post(@Root() assignment: AssignmentLike, @Ctx() ctx: RequestContext): Promise<PostRecord | null> {
    return ctx.loaders.postById.load(assignment.post.id);
  }

  @FieldResolver(() => StaffMember)
  staffMember(@Root() assignment: AssignmentLike, @Ctx() ctx: RequestContext): Promise<StaffRecord | null> {
    return ctx.loaders.staffMemberById.load(assignment.staffMember.id);
  }
}

@Resolver(() => StaffPreference)
export class StaffPreferenceResolver {
  @FieldResolver(() => Post)
  async post(@Root() preference: { post: { id: number } }, @Ctx() ctx: RequestContext): Promise<PostRecord> {
    return (await ctx.loaders.postById.load(preference.post.id))!;
  }
}
