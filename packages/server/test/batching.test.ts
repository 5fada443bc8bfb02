import { describe, expect, it } from 'vitest';
import { recordAudit } from '../src/audit/audit.service';
import { DEMO_PASSWORD } from '../src/db/demo-data';
import { seedScaleData } from '../src/db/scale-data';
import { seedCatalogue } from '../src/dossiers/catalogue';
import { Dossier, DossierStatus } from '../src/dossiers/dossier.entity';
import { Material, MaterialStatus } from '../src/dossiers/material.entity';
import { MaterialCategory } from '../src/dossiers/material-category.entity';
import { idNumberCheckCharacter } from '../src/members/id-number';
import { Member } from '../src/members/member.entity';
import { Gender, MembershipStage, MembershipStatus } from '../src/members/membership';
import { idNumberIndex, PII } from '../src/members/personal-data';
import { OrganizationType } from '../src/organizations/organization.entity';
import { Role } from '../src/users/role';
import { graphql, login } from './support/client';
import { makeOrganization, makeUser, PASSWORD } from './support/factories';
import { dialect, useTestServer } from './support/server';
import { actingAs, makeArchives, makeKeptDossiers, makeOverdue } from './support/dossier-factories';
import { addMaterial, invalidateMaterial } from '../src/dossiers/material.service';
import { AccessScope } from '../src/access/access-scope';
import { User } from '../src/users/user.entity';
import { makeGrant } from './support/grants';

const ORGANIZATIONS = '{ organizations { id code parent { code } children { code } } }';
const USERS = '{ users(first: 100) { edges { node { username organization { code parent { code } } } } totalCount } }';
const CONTACTS = '{ users(first: 100) { edges { node { username phone email organization { name } } } } }';
const SIZES = [1, 10, 100];

const server = useTestServer();

/**
 * A root with `size` organisations under it, a user in each, and a root ADMIN signed in.
 * Returns the statements one request costs, minus those of signing the request in:
 * authentication is a fixed cost per request, measured with `{ __typename }`.
 */
async function statementsFor(
  size: number,
  query: string,
  expectRows: (data: Record<string, any>) => void,
): Promise<number> {
  await server.reset();
  const root = await makeOrganization(server.em(), { code: 'ROOT', type: OrganizationType.COMMITTEE });
  await makeUser(server.em(), {
    username: 'root.admin',
    organization: root,
    roles: [Role.ADMIN],
    phone: '13900000000',
  });
  for (let i = 1; i <= size; i += 1) {
    const organization = await makeOrganization(server.em(), { code: `ORG-${i}`, parent: root });
    await makeUser(server.em(), { username: `user${i}`, organization, phone: `139${String(i).padStart(8, '0')}` });
  }
  const token = await login(server.url, 'root.admin', PASSWORD);

  server.queries.reset();
  await graphql(server.url, '{ __typename }', {}, { token });
  const authentication = server.queries.count;

  server.queries.reset();
  const response = await graphql(server.url, query, {}, { token });
  const statements = server.queries.count;

  expect(response.errors).toBeUndefined();
  expectRows(response.data!);
  return statements - authentication;
}

describe('the number of SQL statements does not grow with page size', () => {
  it('for organisations with their parents and children', async () => {
    const counts: number[] = [];
    for (const size of SIZES) {
      counts.push(
        await statementsFor(size, ORGANIZATIONS, (data) => {
          expect(data.organizations).toHaveLength(size + 1);
          const root = data.organizations.find((o: { code: string }) => o.code === 'ROOT');
          expect(root.children).toHaveLength(size);
        }),
      );
    }

    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
    // The list itself, then the children of every listed organisation; parents come from the list.
    expect(counts[0]).toBe(2);
  });

  it('for organisations with the rules the SPA reads (allowed child types, whether the caller manages each)', async () => {
    const counts: number[] = [];
    for (const size of SIZES) {
      counts.push(
        await statementsFor(size, '{ organizations { id allowedChildTypes canManage } }', (data) => {
          expect(data.organizations).toHaveLength(size + 1);
          expect(data.organizations.every((o: { canManage: boolean }) => o.canManage)).toBe(true);
        }),
      );
    }

    // Both are decided from the listed row itself: the list is the only statement.
    expect(counts).toEqual([1, 1, 1]);
  });

  it('for a page of users with their organisations and those organisations’ parents', async () => {
    const counts: number[] = [];
    for (const size of SIZES) {
      counts.push(
        await statementsFor(size, USERS, (data) => {
          expect(data.users.totalCount).toBe(size + 1);
          expect(data.users.edges).toHaveLength(Math.min(size + 1, 100));
          const member = data.users.edges.find((e: { node: { username: string } }) => e.node.username === 'user1');
          expect(member.node.organization).toEqual({ code: 'ORG-1', parent: { code: 'ROOT' } });
        }),
      );
    }

    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
    // Users with their organisations in one statement, and the count; ROOT, the parent, is listed.
    expect(counts[0]).toBe(2);
  });

  it('for a page of users with guarded contact fields, their audit entry included', async () => {
    const counts: number[] = [];
    for (const size of SIZES) {
      counts.push(
        await statementsFor(size, CONTACTS, (data) => {
          expect(data.users.edges).toHaveLength(Math.min(size + 1, 100));
          expect(data.users.edges.every((e: { node: { phone: string | null } }) => e.node.phone !== null)).toBe(true);
        }),
      );
    }

    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });
});

describe('a page of audit entries with their actors’ names', () => {
  /** `size` entries, each written by another user, read by a root AUDITOR: the statements of the read. */
  async function auditStatementsFor(size: number): Promise<number> {
    await server.reset();
    const root = await makeOrganization(server.em(), { code: 'ROOT', type: OrganizationType.COMMITTEE });
    await makeUser(server.em(), { username: 'root.auditor', organization: root, roles: [Role.AUDITOR] });
    for (let i = 1; i <= size; i += 1) {
      const user = await makeUser(server.em(), { username: `user${i}`, organization: root });
      await recordAudit(server.em(), { actor: { userId: user.id, username: user.username } }, { action: 'ACTED' });
    }
    const token = await login(server.url, 'root.auditor', PASSWORD);
    const query = `{ auditEntries(first: 100, filter: { action: "ACTED" }) {
      totalCount edges { node { actor actorName targetLabel } } } }`;

    server.queries.reset();
    await graphql(server.url, '{ __typename }', {}, { token });
    const authentication = server.queries.count;
    server.queries.reset();
    const response = await graphql(server.url, query, {}, { token });

    expect(response.errors).toBeUndefined();
    expect(response.data!.auditEntries.edges).toHaveLength(size);
    expect(response.data!.auditEntries.edges.every((e: { node: { actorName: string } }) => e.node.actorName)).toBe(
      true,
    );
    return server.queries.count - authentication;
  }

  it('costs the same statements for 1, 10 and 100 entries', async () => {
    const counts: number[] = [];
    for (const size of SIZES) counts.push(await auditStatementsFor(size));

    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
    // The entries, their count, and the names of their actors in one statement.
    expect(counts[0]).toBe(3);
  });
});

describe('a read costs only what it asks for', () => {
  it('signs a request in with one statement', async () => {
    await statementsFor(1, '{ __typename }', () => undefined);
    const token = await login(server.url, 'user1', PASSWORD);

    server.queries.reset();
    const response = await graphql(server.url, '{ me { username } }', {}, { token });

    expect(response.data!.me).toEqual({ username: 'user1' });
    // The session, its user and organisation in one statement; `me` reads the user once more.
    expect(server.queries.count).toBe(2);
  });

  it('counts the users only when totalCount is asked for', async () => {
    const withoutCount = await statementsFor(10, '{ users(first: 5) { edges { node { username } } } }', (data) =>
      expect(data.users.edges).toHaveLength(5),
    );
    const withCount = await statementsFor(10, '{ users(first: 5) { totalCount } }', (data) =>
      expect(data.users.totalCount).toBe(11),
    );

    expect(withoutCount).toBe(1);
    expect(withCount).toBe(2);
  });

  it('never reads password hashes or unasked columns for a page of users', async () => {
    await statementsFor(10, '{ users(first: 5) { edges { node { username } } } }', () => undefined);

    const userRead = server.queries.statements.find((sql) => /from "user"/.test(sql))!;
    expect(userRead).toBeDefined();
    expect(userRead).not.toMatch(/password_hash/);
    expect(userRead).not.toMatch(/\bu\.\W?(phone|email|display_name)\b/);
  });
});

describe('a page of dossiers or members with everything the SPA shows', () => {
  // The page size as a variable, as the SPA sends it (a literal `first: 100` multiplies the query's cost limit).
  const DOSSIERS = `query ($first: Int) { dossiers(first: $first) { totalCount edges { node { id status overdue
    member { name idNumber phone organization { code } }
    custodian { code } archivist { username displayName organization { code } }
    completeness { complete rate missing { code } }
    materials { title content category { code } } } } } }`;
  const MEMBERS = `query ($first: Int) { members(first: $first) { totalCount edges { node { name idNumber organization { code }
    dossier { status custodian { code } archivist { username } completeness { rate } } } } } }`;

  /**
   * `size` members of one branch, each with a dossier kept by DA and two materials, inserted in
   * bulk; returns the tokens of a root ADMIN (masked reads) and of DA's archivist (unmasked, audited).
   */
  async function arrangeDossiers(size: number) {
    await server.reset();
    const em = server.em();
    const root = await makeOrganization(em, { code: 'ROOT', type: OrganizationType.COMMITTEE });
    const office = await makeOrganization(em, { code: 'DA', type: OrganizationType.ARCHIVE_OFFICE, parent: root });
    const branch = await makeOrganization(em, { code: 'B1', parent: root });
    await makeUser(em, { username: 'root.admin', organization: root, roles: [Role.ADMIN] });
    const keeper = await makeUser(em, { username: 'keeper', organization: office, roles: [Role.ARCHIVIST] });
    await seedCatalogue(em);
    await em.flush();
    const categories = await em.find(MaterialCategory, {}, { orderBy: { sortOrder: 'asc' } });
    const pii = server.settings.pii;
    const created = { version: 1, createdAt: new Date(), updatedAt: new Date() };
    const members = Array.from({ length: size }, (_, i) => {
      const first17 = `110105199001${String(1 + (i % 28)).padStart(2, '0')}${String(i).padStart(3, '0')}`;
      const idNumber = first17 + idNumberCheckCharacter(first17);
      return {
        name: `党员${i}`,
        gender: i % 2 ? Gender.MALE : Gender.FEMALE,
        ethnicity: '汉族',
        birthDate: `1990-01-${String(1 + (i % 28)).padStart(2, '0')}`,
        idNumberEncrypted: pii.encrypt(idNumber, PII.idNumber),
        idNumberIndex: idNumberIndex(pii, idNumber),
        phoneEncrypted: pii.encrypt('13812345678', PII.phone),
        applicationDate: '2015-01-01',
        stage: MembershipStage.APPLICANT,
        membershipStatus: MembershipStatus.APPLICANT,
        organization: branch.id,
        ...created,
      };
    });
    await em.insertMany(Member, members);
    const memberIds = (await em.find(Member, {}, { fields: ['id'], orderBy: { id: 'asc' } })).map((m) => m.id);
    await em.insertMany(
      Dossier,
      memberIds.map((member) => ({
        member,
        custodian: office.id,
        archivist: keeper.id,
        status: DossierStatus.ESTABLISHING,
        completionDeadline: new Date(Date.now() - 24 * 3600_000),
        reviewIntervalMonths: 12,
        ...created,
      })),
    );
    const dossierIds = (await em.find(Dossier, {}, { fields: ['id'], orderBy: { id: 'asc' } })).map((d) => d.id);
    await em.insertMany(
      Material,
      dossierIds.flatMap((dossier, i) =>
        categories.slice(0, 2).map((category) => ({
          dossier,
          category: category.id,
          lineage: `lineage-${i}-${category.id}`,
          title: category.nameZh,
          formedOn: '2015-01-01',
          receivedOn: '2015-01-02',
          content: '内容',
          createdBy: keeper.id,
          version: 1,
          status: MaterialStatus.CURRENT,
          lateFiling: false,
          createdAt: created.createdAt,
        })),
      ),
    );
    const [admin, archivist] = await Promise.all(
      ['root.admin', 'keeper'].map((username) => login(server.url, username, PASSWORD)),
    );
    return { admin, archivist };
  }

  async function statementsOf(token: string, query: string) {
    server.queries.reset();
    await graphql(server.url, '{ __typename }', {}, { token });
    const authentication = server.queries.count;
    server.queries.reset();
    const response = await graphql(server.url, query, { first: 100 }, { token });
    return { response, statements: server.queries.count - authentication };
  }

  it('costs the same statements for 1 and 100 dossiers, masked or read in custody', async () => {
    const counts: Record<string, number[]> = { admin: [], archivist: [] };
    for (const size of [1, 100]) {
      const tokens = await arrangeDossiers(size);
      for (const reader of ['admin', 'archivist'] as const) {
        const { response, statements } = await statementsOf(tokens[reader], DOSSIERS);
        const edges = response.data!.dossiers.edges;
        expect(edges).toHaveLength(size);
        expect(edges[0].node).toMatchObject({
          overdue: true,
          custodian: { code: 'DA' },
          archivist: { username: 'keeper', organization: { code: 'DA' } },
          completeness: { complete: true, rate: 1 },
        });
        expect(edges[0].node.materials).toHaveLength(2);
        if (reader === 'admin') {
          expect(edges[0].node.member.idNumber).toMatch(/^1101\*{10}\d{3}[\dX]$/);
          expect(edges[0].node.materials[0].content).toBeNull();
        } else {
          expect(response.errors).toBeUndefined();
          expect(edges[0].node.member.idNumber).toMatch(/^110105\d{11}[\dX]$/);
        }
        counts[reader].push(statements);
      }
    }

    expect(counts.admin).toEqual([counts.admin[0], counts.admin[0]]);
    expect(counts.archivist).toEqual([counts.archivist[0], counts.archivist[0]]);
  });

  it('costs the same statements for 1 and 100 members with their organisations and dossiers', async () => {
    const counts: number[] = [];
    for (const size of [1, 100]) {
      const { admin } = await arrangeDossiers(size);
      const { response, statements } = await statementsOf(admin, MEMBERS);
      expect(response.errors).toBeUndefined();
      expect(response.data!.members.totalCount).toBe(size);
      expect(response.data!.members.edges[0].node).toMatchObject({
        organization: { code: 'B1' },
        dossier: { status: 'ESTABLISHING', custodian: { code: 'DA' }, archivist: { username: 'keeper' } },
      });
      counts.push(statements);
    }

    expect(counts).toEqual([counts[0], counts[0]]);
  });

  it('reads only the member columns a page of members asks for, and the personal-data decision’s', async () => {
    const { archivist } = await arrangeDossiers(2);
    const memberRead = () =>
      server.queries.statements.find((sql) => /select m\.\W?id\W? as .* from member m join organization/.test(sql))!;
    const { response } = await statementsOf(archivist, MEMBERS);
    // The custodian reads the ID number unmasked: the decision had the member's organisation and dossier.
    expect(response.data!.members.edges[0].node.idNumber).toMatch(/^110105\d{11}[\dX]$/);
    expect(memberRead()).toMatch(/m\.\W?id_number_encrypted\W? as/);
    expect(memberRead()).toMatch(/m\.\W?user_id\W? as/);
    expect(memberRead()).not.toMatch(/m\.\W?(address_encrypted|phone_encrypted|education|work_unit|ethnicity)\W? as/);

    const withAddress = MEMBERS.replace('name idNumber', 'name idNumber address ethnicity');
    const asked = await statementsOf(archivist, withAddress);
    expect(asked.response.errors).toBeUndefined();
    expect(memberRead()).toMatch(/m\.\W?address_encrypted\W? as/);
    expect(memberRead()).toMatch(/m\.\W?ethnicity\W? as/);
  });

  it('costs a grantee holding 10 active grants the read statements of a caller holding none, for 1 and 100 members', async () => {
    // Issue 10 §9: the caller's grants are one statement per request, issued whether they hold 0
    // or 10, shared by every row's decision. Unmasked reads add the request's one SENSITIVE_READ
    // entry (its own transaction at the end), whose statements do not grow with the page either.
    const GRANTED = `query ($first: Int) { members(first: $first) { totalCount edges { node { name idNumber phone address
      organization { code } relatives { idNumber } dossier { status materials { title content notes } } } } } }`;
    const split = (statements: string[]) => {
      const audit = statements.findIndex((sql) => /^begin/i.test(sql.replace(/^\[query\] /, '')));
      return audit < 0 ? { read: statements.length, audit: 0 } : { read: audit, audit: statements.length - audit };
    };
    const measure = async (size: number, grants: number) => {
      const { admin } = await arrangeDossiers(size);
      const em = server.em();
      const grantee = await em.findOneOrFail(User, { username: 'root.admin' });
      const dossierIds = (await em.find(Dossier, {}, { fields: ['id'], orderBy: { id: 'asc' } })).map((d) => d.id);
      for (let i = 0; i < grants; i += 1) {
        await makeGrant(em, {
          grantee,
          dossiers: [dossierIds[i % dossierIds.length]],
          scopes: [AccessScope.IDENTITY, AccessScope.MATERIALS],
        });
      }
      server.queries.reset();
      await graphql(server.url, '{ __typename }', {}, { token: admin });
      const authentication = server.queries.count;
      server.queries.reset();
      const response = await graphql(server.url, GRANTED, { first: 100 }, { token: admin });
      const edges = response.data!.members.edges as { node: { idNumber: string } }[];
      expect(edges).toHaveLength(size);
      const unmasked = edges.filter((edge) => !edge.node.idNumber.includes('*')).length;
      expect(unmasked).toBe(grants ? Math.min(grants, size) : 0);
      const { read, audit } = split(server.queries.statements);
      return { read: read - authentication, audit };
    };

    const none100 = await measure(100, 0);
    const ten100 = await measure(100, 10);
    const ten1 = await measure(1, 10);

    expect(ten100.read).toBe(none100.read);
    expect(ten1.read).toBe(ten100.read);
    // Every one of these reads is audited (notes of NORMAL materials are read by role): one entry each.
    expect(new Set([none100.audit, ten100.audit, ten1.audit]).size).toBe(1);
  });
});

describe('the lifecycle lists cost the same statements for 1 and 20 dossiers', () => {
  /** Overdue, due for review, with one invalidated material each, kept by the signed-in archivist. */
  async function lifecycleStatements(size: number, query: string, rowsOf: (data: Record<string, any>) => unknown[]) {
    await server.reset();
    const archives = await makeArchives(server.em());
    const asKeeper = actingAs(server.em(), server.settings, archives.keeper, archives.officeA);
    const dossiers = await makeKeptDossiers(asKeeper, archives.branch, size);
    const ids = dossiers.map((dossier) => dossier.id);
    await makeOverdue(server.em(), ids);
    await server.em().nativeUpdate(Dossier, { id: { $in: ids } }, { nextReviewAt: new Date(Date.now() - 1000) });
    const category = await server.em().findOneOrFail(MaterialCategory, { code: 'APPLICATION' });
    for (const dossier of dossiers) {
      const material = await addMaterial(asKeeper, {
        dossierId: String(dossier.id),
        categoryId: String(category.id),
        title: '入党申请书',
        formedOn: '2020-03-01',
        receivedOn: '2020-06-01',
      });
      await invalidateMaterial(asKeeper, String(material.id), '重复归档');
    }
    const token = await login(server.url, 'keeper', PASSWORD);
    server.queries.reset();
    await graphql(server.url, '{ __typename }', {}, { token });
    const authentication = server.queries.count;
    server.queries.reset();
    const response = await graphql(server.url, query, {}, { token });
    const statements = server.queries.count;
    expect(response.errors).toBeUndefined();
    expect(rowsOf(response.data!)).toHaveLength(size);
    return statements - authentication;
  }

  const DOSSIER_FIELDS = `id overdueExplanation nextReviewAt member { name idNumber } custodian { name }
    completeness { rate missing { code } } materials(status: INVALIDATED) { id content }`;
  const cases: [string, string, (data: Record<string, any>) => unknown[]][] = [
    [
      'overdueDossiers',
      `{ overdueDossiers(first: 20) { totalCount edges { node { ${DOSSIER_FIELDS} } } } }`,
      (d) => d.overdueDossiers.edges,
    ],
    [
      'reviewsDue',
      `{ reviewsDue(first: 20) { totalCount edges { node { ${DOSSIER_FIELDS} } } } }`,
      (d) => d.reviewsDue.edges,
    ],
    [
      'invalidatedMaterials',
      `{ invalidatedMaterials(first: 20) { totalCount edges { node { id content category { code } dossier { id member { name idNumber } } } } } }`,
      (d) => d.invalidatedMaterials.edges,
    ],
  ];
  for (const [name, query, rowsOf] of cases) {
    it(`for ${name}`, async () => {
      const one = await lifecycleStatements(1, query, rowsOf);
      const twenty = await lifecycleStatements(20, query, rowsOf);
      expect(twenty).toBe(one);
    });
  }
});

describe('the dossier page (issue 9 point 13)', () => {
  const DOSSIER_PAGE = `query ($id: ID!) {
    dossier(id: $id) {
      id status overdue completionDeadline
      member { id name stage organization { id name } }
      custodian { id name }
      archivist { id displayName }
      completeness { rate complete required { id code } missing { id } }
      current: materials(status: CURRENT) { id title notes content files { sha256 fileName } category { id } }
      superseded: materials(status: SUPERSEDED) { id title notes content files { sha256 } }
      invalidated: materials(status: INVALIDATED) { id title notes content files { sha256 } }
    }
    materialCategories { id code }
  }`;

  it('costs the same statements for a dossier of about 20 materials and one of 100, read by its custodian', async () => {
    const seeded = await seedScaleData(server.em(), { members: 2, keyring: server.settings.pii });
    const token = await login(server.url, 'archivist', DEMO_PASSWORD);
    const [other] = await server
      .em()
      .getConnection()
      .execute<{ id: number }[]>(
        'select id from dossier where id <> ? and custodian_id = (select custodian_id from dossier where id = ?) limit 1',
        [seeded.showcase.dossierId, seeded.showcase.dossierId],
      );
    const counts: number[] = [];
    // The catalogue is kept between requests (dossier.records.ts): read it once, as any earlier request would.
    await graphql(server.url, '{ materialCategories { id } }', {}, { token });
    for (const id of [other?.id ?? seeded.showcase.dossierId, seeded.showcase.dossierId]) {
      server.queries.reset();
      await graphql(server.url, '{ __typename }', {}, { token });
      const authentication = server.queries.count;
      server.queries.reset();
      const response = await graphql(server.url, DOSSIER_PAGE, { id: String(id) }, { token });
      expect(response.errors).toBeUndefined();
      expect(response.data!.dossier.current[0].content).toBeTruthy();
      counts.push(server.queries.count - authentication);
    }
    // The dossier, its member, organisations, archivist, the kept catalogue's fingerprint,
    // completeness, materials with their files (one statement), and the SENSITIVE_READ entry (begin, chain
    // head, insert, commit; PostgreSQL takes the chain's advisory lock too). The dossier primes the
    // loader its materials' decisions read, so it is read once.
    const expected = dialect === 'postgresql' ? 14 : 13;
    expect(counts).toEqual([expected, expected]);
  });
});
