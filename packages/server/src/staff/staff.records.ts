import { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { EntityName } from '@mikro-orm/core';
import { PeekableLoader } from '../shared/batch-loaders';
import { LeanProjection, leanProperties, placeholders, selectRows } from '../shared/lean-rows';
import { Assessment, RemovalDecision } from './assessment.entity';
import { Contract } from './contract.entity';
import { Exchange } from './exchange.entity';
import { Assignment, Post, StaffPreference } from './post.entity';
import { Qualification, StaffMember } from './staff-member.entity';
import { TrainingAttendance, TrainingCourse, TrainingSession } from './training.entity';
import { TrainingHours, trainingHours } from './training.service';

type Ref = { id: number };
/** Plain records of reads (architecture: reads are lean); relations as `{ id }`. */
export type StaffRecord = Omit<StaffMember, 'organization' | 'user'> & { organization: Ref; user: Ref | null };
export type QualificationRecord = Omit<Qualification, 'staffMember'> & { staffMember: Ref };
export type PostRecord = Omit<Post, 'organization'> & { organization: Ref };
export type PreferenceRecord = Omit<StaffPreference, 'staffMember' | 'post'> & { staffMember: Ref; post: Ref };
export type AssignmentRecord = Omit<Assignment, 'staffMember' | 'post'> & { staffMember: Ref; post: Ref };
export type ContractRecord = Omit<Contract, 'staffMember' | 'attachment'> & {
  staffMember: Ref;
  attachment: Ref | null;
};
export type CourseRecord = Omit<TrainingCourse, 'organization'> & { organization: Ref };
export type SessionRecord = Omit<TrainingSession, 'course'> & { course: Ref };
export type AttendanceRecord = Omit<TrainingAttendance, 'session' | 'staffMember'> & { session: Ref; staffMember: Ref };
export type AssessmentRecord = Omit<Assessment, 'staffMember' | 'assessor'> & { staffMember: Ref; assessor: Ref };
export type RemovalDecisionRecord = Omit<RemovalDecision, 'staffMember' | 'decidedBy'> & {
  staffMember: Ref;
  decidedBy: Ref;
};
export type ExchangeRecord = Omit<Exchange, 'staffMember' | 'homeOrganization' | 'hostOrganization'> & {
  staffMember: Ref;
  homeOrganization: Ref;
  hostOrganization: Ref;
};

export const projectionOf = <T>(em: EntityManager, entity: EntityName<object>, alias: string) =>
  new LeanProjection<T>(em, entity, leanProperties(em, entity), alias);

export const staffProjection = (em: EntityManager, alias = 's') => projectionOf<StaffRecord>(em, StaffMember, alias);

/** Rows of `table` whose `column` is one of `ids`, read through the entity's projection. */
async function rowsWhere<T>(
  em: EntityManager,
  entity: EntityName<object>,
  table: string,
  column: string,
  ids: readonly number[],
  orderBy: string,
): Promise<T[]> {
  const projection = projectionOf<T>(em, entity, 'x');
  const rows = await selectRows(
    em,
    `select ${projection.select} from ${table} x where x.${column} in (${placeholders(ids.length)}) order by ${orderBy}`,
    ids,
  );
  return rows.map((row) => projection.read(row));
}

/** One record per key (null when missing), one statement per batch. */
function byId<T extends { id: number }>(em: EntityManager, entity: EntityName<object>, table: string) {
  return new PeekableLoader<number, T | null>(async (ids) => {
    const found = new Map((await rowsWhere<T>(em, entity, table, 'id', ids, 'x.id')).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Every record per key of a many-to-one column, one statement per batch. */
function manyBy<T>(
  em: EntityManager,
  entity: EntityName<object>,
  table: string,
  column: string,
  key: (row: T) => number,
  orderBy: string,
) {
  return new DataLoader<number, T[]>(async (ids) => {
    const grouped = new Map(ids.map((id) => [id, [] as T[]]));
    for (const row of await rowsWhere<T>(em, entity, table, column, ids, orderBy)) grouped.get(key(row))?.push(row);
    return ids.map((id) => grouped.get(id)!);
  });
}

/**
 * Per-request loaders of the staff domain: a staff page's relations and the facts its field
 * decisions need cost one statement per relation whatever the page size (test/staff-batching.test.ts).
 */
export function staffLoaders(em: EntityManager) {
  return {
    staffMemberById: byId<StaffRecord>(em, StaffMember, 'staff_member'),
    postById: byId<PostRecord>(em, Post, 'post'),
    trainingSessionById: byId<SessionRecord>(em, TrainingSession, 'training_session'),
    trainingCourseById: byId<CourseRecord>(em, TrainingCourse, 'training_course'),
    contractsByStaffId: manyBy<ContractRecord>(
      em,
      Contract,
      'contract',
      'staff_member_id',
      (row) => row.staffMember.id,
      'x.start_date, x.id',
    ),
    qualificationsByStaffId: manyBy<QualificationRecord>(
      em,
      Qualification,
      'qualification',
      'staff_member_id',
      (row) => row.staffMember.id,
      'x.issued_on, x.id',
    ),
    assignmentsByStaffId: manyBy<AssignmentRecord>(
      em,
      Assignment,
      'assignment',
      'staff_member_id',
      (row) => row.staffMember.id,
      'x.start_date, x.id',
    ),
    assignmentsByPostId: manyBy<AssignmentRecord>(
      em,
      Assignment,
      'assignment',
      'post_id',
      (row) => row.post.id,
      'x.start_date, x.id',
    ),
    preferencesByStaffId: manyBy<PreferenceRecord>(
      em,
      StaffPreference,
      'staff_preference',
      'staff_member_id',
      (row) => row.staffMember.id,
      'x.weight desc, x.id',
    ),
    attendancesByStaffId: manyBy<AttendanceRecord>(
      em,
      TrainingAttendance,
      'training_attendance',
      'staff_member_id',
      (row) => row.staffMember.id,
      'x.id',
    ),
    attendancesBySessionId: manyBy<AttendanceRecord>(
      em,
      TrainingAttendance,
      'training_attendance',
      'session_id',
      (row) => row.session.id,
      'x.id',
    ),
    assessmentsByStaffId: manyBy<AssessmentRecord>(
      em,
      Assessment,
      'assessment',
      'staff_member_id',
      (row) => row.staffMember.id,
      'x.period, x.id',
    ),
    removalDecisionsByStaffId: manyBy<RemovalDecisionRecord>(
      em,
      RemovalDecision,
      'removal_decision',
      'staff_member_id',
      (row) => row.staffMember.id,
      'x.decided_at, x.id',
    ),
    /** Keyed `staffId:year`. */
    trainingHours: new DataLoader<string, TrainingHours>((keys) => trainingHours(em, keys)),
    exchangesByStaffId: manyBy<ExchangeRecord>(
      em,
      Exchange,
      'exchange',
      'staff_member_id',
      (row) => row.staffMember.id,
      'x.start_date, x.id',
    ),
  };
}
