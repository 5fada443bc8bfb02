import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../src/dossiers/catalogue';
import { OrganizationType } from '../src/organizations/organization.entity';
import { Role } from '../src/users/role';
import { graphql, login, onlyError } from './support/client';
import { makeOrganization, makeUser, PASSWORD } from './support/factories';
import { useTestServer } from './support/server';

const server = useTestServer();

/** Valid synthetic ID numbers (GB 11643 check digits) of women born 1949-12-31. */
const IDS = ['11010519491231002X', '110105194912310046', '110105194912310062'];

async function arrange() {
  const em = server.em();
  const root = await makeOrganization(em, { code: 'ROOT', type: OrganizationType.COMMITTEE });
  const office = await makeOrganization(em, { code: 'DA', type: OrganizationType.ARCHIVE_OFFICE, parent: root });
  const other = await makeOrganization(em, { code: 'DB', type: OrganizationType.ARCHIVE_OFFICE, parent: root });
  const branch = await makeOrganization(em, { code: 'B1', parent: root });
  await makeUser(em, { username: 'keeper', organization: office, roles: [Role.ARCHIVIST] });
  await makeUser(em, { username: 'stranger', organization: other, roles: [Role.ARCHIVIST] });
  await makeUser(em, { username: 'boss', organization: root, roles: [Role.ADMIN] });
  await makeUser(em, { username: 'asker', organization: root, roles: [Role.REQUESTER] });
  await seedCatalogue(em);
  await em.flush();
  const [keeper, stranger, admin, requester] = await Promise.all(
    ['keeper', 'stranger', 'boss', 'asker'].map((name) => login(server.url, name, PASSWORD)),
  );
  return { branch, keeper, stranger, admin, requester };
}

const CREATE = `mutation ($input: CreateMemberInput!) {
  createMember(input: $input) { id membershipStatus allowedTransitions dossier { id } } }`;

async function createApplicant(token: string, branchId: number, idNumber: string) {
  const input = {
    name: '王芳',
    gender: 'FEMALE',
    ethnicity: '汉族',
    birthDate: '1949-12-31',
    idNumber,
    organizationId: String(branchId),
    stage: 'APPLICANT',
    applicationDate: '2020-03-01',
  };
  const response = await graphql(server.url, CREATE, { input }, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.createMember as {
    id: string;
    membershipStatus: string;
    allowedTransitions: string[];
    dossier: { id: string };
  };
}

const STATISTICS = '{ dossierStatistics { byStatus { status count } overdue completenessRate } }';

describe('dossier statistics for the dashboard', () => {
  it('counts the dossiers of the caller’s scope by status, overdue and complete', async () => {
    const { branch, keeper, stranger, admin } = await arrange();
    const created = [];
    for (const id of IDS) created.push(await createApplicant(keeper, branch.id, id));
    const connection = server.em().getConnection();
    // One past its completion deadline, one complete: the rest of the rules are dossiers.test.ts's.
    await connection.execute('update dossier set completion_deadline = ? where id = ?', [
      new Date(Date.now() - 86_400_000),
      Number(created[0].dossier.id),
    ]);
    await connection.execute(`update dossier set status = 'COMPLETE' where id = ?`, [Number(created[1].dossier.id)]);

    for (const token of [keeper, admin]) {
      const statistics = (await graphql(server.url, STATISTICS, {}, { token })).data!.dossierStatistics;
      expect(statistics.byStatus).toEqual([
        { status: 'ESTABLISHING', count: 2 },
        { status: 'COMPLETE', count: 1 },
        { status: 'IN_TRANSIT', count: 0 },
        { status: 'RETIRED_COLLECTION', count: 0 },
        { status: 'CLOSED', count: 0 },
      ]);
      expect(statistics.overdue).toBe(1);
      expect(statistics.completenessRate).toBeCloseTo(1 / 3);
    }

    // Another archive office's archivist reaches none of them: nothing to count, no rate.
    const outside = (await graphql(server.url, STATISTICS, {}, { token: stranger })).data!.dossierStatistics;
    expect(outside.overdue).toBe(0);
    expect(outside.completenessRate).toBeNull();
    expect(outside.byStatus.every((each: { count: number }) => each.count === 0)).toBe(true);
  });

  it('is refused to roles that do not read dossiers', async () => {
    const { requester } = await arrange();

    expect(onlyError(await graphql(server.url, STATISTICS, {}, { token: requester })).extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('allowed membership transitions', () => {
  it('offers the moves changeMembershipStatus accepts, and none once ended', async () => {
    const { branch, keeper } = await arrange();
    const applicant = await createApplicant(keeper, branch.id, IDS[0]);
    expect(applicant.allowedTransitions).toEqual(['ACTIVIST', 'TRANSFERRED_OUT', 'DECEASED']);

    const change = await graphql(
      server.url,
      `
        mutation ($input: ChangeMembershipStatusInput!) {
          changeMembershipStatus(input: $input) {
            membershipStatus
            allowedTransitions
          }
        }
      `,
      { input: { id: applicant.id, version: 1, status: 'DECEASED', date: '2024-01-02' } },
      { token: keeper },
    );
    expect(change.errors).toBeUndefined();
    expect(change.data!.changeMembershipStatus).toEqual({ membershipStatus: 'DECEASED', allowedTransitions: [] });
  });
});
