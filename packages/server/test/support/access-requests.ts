import { EntityManager } from '@mikro-orm/knex';
import { AccessPurpose } from '../../src/access/access-purpose.entity';
import { AccessScope, joinList, StepMode } from '../../src/access/access-scope';
import {
  AccessRequest,
  AccessRequestDossier,
  AccessStep,
  AccessStepDepartment,
  StepStatus,
} from '../../src/access/access-request.entity';
import { Dossier } from '../../src/dossiers/dossier.entity';
import { Organization, OrganizationType } from '../../src/organizations/organization.entity';
import { Role } from '../../src/users/role';
import { User } from '../../src/users/user.entity';
import { makeOrganization, makeUser } from './factories';

/**
 * Access requests straight into the tables, as filing would leave them (A2's tests, until the
 * filing service exists beside them): the first step PENDING from `filedAt`, the rest WAITING.
 */
export interface ChainStepSpec {
  mode: StepMode;
  departments: Organization[];
  timeLimitHours?: number | null;
}

export interface AccessRequestSpec {
  requester: User;
  /** The requester's organisation (its path scopes who oversees the request). */
  organization: Organization;
  chain: ChainStepSpec[];
  dossiers?: Dossier[];
  scopes?: AccessScope[];
  categoryIds?: number[] | null;
  durationDays?: number;
  filedAt?: Date;
}

let sequence = 0;

async function purpose(em: EntityManager): Promise<AccessPurpose> {
  const existing = await em.findOne(AccessPurpose, { code: 'POLITICAL_REVIEW' });
  if (existing) return existing;
  const created = Object.assign(new AccessPurpose(), {
    code: 'POLITICAL_REVIEW',
    nameZh: '政治审查',
    nameEn: 'Political review',
  });
  await em.persistAndFlush(created);
  return created;
}

export async function makeAccessRequest(em: EntityManager, spec: AccessRequestSpec) {
  const filedAt = spec.filedAt ?? new Date();
  sequence += 1;
  const request = Object.assign(new AccessRequest(), {
    number: `DY-T-${String(sequence).padStart(6, '0')}-${Math.random().toString(36).slice(2, 6)}`,
    requester: em.getReference(User, spec.requester.id, { wrapped: true }),
    requesterOrganization: em.getReference(Organization, spec.organization.id, { wrapped: true }),
    organizationPath: spec.organization.path,
    scopes: joinList(spec.scopes ?? [AccessScope.IDENTITY]),
    categoryIds: spec.categoryIds ? joinList(spec.categoryIds) : null,
    purpose: em.getReference(AccessPurpose, (await purpose(em)).id, { wrapped: true }),
    justification: '工作需要',
    durationDays: spec.durationDays ?? 7,
    filedAt,
    currentStep: 1,
  });
  em.persist(request);
  for (const dossier of spec.dossiers ?? []) {
    em.persist(
      Object.assign(new AccessRequestDossier(), {
        request,
        dossier: em.getReference(Dossier, dossier.id, { wrapped: true }),
      }),
    );
  }
  const steps = spec.chain.map((stepSpec, i) => {
    const first = i === 0;
    const step = Object.assign(new AccessStep(), {
      request,
      position: i + 1,
      mode: stepSpec.mode,
      status: first ? StepStatus.PENDING : StepStatus.WAITING,
      timeLimitHours: stepSpec.timeLimitHours ?? null,
      startedAt: first ? filedAt : null,
      dueAt:
        first && stepSpec.timeLimitHours ? new Date(filedAt.getTime() + stepSpec.timeLimitHours * 3_600_000) : null,
    });
    em.persist(step);
    for (const department of stepSpec.departments) {
      em.persist(
        Object.assign(new AccessStepDepartment(), {
          step,
          request,
          department: em.getReference(Organization, department.id, { wrapped: true }),
        }),
      );
    }
    return step;
  });
  await em.flush();
  return { request, steps };
}

/**
 * The demo's shape: a root committee with two departments (组织部 ZZB, 纪委 JW) and a third not on
 * any chain (XC), a branch with a requester, an approver in each department, ADMIN and AUDITOR at
 * the root.
 */
export async function makeApprovalWorld(em: EntityManager) {
  const root = await makeOrganization(em, { code: 'ROOT', type: OrganizationType.COMMITTEE });
  const zzb = await makeOrganization(em, {
    code: 'ZZB',
    name: '组织部',
    type: OrganizationType.DEPARTMENT,
    parent: root,
  });
  const jw = await makeOrganization(em, { code: 'JW', name: '纪委', type: OrganizationType.DEPARTMENT, parent: root });
  const xc = await makeOrganization(em, {
    code: 'XC',
    name: '宣传部',
    type: OrganizationType.DEPARTMENT,
    parent: root,
  });
  const branch = await makeOrganization(em, { code: 'B1', parent: root });
  const other = await makeOrganization(em, { code: 'OTHER', type: OrganizationType.COMMITTEE, parent: root });
  const users = {
    requester: await makeUser(em, { username: 'requester', organization: branch, roles: [Role.REQUESTER] }),
    otherRequester: await makeUser(em, { username: 'requester2', organization: branch, roles: [Role.REQUESTER] }),
    org: await makeUser(em, { username: 'approver.org', organization: zzb, roles: [Role.APPROVER] }),
    org2: await makeUser(em, { username: 'approver.org2', organization: zzb, roles: [Role.APPROVER] }),
    disc: await makeUser(em, { username: 'approver.disc', organization: jw, roles: [Role.APPROVER] }),
    xc: await makeUser(em, { username: 'approver.xc', organization: xc, roles: [Role.APPROVER] }),
    admin: await makeUser(em, { username: 'admin', organization: root, roles: [Role.ADMIN] }),
    otherAdmin: await makeUser(em, { username: 'admin.other', organization: other, roles: [Role.ADMIN] }),
    auditor: await makeUser(em, { username: 'auditor', organization: root, roles: [Role.AUDITOR] }),
  };
  return { root, zzb, jw, xc, branch, other, users };
}

/** The demo rule: one ALL_OF (会签) step of both departments. */
export const jointChain = (
  world: { zzb: Organization; jw: Organization },
  timeLimitHours?: number,
): ChainStepSpec[] => [{ mode: StepMode.ALL_OF, departments: [world.zzb, world.jw], timeLimitHours }];
