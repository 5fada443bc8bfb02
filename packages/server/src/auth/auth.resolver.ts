import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../app/context';
import { Allow, Public } from '../policy/allow';
import { DateTimeScalar } from '../shared/scalars';
import { User } from '../users/user.entity';
import * as auth from './auth.service';

@ObjectType()
class AuthPayload {
  @Field(() => String) token!: string;
  @Field(() => DateTimeScalar) expiresAt!: Date;
  @Field(() => User) user!: User;
}

@Resolver()
export class AuthResolver {
  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() ctx: RequestContext): Promise<User | null> | null {
    return ctx.actor ? ctx.em.findOne(User, ctx.actor.userId) : null;
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AuthPayload> {
    const signedIn = await auth.login(ctx, username, password);
    // The payload's user is the caller's own record from here on (contact fields unmasked).
    ctx.actor = signedIn.actor;
    return signedIn;
  }

  @Allow('session.self')
  @Mutation(() => Boolean, { description: 'Revokes the current session token.' })
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return auth.logout(ctx);
  }

  @Allow('session.self')
  @Mutation(() => Boolean)
  changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return auth.changePassword(ctx, currentPassword, newPassword);
  }
}
