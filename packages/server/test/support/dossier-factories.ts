import { EntityManager } from '@mikro-orm/knex';
import { Settings } from '../../src/config/settings';
import { seedCatalogue } from '../../src/dossiers/catalogue';
import { Dossier } from '../../src/dossiers/dossier.entity';
import { idNumberCheckCharacter } from '../../src/members/id-number';
import { createMember } from '../../src/members/member.service';
import { Gender, MembershipStage } from '../../src/members/membership';
import { Organization, OrganizationType } from '../../src/organizations/organization.entity';
import { ServiceContext, systemContext } from '../../src/shared/service-context';
import { Role } from '../../src/users/role';
import { User } from '../../src/users/user.entity';
import { makeOrganization, makeUser } from './factories';

/** A valid synthetic ID number (GB 11643) of someone born 1980-01-01; odd `seq` is male. */
export function syntheticIdNumber(seq: number): string {
  const first17 = `11010519800101${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

/** Two archive offices under one root, a branch, an archivist in each office and an ADMIN at the root. */
export async function makeArchives(em: EntityManager) {
  const root = await makeOrganization(em, { code: 'ROOT', type: OrganizationType.COMMITTEE });
  const officeA = await makeOrganization(em, { code: 'DA', type: OrganizationType.ARCHIVE_OFFICE, parent: root });
  const officeB = await makeOrganization(em, { code: 'DB', type: OrganizationType.ARCHIVE_OFFICE, parent: root });
  const branch = await makeOrganization(em, { code: 'B1', parent: root });
  const keeper = await makeUser(em, { username: 'keeper', organization: officeA, roles: [Role.ARCHIVIST] });
  const stranger = await makeUser(em, { username: 'stranger', organization: officeB, roles: [Role.ARCHIVIST] });
  const leader = await makeUser(em, { username: 'leader', organization: root, roles: [Role.ADMIN] });
  await seedCatalogue(em);
  await em.flush();
  return { root, officeA, officeB, branch, keeper, stranger, leader };
}

/** A service context acting as `user` of `organization` (as a request of theirs would). */
export function actingAs(
  em: EntityManager,
  settings: Settings,
  user: User,
  organization: Organization,
): ServiceContext {
  return {
    ...systemContext(em, settings, 'test'),
    actor: {
      userId: user.id,
      username: user.username,
      roles: user.roles,
      organizationId: organization.id,
      organizationPath: organization.path,
      sessionId: 'test',
    },
  };
}

/** Members of `branch` with dossiers kept by the actor's office, through the service as the SPA's calls go. */
export async function makeKeptDossiers(
  ctx: ServiceContext,
  branch: Organization,
  count: number,
  { firstSeq = 1, stage = MembershipStage.APPLICANT } = {},
): Promise<Dossier[]> {
  const dossiers: Dossier[] = [];
  for (let i = 0; i < count; i += 1) {
    const seq = firstSeq + i;
    const member = await createMember(ctx, {
      name: `成员${seq}`,
      gender: seq % 2 ? Gender.MALE : Gender.FEMALE,
      ethnicity: '汉族',
      birthDate: '1980-01-01',
      idNumber: syntheticIdNumber(seq),
      organizationId: String(branch.id),
      stage,
      applicationDate: '2020-03-01',
      ...(stage === MembershipStage.FULL
        ? {
            activistDate: '2020-09-01',
            developmentTargetDate: '2021-03-01',
            probationaryDate: '2021-07-01',
            fullMembershipDate: '2022-07-01',
          }
        : {}),
    });
    dossiers.push(await ctx.em.fork().findOneOrFail(Dossier, { member: member.id }, { refresh: true }));
  }
  return dossiers;
}

/** Puts dossiers past their completion deadline (a day ago). */
export async function makeOverdue(em: EntityManager, ids: number[]) {
  await em.nativeUpdate(Dossier, { id: { $in: ids } }, { completionDeadline: new Date(Date.now() - 86_400_000) });
}
