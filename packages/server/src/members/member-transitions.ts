import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Member } from './member.entity';
import { allowedTransitions, MembershipStatus } from './membership';

/**
 * The statuses a member may move to next (requirements §2), so the SPA offers exactly the moves
 * `changeMembershipStatus` accepts and holds no copy of the rule. Whether the caller may make
 * the move (custody of the dossier) the mutation decides.
 */
@Resolver(() => Member)
export class MemberTransitionsResolver {
  @FieldResolver(() => [MembershipStatus], { description: 'The statuses this member may move to next.' })
  allowedTransitions(@Root() member: { membershipStatus: MembershipStatus }): MembershipStatus[] {
    return allowedTransitions(member.membershipStatus);
  }
}
