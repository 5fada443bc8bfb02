import { EntityManager } from '@mikro-orm/knex';
import { Settings } from '../../src/config/settings';
import { Organization, OrganizationType } from '../../src/organizations/organization.entity';
import { ServiceContext } from '../../src/shared/service-context';
import { assignPost, createPost } from '../../src/staff/post.service';
import { AttendanceResult, CourseKind, CourseMode } from '../../src/staff/staff.enums';
import { createStaffMember } from '../../src/staff/staff.service';
import { createTrainingCourse, createTrainingSession, recordAttendance } from '../../src/staff/training.service';
import { Role } from '../../src/users/role';
import { User } from '../../src/users/user.entity';
import { actingAs } from './dossier-factories';
import { makeOrganization, makeUser } from './factories';

/**
 * The staff world of the tests: a root with two archive offices; a STAFF_MANAGER at the root and
 * one confined to office B, an ADMIN at the root, and two requesters of office A (one to be linked
 * to a staff record, one a stranger).
 */
export async function makeStaffWorld(em: EntityManager, settings: Settings) {
  const root = await makeOrganization(em, { code: 'ROOT', type: OrganizationType.COMMITTEE });
  const officeA = await makeOrganization(em, { code: 'DA', type: OrganizationType.ARCHIVE_OFFICE, parent: root });
  const officeB = await makeOrganization(em, { code: 'DB', type: OrganizationType.ARCHIVE_OFFICE, parent: root });
  const users = {
    manager: await makeUser(em, { username: 'manager', organization: root, roles: [Role.STAFF_MANAGER] }),
    managerB: await makeUser(em, { username: 'manager.b', organization: officeB, roles: [Role.STAFF_MANAGER] }),
    admin: await makeUser(em, { username: 'admin', organization: root, roles: [Role.ADMIN] }),
    clerk: await makeUser(em, { username: 'clerk', organization: officeA, roles: [Role.REQUESTER] }),
    stranger: await makeUser(em, { username: 'stranger', organization: officeA, roles: [Role.REQUESTER] }),
  };
  const managerCtx = actingAs(em, settings, users.manager, root);
  return { root, officeA, officeB, users, managerCtx };
}

export type StaffWorld = Awaited<ReturnType<typeof makeStaffWorld>>;

let sequence = 0;

/** A staff member of `organization` (born 1985, retiring 2045, hired 2015), optionally linked to a user. */
export async function makeStaff(
  ctx: ServiceContext,
  organization: Organization,
  spec: { name?: string; user?: User; retirementDate?: string; region?: string } = {},
) {
  sequence += 1;
  return createStaffMember(ctx, {
    name: spec.name ?? `人员${sequence}`,
    organizationId: String(organization.id),
    region: spec.region ?? '城区',
    birthDate: '1985-06-01',
    retirementDate: spec.retirementDate ?? '2045-06-01',
    hireDate: '2015-09-01',
    userId: spec.user ? String(spec.user.id) : null,
  });
}

/** A training session of a new course of `kind` held by `organization`. */
export async function makeSession(
  ctx: ServiceContext,
  organization: Organization,
  spec: { kind?: CourseKind; hours?: number; professional?: boolean; date?: string } = {},
) {
  const course = await createTrainingCourse(ctx, {
    organizationId: String(organization.id),
    title: `课程${(sequence += 1)}`,
    kind: spec.kind ?? CourseKind.IN_POST,
    mode: CourseMode.THEORY,
    professional: spec.professional ?? true,
    hours: spec.hours ?? 8,
  });
  const session = await createTrainingSession(ctx, {
    courseId: String(course.id),
    date: spec.date ?? '2026-03-10',
    place: '培训室',
    trainer: '王老师',
  });
  return { course, session };
}

/** The person passed a pre-post (岗前) course: they may take a post. */
export async function passPrePost(ctx: ServiceContext, organization: Organization, staffMemberId: number) {
  const { session } = await makeSession(ctx, organization, { kind: CourseKind.PRE_POST, hours: 16 });
  await recordAttendance(ctx, {
    sessionId: String(session.id),
    staffMemberId: String(staffMemberId),
    result: AttendanceResult.PASSED,
  });
}

/** A post of `organization` (1–2 holders) the person holds from `startDate`, pre-post training passed first. */
export async function makeAssigned(
  ctx: ServiceContext,
  organization: Organization,
  staffMemberId: number,
  startDate = '2024-01-01',
) {
  const post = await createPost(ctx, {
    organizationId: String(organization.id),
    title: `岗位${(sequence += 1)}`,
    region: '城区',
    maxStaff: 2,
  });
  await passPrePost(ctx, organization, staffMemberId);
  const assignment = await assignPost(ctx, {
    staffMemberId: String(staffMemberId),
    postId: String(post.id),
    startDate,
  });
  return { post, assignment };
}
