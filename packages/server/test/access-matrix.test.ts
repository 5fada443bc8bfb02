import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessScope } from '../src/access/access-scope';
import { seedCatalogue } from '../src/dossiers/catalogue';
import { addMaterial } from '../src/dossiers/material.service';
import { attachMaterialFile } from '../src/dossiers/material-files';
import { MaterialCategory } from '../src/dossiers/material-category.entity';
import { Dossier } from '../src/dossiers/dossier.entity';
import { createMember } from '../src/members/member.service';
import { Gender, MembershipStage } from '../src/members/membership';
import { Organization, OrganizationType } from '../src/organizations/organization.entity';
import { Role } from '../src/users/role';
import { User } from '../src/users/user.entity';
import { graphql, GraphQLErrorShape, login } from './support/client';
import { actingAs, syntheticIdNumber } from './support/dossier-factories';
import { makeOrganization, makeUser, PASSWORD } from './support/factories';
import { makeGrant } from './support/grants';
import { useTestServer } from './support/server';

/**
 * The authorisation matrix of issue 10 §10: every role × every grant state × every path that
 * reaches a guarded value, on one seeded dataset per dialect. The expected outcome of each case
 * comes from the small tables below (what the requirements say a role and a grant open), never
 * from the implementation; each case is one assertion, and the file prints how many it checked.
 */

const dataDir = mkdtempSync(join(tmpdir(), 'dangan-access-matrix-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
// One request per subject carries most paths: more aliases than an interactive client needs.
const server = useTestServer({ DATA_DIR: dataDir, GRAPHQL_MAX_ALIASES: '40' }, { resetEachTest: false });

// ---- The tables -------------------------------------------------------------------------------

type OrgKey = 'root' | 'officeA' | 'officeB' | 'department' | 'branch2';

/** Each role as a subject: where it sits, whether its role reads the target member (subtree) and whether it keeps the dossier. */
const ROLES: Record<string, { roles: Role[]; at: OrgKey; readsByRole: boolean; custody: boolean }> = {
  ADMIN: { roles: [Role.ADMIN], at: 'root', readsByRole: true, custody: false },
  'ARCHIVIST custodian': { roles: [Role.ARCHIVIST], at: 'officeA', readsByRole: false, custody: true },
  'ARCHIVIST other office': { roles: [Role.ARCHIVIST], at: 'officeB', readsByRole: false, custody: false },
  APPROVER: { roles: [Role.APPROVER], at: 'department', readsByRole: false, custody: false },
  AUDITOR: { roles: [Role.AUDITOR], at: 'root', readsByRole: true, custody: false },
  STAFF_MANAGER: { roles: [Role.STAFF_MANAGER], at: 'root', readsByRole: false, custody: false },
  REQUESTER: { roles: [Role.REQUESTER], at: 'branch2', readsByRole: false, custody: false },
};

const ALL = [AccessScope.IDENTITY, AccessScope.MATERIALS, AccessScope.RESTRICTED];

interface GrantState {
  scopes: AccessScope[];
  /** Category codes the grant is narrowed to. */
  categories?: string[];
  on: 'target' | 'other dossier';
  expired?: boolean;
  revoked?: boolean;
  /** Held by another user, not by the subject. */
  otherHolder?: boolean;
}

const STATES: Record<string, GrantState | null> = {
  none: null,
  IDENTITY: { scopes: [AccessScope.IDENTITY], on: 'target' },
  MATERIALS: { scopes: [AccessScope.MATERIALS], on: 'target' },
  RESTRICTED: { scopes: [AccessScope.RESTRICTED], on: 'target' },
  'IDENTITY+MATERIALS narrowed to APPLICATION': {
    scopes: [AccessScope.IDENTITY, AccessScope.MATERIALS],
    categories: ['APPLICATION'],
    on: 'target',
  },
  'expired (all scopes)': { scopes: ALL, on: 'target', expired: true },
  'revoked (all scopes)': { scopes: ALL, on: 'target', revoked: true },
  'all scopes for another dossier': { scopes: ALL, on: 'other dossier' },
  'all scopes held by another user': { scopes: ALL, on: 'target', otherHolder: true },
};

/** The target's materials: two NORMAL categories (one the narrowed grant names) and a RESTRICTED one. */
const MATERIALS = {
  N1: { category: 'APPLICATION', sensitivity: 'NORMAL' },
  N2: { category: 'INTERVIEW', sensitivity: 'NORMAL' },
  R: { category: 'DISCIPLINE', sensitivity: 'RESTRICTED' },
} as const;
type MaterialKey = keyof typeof MATERIALS;

/** What the requirements say the subject may do with the target (§3-4 and the contract). */
function expected(role: (typeof ROLES)[string], state: GrantState | null) {
  const grant = state && !state.expired && !state.revoked && !state.otherHolder && state.on === 'target' ? state : null;
  const opens = (key: MaterialKey) => {
    if (!grant) return false;
    const material = MATERIALS[key];
    const scope = material.sensitivity === 'NORMAL' ? AccessScope.MATERIALS : AccessScope.RESTRICTED;
    return grant.scopes.includes(scope) && (!grant.categories || grant.categories.includes(material.category));
  };
  const visible = role.readsByRole || role.custody || !!grant;
  const content = (key: MaterialKey) => role.custody || opens(key);
  return {
    visible,
    identity: role.custody || !!grant?.scopes.includes(AccessScope.IDENTITY),
    content,
    notes: (key: MaterialKey) => (MATERIALS[key].sensitivity === 'NORMAL' ? visible : content(key)),
  };
}

// ---- The dataset --------------------------------------------------------------------------------

const TARGET = {
  name: '李明',
  idNumber: syntheticIdNumber(11),
  phone: '13912345678',
  address: '北京市西城区示例路 8 号',
  relativeIdNumber: syntheticIdNumber(22),
};
const MISSING_ID = '987654';

interface Subject {
  role: string;
  state: string;
  token: string;
}

interface World {
  memberId: string;
  dossierId: string;
  custodianId: string;
  materials: Record<MaterialKey, { id: string; sha256: string }>;
  subjects: Subject[];
}

const pdf = () => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(300), Buffer.from('\n%%EOF\n')]);

async function seedWorld(): Promise<World> {
  const em = server.em();
  const root = await makeOrganization(em, { code: 'ROOT', type: OrganizationType.COMMITTEE });
  const orgs: Record<OrgKey | 'branch', Organization> = {
    root,
    officeA: await makeOrganization(em, { code: 'DA', type: OrganizationType.ARCHIVE_OFFICE, parent: root }),
    officeB: await makeOrganization(em, { code: 'DB', type: OrganizationType.ARCHIVE_OFFICE, parent: root }),
    department: await makeOrganization(em, { code: 'DEPT', type: OrganizationType.DEPARTMENT, parent: root }),
    branch: await makeOrganization(em, { code: 'B1', parent: root }),
    branch2: await makeOrganization(em, { code: 'B2', parent: root }),
  };
  await seedCatalogue(em);
  await em.flush();
  const keeper = await makeUser(em, { username: 'keeper', organization: orgs.officeA, roles: [Role.ARCHIVIST] });
  const asKeeper = actingAs(em, server.settings, keeper, orgs.officeA);
  const newMember = (name: string, seq: number, extra: Record<string, unknown> = {}) =>
    createMember(asKeeper, {
      name,
      gender: seq % 2 ? Gender.MALE : Gender.FEMALE,
      ethnicity: '汉族',
      birthDate: '1980-01-01',
      idNumber: syntheticIdNumber(seq),
      organizationId: String(orgs.branch.id),
      stage: MembershipStage.APPLICANT,
      applicationDate: '2020-03-01',
      ...extra,
    });
  const target = await newMember(TARGET.name, 11, {
    phone: TARGET.phone,
    address: TARGET.address,
    relatives: [{ kind: 'FAMILY', name: '李父', relation: '父亲', workUnit: null, idNumber: TARGET.relativeIdNumber }],
  });
  const other = await newMember('赵强', 13);
  const dossierOf = async (memberId: number) =>
    server.em().findOneOrFail(Dossier, { member: memberId }, { fields: ['id'] });
  const [targetDossier, otherDossier] = [await dossierOf(target.id), await dossierOf(other.id)];

  const keeperToken = await login(server.url, 'keeper', PASSWORD);
  const categories = new Map(
    (await server.em().find(MaterialCategory, {})).map((category) => [category.code, category.id]),
  );
  const materials = {} as World['materials'];
  for (const [key, spec] of Object.entries(MATERIALS) as [MaterialKey, (typeof MATERIALS)[MaterialKey]][]) {
    const material = await addMaterial(asKeeper, {
      dossierId: String(targetDossier.id),
      categoryId: String(categories.get(spec.category)),
      title: `${spec.category} 材料`,
      formedOn: '2020-03-01',
      receivedOn: '2020-03-02',
      notes: `${key} 备注`,
      content: `${key} 内容`,
    });
    const uploaded = await fetch(`${server.url}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${keeperToken}`, 'content-type': 'application/pdf' },
      body: pdf(),
    });
    const { sha256 } = (await uploaded.json()) as { sha256: string };
    await attachMaterialFile(asKeeper, { materialId: String(material.id), sha256, fileName: `${key}.pdf` });
    materials[key] = { id: String(material.id), sha256 };
  }

  const subjects: Subject[] = [];
  const anotherUser = await makeUser(em, { username: 'someone.else', organization: orgs.branch2 });
  let n = 0;
  for (const [role, spec] of Object.entries(ROLES)) {
    for (const [state, grant] of Object.entries(STATES)) {
      n += 1;
      const user: User = await makeUser(server.em(), {
        username: `subject${n}`,
        organization: orgs[spec.at],
        roles: spec.roles,
      });
      if (grant) {
        const now = Date.now();
        await makeGrant(server.em(), {
          grantee: grant.otherHolder ? anotherUser : user,
          dossiers: [grant.on === 'target' ? targetDossier.id : otherDossier.id],
          scopes: grant.scopes,
          categoryIds: grant.categories?.map((code) => categories.get(code)!),
          expiresAt: grant.expired ? new Date(now - 60_000) : undefined,
          revokedAt: grant.revoked ? new Date(now - 60_000) : null,
        });
      }
      subjects.push({ role, state, token: '' });
    }
  }
  // Signing in checks an argon2 hash: a few at a time.
  for (let i = 0; i < subjects.length; i += 8) {
    const tokens = await Promise.all(
      subjects.slice(i, i + 8).map((_, j) => login(server.url, `subject${i + j + 1}`, PASSWORD)),
    );
    tokens.forEach((token, j) => (subjects[i + j].token = token));
  }
  return {
    memberId: String(target.id),
    dossierId: String(targetDossier.id),
    custodianId: String(orgs.officeA.id),
    materials,
    subjects,
  };
}

// ---- The paths ----------------------------------------------------------------------------------

/** Most paths in one request: root fields, aliases, named and inline fragments, nested connections, filters. */
const PATHS = `query Matrix($m: ID!, $d: ID!, $idNumber: String, $name: String, $custodian: ID) {
  member(id: $m) { idNumber phone address relatives { idNumber } }
  aliased: member(id: $m) { secret: idNumber }
  viaFragment: member(id: $m) { ...Personal }
  dossier(id: $d) {
    member { idNumber }
    materials { id content notes files { sha256 } ... on Material { inlineContent: content } }
  }
  members(first: 10) { edges { node { id idNumber dossier { id member { idNumber } materials { id content } } } } }
  dossiers(first: 10) { edges { node { id member { idNumber } } } }
  custodianFilter: dossiers(first: 10, filter: { custodianId: $custodian }) { edges { node { id } } }
  byIdNumber: members(filter: { idNumber: $idNumber }) { totalCount }
  byName: members(filter: { search: $name }) { totalCount }
}
fragment Personal on Member { idNumber relatives { idNumber } }`;

/** The same roots by id, to compare an invisible target with a missing one (the file URL alone: its field is non-null). */
const BY_ID = `query ById($m: ID!, $d: ID!) { member(id: $m) { id } dossier(id: $d) { id } }`;
const FILE_URL = `query FileUrl($owner: String!, $sha: String!) { fileDownloadUrl(owner: $owner, sha256: $sha) }`;

/** A response with its errors in path order: root fields resolve concurrently, so their errors come in either order. */
const canonical = (response: { status: number; data: unknown; errors?: GraphQLErrorShape[] }) =>
  JSON.stringify({
    ...response,
    errors: [...(response.errors ?? [])].sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path))),
  });

let world: World;
let cases = 0;

beforeAll(async () => {
  world = await seedWorld();
}, 120_000);

afterAll(() => {
  console.log(`access matrix: ${cases} cases`);
});

const errorAt = (errors: GraphQLErrorShape[] | undefined, path: (string | number)[]) =>
  errors?.find((error) => JSON.stringify(error.path) === JSON.stringify(path));

async function download(token: string, owner: string, sha256: string) {
  const response = await fetch(`${server.url}/files/${sha256}?owner=${owner}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: response.status === 200 ? null : await response.json() };
}

describe.each(Object.keys(ROLES))('%s', (role) => {
  it.each(Object.keys(STATES))('with grant state: %s', async (state) => {
    const subject = world.subjects.find((each) => each.role === role && each.state === state)!;
    const expect_ = expected(ROLES[role], STATES[state]);
    const failures: string[] = [];
    const check = (name: string, ok: boolean, detail: unknown) => {
      cases += 1;
      if (!ok) failures.push(`${name}: ${JSON.stringify(detail)}`);
    };
    /** A guarded identifier: the whole value, or a masked form of it. */
    const identifier = (name: string, value: unknown, whole: string, unmasked: boolean) =>
      check(
        `${name} ${unmasked ? 'unmasked' : 'masked'}`,
        unmasked
          ? value === whole
          : typeof value === 'string' && value !== whole && value.includes('*') && value.length === whole.length,
        value,
      );
    /** A guarded content: the value with no error, or null with FORBIDDEN at its path. */
    const content = (
      name: string,
      value: unknown,
      path: (string | number)[],
      allowed: boolean,
      whole: unknown,
      errors: GraphQLErrorShape[] | undefined,
    ) =>
      check(
        `${name} ${allowed ? 'open' : 'withheld'}`,
        allowed
          ? JSON.stringify(value) === JSON.stringify(whole) && !errorAt(errors, path)
          : value === null && errorAt(errors, path)?.extensions?.code === 'FORBIDDEN',
        { value, error: errorAt(errors, path) },
      );

    const variables = {
      m: world.memberId,
      d: world.dossierId,
      idNumber: TARGET.idNumber,
      name: TARGET.name,
      custodian: world.custodianId,
    };
    const response = await graphql(server.url, PATHS, variables, { token: subject.token });
    const { data, errors } = response;
    check(
      'no error but NOT_FOUND and FORBIDDEN',
      (errors ?? []).every((e) => ['NOT_FOUND', 'FORBIDDEN'].includes(e.extensions?.code as string)),
      errors,
    );

    // member(id) and dossier(id), plain, aliased and through a fragment.
    for (const root of ['member', 'aliased', 'viaFragment', 'dossier']) {
      check(
        `${root}(id) ${expect_.visible ? 'answers' : 'NOT_FOUND'}`,
        expect_.visible
          ? data?.[root] != null && !errorAt(errors, [root])
          : data?.[root] === null && errorAt(errors, [root])?.extensions?.code === 'NOT_FOUND',
        { value: data?.[root], error: errorAt(errors, [root]) },
      );
    }
    if (expect_.visible) {
      const member = data!.member;
      identifier('member.idNumber', member.idNumber, TARGET.idNumber, expect_.identity);
      identifier('member.phone', member.phone, TARGET.phone, expect_.identity);
      identifier('member.address', member.address, TARGET.address, expect_.identity);
      identifier('member.relatives.idNumber', member.relatives[0].idNumber, TARGET.relativeIdNumber, expect_.identity);
      identifier('aliased member.secret', data!.aliased.secret, TARGET.idNumber, expect_.identity);
      identifier('fragment member.idNumber', data!.viaFragment.idNumber, TARGET.idNumber, expect_.identity);
      identifier(
        'fragment member.relatives.idNumber',
        data!.viaFragment.relatives[0].idNumber,
        TARGET.relativeIdNumber,
        expect_.identity,
      );
      identifier('dossier.member.idNumber', data!.dossier.member.idNumber, TARGET.idNumber, expect_.identity);
      const materials = data!.dossier.materials as Record<string, unknown>[];
      for (const key of Object.keys(MATERIALS) as MaterialKey[]) {
        const i = materials.findIndex((material) => material.id === world.materials[key].id);
        const at = (field: string) => ['dossier', 'materials', i, field];
        const material = materials[i];
        content(
          `dossier.materials[${key}].content`,
          material.content,
          at('content'),
          expect_.content(key),
          `${key} 内容`,
          errors,
        );
        content(
          `dossier.materials[${key}] inline fragment content`,
          material.inlineContent,
          at('inlineContent'),
          expect_.content(key),
          `${key} 内容`,
          errors,
        );
        content(
          `dossier.materials[${key}].notes`,
          material.notes,
          at('notes'),
          expect_.notes(key),
          `${key} 备注`,
          errors,
        );
        content(
          `dossier.materials[${key}].files`,
          material.files,
          at('files'),
          expect_.content(key),
          [{ sha256: world.materials[key].sha256 }],
          errors,
        );
      }
    }

    // Lists, their nested connections, and filters.
    const memberEdges = (data?.members?.edges ?? []) as { node: Record<string, any> }[];
    const memberRow = memberEdges.findIndex((edge) => edge.node.id === world.memberId);
    check(
      `members list ${expect_.visible ? 'includes' : 'omits'} the target`,
      memberRow >= 0 === expect_.visible,
      memberEdges.map((e) => e.node.id),
    );
    const dossierEdges = (data?.dossiers?.edges ?? []) as { node: Record<string, any> }[];
    const dossierRow = dossierEdges.findIndex((edge) => edge.node.id === world.dossierId);
    check(
      `dossiers list ${expect_.visible ? 'includes' : 'omits'} the target`,
      dossierRow >= 0 === expect_.visible,
      dossierEdges.map((e) => e.node.id),
    );
    const filtered = (data?.custodianFilter?.edges ?? []) as { node: { id: string } }[];
    check(
      `dossiers(filter: custodian) ${expect_.visible ? 'includes' : 'omits'} the target`,
      filtered.some((edge) => edge.node.id === world.dossierId) === expect_.visible,
      filtered,
    );
    if (expect_.visible) {
      const node = memberEdges[memberRow].node;
      identifier('members.edges.node.idNumber', node.idNumber, TARGET.idNumber, expect_.identity);
      identifier(
        'members.edges.node.dossier.member.idNumber',
        node.dossier.member.idNumber,
        TARGET.idNumber,
        expect_.identity,
      );
      const nested = node.dossier.materials as { id: string; content: unknown }[];
      for (const key of Object.keys(MATERIALS) as MaterialKey[]) {
        const i = nested.findIndex((material) => material.id === world.materials[key].id);
        content(
          `members.edges.node.dossier.materials[${key}].content`,
          nested[i].content,
          ['members', 'edges', memberRow, 'node', 'dossier', 'materials', i, 'content'],
          expect_.content(key),
          `${key} 内容`,
          errors,
        );
      }
      identifier(
        'dossiers.edges.node.member.idNumber',
        dossierEdges[dossierRow].node.member.idNumber,
        TARGET.idNumber,
        expect_.identity,
      );
    }
    // An exact ID-number search confirms the number only where the caller reads it unmasked.
    check(
      `members(filter: idNumber) finds ${expect_.visible && expect_.identity ? 'the target' : 'nothing'}`,
      data?.byIdNumber?.totalCount === (expect_.visible && expect_.identity ? 1 : 0),
      data?.byIdNumber,
    );
    check(
      `members(filter: search) finds ${expect_.visible ? 'the target' : 'nothing'}`,
      data?.byName?.totalCount === (expect_.visible ? 1 : 0),
      data?.byName,
    );

    // An invisible target answers exactly as a missing one: member(id), dossier(id), a material's file by id.
    if (!expect_.visible) {
      const asked = await graphql(
        server.url,
        BY_ID,
        { m: world.memberId, d: world.dossierId },
        { token: subject.token },
      );
      const missing = await graphql(server.url, BY_ID, { m: MISSING_ID, d: MISSING_ID }, { token: subject.token });
      check('member(id), dossier(id) answer as for missing ids', canonical(asked) === canonical(missing), {
        asked,
        missing,
      });
    }
    for (const key of Object.keys(MATERIALS) as MaterialKey[]) {
      const { id, sha256 } = world.materials[key];
      const mayRead = expect_.content(key);
      const asked = await graphql(
        server.url,
        FILE_URL,
        { owner: `Material:${id}`, sha: sha256 },
        { token: subject.token },
      );
      if (mayRead) {
        check(`fileDownloadUrl(${key}) signs`, typeof asked.data?.fileDownloadUrl === 'string', asked);
      } else {
        const missing = await graphql(
          server.url,
          FILE_URL,
          { owner: `Material:${MISSING_ID}`, sha: sha256 },
          { token: subject.token },
        );
        check(`fileDownloadUrl(${key}) answers as for a missing material`, canonical(asked) === canonical(missing), {
          asked,
          missing,
        });
      }
      const got = await download(subject.token, `Material:${id}`, sha256);
      const absent = await download(subject.token, `Material:${MISSING_ID}`, sha256);
      check(
        `GET /files (${key}) ${mayRead ? '200' : '404 as for a missing material'}`,
        mayRead ? got.status === 200 : JSON.stringify(got) === JSON.stringify(absent),
        { got, absent },
      );
    }

    expect(failures).toEqual([]);
  });
});
