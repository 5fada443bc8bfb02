import { Arg, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../app/context';
import { Allow } from '../policy/allow';
import { Connection, pageRequest } from '../shared/pagination';
import { DateTimeScalar } from '../shared/scalars';
import { AuditEntry } from './audit-entry.entity';
import { listAuditEntries, verifyAuditChain } from './audit.service';

const AuditEntryConnection = Connection('AuditEntry', AuditEntry);

@ObjectType()
class AuditVerification {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => Int, { description: 'Entries checked before the first broken one (all, when ok).' }) checked!: number;
  @Field(() => ID, { nullable: true }) firstBrokenId!: number | null;
}

@InputType()
class AuditFilter {
  @Field(() => String, { nullable: true, description: 'Username of the actor.' }) actor?: string | null;
  @Field(() => String, { nullable: true }) action?: string | null;
  @Field(() => String, { nullable: true, description: 'Target, or its prefix (e.g. "User:").' }) target?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) from?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) to?: Date | null;
}

@Resolver()
export class AuditResolver {
  @Allow('audit.read')
  @Query(() => AuditEntryConnection, { description: 'Newest first.' })
  auditEntries(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listAuditEntries(ctx.em, ctx.actor, filter ?? {}, pageRequest(first, after));
  }

  @Allow('audit.read')
  @Query(() => AuditVerification)
  verifyAuditChain(@Ctx() ctx: RequestContext) {
    return verifyAuditChain(ctx.em);
  }
}
