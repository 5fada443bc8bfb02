import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../src/dossiers/catalogue';
import { OrganizationType } from '../src/organizations/organization.entity';
import { Role } from '../src/users/role';
import { graphql, login, onlyError } from './support/client';
import { makeOrganization, makeUser, PASSWORD } from './support/factories';
import { dialect, useTestServer } from './support/server';

const server = useTestServer();
const ID = '11010519491231002X';

async function arrange() {
  const em = server.em();
  const root = await makeOrganization(em, { code: 'ROOT', type: OrganizationType.COMMITTEE });
  const office = await makeOrganization(em, { code: 'DA', type: OrganizationType.ARCHIVE_OFFICE, parent: root });
  const other = await makeOrganization(em, { code: 'DB', type: OrganizationType.ARCHIVE_OFFICE, parent: root });
  const branch = await makeOrganization(em, { code: 'B1', parent: root });
  await makeUser(em, { username: 'keeper', organization: office, roles: [Role.ARCHIVIST] });
  await makeUser(em, { username: 'stranger', organization: other, roles: [Role.ARCHIVIST] });
  await makeUser(em, { username: 'boss', organization: root, roles: [Role.ADMIN] });
  await seedCatalogue(em);
  await em.flush();
  const [keeper, stranger, admin] = await Promise.all(
    ['keeper', 'stranger', 'boss'].map((name) => login(server.url, name, PASSWORD)),
  );
  return { branch, keeper, stranger, admin };
}

const CREATE = `mutation ($input: CreateMemberInput!) { createMember(input: $input) { id version idNumber phone stage
  dossier { id status overdue completeness { required { code } missing { code } } } } }`;

const applicant = (branchId: number, overrides: Record<string, unknown> = {}) => ({
  name: '王芳',
  gender: 'FEMALE',
  ethnicity: '汉族',
  birthDate: '1949-12-31',
  idNumber: ID,
  phone: '13812345678',
  address: '示范市人民路 1 号',
  organizationId: String(branchId),
  stage: 'APPLICANT',
  applicationDate: '2020-03-01',
  ...overrides,
});

describe('members and dossiers', () => {
  it('keeps ID numbers encrypted at rest and finds them through the blind index', async () => {
    const { branch, keeper } = await arrange();
    const created = await graphql(server.url, CREATE, { input: applicant(branch.id) }, { token: keeper });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createMember.idNumber).toBe(ID);

    const dump =
      dialect === 'sqlite'
        ? await (async () => {
            const file = join(tmpdir(), `dangan-dump-${Date.now()}.sqlite`);
            await server.em().getConnection().execute(`vacuum into '${file}'`);
            return readFileSync(file).toString('latin1');
          })()
        : JSON.stringify(await server.em().getConnection().execute('select * from member'));
    expect(dump).not.toContain(ID);
    expect(dump).not.toContain('13812345678');

    const found = await graphql(
      server.url,
      'query ($id: String) { members(filter: { idNumber: $id }) { totalCount edges { node { name } } } }',
      { id: ID.toLowerCase() },
      { token: keeper },
    );
    expect(found.data!.members).toEqual({ totalCount: 1, edges: [{ node: { name: '王芳' } }] });
  });

  it('refuses invalid, mismatching and duplicate ID numbers with the field named', async () => {
    const { branch, keeper } = await arrange();
    const refused = async (overrides: Record<string, unknown>, language = 'en') =>
      onlyError(
        await graphql(server.url, CREATE, { input: applicant(branch.id, overrides) }, { token: keeper, language }),
      );

    expect((await refused({ idNumber: '110105194912310021' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'idNumber',
    });
    expect((await refused({ idNumber: '110105194912310021' }, 'zh-CN')).message).toContain('校验位');
    expect((await refused({ birthDate: '1950-01-01' })).message).toMatch(/birth date/);
    expect((await refused({ gender: 'MALE' })).message).toMatch(/gender/);
    expect((await refused({ applicationDate: '2099-01-01' })).extensions!.field).toBe('applicationDate');
    expect((await refused({ phone: '138****5678' })).extensions!.field).toBe('phone');
    await graphql(server.url, CREATE, { input: applicant(branch.id) }, { token: keeper });
    expect((await refused({ name: '另一人' })).message).toMatch(/already registered/);
  });

  it('completes the dossier from the catalogue, keeps revisions and moves along transitions', async () => {
    const { branch, keeper } = await arrange();
    const created = await graphql(server.url, CREATE, { input: applicant(branch.id) }, { token: keeper });
    const member = created.data!.createMember;
    expect(member.dossier.status).toBe('ESTABLISHING');
    expect(member.dossier.completeness.missing.map((c: { code: string }) => c.code)).toEqual([
      'APPLICATION',
      'INTERVIEW',
    ]);
    const categories = (await graphql(server.url, '{ materialCategories { id code } }', {}, { token: keeper })).data!
      .materialCategories as { id: string; code: string }[];
    const categoryId = (code: string) => categories.find((c) => c.code === code)!.id;
    const add = (code: string, receivedOn = '2020-03-10') =>
      graphql(
        server.url,
        `
          mutation ($input: AddMaterialInput!) {
            addMaterial(input: $input) {
              id
              version
              status
              lateFiling
            }
          }
        `,
        {
          input: {
            dossierId: member.dossier.id,
            categoryId: categoryId(code),
            title: code,
            formedOn: '2020-03-01',
            receivedOn,
            content: '本人志愿加入中国共产党',
          },
        },
        { token: keeper },
      );
    const first = (await add('APPLICATION')).data!.addMaterial;
    expect(first).toMatchObject({ version: 1, status: 'CURRENT', lateFiling: false });
    expect((await add('INTERVIEW', '2020-05-02')).data!.addMaterial.lateFiling).toBe(true);

    const DOSSIER = `query ($id: ID!) { dossier(id: $id) { status completeness { complete }
      materials(status: SUPERSEDED) { id version } } }`;
    expect(
      (await graphql(server.url, DOSSIER, { id: member.dossier.id }, { token: keeper })).data!.dossier,
    ).toMatchObject({
      status: 'COMPLETE',
      completeness: { complete: true },
    });

    const REVISE = `mutation ($input: ReviseMaterialInput!) { reviseMaterial(input: $input) { id version status } }`;
    const revised = await graphql(
      server.url,
      REVISE,
      { input: { id: first.id, version: 1, title: '入党申请书（修订）' } },
      { token: keeper },
    );
    expect(revised.data!.reviseMaterial).toMatchObject({ version: 2, status: 'CURRENT' });
    const stale = await graphql(
      server.url,
      REVISE,
      { input: { id: first.id, version: 1, title: 'x' } },
      { token: keeper },
    );
    expect(onlyError(stale).extensions!.code).toBe('CONFLICT');
    const history = await graphql(server.url, DOSSIER, { id: member.dossier.id }, { token: keeper });
    expect(history.data!.dossier.materials).toEqual([{ id: first.id, version: 1 }]);

    const invalidated = await graphql(
      server.url,
      'mutation ($id: ID!) { invalidateMaterial(id: $id, reason: "重复归档") { status invalidationReason } }',
      { id: revised.data!.reviseMaterial.id },
      { token: keeper },
    );
    expect(invalidated.data!.invalidateMaterial).toEqual({ status: 'INVALIDATED', invalidationReason: '重复归档' });
    expect(
      (await graphql(server.url, DOSSIER, { id: member.dossier.id }, { token: keeper })).data!.dossier.status,
    ).toBe('ESTABLISHING');

    const CHANGE = `mutation ($input: ChangeMembershipStatusInput!) { changeMembershipStatus(input: $input) { membershipStatus stage version } }`;
    const skip = await graphql(
      server.url,
      CHANGE,
      { input: { id: member.id, version: member.version, status: 'FULL', date: '2021-01-01' } },
      { token: keeper },
    );
    expect(onlyError(skip).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    const early = await graphql(
      server.url,
      CHANGE,
      { input: { id: member.id, version: member.version, status: 'ACTIVIST', date: '2019-01-01' } },
      { token: keeper },
    );
    expect(onlyError(early).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    const moved = await graphql(
      server.url,
      CHANGE,
      { input: { id: member.id, version: member.version, status: 'ACTIVIST', date: '2021-01-01' } },
      { token: keeper },
    );
    expect(moved.data!.changeMembershipStatus).toMatchObject({ membershipStatus: 'ACTIVIST', stage: 'ACTIVIST' });
    const again = await graphql(
      server.url,
      CHANGE,
      { input: { id: member.id, version: member.version, status: 'DECEASED', date: '2021-02-01' } },
      { token: keeper },
    );
    expect(onlyError(again).extensions!.code).toBe('CONFLICT');
  });

  it('masks personal data and withholds contents outside custody, on every path', async () => {
    const { branch, keeper, stranger, admin } = await arrange();
    const created = (await graphql(server.url, CREATE, { input: applicant(branch.id) }, { token: keeper })).data!
      .createMember;
    const categories = (await graphql(server.url, '{ materialCategories { id code } }', {}, { token: keeper })).data!
      .materialCategories as { id: string; code: string }[];
    await graphql(
      server.url,
      `
        mutation ($input: AddMaterialInput!) {
          addMaterial(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          dossierId: created.dossier.id,
          categoryId: categories[0].id,
          title: '入党申请书',
          formedOn: '2020-03-01',
          receivedOn: '2020-03-02',
          content: '本人志愿加入中国共产党',
        },
      },
      { token: keeper },
    );
    const VIA_DOSSIERS =
      '{ dossiers(first: 10) { edges { node { member { idNumber phone } materials { content } } } } }';
    const VIA_MEMBER = `query ($id: ID!) { member(id: $id) { idNumber address dossier { materials { content } } } }`;

    const kept = await graphql(server.url, VIA_DOSSIERS, {}, { token: keeper });
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.dossiers.edges[0].node).toEqual({
      member: { idNumber: ID, phone: '13812345678' },
      materials: [{ content: '本人志愿加入中国共产党' }],
    });

    const byAdmin = await graphql(server.url, VIA_DOSSIERS, {}, { token: admin });
    expect(byAdmin.data!.dossiers.edges[0].node.member).toEqual({
      idNumber: '1101**********002X',
      phone: '138****5678',
    });
    expect(byAdmin.data!.dossiers.edges[0].node.materials).toEqual([{ content: null }]);
    expect(onlyError(byAdmin).extensions!.code).toBe('FORBIDDEN');

    const viaMember = await graphql(server.url, VIA_MEMBER, { id: created.id }, { token: admin });
    expect(viaMember.data!.member.idNumber).toBe('1101**********002X');
    expect(viaMember.data!.member.dossier.materials).toEqual([{ content: null }]);

    // Another office's archivist does not even learn that the member exists outside their subtree.
    const elsewhere = await graphql(server.url, VIA_MEMBER, { id: created.id }, { token: stranger });
    expect(onlyError(elsewhere).extensions!.code).toBe('NOT_FOUND');
  });
});
