import { Arg, Ctx, Field, InputType, Int, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../app/context';
import { Allow } from '../policy/allow';
import { Connection, pageRequest } from '../shared/pagination';
import { DOWNLOAD_URL_TTL_SECONDS } from './download-url';
import { fileDownloadUrl, listIntegrityIncidents } from './files.service';
import { IntegrityIncident } from './integrity-incident.entity';

const IntegrityIncidentConnection = Connection('IntegrityIncident', IntegrityIncident);

@InputType()
class IntegrityIncidentFilter {
  @Field(() => Boolean, { nullable: true }) resolved?: boolean | null;
}

@Resolver()
export class FilesResolver {
  @Allow('file.read')
  @Query(() => String, {
    description: `A signed path to read the file through its owner (Type:id) without the Bearer header, for <img>/<iframe>; valid ${DOWNLOAD_URL_TTL_SECONDS / 60} minutes for the caller's session. Add &download=1 to save it, &name= to name it.`,
  })
  fileDownloadUrl(
    @Ctx() ctx: RequestContext,
    @Arg('owner', () => String) owner: string,
    @Arg('sha256', () => String) sha256: string,
  ) {
    return fileDownloadUrl(ctx, owner, sha256);
  }

  @Allow('integrity.read')
  @Query(() => IntegrityIncidentConnection, {
    description: "Damaged stored content found, newest first, about the caller's subtree.",
  })
  integrityIncidents(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => IntegrityIncidentFilter, { nullable: true }) filter?: IntegrityIncidentFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listIntegrityIncidents(ctx, filter ?? {}, pageRequest(first, after));
  }
}
