import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../app/context';
import { AttendanceRecord } from './staff.records';
import { OrganizationRecord } from '../organizations/organization.records';
import { CourseRecord, SessionRecord, StaffRecord } from './staff.records';
import { Organization } from '../organizations/organization.entity';
import { Allow } from '../policy/allow';
import { StaffMember } from './staff-member.entity';
import { CreateTrainingCourseInput, CreateTrainingSessionInput, RecordAttendanceInput } from './staff.types';
import { TrainingAttendance, TrainingCourse, TrainingSession } from './training.entity';
import * as training from './training.service';

@Resolver(() => TrainingCourse)
export class TrainingCourseResolver {
  @Allow('staff.read')
  @Query(() => [TrainingCourse])
  trainingCourses(@Ctx() ctx: RequestContext) {
    return training.listCourses(ctx);
  }

  @FieldResolver(() => Organization)
  organization(
    @Root() course: { organization: { id: number } },
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationRecord | null> {
    return ctx.loaders.organizationById.load(course.organization.id);
  }

  @Allow('staff.manage')
  @Mutation(() => TrainingCourse)
  createTrainingCourse(
    @Arg('input', () => CreateTrainingCourseInput) input: CreateTrainingCourseInput,
    @Ctx() ctx: RequestContext,
  ) {
    return training.createTrainingCourse(ctx, input);
  }
}

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @Allow('staff.read')
  @Query(() => [TrainingSession], { description: 'The training calendar: sessions between two days (YYYY-MM-DD).' })
  trainingSessions(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
  ) {
    return training.listSessions(ctx, from, to);
  }

  @FieldResolver(() => TrainingCourse)
  course(@Root() session: { course: { id: number } }, @Ctx() ctx: RequestContext): Promise<CourseRecord | null> {
    return ctx.loaders.trainingCourseById.load(session.course.id);
  }

  @FieldResolver(() => [TrainingAttendance], { description: 'Who attended, for the attendance entry page.' })
  attendances(@Root() session: { id: number }, @Ctx() ctx: RequestContext): Promise<AttendanceRecord[]> {
    return ctx.loaders.attendancesBySessionId.load(session.id);
  }

  @Allow('staff.manage')
  @Mutation(() => TrainingSession)
  createTrainingSession(
    @Arg('input', () => CreateTrainingSessionInput) input: CreateTrainingSessionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return training.createTrainingSession(ctx, input);
  }
}

@Resolver(() => TrainingAttendance)
export class TrainingAttendanceResolver {
  @FieldResolver(() => TrainingSession)
  session(@Root() attendance: { session: { id: number } }, @Ctx() ctx: RequestContext): Promise<SessionRecord | null> {
    return ctx.loaders.trainingSessionById.load(attendance.session.id);
  }

  @FieldResolver(() => StaffMember)
  staffMember(
    @Root() attendance: { staffMember: { id: number } },
    @Ctx() ctx: RequestContext,
  ): Promise<StaffRecord | null> {
    return ctx.loaders.staffMemberById.load(attendance.staffMember.id);
  }

  @Allow('staff.manage')
  @Mutation(() => TrainingAttendance, { description: 'One person’s attendance of one session, once.' })
  recordAttendance(
    @Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return training.recordAttendance(ctx, input);
  }
}
