import { ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { runAudited } from '../audit/audited-change';
import { Organization } from '../organizations/organization.entity';
import { subtreeSql } from '../organizations/subtree';
import { can, scopeRoot } from '../policy/policy';
import { badInput } from '../shared/errors';
import { parseId } from '../shared/ids';
import { placeholders, selectRows } from '../shared/lean-rows';
import { ServiceContext } from '../shared/service-context';
import { requiredText } from '../shared/validation';
import { Settings } from '../config/settings';
import { lockStaffMember, managedOrganization } from './staff-access';
import { calendarDay } from './staff-dates';
import { AttendanceResult, CourseKind, CourseMode, StaffStatus } from './staff.enums';
import { CourseRecord, projectionOf, SessionRecord } from './staff.records';
import { staffEvent } from './staff.service';
import { TrainingAttendance, TrainingCourse, TrainingSession } from './training.entity';

export interface CreateTrainingCourse {
  organizationId: string;
  title: string;
  kind: CourseKind;
  mode: CourseMode;
  professional: boolean;
  hours: number;
}

const validHours = (field: string, hours: number, max: number) => {
  if (!Number.isFinite(hours) || hours < 0 || hours > max || Math.round(hours * 2) !== hours * 2) {
    throw badInput(field, 'staff.training.hours', { max });
  }
  return hours;
};

export async function createTrainingCourse(ctx: ServiceContext, input: CreateTrainingCourse): Promise<TrainingCourse> {
  const title = requiredText('title', input.title, 100);
  const hours = validHours('hours', input.hours, 500);
  if (hours === 0) throw badInput('hours', 'staff.training.hours', { max: 500 });
  return runAudited(ctx, async (tx) => {
    const organization = await managedOrganization(ctx, tx, input.organizationId);
    const course = Object.assign(new TrainingCourse(), {
      organization: ref(organization),
      title,
      kind: input.kind,
      mode: input.mode,
      professional: input.professional,
      hours,
    });
    tx.persist(course);
    await tx.flush();
    return {
      result: course,
      audit: {
        action: 'TRAINING_COURSE_CREATED',
        target: `TrainingCourse:${course.id}`,
        label: title,
        organizationPath: organization.path,
        details: { kind: input.kind, mode: input.mode, professional: input.professional, hours },
      },
    };
  });
}

async function managedCourse(ctx: ServiceContext, tx: EntityManager, id: string) {
  const course = await tx.findOne(TrainingCourse, parseId(id, 'courseId'));
  const organization = course && (await tx.findOneOrFail(Organization, course.organization.id));
  if (!course || !organization || !can(ctx.actor, 'staff.manage', { organizationPath: organization.path })) {
    throw badInput('courseId', 'common.notFound', { entity: 'TrainingCourse' });
  }
  return { course, organization };
}

export async function createTrainingSession(
  ctx: ServiceContext,
  input: { courseId: string; date: string; place: string; trainer: string },
): Promise<TrainingSession> {
  const date = calendarDay('date', input.date);
  const place = requiredText('place', input.place, 100);
  const trainer = requiredText('trainer', input.trainer, 50);
  return runAudited(ctx, async (tx) => {
    const { course, organization } = await managedCourse(ctx, tx, input.courseId);
    const session = Object.assign(new TrainingSession(), { course: ref(course), date, place, trainer });
    tx.persist(session);
    await tx.flush();
    return {
      result: session,
      audit: {
        action: 'TRAINING_SESSION_CREATED',
        target: `TrainingSession:${session.id}`,
        label: `${course.title} ${date}`,
        organizationPath: organization.path,
        details: { course: course.id, date, place, trainer },
      },
    };
  });
}

export interface RecordAttendance {
  sessionId: string;
  staffMemberId: string;
  /** Hours credited; default the course's hours when attended, 0 when absent. */
  hours?: number | null;
  result: AttendanceResult;
}

/** The session a caller records attendance of, with its course (BAD_USER_INPUT on `field` when out of reach). */
export async function managedSession(ctx: ServiceContext, tx: EntityManager, id: string, field = 'sessionId') {
  const session = await tx.findOne(TrainingSession, parseId(id, field));
  const course = session && (await tx.findOneOrFail(TrainingCourse, session.course.id));
  const organization = course && (await tx.findOneOrFail(Organization, course.organization.id));
  if (
    !session ||
    !course ||
    !organization ||
    !can(ctx.actor, 'staff.manage', { organizationPath: organization.path })
  ) {
    throw badInput(field, 'common.notFound', { entity: 'TrainingSession' });
  }
  return { session, course };
}

/** Credited hours of one attendance: at most the course's; none when absent. */
export function creditedHours(
  field: string,
  hours: number | null | undefined,
  result: AttendanceResult,
  course: TrainingCourse,
) {
  if (result === AttendanceResult.ABSENT) {
    if (hours) throw badInput(field, 'staff.training.absentHours');
    return 0;
  }
  return validHours(field, hours ?? course.hours, course.hours);
}

/** One person's attendance of one session (once: a second is refused). */
export async function recordAttendance(ctx: ServiceContext, input: RecordAttendance): Promise<TrainingAttendance> {
  return runAudited(ctx, async (tx) => {
    const { staff, organization } = await lockStaffMember(ctx, tx, input.staffMemberId);
    if (staff.status === StaffStatus.LEFT) throw badInput('staffMemberId', 'staff.left');
    const { session, course } = await managedSession(ctx, tx, input.sessionId);
    const hours = creditedHours('hours', input.hours, input.result, course);
    if (await tx.count(TrainingAttendance, { session: session.id, staffMember: staff.id })) {
      throw badInput('staffMemberId', 'staff.training.alreadyRecorded');
    }
    const attendance = Object.assign(new TrainingAttendance(), {
      session: ref(session),
      staffMember: ref(staff),
      hours,
      result: input.result,
    });
    tx.persist(attendance);
    await tx.flush().catch((error) => {
      if (error instanceof UniqueConstraintViolationException) {
        throw badInput('staffMemberId', 'staff.training.alreadyRecorded');
      }
      throw error;
    });
    return {
      result: attendance,
      audit: staffEvent('TRAINING_ATTENDANCE_RECORDED', staff, organization, {
        session: session.id,
        course: course.id,
        hours,
        result: input.result,
      }),
    };
  });
}

/** Courses of the caller's subtree. */
export async function listCourses(ctx: ServiceContext): Promise<CourseRecord[]> {
  const scope = subtreeSql('o.path', scopeRoot(ctx.actor, 'staff.read'));
  const projection = projectionOf<CourseRecord>(ctx.em, TrainingCourse, 'c');
  const rows = await selectRows(
    ctx.em,
    `select ${projection.select} from training_course c join organization o on o.id = c.organization_id
      where ${scope.sql} order by c.title, c.id limit 1000`,
    scope.params,
  );
  return rows.map((row) => projection.read(row));
}

/** Sessions of the caller's subtree between two days (the training calendar). */
export async function listSessions(ctx: ServiceContext, from: string, to: string): Promise<SessionRecord[]> {
  const first = calendarDay('from', from);
  const last = calendarDay('to', to);
  if (last < first) throw badInput('to', 'staff.dateOrder');
  const scope = subtreeSql('o.path', scopeRoot(ctx.actor, 'staff.read'));
  const projection = projectionOf<SessionRecord>(ctx.em, TrainingSession, 't');
  const rows = await selectRows(
    ctx.em,
    `select ${projection.select} from training_session t join training_course c on c.id = t.course_id
      join organization o on o.id = c.organization_id
      where ${scope.sql} and t.date >= ? and t.date <= ? order by t.date, t.id limit 1000`,
    [...scope.params, first, last],
  );
  return rows.map((row) => projection.read(row));
}

/** A person's training hours of one year against the target (issue 11 §2). */
export interface TrainingProgress {
  year: number;
  hours: number;
  professionalHours: number;
  targetHours: number;
  professionalTargetHours: number;
  met: boolean;
}

export interface TrainingHours {
  hours: number;
  professionalHours: number;
}

/** The yearly target (STAFF_TRAINING_HOURS_PER_YEAR, of which STAFF_TRAINING_PROFESSIONAL_HOURS professional) against the hours. */
export function progressOf(year: number, done: TrainingHours, settings: Settings): TrainingProgress {
  const targetHours = settings.STAFF_TRAINING_HOURS_PER_YEAR;
  const professionalTargetHours = settings.STAFF_TRAINING_PROFESSIONAL_HOURS;
  return {
    year,
    ...done,
    targetHours,
    professionalTargetHours,
    met: done.hours >= targetHours && done.professionalHours >= professionalTargetHours,
  };
}

/**
 * Hours of attended sessions (passed or failed; absence credits none) per person in a year, in
 * one statement for all the keys (`staffId:year`): a staff page's progress column costs one.
 */
export async function trainingHours(em: EntityManager, keys: readonly string[]): Promise<TrainingHours[]> {
  const pairs = keys.map((key) => key.split(':').map(Number) as [number, number]);
  const ids = [...new Set(pairs.map(([id]) => id))];
  const years = [...new Set(pairs.map(([, year]) => String(year)))];
  const rows = await selectRows<{
    staff: number | string;
    year: string;
    professional: unknown;
    hours: number | string;
  }>(
    em,
    `select a.staff_member_id as staff, substr(t.date, 1, 4) as year, c.professional as professional, sum(a.hours) as hours
       from training_attendance a join training_session t on t.id = a.session_id
       join training_course c on c.id = t.course_id
      where a.staff_member_id in (${placeholders(ids.length)}) and substr(t.date, 1, 4) in (${placeholders(years.length)})
        and a.result <> ?
      group by a.staff_member_id, substr(t.date, 1, 4), c.professional`,
    [...ids, ...years, AttendanceResult.ABSENT],
  );
  return pairs.map(([id, year]) => {
    const mine = rows.filter((row) => Number(row.staff) === id && Number(row.year) === year);
    const sum = (list: typeof mine) => list.reduce((total, row) => total + Number(row.hours), 0);
    return { hours: sum(mine), professionalHours: sum(mine.filter((row) => Boolean(row.professional))) };
  });
}
