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
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { RequestContext } from '../app/context';
import { Dossier } from '../dossiers/dossier.entity';
import { DossierRecord } from '../dossiers/dossier.records';
import { Organization } from '../organizations/organization.entity';
import { OrganizationRecord } from '../organizations/organization.records';
import { Allow } from '../policy/allow';
import { Connection, pageRequest } from '../shared/pagination';
import { selectedFields } from '../shared/selection';
import { User } from '../users/user.entity';
import { Member } from './member.entity';
import { MemberRelative, RelativeKind } from './member-relative.entity';
import * as members from './member.service';
import { MemberRecord } from './member.service';
import { Gender, MembershipStage, MembershipStatus } from './membership';
import { opened, PII } from './personal-data';

const MemberConnection = Connection('Member', Member);

enum MemberOrderBy {
  ID = 'ID',
  NAME = 'NAME',
  BIRTH_DATE = 'BIRTH_DATE',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}
registerEnumType(MemberOrderBy, { name: 'MemberOrderBy' });

@InputType()
class MemberFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name.' }) search?: string | null;
  @Field(() => String, { nullable: true, description: 'The whole ID number (exact match).' }) idNumber?: string | null;
  @Field(() => ID, { nullable: true, description: 'Members of this organisation and below.' })
  organizationId?: string | null;
  @Field(() => MembershipStatus, { nullable: true }) status?: MembershipStatus | null;
}

@InputType()
class RelativeInput {
  @Field(() => RelativeKind) kind!: RelativeKind;
  @Field(() => String) name!: string;
  @Field(() => String) relation!: string;
  @Field(() => String, { nullable: true }) workUnit?: string | null;
  @Field(() => String, { nullable: true }) idNumber?: string | null;
}

@InputType()
class MemberFieldsInput {
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) education?: string | null;
  @Field(() => String, { nullable: true }) workUnit?: string | null;
  @Field(() => String, { nullable: true }) post?: string | null;
  @Field(() => String, { nullable: true }) applicationDate?: string | null;
  @Field(() => String, { nullable: true }) activistDate?: string | null;
  @Field(() => String, { nullable: true }) developmentTargetDate?: string | null;
  @Field(() => String, { nullable: true }) probationaryDate?: string | null;
  @Field(() => String, { nullable: true }) fullMembershipDate?: string | null;
  @Field(() => [RelativeInput], { nullable: true, description: 'Replaces the whole list when given.' })
  relatives?: RelativeInput[] | null;
}

@InputType()
class CreateMemberInput extends MemberFieldsInput {
  @Field(() => String) name!: string;
  @Field(() => Gender) gender!: Gender;
  @Field(() => String) ethnicity!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) birthDate!: string;
  @Field(() => String) idNumber!: string;
  @Field(() => ID, { description: "The member's party organisation." }) organizationId!: string;
  @Field(() => MembershipStage) stage!: MembershipStage;
}

@InputType()
class UpdateMemberInput extends MemberFieldsInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version the edit is based on; a stale one is a CONFLICT.' }) version!: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Gender, { nullable: true }) gender?: Gender | null;
  @Field(() => String, { nullable: true }) ethnicity?: string | null;
  @Field(() => String, { nullable: true }) birthDate?: string | null;
  @Field(() => String, { nullable: true }) idNumber?: string | null;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
}

@InputType()
class ChangeMembershipStatusInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => MembershipStatus) status!: MembershipStatus;
  @Field(() => String, { description: 'YYYY-MM-DD of the change' }) date!: string;
}

type MemberLike = Pick<
  MemberRecord,
  'id' | 'organization' | 'idNumberEncrypted' | 'phoneEncrypted' | 'addressEncrypted'
>;

@Resolver(() => Member)
export class MemberResolver {
  @Allow('member.read', 'dossier.readGranted')
  @Query(() => MemberConnection)
  async members(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => MemberFilter, { nullable: true }) filter?: MemberFilter,
    @Arg('orderBy', () => MemberOrderBy, { nullable: true }) orderBy?: MemberOrderBy,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await members.listMembers(
      ctx,
      filter ?? {},
      pageRequest(first, after),
      orderBy ?? MemberOrderBy.ID,
      selectedFields(info).has('totalCount'),
      selectedFields(info, ['edges', 'node']),
    );
    // The page joined each member's dossier: `dossier` and the decisions that read custody answer from it.
    for (const { node } of page.edges) {
      if (node.dossier === undefined) continue;
      ctx.loaders.dossierByMemberId.prime(node.id, node.dossier);
      if (node.dossier) ctx.loaders.dossierById.prime(node.dossier.id, node.dossier);
    }
    return page;
  }

  /** Any signed-in user reaches their own record; others need `member.read` or custody (checked by the service). */
  @Allow('member.readOwn')
  @Query(() => Member, { nullable: true })
  member(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return members.getMember(ctx, id);
  }

  @FieldResolver(() => String)
  idNumber(@Root() member: MemberLike, @Ctx() ctx: RequestContext): string {
    return opened(ctx.settings.pii, member.idNumberEncrypted, PII.idNumber)!;
  }

  @FieldResolver(() => String, { nullable: true })
  phone(@Root() member: MemberLike, @Ctx() ctx: RequestContext): string | null {
    return opened(ctx.settings.pii, member.phoneEncrypted, PII.phone);
  }

  @FieldResolver(() => String, { nullable: true })
  address(@Root() member: MemberLike, @Ctx() ctx: RequestContext): string | null {
    return opened(ctx.settings.pii, member.addressEncrypted, PII.address);
  }

  @FieldResolver(() => Organization)
  async organization(@Root() member: MemberLike, @Ctx() ctx: RequestContext): Promise<OrganizationRecord> {
    return (await ctx.loaders.organizationById.load(member.organization.id))!;
  }

  @FieldResolver(() => Dossier, { nullable: true })
  dossier(
    @Root() member: MemberLike,
    @Ctx() ctx: RequestContext,
  ): DossierRecord | null | Promise<DossierRecord | null> {
    const joined = ctx.loaders.dossierByMemberId.peek(member.id);
    return joined !== undefined ? joined : ctx.loaders.dossierByMemberId.load(member.id);
  }

  @FieldResolver(() => [MemberRelative])
  relatives(@Root() member: MemberLike, @Ctx() ctx: RequestContext) {
    return ctx.loaders.relativesByMemberId.load(member.id);
  }

  @Allow('dossier.keep')
  @Mutation(() => Member, { description: 'Opens the dossier in the caller’s archive office in the same transaction.' })
  createMember(@Arg('input', () => CreateMemberInput) input: CreateMemberInput, @Ctx() ctx: RequestContext) {
    return members.createMember(ctx, input);
  }

  @Allow('dossier.keep')
  @Mutation(() => Member)
  updateMember(@Arg('input', () => UpdateMemberInput) input: UpdateMemberInput, @Ctx() ctx: RequestContext) {
    return members.updateMember(ctx, input);
  }

  @Allow('dossier.keep')
  @Mutation(() => Member)
  changeMembershipStatus(
    @Arg('input', () => ChangeMembershipStatusInput) input: ChangeMembershipStatusInput,
    @Ctx() ctx: RequestContext,
  ) {
    return members.changeMembershipStatus(ctx, input);
  }
}

@Resolver(() => MemberRelative)
export class MemberRelativeResolver {
  @FieldResolver(() => String, { nullable: true })
  idNumber(@Root() relative: { idNumberEncrypted?: string | null }, @Ctx() ctx: RequestContext): string | null {
    return opened(ctx.settings.pii, relative.idNumberEncrypted, PII.relativeIdNumber);
  }
}

/** api.md `User.member`: the member record of the same person. */
@Resolver(() => User)
export class UserMemberResolver {
  @FieldResolver(() => Member, { nullable: true })
  member(@Root() user: { id: number }, @Ctx() ctx: RequestContext): Promise<MemberRecord | null> {
    return ctx.loaders.memberByUserId.load(user.id);
  }
}
