import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { runAudited } from '../audit/audited-change';
import { Organization } from '../organizations/organization.entity';
import { subtreeSql } from '../organizations/subtree';
import { can, scopeRoot } from '../policy/policy';
import { badInput } from '../shared/errors';
import { parseId } from '../shared/ids';
import { selectRows } from '../shared/lean-rows';
import { forUpdate } from '../shared/locking';
import { ServiceContext } from '../shared/service-context';
import { requiredText } from '../shared/validation';
import { lockStaffMember, managedOrganization } from './staff-access';
import { calendarDay } from './staff-dates';
import { AttendanceResult, CourseKind, StaffStatus } from './staff.enums';
import { Assignment, Post, StaffPreference } from './post.entity';
import { Qualification } from './staff-member.entity';
import { staffEvent } from './staff.service';
import { PostRecord, projectionOf } from './staff.records';

export interface CreatePost {
  organizationId: string;
  title: string;
  region: string;
  requiredQualification?: string | null;
  maxTenureMonths?: number | null;
  minStaff?: number | null;
  maxStaff?: number | null;
}

const count = (field: string, value: number, min: number, max: number) => {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(field, 'staff.post.range', { min, max });
  return value;
};

/** A post (岗位) of an organisation the caller manages; tenure defaults to STAFF_MAX_TENURE_MONTHS (36). */
export async function createPost(ctx: ServiceContext, input: CreatePost): Promise<Post> {
  const title = requiredText('title', input.title, 100);
  const region = requiredText('region', input.region, 50);
  const requiredQualification = input.requiredQualification?.trim().toUpperCase() || null;
  if (requiredQualification && !/^[A-Z][A-Z0-9_]{1,49}$/.test(requiredQualification)) {
    throw badInput('requiredQualification', 'staff.qualification.code');
  }
  const maxTenureMonths = count(
    'maxTenureMonths',
    input.maxTenureMonths ?? ctx.settings.STAFF_MAX_TENURE_MONTHS,
    1,
    600,
  );
  const minStaff = count('minStaff', input.minStaff ?? 1, 0, 100);
  const maxStaff = count('maxStaff', input.maxStaff ?? Math.max(1, minStaff), 1, 100);
  if (maxStaff < minStaff) throw badInput('maxStaff', 'staff.post.staffing');
  return runAudited(ctx, async (tx) => {
    const organization = await managedOrganization(ctx, tx, input.organizationId);
    const post = Object.assign(new Post(), {
      organization: ref(organization),
      title,
      region,
      requiredQualification,
      maxTenureMonths,
      minStaff,
      maxStaff,
    });
    tx.persist(post);
    await tx.flush();
    return {
      result: post,
      audit: {
        action: 'STAFF_POST_CREATED',
        target: `Post:${post.id}`,
        label: title,
        organizationPath: organization.path,
        details: { region, requiredQualification, maxTenureMonths, minStaff, maxStaff },
      },
    };
  });
}

/** Posts of the caller's subtree (or below `organizationId`), by organisation and title. */
export async function listPosts(ctx: ServiceContext, organizationId?: string | null): Promise<PostRecord[]> {
  let root = scopeRoot(ctx.actor, 'staff.read');
  if (organizationId) {
    const organization = await ctx.em.findOne(Organization, parseId(organizationId, 'organizationId'));
    if (!organization || !can(ctx.actor, 'staff.read', { organizationPath: organization.path })) return [];
    root = organization.path;
  }
  const scope = subtreeSql('o.path', root);
  const projection = projectionOf<PostRecord>(ctx.em, Post, 'p');
  const rows = await selectRows(
    ctx.em,
    `select ${projection.select} from post p join organization o on o.id = p.organization_id
      where ${scope.sql} order by o.path, p.title, p.id limit 1000`,
    scope.params,
  );
  return rows.map((row) => projection.read(row));
}

async function lockPost(ctx: ServiceContext, tx: EntityManager, id: string, staffOrganization: Organization) {
  const post = await tx.findOne(Post, parseId(id, 'postId'), { ...forUpdate(tx), refresh: true });
  const organization = post && (await tx.findOneOrFail(Organization, post.organization.id));
  if (!post || !organization || !can(ctx.actor, 'staff.manage', { organizationPath: organization.path })) {
    throw badInput('postId', 'common.notFound', { entity: 'Post' });
  }
  // Rotation moves people within their own organisation (requirements §7).
  if (organization.id !== staffOrganization.id) throw badInput('postId', 'staff.assignment.otherOrganization');
  return post;
}

/** Whether the person passed a pre-post (岗前) course: nobody takes a post before (issue 11 §2). */
export async function passedPrePostTraining(tx: EntityManager, staffMemberId: number): Promise<boolean> {
  const rows = await selectRows(
    tx,
    `select a.id from training_attendance a join training_session t on t.id = a.session_id
       join training_course c on c.id = t.course_id
      where a.staff_member_id = ? and a.result = ? and c.kind = ? limit 1`,
    [staffMemberId, AttendanceResult.PASSED, CourseKind.PRE_POST],
  );
  return rows.length > 0;
}

/** Whether the person holds the qualification, valid on `day`. */
export async function holdsQualification(tx: EntityManager, staffMemberId: number, code: string, day: string) {
  const found = await tx.count(Qualification, {
    staffMember: staffMemberId,
    code,
    issuedOn: { $lte: day },
    $or: [{ expiresOn: null }, { expiresOn: { $gte: day } }],
  });
  return found > 0;
}

export interface AssignPost {
  staffMemberId: string;
  postId: string;
  startDate: string;
}

/**
 * Puts a staff member on a post from `startDate`, ending their current assignment that day.
 * Refused before the pre-post training is passed, without the post's qualification valid that
 * day, or when the post is fully staffed. Locks the person, then the post (one order everywhere).
 */
export async function assignPost(ctx: ServiceContext, input: AssignPost): Promise<Assignment> {
  const startDate = calendarDay('startDate', input.startDate);
  return runAudited(ctx, async (tx) => {
    const { staff, organization } = await lockStaffMember(ctx, tx, input.staffMemberId);
    if (staff.status === StaffStatus.LEFT) throw badInput('staffMemberId', 'staff.left');
    const post = await lockPost(ctx, tx, input.postId, organization);
    if (!(await passedPrePostTraining(tx, staff.id))) {
      throw badInput('staffMemberId', 'staff.assignment.prePostTrainingRequired');
    }
    if (
      post.requiredQualification &&
      !(await holdsQualification(tx, staff.id, post.requiredQualification, startDate))
    ) {
      throw badInput('postId', 'staff.assignment.qualificationMissing', { code: post.requiredQualification });
    }
    const current = await tx.find(Assignment, { staffMember: staff.id, endDate: null });
    if (current.some((each) => each.post.id === post.id)) throw badInput('postId', 'staff.assignment.alreadyHolds');
    if (current.some((each) => each.startDate >= startDate))
      throw badInput('startDate', 'staff.assignment.beforeCurrent');
    const holders = await tx.count(Assignment, { post: post.id, endDate: null });
    if (holders >= post.maxStaff) throw badInput('postId', 'staff.assignment.postFull', { max: post.maxStaff });
    for (const each of current) each.endDate = startDate;
    const assignment = Object.assign(new Assignment(), { staffMember: ref(staff), post: ref(post), startDate });
    tx.persist(assignment);
    return {
      result: assignment,
      audit: staffEvent('STAFF_ASSIGNED', staff, organization, {
        post: post.id,
        title: post.title,
        startDate,
        ended: current.map((each) => each.post.id),
      }),
    };
  });
}

/** Ends a person's current assignment on `endDate` (the post is vacated). */
export async function endAssignment(
  ctx: ServiceContext,
  input: { staffMemberId: string; endDate: string },
): Promise<Assignment> {
  const endDate = calendarDay('endDate', input.endDate);
  return runAudited(ctx, async (tx) => {
    const { staff, organization } = await lockStaffMember(ctx, tx, input.staffMemberId);
    const current = await tx.findOne(Assignment, { staffMember: staff.id, endDate: null }, forUpdate(tx));
    if (!current) throw badInput('staffMemberId', 'staff.assignment.none');
    if (endDate <= current.startDate) throw badInput('endDate', 'staff.dateOrder');
    current.endDate = endDate;
    return {
      result: current,
      audit: staffEvent('STAFF_ASSIGNMENT_ENDED', staff, organization, { post: current.post.id, endDate }),
    };
  });
}

/** A stated preference for a post (weight 1–10; 0 withdraws it), which the rotation's soft costs weigh. */
export async function setStaffPreference(
  ctx: ServiceContext,
  input: { staffMemberId: string; postId: string; weight: number },
): Promise<boolean> {
  if (!Number.isInteger(input.weight) || input.weight < 0 || input.weight > 10) {
    throw badInput('weight', 'staff.preference.weight');
  }
  return runAudited(ctx, async (tx) => {
    const { staff, organization } = await lockStaffMember(ctx, tx, input.staffMemberId);
    const post = await lockPost(ctx, tx, input.postId, organization);
    const existing = await tx.findOne(StaffPreference, { staffMember: staff.id, post: post.id });
    if (input.weight === 0) {
      if (existing) tx.remove(existing);
    } else if (existing) {
      existing.weight = input.weight;
    } else {
      tx.persist(
        Object.assign(new StaffPreference(), { staffMember: ref(staff), post: ref(post), weight: input.weight }),
      );
    }
    return {
      result: true,
      audit: staffEvent('STAFF_PREFERENCE_SET', staff, organization, { post: post.id, weight: input.weight }),
    };
  });
}
