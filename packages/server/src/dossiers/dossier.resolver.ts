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
import { Member } from '../members/member.entity';
import { MemberRecord } from '../members/member.service';
import { MembershipStage } from '../members/membership';
import { Organization } from '../organizations/organization.entity';
import { OrganizationRecord } from '../organizations/organization.records';
import { Allow } from '../policy/allow';
import { Connection, pageRequest } from '../shared/pagination';
import { selectedFields } from '../shared/selection';
import { User } from '../users/user.entity';
import * as categories from './category.service';
import { CategoryRecord, Completeness } from './completeness';
import { Dossier, DossierStatus } from './dossier.entity';
import { DossierRecord, MaterialRecord } from './dossier.records';
import * as dossiers from './dossier.service';
import { Material, MaterialStatus } from './material.entity';
import * as materials from './material.service';
import { MaterialCategory, requiredStages, Sensitivity } from './material-category.entity';

const DossierConnection = Connection('Dossier', Dossier);

@InputType()
class DossierFilter {
  @Field(() => ID, { nullable: true, description: 'The archive office keeping it.' }) custodianId?: string | null;
  @Field(() => DossierStatus, { nullable: true }) status?: DossierStatus | null;
  @Field(() => Boolean, { nullable: true }) overdue?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Members of this organisation and below.' })
  organizationId?: string | null;
}

@Resolver(() => Dossier)
export class DossierResolver {
  @Allow('dossier.read', 'dossier.readGranted')
  @Query(() => DossierConnection)
  async dossiers(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => DossierFilter, { nullable: true }) filter?: DossierFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await dossiers.listDossiers(
      ctx,
      filter ?? {},
      pageRequest(first, after),
      selectedFields(info).has('totalCount'),
    );
    // Field decisions of the page's members and materials read custody from these: no statement each.
    for (const { node } of page.edges) {
      ctx.loaders.dossierById.prime(node.id, node);
      ctx.loaders.dossierByMemberId.prime(node.member.id, node);
    }
    return page;
  }

  @Allow('dossier.read', 'dossier.readGranted')
  @Query(() => Dossier, { nullable: true })
  async dossier(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const dossier = await dossiers.getDossier(ctx, id);
    if (dossier) {
      // The decisions on its materials' contents read the dossier by id: no second statement.
      ctx.loaders.dossierById.prime(dossier.id, dossier);
      ctx.loaders.dossierByMemberId.prime(dossier.member.id, dossier);
    }
    return dossier;
  }

  @FieldResolver(() => Member)
  async member(@Root() dossier: DossierRecord, @Ctx() ctx: RequestContext): Promise<MemberRecord> {
    return (await ctx.loaders.memberById.load(dossier.member.id))!;
  }

  @FieldResolver(() => Organization, { description: 'The archive office keeping the dossier.' })
  async custodian(@Root() dossier: DossierRecord, @Ctx() ctx: RequestContext): Promise<OrganizationRecord> {
    return (await ctx.loaders.organizationById.load(dossier.custodian.id))!;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The archivist in charge.' })
  archivist(@Root() dossier: DossierRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.archivistById.load(dossier.archivist.id);
  }

  @FieldResolver(() => Boolean, { description: 'Still establishing past its completion deadline.' })
  overdue(@Root() dossier: DossierRecord, @Ctx() ctx: RequestContext): boolean {
    return dossiers.isOverdue(dossier, ctx.now());
  }

  @FieldResolver(() => Completeness)
  completeness(@Root() dossier: DossierRecord, @Ctx() ctx: RequestContext): Promise<Completeness> {
    return ctx.loaders.completenessByDossierId.load(dossier.id);
  }

  @FieldResolver(() => [Material], { description: 'Current materials unless a status is given.' })
  async materials(
    @Root() dossier: DossierRecord,
    @Ctx() ctx: RequestContext,
    @Arg('status', () => MaterialStatus, { nullable: true }) status?: MaterialStatus,
  ): Promise<MaterialRecord[]> {
    const all = await ctx.loaders.materialsByDossierId.load(dossier.id);
    return all.filter((material) => material.status === (status ?? MaterialStatus.CURRENT));
  }
}

@InputType()
class AddMaterialInput {
  @Field(() => ID) dossierId!: string;
  @Field(() => ID) categoryId!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) formedOn!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) receivedOn!: string;
  @Field(() => Int, { nullable: true }) pages?: number | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
  @Field(() => String, { nullable: true }) content?: string | null;
}

@InputType()
class ReviseMaterialInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version being revised; a stale one is a CONFLICT.' }) version!: number;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) formedOn?: string | null;
  @Field(() => String, { nullable: true }) receivedOn?: string | null;
  @Field(() => Int, { nullable: true }) pages?: number | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
  @Field(() => String, { nullable: true }) content?: string | null;
}

@Resolver(() => Material)
export class MaterialResolver {
  @FieldResolver(() => MaterialCategory)
  category(@Root() material: MaterialRecord, @Ctx() ctx: RequestContext) {
    // Without a promise once the catalogue is loaded (the dossier page asks it of 100 materials).
    const find = (all: readonly CategoryRecord[]) => all.find((category) => category.id === material.category.id)!;
    const loaded = ctx.loaders.materialCatalogue.peek('all');
    return loaded ? find(loaded) : ctx.loaders.materialCatalogue.load('all').then(find);
  }

  @Allow('dossier.keep')
  @Mutation(() => Material)
  addMaterial(@Arg('input', () => AddMaterialInput) input: AddMaterialInput, @Ctx() ctx: RequestContext) {
    return materials.addMaterial(ctx, input);
  }

  @Allow('dossier.keep')
  @Mutation(() => Material, { description: 'A new version; the revised one is kept as SUPERSEDED.' })
  reviseMaterial(@Arg('input', () => ReviseMaterialInput) input: ReviseMaterialInput, @Ctx() ctx: RequestContext) {
    return materials.reviseMaterial(ctx, input);
  }

  @Allow('dossier.keep')
  @Mutation(() => Material)
  invalidateMaterial(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return materials.invalidateMaterial(ctx, id, reason);
  }
}

@InputType()
class CreateMaterialCategoryInput {
  @Field(() => String) code!: string;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => MembershipStage, { nullable: true }) requiredFrom?: MembershipStage | null;
  @Field(() => Sensitivity, { nullable: true }) sensitivity?: Sensitivity | null;
  @Field(() => Int, { nullable: true }) filingLimitMonths?: number | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number | null;
}

@InputType()
class UpdateMaterialCategoryInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) nameZh?: string | null;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => MembershipStage, { nullable: true }) requiredFrom?: MembershipStage | null;
  @Field(() => Boolean, { nullable: true, description: 'Makes the category required at no stage.' })
  notRequired?: boolean | null;
  @Field(() => Sensitivity, { nullable: true }) sensitivity?: Sensitivity | null;
  @Field(() => Int, { nullable: true }) filingLimitMonths?: number | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@Resolver(() => MaterialCategory)
export class MaterialCategoryResolver {
  @Allow('materialCategory.read')
  @Query(() => [MaterialCategory], { description: 'The content specification, in display order.' })
  materialCategories(@Ctx() ctx: RequestContext) {
    return categories.listCategories(ctx);
  }

  @FieldResolver(() => [MembershipStage])
  requiredStages(@Root() category: Pick<MaterialCategory, 'requiredFrom'>): MembershipStage[] {
    return requiredStages(category.requiredFrom);
  }

  @Allow('materialCategory.manage')
  @Mutation(() => MaterialCategory)
  createMaterialCategory(
    @Arg('input', () => CreateMaterialCategoryInput) input: CreateMaterialCategoryInput,
    @Ctx() ctx: RequestContext,
  ) {
    return categories.createCategory(ctx, input);
  }

  @Allow('materialCategory.manage')
  @Mutation(() => MaterialCategory)
  updateMaterialCategory(
    @Arg('input', () => UpdateMaterialCategoryInput) input: UpdateMaterialCategoryInput,
    @Ctx() ctx: RequestContext,
  ) {
    return categories.updateCategory(ctx, input);
  }
}
