import { Arg, Ctx, FieldResolver, ID, InputType, Int, Field, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../app/context';
import { Allow } from '../policy/allow';
import { mayReadOrganization } from '../policy/policy';
import { Organization, OrganizationType } from './organization.entity';
import * as organizations from './organization.service';

@InputType()
class CreateOrganizationInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => OrganizationType) type!: OrganizationType;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Allow('organization.read')
  @Query(() => [Organization], { description: 'Every organisation the caller may see, root first.' })
  organizations(@Ctx() ctx: RequestContext): Promise<Organization[]> {
    return organizations.listVisibleOrganizations(ctx);
  }

  @Allow('organization.read')
  @Query(() => Organization, { nullable: true })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    return organizations.findVisibleOrganization(ctx, id);
  }

  @FieldResolver(() => Organization, { nullable: true })
  async parent(@Root() organization: Organization, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    if (!organization.parent) return null;
    const parent = await ctx.loaders.organizationById.load(organization.parent.id);
    return parent && mayReadOrganization(ctx.actor, parent.path) ? parent : null;
  }

  @FieldResolver(() => [Organization])
  async children(@Root() organization: Organization, @Ctx() ctx: RequestContext): Promise<Organization[]> {
    const children = await ctx.loaders.organizationChildren.load(organization.id);
    return children.filter((child) => mayReadOrganization(ctx.actor, child.path));
  }

  @Allow('organization.manage')
  @Mutation(() => Organization)
  createOrganization(
    @Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return organizations.createOrganization(ctx, input);
  }

  @Allow('organization.manage')
  @Mutation(() => Organization)
  renameOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String) name: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ) {
    return organizations.renameOrganization(ctx, id, name, version);
  }

  @Allow('organization.manage')
  @Mutation(() => Organization)
  moveOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('parentId', () => ID) parentId: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ) {
    return organizations.moveOrganization(ctx, id, parentId, version);
  }

  @Allow('organization.manage')
  @Mutation(() => Organization)
  setOrganizationActive(
    @Arg('id', () => ID) id: string,
    @Arg('active', () => Boolean) active: boolean,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ) {
    return organizations.setOrganizationActive(ctx, id, active, version);
  }
}
