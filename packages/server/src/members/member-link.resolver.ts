import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../app/context';
import { Allow } from '../policy/allow';
import { User } from '../users/user.entity';
import { linkUserMember, unlinkUserMember } from './member-link.service';

/** ADMIN links a user account to the member record of the same person (`User.member`). */
@Resolver(() => User)
export class MemberLinkResolver {
  @Allow('member.linkUser')
  @Mutation(() => User, {
    description: 'Links the account to the member record of the same person; names must agree unless confirmed.',
  })
  linkUserMember(
    @Arg('userId', () => ID) userId: string,
    @Arg('memberId', () => ID) memberId: string,
    @Arg('memberVersion', () => Int, { description: "The member's version; a stale one is a CONFLICT." })
    memberVersion: number,
    @Arg('confirmNameMismatch', () => Boolean, {
      nullable: true,
      description: 'The admin confirms it is the same person although the names differ.',
    })
    confirmNameMismatch: boolean | null | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return linkUserMember(ctx, { userId, memberId, memberVersion, confirmNameMismatch });
  }

  @Allow('member.linkUser')
  @Mutation(() => User, { description: 'Removes the link between the account and its member record.' })
  unlinkUserMember(
    @Arg('userId', () => ID) userId: string,
    @Arg('memberVersion', () => Int) memberVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return unlinkUserMember(ctx, userId, memberVersion);
  }
}
