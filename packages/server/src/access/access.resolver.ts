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
import { MaterialCategory } from '../dossiers/material-category.entity';
import { Organization } from '../organizations/organization.entity';
import { OrganizationRecord } from '../organizations/organization.records';
import { Allow } from '../policy/allow';
import { Connection, pageRequest } from '../shared/pagination';
import { selectedFields } from '../shared/selection';
import { AccessPurpose } from './access-purpose.entity';
import { AccessRequest, AccessRequestStatus } from './access-request.entity';
import { AccessRequestRecord, getAccessRequest, listAccessRequests, requestableDossiers } from './access-requests.read';
import { AccessScope, splitIds, splitScopes, StepMode } from './access-scope';
import {
  AccessDepartment,
  AccessDossier,
  AccessPerson,
  ChainStepRecord,
  ChainTemplateRecord,
  ChainTemplateStepView,
  ChainTemplateView,
  JustificationFile,
  RequestableDossier,
  ScopeChainTemplate,
} from './access.types';
import { listChainTemplates, removeChainTemplate, setChainTemplate } from './chain-templates';
import { createAccessRequest, withdrawAccessRequest } from './filing';
import { listAccessPurposes, setAccessPurpose } from './purposes';

@InputType()
class ChainStepInput {
  @Field(() => StepMode) mode!: StepMode;
  @Field(() => [ID]) departmentIds!: string[];
  @Field(() => Int, { nullable: true, description: '1–720 hours; omitted: no limit.' }) timeLimitHours?: number | null;
}

@InputType()
class SetChainTemplateInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => AccessScope) scope!: AccessScope;
  @Field(() => [ChainStepInput]) steps!: ChainStepInput[];
  @Field(() => Int, { nullable: true, description: 'The version replaced; omitted when creating. Stale: CONFLICT.' })
  version?: number | null;
}

@Resolver(() => ChainTemplateView)
export class ChainTemplateResolver {
  @Allow('chainTemplate.read')
  @Query(() => [ScopeChainTemplate], {
    description: 'Per scope, the template set on the organisation and the one that applies (own or inherited).',
  })
  chainTemplates(@Arg('organizationId', () => ID) organizationId: string, @Ctx() ctx: RequestContext) {
    return listChainTemplates(ctx, organizationId);
  }

  @Allow('chainTemplate.manage')
  @Mutation(() => ScopeChainTemplate, { description: 'Creates or replaces the steps of a template.' })
  setChainTemplate(
    @Arg('input', () => SetChainTemplateInput) input: SetChainTemplateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return setChainTemplate(ctx, input);
  }

  @Allow('chainTemplate.manage')
  @Mutation(() => ScopeChainTemplate, { description: 'Removes a template: the inherited one applies again.' })
  removeChainTemplate(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('scope', () => AccessScope) scope: AccessScope,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ) {
    return removeChainTemplate(ctx, { organizationId, scope, version });
  }

  @FieldResolver(() => Organization, { description: 'The organisation that sets the template.' })
  async organization(@Root() template: ChainTemplateRecord, @Ctx() ctx: RequestContext): Promise<OrganizationRecord> {
    return (await ctx.loaders.organizationById.load(template.organizationId))!;
  }
}

@Resolver(() => ChainTemplateStepView)
export class ChainTemplateStepResolver {
  @FieldResolver(() => [AccessDepartment])
  async departments(@Root() step: ChainStepRecord, @Ctx() ctx: RequestContext): Promise<AccessDepartment[]> {
    const found = await ctx.loaders.organizationById.loadMany(step.departmentIds);
    return found.flatMap((organization) =>
      organization && !(organization instanceof Error)
        ? [{ id: organization.id, code: organization.code, name: organization.name, active: organization.active }]
        : [],
    );
  }
}

@InputType()
class SetAccessPurposeInput {
  @Field(() => String, { description: 'A new code creates a purpose; a known one changes it.' }) code!: string;
  @Field(() => String, { nullable: true }) nameZh?: string | null;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => Boolean, { nullable: true }) requiresDetails?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'false retires the purpose from new requests.' })
  active?: boolean | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number | null;
  @Field(() => Int, { nullable: true, description: 'The version changed; omitted when creating.' })
  version?: number | null;
}

@Resolver(() => AccessPurpose)
export class AccessPurposeResolver {
  @Allow('accessPurpose.read')
  @Query(() => [AccessPurpose], { description: 'Permitted purposes of consulting a dossier, in display order.' })
  accessPurposes(
    @Ctx() ctx: RequestContext,
    @Arg('includeInactive', () => Boolean, { nullable: true, description: 'Retired ones too (ADMIN).' })
    includeInactive?: boolean | null,
  ) {
    return listAccessPurposes(ctx, !!includeInactive);
  }

  @Allow('accessPurpose.manage')
  @Mutation(() => AccessPurpose)
  setAccessPurpose(
    @Arg('input', () => SetAccessPurposeInput) input: SetAccessPurposeInput,
    @Ctx() ctx: RequestContext,
  ) {
    return setAccessPurpose(ctx, input);
  }
}

@InputType()
class JustificationFileInput {
  @Field(() => String, { description: 'SHA-256 of a PDF the requester uploaded through POST /files.' })
  sha256!: string;
  @Field(() => String) fileName!: string;
}

@InputType()
class CreateAccessRequestInput {
  @Field(() => [ID], { description: '1–20 dossiers.' }) dossierIds!: string[];
  @Field(() => [AccessScope]) scope!: AccessScope[];
  @Field(() => [ID], { nullable: true, description: 'Narrows MATERIALS/RESTRICTED to these material categories.' })
  categoryIds?: string[] | null;
  @Field(() => String, { description: 'A purpose code (accessPurposes); other text is filed as OTHER.' })
  purpose!: string;
  @Field(() => String, { nullable: true, description: 'Required when the purpose requires details (OTHER).' })
  purposeDetails?: string | null;
  @Field(() => String, { description: '10–2000 characters.' }) justification!: string;
  @Field(() => JustificationFileInput, { nullable: true }) justificationFile?: JustificationFileInput | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Days the grant lasts (1–ACCESS_MAX_DAYS); default ACCESS_DEFAULT_DAYS.',
  })
  durationDays?: number | null;
}

@InputType()
class AccessRequestFilter {
  @Field(() => AccessRequestStatus, { nullable: true }) status?: AccessRequestStatus | null;
  @Field(() => Boolean, { nullable: true, description: 'Only the caller’s own requests.' }) mine?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Only requests waiting for the caller’s decision.' })
  waitingForMe?: boolean | null;
}

const AccessRequestConnection = Connection('AccessRequest', AccessRequest);

type RequestLike = AccessRequestRecord | AccessRequest;

@Resolver(() => AccessRequest)
export class AccessRequestResolver {
  @Allow('accessRequest.file')
  @Query(() => [RequestableDossier], {
    description: 'Dossiers one may ask for: exact ID number (anywhere) or name (own subtree); at most 20.',
  })
  requestableDossiers(
    @Ctx() ctx: RequestContext,
    @Arg('idNumber', () => String, { nullable: true }) idNumber?: string | null,
    @Arg('name', () => String, { nullable: true }) name?: string | null,
  ) {
    return requestableDossiers(ctx, { idNumber, name });
  }

  @Allow('accessRequest.file')
  @Mutation(() => AccessRequest)
  createAccessRequest(
    @Arg('input', () => CreateAccessRequestInput) input: CreateAccessRequestInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createAccessRequest(ctx, input);
  }

  @Allow('accessRequest.file')
  @Mutation(() => AccessRequest, { description: 'The requester withdraws a pending request.' })
  withdrawAccessRequest(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return withdrawAccessRequest(ctx, requestId, version);
  }

  @Allow('accessRequest.read')
  @Query(() => AccessRequest, { nullable: true, description: 'NOT_FOUND unless the caller may see it.' })
  accessRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getAccessRequest(ctx, id);
  }

  @Allow('accessRequest.read')
  @Query(() => AccessRequestConnection, { description: 'Requests the caller may see, newest first.' })
  accessRequests(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => AccessRequestFilter, { nullable: true }) filter?: AccessRequestFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listAccessRequests(ctx, filter ?? {}, pageRequest(first, after), selectedFields(info).has('totalCount'));
  }

  @FieldResolver(() => AccessPerson)
  async requester(@Root() request: RequestLike, @Ctx() ctx: RequestContext): Promise<AccessPerson> {
    const id = request.requester.id;
    return { id, displayName: (await ctx.loaders.userDisplayNameById.load(id)) ?? '' };
  }

  @FieldResolver(() => String, { description: 'The organisation the requester filed from.' })
  async requesterOrganizationName(@Root() request: RequestLike, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.loaders.organizationById.load(request.requesterOrganization.id))?.name ?? '';
  }

  @FieldResolver(() => AccessPurpose)
  async purpose(@Root() request: RequestLike, @Ctx() ctx: RequestContext): Promise<AccessPurpose> {
    const all = await ctx.loaders.accessPurposes.load('all');
    return all.find((purpose) => purpose.id === request.purpose.id)!;
  }

  @FieldResolver(() => [AccessDossier])
  dossiers(@Root() request: RequestLike, @Ctx() ctx: RequestContext): Promise<AccessDossier[]> {
    return ctx.loaders.accessDossiersByRequestId.load(request.id);
  }

  @FieldResolver(() => [AccessScope])
  scopes(@Root() request: RequestLike): AccessScope[] {
    return splitScopes(request.scopes);
  }

  @FieldResolver(() => [MaterialCategory], {
    nullable: true,
    description: 'The categories MATERIALS/RESTRICTED are narrowed to; null: every category of the scopes.',
  })
  async categories(@Root() request: RequestLike, @Ctx() ctx: RequestContext) {
    if (!request.categoryIds) return null;
    const catalogue = await ctx.loaders.materialCatalogue.load('all');
    const ids = splitIds(request.categoryIds);
    return catalogue.filter((category) => ids.includes(category.id));
  }

  @FieldResolver(() => JustificationFile, { nullable: true })
  justificationFile(@Root() request: RequestLike): JustificationFile | null {
    if (!request.justificationSha256) return null;
    return {
      sha256: request.justificationSha256,
      fileName: request.justificationFileName ?? request.justificationSha256.slice(0, 12),
      owner: `AccessRequest:${request.id}`,
    };
  }
}

export const FILING_RESOLVERS = [
  ChainTemplateResolver,
  ChainTemplateStepResolver,
  AccessPurposeResolver,
  AccessRequestResolver,
] as const;
