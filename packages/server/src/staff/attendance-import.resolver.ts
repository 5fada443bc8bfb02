import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../app/context';
import { Job } from '../jobs/job.entity';
import { enqueueJob } from '../jobs/job.service';
import { readImportFileRef } from '../members/member-import-file';
import { Allow } from '../policy/allow';
import { attendanceImportJob } from './attendance-import.job';
import { managedSession } from './training.service';
import { Organization } from '../organizations/organization.entity';

@Resolver()
export class AttendanceImportResolver {
  @Allow('staff.manage')
  @Mutation(() => Job, {
    description:
      'Records the attendance of a session from a sheet uploaded to POST /staff/attendance-imports, as a background ' +
      'job; its result (JSON: total, imported, rejected, errors by row and column) is read through job(id).',
  })
  async startAttendanceImport(
    @Ctx() ctx: RequestContext,
    @Arg('fileRef', () => String, { description: 'What POST /staff/attendance-imports answered.' }) fileRef: string,
    @Arg('sessionId', () => ID) sessionId: string,
  ) {
    const claim = readImportFileRef(ctx, fileRef);
    const { course } = await managedSession(ctx, ctx.em, sessionId);
    const organization = await ctx.em.findOneOrFail(Organization, course.organization.id);
    return enqueueJob(
      ctx,
      attendanceImportJob,
      { sha256: claim.sha256, format: claim.format, sessionId, locale: ctx.locale },
      { organizationPath: organization.path },
    ) as Promise<Job>;
  }
}
