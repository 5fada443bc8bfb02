import { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { RequestContext } from '../app/context';
import { Organization } from '../organizations/organization.entity';
import { OrganizationRecord } from '../organizations/organization.records';
import { Allow } from '../policy/allow';
import { Connection, pageRequest } from '../shared/pagination';
import { fieldsSelectedOn, selectedFields } from '../shared/selection';
import { Role } from './role';
import { decodeRoles, User, UserStatus } from './user.entity';
import * as users from './user.service';
import { UserRecord } from './user.service';

const UserConnection = Connection('User', User);

@InputType()
class UserFilter {
  @Field(() => String, { nullable: true, description: 'Part of the username or display name.' })
  search?: string | null;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
  @Field(() => Role, { nullable: true }) role?: Role | null;
  @Field(() => UserStatus, { nullable: true }) status?: UserStatus | null;
}

@InputType()
class CreateUserInput {
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => [Role]) roles!: Role[];
  @Field(() => String) password!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
}

@InputType()
class UpdateUserInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version the edit is based on; a stale one is a CONFLICT.' }) version!: number;
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
  @Field(() => [Role], { nullable: true }) roles?: Role[] | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
}

@Resolver(() => User)
export class UserResolver {
  @Allow('user.read')
  @Query(() => UserConnection)
  async users(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await users.listUsers(ctx, filter ?? {}, pageRequest(first, after), {
      fields: selectedFields(info, ['edges', 'node']),
      totalCount: selectedFields(info).has('totalCount'),
      organizationFields: fieldsSelectedOn(info, 'Organization'),
    });
    // The page read its users' organisations: `organization` and the contact rules cost no statement.
    for (const organization of page.organizations) ctx.loaders.organizationById.prime(organization.id, organization);
    return page;
  }

  /**
   * Not a `@Field` getter on the entity: type-graphql turns the root of such a getter into an
   * entity instance when it is not one, and that cost a `new User()` per listed row (issue 7).
   */
  @FieldResolver(() => [Role])
  roles(@Root() user: Pick<User, 'roleList'>): Role[] {
    return decodeRoles(user.roleList);
  }

  @FieldResolver(() => Organization)
  organization(
    @Root() user: Pick<User | UserRecord, 'organization'>,
    @Ctx() ctx: RequestContext,
  ): OrganizationRecord | Promise<OrganizationRecord> {
    const { organizationById } = ctx.loaders;
    // A listed user's organisation was read with the page: answered without a promise.
    const known = organizationById.peek(user.organization.id);
    return known ?? organizationById.load(user.organization.id).then((organization) => organization!);
  }

  @Allow('user.manage')
  @Mutation(() => User)
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: RequestContext) {
    return users.createUser(ctx, input);
  }

  @Allow('user.manage')
  @Mutation(() => User)
  updateUser(@Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: RequestContext) {
    return users.updateUser(ctx, input);
  }

  @Allow('user.manage')
  @Mutation(() => User)
  setUserStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => UserStatus) status: UserStatus,
    @Ctx() ctx: RequestContext,
  ) {
    return users.setUserStatus(ctx, id, status);
  }

  @Allow('user.manage')
  @Mutation(() => Boolean)
  resetUserPassword(
    @Arg('id', () => ID) id: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: RequestContext,
  ) {
    return users.resetUserPassword(ctx, id, newPassword);
  }
}
