import { EntityManager } from '@mikro-orm/knex';
import { seedAccessPurposes } from '../../src/access/purposes';
import { setChainTemplate } from '../../src/access/chain-templates';
import { AccessScope, StepMode } from '../../src/access/access-scope';
import { Settings } from '../../src/config/settings';
import { seedCatalogue } from '../../src/dossiers/catalogue';
import { Dossier } from '../../src/dossiers/dossier.entity';
import { Member } from '../../src/members/member.entity';
import { RelativeKind } from '../../src/members/member-relative.entity';
import { createMember } from '../../src/members/member.service';
import { Gender, MembershipStage } from '../../src/members/membership';
import { OrganizationType } from '../../src/organizations/organization.entity';
import { Role } from '../../src/users/role';
import { User } from '../../src/users/user.entity';
import { actingAs, syntheticIdNumber } from './dossier-factories';
import { makeOrganization, makeUser } from './factories';

/**
 * The access-request world of the tests: a root with two deciding departments (and a third, and
 * a non-department), an archive office, a branch where the requesters sit, and a unit (committee)
 * with a branch of its own. The root sets one ALL_OF step [ORG-D, DISC-D] for every scope, as the
 * demo does. Members' dossiers are kept by DA.
 */
export async function makeAccessWorld(em: EntityManager, settings: Settings) {
  nextSeq = 101;
  const root = await makeOrganization(em, { code: 'ROOT', type: OrganizationType.COMMITTEE });
  const orgDept = await makeOrganization(em, {
    code: 'ORG-D',
    name: '组织部',
    type: OrganizationType.DEPARTMENT,
    parent: root,
  });
  const discDept = await makeOrganization(em, {
    code: 'DISC-D',
    name: '纪委',
    type: OrganizationType.DEPARTMENT,
    parent: root,
  });
  const thirdDept = await makeOrganization(em, {
    code: 'THIRD-D',
    name: '宣传部',
    type: OrganizationType.DEPARTMENT,
    parent: root,
  });
  const office = await makeOrganization(em, { code: 'DA', type: OrganizationType.ARCHIVE_OFFICE, parent: root });
  const branch = await makeOrganization(em, { code: 'B1', parent: root });
  const unit = await makeOrganization(em, { code: 'UNIT', type: OrganizationType.COMMITTEE, parent: root });
  const unitBranch = await makeOrganization(em, { code: 'UNIT-B1', parent: unit });
  const users = {
    keeper: await makeUser(em, { username: 'keeper', organization: office, roles: [Role.ARCHIVIST] }),
    admin: await makeUser(em, { username: 'admin', organization: root, roles: [Role.ADMIN] }),
    unitAdmin: await makeUser(em, { username: 'unit.admin', organization: unit, roles: [Role.ADMIN] }),
    auditor: await makeUser(em, { username: 'auditor', organization: root, roles: [Role.AUDITOR] }),
    requester: await makeUser(em, { username: 'requester', organization: branch, roles: [Role.REQUESTER] }),
    other: await makeUser(em, { username: 'other', organization: branch, roles: [Role.REQUESTER] }),
    approverOrg: await makeUser(em, { username: 'approver.org', organization: orgDept, roles: [Role.APPROVER] }),
    approverDisc: await makeUser(em, { username: 'approver.disc', organization: discDept, roles: [Role.APPROVER] }),
    approverThird: await makeUser(em, { username: 'approver.third', organization: thirdDept, roles: [Role.APPROVER] }),
  };
  await seedCatalogue(em);
  await seedAccessPurposes(em);
  await em.flush();
  const adminCtx = actingAs(em, settings, users.admin, root);
  for (const scope of [AccessScope.IDENTITY, AccessScope.MATERIALS, AccessScope.RESTRICTED]) {
    await setChainTemplate(adminCtx, {
      organizationId: String(root.id),
      scope,
      steps: [{ mode: StepMode.ALL_OF, departmentIds: [String(orgDept.id), String(discDept.id)], timeLimitHours: 72 }],
    });
  }
  const keeperCtx = actingAs(em, settings, users.keeper, office);
  return { root, orgDept, discDept, thirdDept, office, branch, unit, unitBranch, users, keeperCtx, adminCtx };
}

export type AccessWorld = Awaited<ReturnType<typeof makeAccessWorld>>;

let nextSeq = 101;

/** A member of `organizationId` with a dossier kept by the world's office; optional relatives. */
export async function makeMemberWithDossier(
  world: AccessWorld,
  em: EntityManager,
  spec: {
    name: string;
    organizationId?: number;
    idNumber?: string;
    relatives?: { name: string; relation: string; idNumber?: string | null }[];
    user?: User;
  },
) {
  nextSeq += 2;
  const idNumber = spec.idNumber ?? syntheticIdNumber(nextSeq);
  const member = await createMember(world.keeperCtx, {
    name: spec.name,
    gender: Gender.MALE,
    ethnicity: '汉族',
    birthDate: '1980-01-01',
    idNumber,
    organizationId: String(spec.organizationId ?? world.branch.id),
    stage: MembershipStage.APPLICANT,
    applicationDate: '2020-03-01',
    relatives: (spec.relatives ?? []).map((relative) => ({
      kind: RelativeKind.FAMILY,
      name: relative.name,
      relation: relative.relation,
      idNumber: relative.idNumber ?? null,
    })),
  });
  const fresh = em.fork();
  if (spec.user) {
    await fresh.nativeUpdate(Member, { id: member.id }, { user: spec.user.id });
  }
  const dossier = await fresh.findOneOrFail(Dossier, { member: member.id });
  return { memberId: member.id, dossierId: dossier.id, idNumber, name: spec.name };
}
