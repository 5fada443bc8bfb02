import { Arg, Ctx, ID, Mutation, registerEnumType, Resolver } from 'type-graphql';
import { RequestContext } from '../app/context';
import { Job } from '../jobs/job.entity';
import { enqueueJob } from '../jobs/job.service';
import { Allow } from '../policy/allow';
import { authorizeImport, MemberImportMode } from './member-import';
import { readImportFileRef } from './member-import-file';
import { memberImportJob } from './member-import.job';

registerEnumType(MemberImportMode, { name: 'MemberImportMode' });

@Resolver()
export class MemberImportResolver {
  @Allow('member.import')
  @Mutation(() => Job, {
    description:
      'Imports the members of a file uploaded to POST /members/imports as a background job; its result ' +
      '(JSON: total, imported, rejected, errors by row and column) is read through job(id).',
  })
  async startMemberImport(
    @Ctx() ctx: RequestContext,
    @Arg('fileRef', () => String, { description: 'What POST /members/imports answered.' }) fileRef: string,
    @Arg('mode', () => MemberImportMode) mode: MemberImportMode,
    @Arg('organizationId', () => ID, { description: 'The party organisation of rows that name none.' })
    organizationId: string,
  ) {
    const claim = readImportFileRef(ctx, fileRef);
    const organization = await authorizeImport(ctx, organizationId);
    return enqueueJob(
      ctx,
      memberImportJob,
      { sha256: claim.sha256, format: claim.format, mode, organizationId, locale: ctx.locale },
      { organizationPath: organization.path },
    ) as Promise<Job>;
  }
}
