import { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Info,
  InputType,
  Int,
  Field,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { RequestContext } from '../app/context';
import { Allow } from '../policy/allow';
import { can, mayReadOrganization } from '../policy/policy';
import { fieldsSelectedOn } from '../shared/selection';
import { childTypesOf, Organization, OrganizationType } from './organization.entity';
import { OrganizationRecord } from './organization.records';
import * as organizations from './organization.service';

/** What the Organization type resolves from: a lean record (reads) or the entity (writes). */
type OrganizationRoot = Organization | OrganizationRecord;

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
  async organizations(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<OrganizationRecord[]> {
    const list = await organizations.listVisibleOrganizations(ctx, fieldsSelectedOn(info, 'Organization'));
    // Every visible parent is in the list: `parent` then costs no statement.
    for (const organization of list) ctx.loaders.organizationById.prime(organization.id, organization);
    return list;
  }

  @Allow('organization.read')
  @Query(() => Organization, { nullable: true })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    return organizations.findVisibleOrganization(ctx, id);
  }

  @FieldResolver(() => Organization, { nullable: true })
  parent(
    @Root() organization: OrganizationRoot,
    @Ctx() ctx: RequestContext,
  ): OrganizationRecord | null | Promise<OrganizationRecord | null> {
    if (!organization.parent) return null;
    const visible = (parent: OrganizationRecord | null | undefined) =>
      parent && mayReadOrganization(ctx.actor, parent.path) ? parent : null;
    // In a listed tree the parent was read with the list: answered without a promise.
    const known = ctx.loaders.organizationById.peek(organization.parent.id);
    return known !== undefined
      ? visible(known)
      : ctx.loaders.organizationById.load(organization.parent.id).then(visible);
  }

  @FieldResolver(() => [Organization])
  async children(@Root() organization: OrganizationRoot, @Ctx() ctx: RequestContext): Promise<OrganizationRecord[]> {
    const children = await ctx.loaders.organizationChildren.load(organization.id);
    return children.filter((child) => mayReadOrganization(ctx.actor, child.path));
  }

  /** The server's hierarchy rule, so forms offer only what a create or move would accept. */
  @FieldResolver(() => [OrganizationType], {
    description:
      'The types an organisation of this type may hold directly (a create or move under it accepts only these).',
  })
  allowedChildTypes(@Root() organization: Pick<OrganizationRoot, 'type'>): readonly OrganizationType[] {
    return childTypesOf(organization.type);
  }

  /** Decided by policy from the path the record already holds: no statement per organisation. */
  @FieldResolver(() => Boolean, {
    description: 'Whether the caller may create under, rename, move, enable or disable this organisation.',
  })
  canManage(@Root() organization: Pick<OrganizationRoot, 'path'>, @Ctx() ctx: RequestContext): boolean {
    return can(ctx.actor, 'organization.manage', { organizationPath: organization.path });
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
