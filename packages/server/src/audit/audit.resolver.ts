import { Arg, Ctx, Field, ID, InputType, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { RequestContext } from '../app/context';
import { Allow } from '../policy/allow';
import { Connection, pageRequest } from '../shared/pagination';
import { DateTimeScalar } from '../shared/scalars';
import { AuditEntry } from './audit-entry.entity';
import { listAuditEntries } from './audit.service';
import { verifyAuditChainFor } from './verify-chain.service';

const AuditEntryConnection = Connection('AuditEntry', AuditEntry);

enum AuditChainProblem {
  EDITED = 'EDITED',
  TRUNCATED = 'TRUNCATED',
  REWRITTEN = 'REWRITTEN',
  CHECKPOINT_INVALID = 'CHECKPOINT_INVALID',
}
registerEnumType(AuditChainProblem, {
  name: 'AuditChainProblem',
  valuesConfig: {
    EDITED: { description: 'An entry no longer matches its hash or its predecessor (edited, removed or inserted).' },
    TRUNCATED: { description: 'The chain ends before its newest checkpoint: its newest entries were deleted.' },
    REWRITTEN: {
      description: 'The checkpointed entry has another hash: entries were rewritten and later hashes recomputed.',
    },
    CHECKPOINT_INVALID: { description: 'A checkpoint newer than the one used was refused (forged or damaged).' },
  },
});

@ObjectType({ description: 'A signed statement, kept outside the database, of the head of the chain at a time.' })
class AuditCheckpoint {
  @Field(() => Int) seq!: number;
  @Field(() => String) hash!: string;
  @Field(() => DateTimeScalar) at!: Date;
}

@ObjectType()
class AuditVerification {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => Int, { description: 'Entries checked before the first problem (all, when ok).' }) checked!: number;
  @Field(() => ID, { nullable: true }) firstBrokenId!: number | null;
  @Field(() => AuditChainProblem, { nullable: true }) problem!: AuditChainProblem | null;
  @Field(() => AuditCheckpoint, { nullable: true, description: 'The newest valid checkpoint, checked against.' })
  checkpoint!: AuditCheckpoint | null;
}

@InputType()
class AuditFilter {
  @Field(() => String, { nullable: true, description: 'Username of the actor.' }) actor?: string | null;
  @Field(() => String, { nullable: true }) action?: string | null;
  @Field(() => String, { nullable: true, description: 'Target, or its prefix (e.g. "User:").' }) target?: string | null;
  @Field(() => ID, { nullable: true, description: "Entries about this organisation's subtree." })
  organizationId?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) from?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) to?: Date | null;
}

@Resolver()
export class AuditResolver {
  @Allow('audit.read')
  @Query(() => AuditEntryConnection, { description: "Newest first, about the caller's subtree." })
  auditEntries(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listAuditEntries(ctx, filter ?? {}, pageRequest(first, after));
  }

  @Allow('audit.read')
  @Query(() => AuditVerification, {
    description:
      'Checks the chain from its newest checkpoint (from the first entry with full). Whole-tree readers only; once per operation, a few a minute.',
  })
  verifyAuditChain(
    @Ctx() ctx: RequestContext,
    @Arg('full', () => Boolean, { nullable: true, defaultValue: false }) full?: boolean | null,
  ) {
    return verifyAuditChainFor(ctx, { full: full === true });
  }
}
