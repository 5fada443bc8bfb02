import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startHttpServer } from '../src/app/http';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { seedCatalogue } from '../src/dossiers/catalogue';
import { listDossiers } from '../src/dossiers/dossier.service';
import { Member } from '../src/members/member.entity';
import { Organization, OrganizationType } from '../src/organizations/organization.entity';
import { pageRequest } from '../src/shared/pagination';
import { systemContext } from '../src/shared/service-context';
import { Role } from '../src/users/role';
import { User } from '../src/users/user.entity';
import { graphql, GraphQLResponse, login, onlyError } from './support/client';
import { makeOrganization, makeUser, PASSWORD } from './support/factories';
import { testSettings, useTestServer } from './support/server';

const k1 = randomBytes(32).toString('base64');
const k2 = randomBytes(32).toString('base64');
const INDEX_KEY = randomBytes(32).toString('base64');
// Keys named here, so the rotation test can start a second server that knows k1 and writes with k2.
const server = useTestServer({ PII_KEYS: `k1:${k1}`, PII_INDEX_KEY: INDEX_KEY });

/** [name, gender, birth date, ID number]: valid GB 11643 numbers agreeing with the record. */
const PEOPLE: [string, string, string, string][] = [
  ['王芳', 'FEMALE', '1949-12-31', '11010519491231002X'],
  ['陈伟', 'MALE', '1985-03-07', '110105198503070019'],
  ['艾琳', 'FEMALE', '1992-11-20', '110105199211200023'],
  ['张强', 'MALE', '1978-06-15', '110105197806150038'],
];

const CREATE = `mutation ($input: CreateMemberInput!) { createMember(input: $input) { id version name
  dossier { id } } }`;

async function arrange() {
  const em = server.em();
  const root = await makeOrganization(em, { code: 'ROOT', type: OrganizationType.COMMITTEE });
  const office = await makeOrganization(em, { code: 'DA', type: OrganizationType.ARCHIVE_OFFICE, parent: root });
  const branch = await makeOrganization(em, { code: 'B1', parent: root });
  await makeUser(em, { username: 'keeper', organization: office, roles: [Role.ARCHIVIST] });
  await makeUser(em, { username: 'boss', organization: root, roles: [Role.ADMIN] });
  const person = await makeUser(em, { username: 'person', organization: branch, roles: [Role.REQUESTER] });
  await seedCatalogue(em);
  await em.flush();
  const [keeper, admin] = await Promise.all(['keeper', 'boss'].map((name) => login(server.url, name, PASSWORD)));
  return { branch, office, keeper, admin, person };
}

async function createMember(token: string, branchId: number, index: number, overrides: Record<string, unknown> = {}) {
  const [name, gender, birthDate, idNumber] = PEOPLE[index];
  const response = await graphql(
    server.url,
    CREATE,
    {
      input: {
        name,
        gender,
        ethnicity: '汉族',
        birthDate,
        idNumber,
        organizationId: String(branchId),
        stage: 'APPLICANT',
        applicationDate: '2020-03-01',
        ...overrides,
      },
    },
    { token },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.createMember as { id: string; version: number; name: string; dossier: { id: string } };
}

const sensitiveReads = async () =>
  (await server.em().find(AuditEntry, { action: 'SENSITIVE_READ' }, { orderBy: { id: 'asc' } })).map((entry) =>
    JSON.parse(entry.details!),
  );

describe('the member list', () => {
  it('sorts by every key, page after page', async () => {
    const { branch, keeper } = await arrange();
    const created = [];
    for (let i = 0; i < PEOPLE.length; i += 1) created.push(await createMember(keeper, branch.id, i));
    // The first member edited last: the most recently updated.
    const edited = await graphql(
      server.url,
      'mutation ($input: UpdateMemberInput!) { updateMember(input: $input) { id } }',
      { input: { id: created[0].id, version: created[0].version, post: '科员' } },
      { token: keeper },
    );
    expect(edited.errors).toBeUndefined();

    const namesIn = async (orderBy: string) => {
      const names: string[] = [];
      let after: string | null = null;
      do {
        const page: GraphQLResponse = await graphql(
          server.url,
          `
            query ($orderBy: MemberOrderBy, $after: String) {
              members(orderBy: $orderBy, first: 3, after: $after) {
                edges {
                  node {
                    name
                  }
                }
                pageInfo {
                  hasNextPage
                  endCursor
                }
              }
            }
          `,
          { orderBy, after },
          { token: keeper },
        );
        expect(page.errors).toBeUndefined();
        names.push(...page.data!.members.edges.map((e: { node: { name: string } }) => e.node.name));
        after = page.data!.members.pageInfo.hasNextPage ? page.data!.members.pageInfo.endCursor : null;
      } while (after);
      return names;
    };

    expect(await namesIn('ID')).toEqual(['王芳', '陈伟', '艾琳', '张强']);
    const byName = await namesIn('NAME');
    expect(byName).toEqual([...byName].sort());
    expect(byName).toHaveLength(4);
    expect(await namesIn('BIRTH_DATE')).toEqual(['王芳', '张强', '陈伟', '艾琳']);
    expect(await namesIn('RECENTLY_UPDATED')).toEqual(['王芳', '张强', '艾琳', '陈伟']);
  });

  it('lists overdue dossiers once the clock passes their deadline', async () => {
    const { branch, keeper } = await arrange();
    const member = await createMember(keeper, branch.id, 0);
    const keeperUser = await server.em().findOneOrFail(User, { username: 'keeper' }, { populate: ['organization'] });
    const office = keeperUser.organization.getEntity() as Organization;
    const asKeeper = (now: Date) => ({
      ...systemContext(server.em(), server.settings),
      now: () => now,
      actor: {
        userId: keeperUser.id,
        username: 'keeper',
        roles: [Role.ARCHIVIST],
        organizationId: office.id,
        organizationPath: office.path,
        sessionId: 'test',
      },
    });
    const overdueAt = async (now: Date) =>
      (await listDossiers(asKeeper(now), { overdue: true }, pageRequest(10, null), true)).totalCount;
    const days = (n: number) => new Date(Date.now() + n * 24 * 3600_000);

    const viaApi = await graphql(
      server.url,
      '{ dossiers(filter: { overdue: true }) { totalCount } notOverdue: dossiers(filter: { overdue: false }) { totalCount } }',
      {},
      { token: keeper },
    );
    expect(viaApi.data).toEqual({ dossiers: { totalCount: 0 }, notOverdue: { totalCount: 1 } });
    expect(await overdueAt(days(29))).toBe(0);
    expect(await overdueAt(days(31))).toBe(1);
    const notOverdue = await listDossiers(asKeeper(days(31)), { overdue: false }, pageRequest(10, null), true);
    expect(notOverdue.totalCount).toBe(0);
    expect(member.dossier.id).toBeTruthy();
  });
});

describe('personal data of members and relatives', () => {
  it('masks a relative’s ID number outside custody and shows it in custody', async () => {
    const { branch, keeper, admin } = await arrange();
    const member = await createMember(keeper, branch.id, 1, {
      relatives: [{ kind: 'FAMILY', name: '陈父', relation: '父亲', idNumber: PEOPLE[3][3] }],
    });
    const QUERY = 'query ($id: ID!) { member(id: $id) { relatives { name idNumber } } }';

    const kept = await graphql(server.url, QUERY, { id: member.id }, { token: keeper });
    const masked = await graphql(server.url, QUERY, { id: member.id }, { token: admin });

    expect(kept.data!.member.relatives).toEqual([{ name: '陈父', idNumber: PEOPLE[3][3] }]);
    expect(masked.errors).toBeUndefined();
    expect(masked.data!.member.relatives).toEqual([{ name: '陈父', idNumber: '1101**********0038' }]);
  });

  it('lets a user linked to their record read it unmasked through me, basis self, audited', async () => {
    const { branch, keeper, admin, person } = await arrange();
    const member = await createMember(keeper, branch.id, 2);
    const LINK = `mutation ($u: ID!, $m: ID!, $v: Int!, $confirm: Boolean) {
      linkUserMember(userId: $u, memberId: $m, memberVersion: $v, confirmNameMismatch: $confirm) { username member { name } } }`;
    const link = (token: string, confirm?: boolean, version = member.version) =>
      graphql(server.url, LINK, { u: String(person.id), m: member.id, v: version, confirm }, { token, language: 'en' });

    expect(onlyError(await link(keeper)).extensions!.code).toBe('FORBIDDEN');
    expect(onlyError(await link(admin)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'confirmNameMismatch',
    });
    expect(onlyError(await link(admin, true, member.version + 1)).extensions!.code).toBe('CONFLICT');
    const linked = await link(admin, true);
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.linkUserMember).toEqual({ username: 'person', member: { name: '艾琳' } });

    // A member belongs to one account: linking it to another is refused.
    const other = await makeUser(server.em(), { username: 'other', organization: branch, roles: [Role.REQUESTER] });
    const version = (await server.em().findOneOrFail(Member, Number(member.id))).version;
    const taken = await graphql(
      server.url,
      LINK,
      { u: String(other.id), m: member.id, v: version, confirm: true },
      { token: admin },
    );
    expect(onlyError(taken).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberId' });

    const token = await login(server.url, 'person', PASSWORD);
    const before = (await sensitiveReads()).length;
    const me = await graphql(server.url, '{ me { member { name idNumber } } }', {}, { token });
    expect(me.errors).toBeUndefined();
    expect(me.data!.me.member).toEqual({ name: '艾琳', idNumber: PEOPLE[2][3] });
    const reads = (await sensitiveReads()).slice(before);
    expect(reads).toHaveLength(1);
    expect(reads[0].reads).toEqual([{ type: 'Member', ids: [Number(member.id)], fields: ['idNumber'], basis: 'self' }]);
    const audit = await server.em().find(AuditEntry, { action: 'MEMBER_USER_LINKED' });
    expect(audit.map((entry) => entry.target)).toEqual([`Member:${member.id}`]);

    const unlinked = await graphql(
      server.url,
      'mutation ($u: ID!, $v: Int!) { unlinkUserMember(userId: $u, memberVersion: $v) { member { name } } }',
      { u: String(person.id), v: version },
      { token: admin },
    );
    expect(unlinked.data!.unlinkUserMember).toEqual({ member: null });
    const after = await graphql(server.url, '{ me { member { name } } }', {}, { token });
    expect(after.data!.me.member).toBeNull();
  });
});

describe('personal data keys', () => {
  it('reads values written under an older key after rotation, and writes new ones with the current key', async () => {
    const { branch, keeper } = await arrange();
    const before = await createMember(keeper, branch.id, 0, { phone: '13812345678' });
    const stored = async (id: string) => (await server.em().findOneOrFail(Member, Number(id))).idNumberEncrypted;
    expect(await stored(before.id)).toMatch(/^v1\.k1\./);

    // Another instance configured after the rotation: k2 current, k1 still listed.
    const rotated = await startHttpServer(
      server.orm,
      testSettings({ PII_KEYS: `k2:${k2},k1:${k1}`, PII_INDEX_KEY: INDEX_KEY }),
      0,
    );
    try {
      const token = await login(rotated.url, 'keeper', PASSWORD);
      const old = await graphql(
        rotated.url,
        'query ($id: ID!) { member(id: $id) { idNumber phone } }',
        { id: before.id },
        { token },
      );
      expect(old.data!.member).toEqual({ idNumber: PEOPLE[0][3], phone: '13812345678' });

      const created = await graphql(
        rotated.url,
        CREATE,
        {
          input: {
            name: PEOPLE[1][0],
            gender: PEOPLE[1][1],
            ethnicity: '汉族',
            birthDate: PEOPLE[1][2],
            idNumber: PEOPLE[1][3],
            organizationId: String(branch.id),
            stage: 'APPLICANT',
            applicationDate: '2020-03-01',
          },
        },
        { token },
      );
      expect(created.errors).toBeUndefined();
      expect(await stored(created.data!.createMember.id)).toMatch(/^v1\.k2\./);
      // The blind index key did not change: exact search finds both, old and new.
      const found = await graphql(
        rotated.url,
        'query ($id: String) { members(filter: { idNumber: $id }) { totalCount } }',
        { id: PEOPLE[0][3] },
        { token },
      );
      expect(found.data!.members.totalCount).toBe(1);
    } finally {
      await rotated.stop();
    }
  });
});

describe('the material catalogue', () => {
  const CREATE_CATEGORY = `mutation ($input: CreateMaterialCategoryInput!) {
    createMaterialCategory(input: $input) { id version code requiredFrom sensitivity } }`;
  const UPDATE_CATEGORY = `mutation ($input: UpdateMaterialCategoryInput!) {
    updateMaterialCategory(input: $input) { version nameZh requiredStages } }`;

  it('is edited by ADMINs only, each change versioned', async () => {
    const { keeper, admin } = await arrange();
    const input = { code: 'HEALTH_REPORT', nameZh: '体检报告', nameEn: 'Health report', requiredFrom: 'PROBATIONARY' };

    expect(onlyError(await graphql(server.url, CREATE_CATEGORY, { input }, { token: keeper })).extensions!.code).toBe(
      'FORBIDDEN',
    );
    const created = await graphql(server.url, CREATE_CATEGORY, { input }, { token: admin });
    expect(created.errors).toBeUndefined();
    const category = created.data!.createMaterialCategory;
    expect(category).toMatchObject({ code: 'HEALTH_REPORT', requiredFrom: 'PROBATIONARY', sensitivity: 'NORMAL' });

    const update = (token: string, version: number) =>
      graphql(
        server.url,
        UPDATE_CATEGORY,
        { input: { id: category.id, version, nameZh: '入党体检报告', requiredFrom: 'FULL' } },
        { token },
      );
    expect(onlyError(await update(keeper, category.version)).extensions!.code).toBe('FORBIDDEN');
    const updated = await update(admin, category.version);
    expect(updated.data!.updateMaterialCategory).toEqual({
      version: category.version + 1,
      nameZh: '入党体检报告',
      requiredStages: ['FULL'],
    });
    expect(onlyError(await update(admin, category.version)).extensions!.code).toBe('CONFLICT');
    const duplicate = await graphql(server.url, CREATE_CATEGORY, { input }, { token: admin });
    expect(onlyError(duplicate).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('withholds the notes of RESTRICTED materials outside custody, not those of normal ones', async () => {
    const { branch, keeper, admin } = await arrange();
    const member = await createMember(keeper, branch.id, 0);
    const categories = (
      await graphql(server.url, '{ materialCategories { id code sensitivity } }', {}, { token: keeper })
    ).data!.materialCategories as { id: string; code: string; sensitivity: string }[];
    const idOf = (code: string) => categories.find((c) => c.code === code)!.id;
    expect(categories.find((c) => c.code === 'POLITICAL_REVIEW')!.sensitivity).toBe('RESTRICTED');
    for (const code of ['APPLICATION', 'POLITICAL_REVIEW']) {
      const added = await graphql(
        server.url,
        'mutation ($input: AddMaterialInput!) { addMaterial(input: $input) { id } }',
        {
          input: {
            dossierId: member.dossier.id,
            categoryId: idOf(code),
            title: code,
            formedOn: '2020-03-01',
            receivedOn: '2020-03-02',
            notes: `${code} 备注`,
          },
        },
        { token: keeper },
      );
      expect(added.errors).toBeUndefined();
    }
    const QUERY = 'query ($id: ID!) { dossier(id: $id) { materials { title notes } } }';

    const kept = await graphql(server.url, QUERY, { id: member.dossier.id }, { token: keeper });
    const outside = await graphql(server.url, QUERY, { id: member.dossier.id }, { token: admin });

    expect(kept.data!.dossier.materials).toEqual([
      { title: 'APPLICATION', notes: 'APPLICATION 备注' },
      { title: 'POLITICAL_REVIEW', notes: 'POLITICAL_REVIEW 备注' },
    ]);
    expect(outside.data!.dossier.materials).toEqual([
      { title: 'APPLICATION', notes: 'APPLICATION 备注' },
      { title: 'POLITICAL_REVIEW', notes: null },
    ]);
    expect(onlyError(outside)).toMatchObject({
      path: ['dossier', 'materials', 1, 'notes'],
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
