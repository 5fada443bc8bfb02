import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { RequestContext } from '../app/context';
import { Allow } from '../policy/allow';
import { Connection, pageRequest } from '../shared/pagination';
import { DateTimeScalar } from '../shared/scalars';
import { AuditEntry } from './audit-entry.entity';
import { auditActionsIn } from './audit-actions';
import { countAuditActions, listAuditEntries, MAX_AUDIT_OFFSET } from './audit.service';
import { auditChainStatus } from './chain-status.service';
import { listMySignIns, MAX_MY_SIGN_INS } from './my-sign-ins.service';
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

@ObjectType({ description: "An audit action code and its label in the caller's language." })
class AuditActionInfo {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
}

@ObjectType({ description: 'Where the chain stands, without verifying it (see verifyAuditChain).' })
class AuditChainStatus {
  @Field(() => Int, { description: "The newest entry's position; 0 for an empty chain." }) headSeq!: number;
  @Field(() => DateTimeScalar, { nullable: true }) headAt!: Date | null;
  @Field(() => AuditCheckpoint, { nullable: true, description: 'The newest checkpoint with a valid signature.' })
  newestCheckpoint!: AuditCheckpoint | null;
  @Field(() => Int, { description: 'Newer lines of the checkpoint files that were refused (forged or damaged).' })
  refusedCheckpoints!: number;
}

@ObjectType()
class AuditActionCount {
  @Field(() => String) action!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "A sign-in attempt on the caller's own account." })
class SignInEvent {
  @Field(() => ID) id!: number;
  @Field(() => DateTimeScalar) at!: Date;
  @Field(() => String, { description: 'LOGIN, LOGIN_FAILED, LOGIN_LOCKED or LOGIN_REFUSED_LOCKED.' }) action!: string;
  @Field(() => String, { nullable: true }) ip!: string | null;
}

@InputType()
class AuditFilter {
  @Field(() => String, { nullable: true, description: 'Username of the actor.' }) actor?: string | null;
  @Field(() => String, { nullable: true }) action?: string | null;
  @Field(() => [String], { nullable: true, description: 'Any of these actions (at most 50).' })
  actions?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Target, or its prefix (e.g. "User:").' }) target?: string | null;
  @Field(() => ID, { nullable: true, description: "Entries about this organisation's subtree." })
  organizationId?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) from?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) to?: Date | null;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Allow('audit.read')
  @Query(() => AuditEntryConnection, { description: "Newest first, about the caller's subtree." })
  auditEntries(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('offset', () => Int, {
      nullable: true,
      description: `Entries skipped after the cursor (or the newest): page jumps. At most ${MAX_AUDIT_OFFSET}.`,
    })
    offset?: number | null,
  ) {
    return listAuditEntries(ctx, filter ?? {}, { ...pageRequest(first, after), offset });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The actor's display name today; null for no signed-in actor or an account since removed.",
  })
  actorName(
    @Root() entry: Pick<AuditEntry, 'actorId'>,
    @Ctx() ctx: RequestContext,
  ): string | null | Promise<string | null> {
    if (!entry.actorId) return null;
    const loader = ctx.loaders.userDisplayNameById;
    return loader.peek(entry.actorId) ?? loader.load(entry.actorId);
  }

  @Allow('audit.read')
  @Query(() => [AuditActionInfo], {
    description: "Every audit action code the server writes, labelled in the caller's language.",
  })
  auditActions(@Ctx() ctx: RequestContext): AuditActionInfo[] {
    return auditActionsIn(ctx.locale);
  }

  @Allow('session.self')
  @Query(() => [SignInEvent], { description: `The caller's own latest sign-in attempts (at most ${MAX_MY_SIGN_INS}).` })
  mySignIns(@Ctx() ctx: RequestContext, @Arg('first', () => Int, { nullable: true, defaultValue: 5 }) first: number) {
    return listMySignIns(ctx, first);
  }

  @Allow('audit.read')
  @Query(() => AuditChainStatus, {
    description: 'The head of the chain and its newest checkpoint, without verifying. Whole-tree readers only.',
  })
  auditChainStatus(@Ctx() ctx: RequestContext) {
    return auditChainStatus(ctx);
  }

  @Allow('audit.read')
  @Query(() => [AuditActionCount], {
    description: "Entries by action about the caller's subtree between from and to (now), at most 92 days.",
  })
  auditActivity(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => DateTimeScalar) from: Date,
    @Arg('to', () => DateTimeScalar, { nullable: true }) to?: Date | null,
  ) {
    return countAuditActions(ctx, from, to);
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
