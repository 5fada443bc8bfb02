import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../app/context';
import { Organization } from '../organizations/organization.entity';
import { OrganizationRecord } from '../organizations/organization.records';
import { Allow } from '../policy/allow';
import { pageRequest } from '../shared/pagination';
import { selectedFields } from '../shared/selection';
import { Assessment, RemovalDecision } from './assessment.entity';
import { Contract } from './contract.entity';
import * as contracts from './contract.service';
import { Exchange } from './exchange.entity';
import { Assignment, StaffPreference } from './post.entity';
import { addDays, todayOf } from './staff-dates';
import { Qualification, StaffMember } from './staff-member.entity';
import { STAFF_MESSAGES } from './staff.messages';
import * as staff from './staff.service';
import {
  AssessmentRecord,
  AssignmentRecord,
  AttendanceRecord,
  ContractRecord,
  ExchangeRecord,
  PreferenceRecord,
  QualificationRecord,
  RemovalDecisionRecord,
  StaffRecord,
} from './staff.records';
import {
  AddQualificationInput,
  CreateContractInput,
  CreateStaffMemberInput,
  StaffFilter,
  StaffMemberConnection,
  UpdateStaffMemberInput,
  TrainingProgress,
} from './staff.types';
import { TrainingAttendance } from './training.entity';
import { progressOf } from './training.service';
import { badInput } from '../shared/errors';

type StaffLike = Pick<StaffRecord, 'id' | 'organization' | 'retirementDate' | 'failedPeriods'>;

/** Relations are read through the request's loaders: a page costs one statement per relation. */
@Resolver(() => StaffMember)
export class StaffMemberResolver {
  @Allow('staff.read')
  @Query(() => StaffMemberConnection, { description: 'Archive staff of the caller’s subtree (requirements §7).' })
  async staffMembers(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => StaffFilter, { nullable: true }) filter?: StaffFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await staff.listStaffMembers(
      ctx,
      filter ?? {},
      pageRequest(first, after),
      selectedFields(info).has('totalCount'),
    );
    // Guarded fields of the page and of its assessments decide from these without another statement.
    for (const edge of page.edges) ctx.loaders.staffMemberById.prime(edge.node.id, edge.node);
    return page;
  }

  @Allow('staff.read', 'staff.readOwn')
  @Query(() => StaffMember, {
    nullable: true,
    description: 'One staff member: in the caller’s subtree, or their own record.',
  })
  async staffMember(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<StaffRecord> {
    const found = await staff.getStaffMember(ctx, id);
    ctx.loaders.staffMemberById.prime(found.id, found);
    return found;
  }

  @Allow('staff.readOwn')
  @Query(() => StaffMember, { nullable: true, description: 'The caller’s own staff record, if they have one.' })
  async myStaffRecord(@Ctx() ctx: RequestContext) {
    const found = await staff.myStaffRecord(ctx);
    if (found) ctx.loaders.staffMemberById.prime(found.id, found);
    return found;
  }

  @Allow('staff.read')
  @Query(() => [Contract], { description: 'Contracts ending within `withinDays` (default 90) days.' })
  contractsEnding(@Ctx() ctx: RequestContext, @Arg('withinDays', () => Int, { nullable: true }) withinDays?: number) {
    return contracts.contractsEnding(ctx, withinDays ?? contracts.CONTRACT_ENDING_DAYS);
  }

  @Allow('staff.read')
  @Query(() => [Qualification], {
    description: 'Certificates expiring within `withinDays` (30, 60 or 90, default 90) days.',
  })
  expiringQualifications(
    @Ctx() ctx: RequestContext,
    @Arg('withinDays', () => Int, { nullable: true }) withinDays?: number,
  ) {
    return staff.expiringQualifications(ctx, withinDays ?? 90);
  }

  @FieldResolver(() => Organization)
  async organization(@Root() member: StaffLike, @Ctx() ctx: RequestContext): Promise<OrganizationRecord> {
    return (await ctx.loaders.organizationById.load(member.organization.id))!;
  }

  @FieldResolver(() => Boolean, { description: 'Within 2 years of retirement: the rotation does not move them.' })
  nearRetirement(@Root() member: StaffLike, @Ctx() ctx: RequestContext): boolean {
    return member.retirementDate <= addDays(todayOf(ctx), 730);
  }

  @FieldResolver(() => [String], { nullable: true, description: 'The failed periods behind the removal flag.' })
  failedPeriods(@Root() member: StaffLike): string[] {
    return member.failedPeriods ? member.failedPeriods.split(',') : [];
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the person is flagged for removal, in words.' })
  removalReason(@Root() member: StaffLike, @Ctx() ctx: RequestContext): string | null {
    if (!member.failedPeriods) return null;
    const periods = member.failedPeriods.split(',');
    return STAFF_MESSAGES[ctx.locale]['staff.removal.reason']
      .replace('{count}', String(periods.length))
      .replace('{periods}', periods.join(ctx.locale === 'en' ? ', ' : '、'));
  }

  @FieldResolver(() => [RemovalDecision], { nullable: true })
  removalDecisions(@Root() member: StaffLike, @Ctx() ctx: RequestContext): Promise<RemovalDecisionRecord[]> {
    return ctx.loaders.removalDecisionsByStaffId.load(member.id);
  }

  @FieldResolver(() => [StaffPreference], {
    nullable: true,
    description: 'Posts the person wishes to hold, strongest first; the rotation weighs them (issue 11 §4).',
  })
  preferences(@Root() member: StaffLike, @Ctx() ctx: RequestContext): Promise<PreferenceRecord[]> {
    return ctx.loaders.preferencesByStaffId.load(member.id);
  }

  @FieldResolver(() => [Contract])
  contracts(@Root() member: StaffLike, @Ctx() ctx: RequestContext): Promise<ContractRecord[]> {
    return ctx.loaders.contractsByStaffId.load(member.id);
  }

  @FieldResolver(() => [Qualification])
  qualifications(@Root() member: StaffLike, @Ctx() ctx: RequestContext): Promise<QualificationRecord[]> {
    return ctx.loaders.qualificationsByStaffId.load(member.id);
  }

  @FieldResolver(() => [Assignment], { description: 'Every assignment, oldest first (rotation history).' })
  assignments(@Root() member: StaffLike, @Ctx() ctx: RequestContext): Promise<AssignmentRecord[]> {
    return ctx.loaders.assignmentsByStaffId.load(member.id);
  }

  @FieldResolver(() => Assignment, { nullable: true })
  async currentAssignment(@Root() member: StaffLike, @Ctx() ctx: RequestContext): Promise<AssignmentRecord | null> {
    const all = await ctx.loaders.assignmentsByStaffId.load(member.id);
    const today = todayOf(ctx);
    return all.find((each) => each.startDate <= today && (!each.endDate || each.endDate > today)) ?? null;
  }

  @FieldResolver(() => [TrainingAttendance], { description: 'Training attended (api.md `trainings`).' })
  trainings(@Root() member: StaffLike, @Ctx() ctx: RequestContext): Promise<AttendanceRecord[]> {
    return ctx.loaders.attendancesByStaffId.load(member.id);
  }

  @FieldResolver(() => TrainingProgress, {
    description: 'Training hours of a year against the target (default: this year).',
  })
  async trainingProgress(
    @Root() member: StaffLike,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<TrainingProgress> {
    const asked = year ?? Number(todayOf(ctx).slice(0, 4));
    if (!Number.isInteger(asked) || asked < 1950 || asked > 2200) throw badInput('year', 'staff.year');
    return progressOf(asked, await ctx.loaders.trainingHours.load(`${member.id}:${asked}`), ctx.settings);
  }

  @FieldResolver(() => [Assessment], { description: 'Assessments by period.' })
  assessments(@Root() member: StaffLike, @Ctx() ctx: RequestContext): Promise<AssessmentRecord[]> {
    return ctx.loaders.assessmentsByStaffId.load(member.id);
  }

  @FieldResolver(() => [Exchange])
  exchanges(@Root() member: StaffLike, @Ctx() ctx: RequestContext): Promise<ExchangeRecord[]> {
    return ctx.loaders.exchangesByStaffId.load(member.id);
  }

  @Allow('staff.manage')
  @Mutation(() => StaffMember)
  createStaffMember(
    @Arg('input', () => CreateStaffMemberInput) input: CreateStaffMemberInput,
    @Ctx() ctx: RequestContext,
  ) {
    return staff.createStaffMember(ctx, input);
  }

  @Allow('staff.manage')
  @Mutation(() => StaffMember, {
    description: 'Changes the fields given; userId links (or with "" unlinks) the account.',
  })
  updateStaffMember(
    @Arg('input', () => UpdateStaffMemberInput) input: UpdateStaffMemberInput,
    @Ctx() ctx: RequestContext,
  ) {
    return staff.updateStaffMember(ctx, input);
  }

  @Allow('staff.manage')
  @Mutation(() => Qualification)
  addQualification(
    @Arg('input', () => AddQualificationInput) input: AddQualificationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return staff.addQualification(ctx, input);
  }

  @Allow('staff.manage')
  @Mutation(() => Contract, { description: 'Service term ≥ 3 years; a first contract carries 12 months of probation.' })
  createContract(@Arg('input', () => CreateContractInput) input: CreateContractInput, @Ctx() ctx: RequestContext) {
    return contracts.createContract(ctx, input);
  }
}

type Owned = { staffMember: { id: number } };

@Resolver(() => Contract)
export class ContractResolver {
  @FieldResolver(() => Boolean, { description: 'Ends within 90 days (and has not ended).' })
  endingSoon(@Root() contract: Pick<Contract, 'endDate'>, @Ctx() ctx: RequestContext): boolean {
    return contracts.isEndingSoon(contract, todayOf(ctx));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The signed contract (GET /files/:sha256?owner=Contract:<id>).',
  })
  attachmentSha256(@Root() contract: { attachment?: { id?: unknown; sha256?: string } | null }): string | null {
    const attachment = contract.attachment;
    return attachment ? String(attachment.sha256 ?? attachment.id) : null;
  }

  @FieldResolver(() => StaffMember)
  staffMember(@Root() owned: Owned, @Ctx() ctx: RequestContext): Promise<StaffRecord | null> {
    return ctx.loaders.staffMemberById.load(owned.staffMember.id);
  }
}

@Resolver(() => Qualification)
export class QualificationResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description: 'The reminder window the expiry falls in: 30, 60 or 90 days.',
  })
  reminderDays(@Root() qualification: Pick<Qualification, 'expiresOn'>, @Ctx() ctx: RequestContext): number | null {
    return staff.reminderWindow(qualification.expiresOn, todayOf(ctx));
  }

  @FieldResolver(() => StaffMember)
  staffMember(@Root() owned: Owned, @Ctx() ctx: RequestContext): Promise<StaffRecord | null> {
    return ctx.loaders.staffMemberById.load(owned.staffMember.id);
  }
}
