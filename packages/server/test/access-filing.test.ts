import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AccessRequest,
  AccessStep,
  AccessStepDepartment,
  DepartmentDecision,
  StepStatus,
} from '../src/access/access-request.entity';
import { AccessScope, StepMode } from '../src/access/access-scope';
import { createAccessRequest } from '../src/access/filing';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { MaterialCategory, Sensitivity } from '../src/dossiers/material-category.entity';
import { graphql, login, onlyError } from './support/client';
import { PASSWORD } from './support/factories';
import { actingAs, syntheticIdNumber } from './support/dossier-factories';
import { AccessWorld, makeAccessWorld, makeMemberWithDossier } from './support/access-factories';
import { useTestServer } from './support/server';

const dataDir = mkdtempSync(join(tmpdir(), 'dangan-access-filing-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const server = useTestServer({ DATA_DIR: dataDir });

const FILE = `mutation ($input: CreateAccessRequestInput!) {
  createAccessRequest(input: $input) {
    id number status currentStep durationDays scopes purpose { code } purposeDetails
    requester { id displayName } dossiers { id memberName organizationName custodianName }
    categories { code } justificationFile { sha256 fileName owner }
  }
}`;
const READ = `query ($id: ID!) { accessRequest(id: $id) { id number status dossiers { id memberName } } }`;
const LIST = `query ($filter: AccessRequestFilter, $first: Int, $after: String) {
  accessRequests(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id number status } }
  }
}`;
const WITHDRAW = `mutation ($id: ID!, $version: Int) { withdrawAccessRequest(requestId: $id, version: $version) { id status currentStep } }`;
const SEARCH = `query ($idNumber: String, $name: String) {
  requestableDossiers(idNumber: $idNumber, name: $name) { id memberName organizationName custodianName conflict }
}`;

interface Arranged {
  world: AccessWorld;
  tokens: Record<string, string>;
  /** The requester's own member record (linked), with a declared relative. */
  self: Awaited<ReturnType<typeof makeMemberWithDossier>>;
  target: Awaited<ReturnType<typeof makeMemberWithDossier>>;
}

async function arrange(): Promise<Arranged> {
  const em = server.em();
  const world = await makeAccessWorld(em, server.settings);
  const self = await makeMemberWithDossier(world, em, {
    name: '孙查阅',
    user: world.users.requester,
    relatives: [
      { name: '孙父', relation: '父亲', idNumber: syntheticIdNumber(901) },
      { name: '孙无号', relation: '兄弟' },
    ],
  });
  const target = await makeMemberWithDossier(world, em, { name: '李目标' });
  const tokens: Record<string, string> = {};
  for (const [key, user] of Object.entries(world.users)) tokens[key] = await login(server.url, user.username, PASSWORD);
  return { world, tokens, self, target };
}

const input = (dossierIds: number[], extra: Record<string, unknown> = {}) => ({
  dossierIds: dossierIds.map(String),
  scope: ['IDENTITY'],
  purpose: 'POLITICAL_REVIEW',
  justification: '干部考察需要核实身份信息，特此申请。',
  ...extra,
});

async function file(token: string, variables: Record<string, unknown>, language?: string) {
  return graphql(server.url, FILE, { input: variables }, { token, language });
}

async function uploadPdf(token: string, body = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(300)])) {
  const response = await fetch(`${server.url}/files`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` },
    body,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { sha256: string }).sha256;
}

describe('approval-chain templates', () => {
  const TEMPLATES = `query ($id: ID!) { chainTemplates(organizationId: $id) {
    scope inherited
    template { id version steps { position mode timeLimitHours departments { code } } }
    effective { id version organization { code } steps { mode departments { code name active } } }
  } }`;
  const SET = `mutation ($input: SetChainTemplateInput!) { setChainTemplate(input: $input) {
    scope inherited template { id version steps { position mode timeLimitHours departments { code } } }
  } }`;
  const REMOVE = `mutation ($org: ID!, $scope: AccessScope!, $version: Int!) {
    removeChainTemplate(organizationId: $org, scope: $scope, version: $version) {
      scope inherited template { id } effective { organization { code } }
    } }`;

  it('shows the template set on an organisation and the one its members inherit, saying whose it is', async () => {
    const { world, tokens } = await arrange();
    const atUnit = await graphql(server.url, TEMPLATES, { id: String(world.unit.id) }, { token: tokens.admin });
    expect(atUnit.errors).toBeUndefined();
    expect(atUnit.data!.chainTemplates).toHaveLength(3);
    for (const scope of atUnit.data!.chainTemplates) {
      expect(scope.template).toBeNull();
      expect(scope.inherited).toBe(true);
      expect(scope.effective.organization.code).toBe('ROOT');
      expect(scope.effective.steps).toEqual([
        {
          mode: 'ALL_OF',
          departments: [
            { code: 'ORG-D', name: '组织部', active: true },
            { code: 'DISC-D', name: '纪委', active: true },
          ],
        },
      ]);
    }

    // The unit's ADMIN sets its own RESTRICTED chain: two steps, the second any-of.
    const set = await graphql(
      server.url,
      SET,
      {
        input: {
          organizationId: String(world.unit.id),
          scope: 'RESTRICTED',
          steps: [
            { mode: 'ALL_OF', departmentIds: [String(world.orgDept.id), String(world.discDept.id)] },
            { mode: 'ANY_OF', departmentIds: [String(world.thirdDept.id)], timeLimitHours: 24 },
          ],
        },
      },
      { token: tokens.unitAdmin },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data!.setChainTemplate).toMatchObject({
      scope: 'RESTRICTED',
      inherited: false,
      template: {
        version: 1,
        steps: [
          { position: 1, mode: 'ALL_OF', timeLimitHours: null, departments: [{ code: 'ORG-D' }, { code: 'DISC-D' }] },
          { position: 2, mode: 'ANY_OF', timeLimitHours: 24, departments: [{ code: 'THIRD-D' }] },
        ],
      },
    });
    const below = await graphql(server.url, TEMPLATES, { id: String(world.unitBranch.id) }, { token: tokens.admin });
    const restricted = below.data!.chainTemplates.find((s: { scope: string }) => s.scope === 'RESTRICTED');
    expect(restricted.effective.organization.code).toBe('UNIT');
    expect(restricted.inherited).toBe(true);

    // Replacing needs the current version: a stale one (or none) is a CONFLICT.
    const templateVersion = set.data!.setChainTemplate.template.version;
    const replace = (version: number | null) =>
      graphql(
        server.url,
        SET,
        {
          input: {
            organizationId: String(world.unit.id),
            scope: 'RESTRICTED',
            steps: [{ mode: 'ANY_OF', departmentIds: [String(world.thirdDept.id)] }],
            version,
          },
        },
        { token: tokens.unitAdmin },
      );
    expect(onlyError(await replace(null)).extensions?.code).toBe('CONFLICT');
    const replaced = await replace(templateVersion);
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data!.setChainTemplate.template.version).toBe(templateVersion + 1);
    expect(onlyError(await replace(templateVersion)).extensions?.code).toBe('CONFLICT');

    // Removing it falls back to the root's.
    const removed = await graphql(
      server.url,
      REMOVE,
      { org: String(world.unit.id), scope: 'RESTRICTED', version: templateVersion + 1 },
      { token: tokens.unitAdmin },
    );
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeChainTemplate).toEqual({
      scope: 'RESTRICTED',
      inherited: true,
      template: null,
      effective: { organization: { code: 'ROOT' } },
    });
    const entries = await server
      .em()
      .find(AuditEntry, { action: { $like: 'CHAIN_TEMPLATE_%' } }, { orderBy: { id: 'asc' } });
    expect(entries.map((entry) => entry.action)).toEqual([
      'CHAIN_TEMPLATE_SET',
      'CHAIN_TEMPLATE_SET',
      'CHAIN_TEMPLATE_SET',
      'CHAIN_TEMPLATE_SET',
      'CHAIN_TEMPLATE_SET',
      'CHAIN_TEMPLATE_REMOVED',
    ]);
  });

  it('is managed by ADMINs of the subtree only', async () => {
    const { world, tokens } = await arrange();
    const steps = [{ mode: 'ALL_OF', departmentIds: [String(world.orgDept.id)] }];
    const atRoot = await graphql(
      server.url,
      SET,
      { input: { organizationId: String(world.root.id), scope: 'IDENTITY', steps, version: 1 } },
      { token: tokens.unitAdmin },
    );
    expect(onlyError(atRoot).extensions?.code).toBe('FORBIDDEN');
    const byRequester = await graphql(
      server.url,
      SET,
      { input: { organizationId: String(world.branch.id), scope: 'IDENTITY', steps } },
      { token: tokens.requester },
    );
    expect(onlyError(byRequester).extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses invalid templates, naming the step at fault in the caller’s language', async () => {
    const { world, tokens } = await arrange();
    const em = server.em();
    world.thirdDept.active = false;
    await em.nativeUpdate('Organization', { id: world.thirdDept.id }, { active: false });
    const ok = String(world.orgDept.id);
    const cases: [unknown[], string, RegExp, RegExp][] = [
      [[], 'steps', /至少需要一个步骤/, /at least one step/],
      [
        [
          { mode: 'ALL_OF', departmentIds: [ok] },
          { mode: 'ANY_OF', departmentIds: [] },
        ],
        'steps.1.departmentIds',
        /第 2 步没有审批部门/,
        /Step 2 has no deciding department/,
      ],
      [[{ mode: 'ALL_OF', departmentIds: ['999999'] }], 'steps.0.departmentIds', /不存在/, /does not exist/],
      [
        [{ mode: 'ALL_OF', departmentIds: [String(world.branch.id)] }],
        'steps.0.departmentIds',
        /不是职能部门/,
        /not a functional department/,
      ],
      [
        [{ mode: 'ALL_OF', departmentIds: [String(world.thirdDept.id)] }],
        'steps.0.departmentIds',
        /已停用/,
        /disabled/,
      ],
      [[{ mode: 'ALL_OF', departmentIds: [ok, ok] }], 'steps.0.departmentIds', /重复/, /twice/],
      [
        [{ mode: 'ALL_OF', departmentIds: [ok], timeLimitHours: 0 }],
        'steps.0.timeLimitHours',
        /1–720 小时/,
        /from 1 to 720/,
      ],
      [[{ mode: 'ALL_OF', departmentIds: [ok], timeLimitHours: 721 }], 'steps.0.timeLimitHours', /1–720/, /1 to 720/],
    ];
    for (const [steps, field, zh, en] of cases) {
      for (const [language, message] of [
        ['zh-CN', zh],
        ['en', en],
      ] as const) {
        const response = await graphql(
          server.url,
          SET,
          { input: { organizationId: String(world.unit.id), scope: 'IDENTITY', steps } },
          { token: tokens.admin, language },
        );
        const error = onlyError(response);
        expect(error.extensions, JSON.stringify(steps)).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(error.message).toMatch(message);
      }
    }
    expect(await em.count('ChainTemplate', { organization: world.unit.id })).toBe(0);
  });
});

describe('purposes', () => {
  it('are seeded, listed in order, and managed by ADMIN (deactivated ones leave the list)', async () => {
    const { tokens } = await arrange();
    const LIST_PURPOSES = '{ accessPurposes { code nameZh requiresDetails active } }';
    const listed = await graphql(server.url, LIST_PURPOSES, {}, { token: tokens.requester });
    expect(listed.data!.accessPurposes.map((p: { code: string }) => p.code)).toEqual([
      'POLITICAL_REVIEW',
      'PARTY_DEVELOPMENT',
      'CADRE_ASSESSMENT',
      'INSPECTION',
      'AUDIT',
      'ORGANIZATIONAL_HANDLING',
      'OTHER',
    ]);
    expect(listed.data!.accessPurposes.at(-1)).toEqual({
      code: 'OTHER',
      nameZh: '其他',
      requiresDetails: true,
      active: true,
    });
    const SET = `mutation ($input: SetAccessPurposeInput!) { setAccessPurpose(input: $input) { id code version active } }`;
    const byRequester = await graphql(
      server.url,
      SET,
      { input: { code: 'X1', nameZh: 'x', nameEn: 'x' } },
      { token: tokens.requester },
    );
    expect(onlyError(byRequester).extensions?.code).toBe('FORBIDDEN');
    const created = await graphql(
      server.url,
      SET,
      { input: { code: 'TRANSFER_CHECK', nameZh: '转递核查', nameEn: 'Transfer check' } },
      { token: tokens.admin },
    );
    expect(created.data!.setAccessPurpose).toMatchObject({ code: 'TRANSFER_CHECK', version: 1, active: true });
    const stale = await graphql(server.url, SET, { input: { code: 'AUDIT', active: false } }, { token: tokens.admin });
    expect(onlyError(stale).extensions?.code).toBe('CONFLICT');
    const off = await graphql(
      server.url,
      SET,
      { input: { code: 'AUDIT', active: false, version: 1 } },
      { token: tokens.admin },
    );
    expect(off.data!.setAccessPurpose.active).toBe(false);
    const after = await graphql(server.url, LIST_PURPOSES, {}, { token: tokens.requester });
    expect(after.data!.accessPurposes.map((p: { code: string }) => p.code)).not.toContain('AUDIT');
    expect(after.data!.accessPurposes.map((p: { code: string }) => p.code)).toContain('TRANSFER_CHECK');
    const all = await graphql(
      server.url,
      '{ accessPurposes(includeInactive: true) { code } }',
      {},
      { token: tokens.admin },
    );
    expect(all.data!.accessPurposes.map((p: { code: string }) => p.code)).toContain('AUDIT');
    const badCode = await graphql(
      server.url,
      SET,
      { input: { code: 'x', nameZh: 'x', nameEn: 'x' } },
      { token: tokens.admin },
    );
    expect(onlyError(badCode).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });
});

describe('finding dossiers to ask for', () => {
  it('by exact ID number anywhere, or by name within the requester’s subtree; safe fields only, conflicts flagged', async () => {
    const { world, tokens, self, target } = await arrange();
    const em = server.em();
    const far = await makeMemberWithDossier(world, em, { name: '李远方', organizationId: world.unitBranch.id });
    const father = await makeMemberWithDossier(world, em, { name: '孙父', idNumber: syntheticIdNumber(901) });

    const byNumber = await graphql(server.url, SEARCH, { idNumber: far.idNumber }, { token: tokens.requester });
    expect(byNumber.errors).toBeUndefined();
    expect(byNumber.data!.requestableDossiers).toEqual([
      {
        id: String(far.dossierId),
        memberName: '李远方',
        organizationName: '组织 UNIT-B1',
        custodianName: '组织 DA',
        conflict: false,
      },
    ]);
    // Outside the subtree a name finds nothing.
    const byName = await graphql(server.url, SEARCH, { name: '李' }, { token: tokens.requester });
    expect(byName.data!.requestableDossiers.map((d: { memberName: string }) => d.memberName)).toEqual(['李目标']);
    expect(byName.data!.requestableDossiers[0].id).toBe(String(target.dossierId));
    const conflicts = await graphql(server.url, SEARCH, { name: '孙' }, { token: tokens.requester });
    expect(conflicts.data!.requestableDossiers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: String(self.dossierId), conflict: true }),
        expect.objectContaining({ id: String(father.dossierId), conflict: true }),
      ]),
    );
    // An ID-number search is audited, without the number.
    const lookups = await em.find(AuditEntry, { action: 'ACCESS_DOSSIER_LOOKUP' });
    expect(lookups).toHaveLength(1);
    expect(lookups[0].details).not.toContain(far.idNumber);

    expect(onlyError(await graphql(server.url, SEARCH, {}, { token: tokens.requester })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
    expect(onlyError(await graphql(server.url, SEARCH, { name: '李' }, { token: tokens.admin })).extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('returns at most 20', async () => {
    const { world, tokens } = await arrange();
    for (let i = 0; i < 22; i += 1) await makeMemberWithDossier(world, server.em(), { name: `周${i}` });
    const found = await graphql(server.url, SEARCH, { name: '周' }, { token: tokens.requester });
    expect(found.data!.requestableDossiers).toHaveLength(20);
  });
});

describe('filing', () => {
  it('files a request with its chain frozen: the first step pending with its deadline, the rest waiting', async () => {
    const { world, tokens, target } = await arrange();
    const em = server.em();
    const sha256 = await uploadPdf(tokens.requester);
    const response = await file(
      tokens.requester,
      input([target.dossierId], {
        scope: ['RESTRICTED', 'IDENTITY'],
        justificationFile: { sha256, fileName: '介绍信.pdf' },
        durationDays: 5,
      }),
    );
    expect(response.errors).toBeUndefined();
    const filed = response.data!.createAccessRequest;
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    expect(filed).toMatchObject({
      number: `DY-${year}-000001`,
      status: 'PENDING',
      currentStep: 1,
      durationDays: 5,
      scopes: ['IDENTITY', 'RESTRICTED'],
      purpose: { code: 'POLITICAL_REVIEW' },
      requester: { id: String(world.users.requester.id), displayName: '测试用户' },
      dossiers: [
        { id: String(target.dossierId), memberName: '李目标', organizationName: '组织 B1', custodianName: '组织 DA' },
      ],
      categories: null,
      justificationFile: { sha256, fileName: '介绍信.pdf', owner: `AccessRequest:${filed.id}` },
    });
    // IDENTITY and RESTRICTED share the root's one step: the union holds it once.
    const steps = await em.find(AccessStep, { request: Number(filed.id) }, { orderBy: { position: 'asc' } });
    expect(steps.map((s) => [s.position, s.mode, s.status, s.timeLimitHours])).toEqual([
      [1, StepMode.ALL_OF, StepStatus.PENDING, 72],
    ]);
    expect(steps[0].dueAt!.getTime() - steps[0].startedAt!.getTime()).toBe(72 * 3600_000);
    const slots = await em.find(AccessStepDepartment, { request: Number(filed.id) }, { orderBy: { id: 'asc' } });
    expect(slots.map((slot) => [slot.department.id, slot.decision])).toEqual([
      [world.orgDept.id, DepartmentDecision.PENDING],
      [world.discDept.id, DepartmentDecision.PENDING],
    ]);
    const entry = await em.findOneOrFail(AuditEntry, { action: 'ACCESS_REQUEST_FILED' });
    expect(entry.target).toBe(`AccessRequest:${filed.id}`);
    expect(entry.organizationPath).toBe(world.branch.path);
    expect(JSON.parse(entry.details!)).toMatchObject({
      scopes: ['IDENTITY', 'RESTRICTED'],
      chain: [{ mode: 'ALL_OF', departments: ['ORG-D', 'DISC-D'], timeLimitHours: 72 }],
    });
    // Defaults: ACCESS_DEFAULT_DAYS.
    const second = await file(tokens.requester, input([target.dossierId]));
    expect(second.data!.createAccessRequest).toMatchObject({ number: `DY-${year}-000002`, durationDays: 7 });
  });

  it('uses the nearest template per scope, unites the scopes’ chains and freezes them against later edits', async () => {
    const { world, tokens, target } = await arrange();
    const em = server.em();
    const far = await makeMemberWithDossier(world, em, { name: '李远方', organizationId: world.unitBranch.id });
    // The unit's own MATERIALS chain: the root's pair again (dropped as identical), then THIRD-D any-of,
    // then ORG-D with THIRD-D (ORG-D already decides: only THIRD-D left, who also decides already: dropped).
    const { setChainTemplate } = await import('../src/access/chain-templates');
    const unitCtx = actingAs(em, server.settings, world.users.unitAdmin, world.unit);
    await setChainTemplate(unitCtx, {
      organizationId: String(world.unit.id),
      scope: AccessScope.MATERIALS,
      steps: [
        { mode: StepMode.ALL_OF, departmentIds: [String(world.orgDept.id), String(world.discDept.id)] },
        { mode: StepMode.ANY_OF, departmentIds: [String(world.thirdDept.id)], timeLimitHours: 24 },
        { mode: StepMode.ALL_OF, departmentIds: [String(world.orgDept.id), String(world.thirdDept.id)] },
      ],
    });
    const response = await file(
      tokens.requester,
      input([target.dossierId, far.dossierId], { scope: ['MATERIALS', 'IDENTITY'] }),
    );
    expect(response.errors).toBeUndefined();
    const id = Number(response.data!.createAccessRequest.id);
    const chainOf = async (requestId: number) => {
      const steps = await server.em().find(AccessStep, { request: requestId }, { orderBy: { position: 'asc' } });
      const slots = await server.em().find(AccessStepDepartment, { request: requestId });
      return steps.map((step) => ({
        mode: step.mode,
        status: step.status,
        departments: slots
          .filter((slot) => slot.step.id === step.id)
          .map((slot) => slot.department.id)
          .sort(),
      }));
    };
    const frozen = [
      { mode: 'ALL_OF', status: 'PENDING', departments: [world.orgDept.id, world.discDept.id].sort() },
      { mode: 'ANY_OF', status: 'WAITING', departments: [world.thirdDept.id] },
    ];
    expect(await chainOf(id)).toEqual(frozen);

    // Later edits of the templates change nothing in flight.
    await setChainTemplate(world.adminCtx, {
      organizationId: String(world.root.id),
      scope: AccessScope.IDENTITY,
      steps: [{ mode: StepMode.ANY_OF, departmentIds: [String(world.thirdDept.id)] }],
      version: 1,
    });
    const { removeChainTemplate } = await import('../src/access/chain-templates');
    await removeChainTemplate(unitCtx, {
      organizationId: String(world.unit.id),
      scope: AccessScope.MATERIALS,
      version: 1,
    });
    expect(await chainOf(id)).toEqual(frozen);
    // A new filing sees the new templates.
    const later = await file(tokens.requester, input([far.dossierId], { scope: ['IDENTITY'] }));
    expect(await chainOf(Number(later.data!.createAccessRequest.id))).toEqual([
      { mode: 'ANY_OF', status: 'PENDING', departments: [world.thirdDept.id] },
    ]);
  });

  it('refuses filing when no template applies to a scope (deny by default)', async () => {
    const { world, tokens, target } = await arrange();
    const em = server.em();
    await em.nativeDelete('ChainTemplateStep', {});
    await em.nativeDelete('ChainTemplate', { scope: AccessScope.RESTRICTED });
    for (const [language, message] of [
      ['zh-CN', /未配置 RESTRICTED 范围的审批链/],
      ['en', /No approval chain for scope RESTRICTED/],
    ] as const) {
      const response = await file(tokens.requester, input([target.dossierId], { scope: ['RESTRICTED'] }), language);
      const error = onlyError(response);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope' });
      expect(error.message).toMatch(message);
    }
    expect(await em.count(AccessRequest, {})).toBe(0);
    void world;
  });

  it('validates every field, naming it, in the caller’s language', async () => {
    const { world, tokens, target } = await arrange();
    const em = server.em();
    const restricted = await em.findOneOrFail(MaterialCategory, { sensitivity: Sensitivity.RESTRICTED });
    const normal = await em.findOneOrFail(MaterialCategory, { sensitivity: Sensitivity.NORMAL });
    const others = [];
    for (let i = 0; i < 20; i += 1) others.push((await makeMemberWithDossier(world, em, { name: `周${i}` })).dossierId);
    const mine = await uploadPdf(tokens.requester);
    const theirs = await uploadPdf(tokens.keeper);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(100)]);
    const image = await uploadPdf(tokens.requester, png);
    const t = target.dossierId;
    const cases: [Record<string, unknown>, string, RegExp, RegExp][] = [
      [input([]), 'dossierIds', /至少选择一份档案/, /at least one dossier/],
      [input([t, ...others]), 'dossierIds', /最多 20 份/, /at most 20/],
      [input([t, t]), 'dossierIds.1', /选择了两次/, /chosen twice/],
      [input([999999]), 'dossierIds.0', /档案不存在/, /No such dossier/],
      [input([t], { scope: [] }), 'scope', /至少选择一项/, /at least one scope/],
      [input([t], { scope: ['IDENTITY', 'IDENTITY'] }), 'scope', /不能重复/, /chosen twice/],
      [
        input([t], { scope: ['IDENTITY'], categoryIds: [String(normal.id)] }),
        'categoryIds.0',
        /不在所选查阅范围内/,
        /outside the chosen scopes/,
      ],
      [
        input([t], { scope: ['MATERIALS', 'RESTRICTED'], categoryIds: [String(normal.id)] }),
        'categoryIds',
        /RESTRICTED/,
        /scope RESTRICTED/,
      ],
      [input([t], { scope: ['MATERIALS'], categoryIds: ['999999'] }), 'categoryIds.0', /不存在/, /No such/],
      [input([t], { purpose: 'OTHER' }), 'purposeDetails', /具体说明/, /needs a description/],
      [input([t], { purpose: 'OTHER', purposeDetails: '   ' }), 'purposeDetails', /具体说明/, /needs a description/],
      [input([t], { justification: '太短了' }), 'justification', /10–2000/, /10 to 2000/],
      [input([t], { justification: 'x'.repeat(2001) }), 'justification', /10–2000/, /10 to 2000/],
      [input([t], { durationDays: 0 }), 'durationDays', /1–30 天/, /1 to 30 days/],
      [input([t], { durationDays: 31 }), 'durationDays', /1–30 天/, /1 to 30 days/],
      [
        input([t], { justificationFile: { sha256: 'abc', fileName: 'a.pdf' } }),
        'justificationFile.sha256',
        /校验值/,
        /checksum/,
      ],
      [
        input([t], { justificationFile: { sha256: theirs, fileName: 'a.pdf' } }),
        'justificationFile.sha256',
        /请先上传/,
        /upload it first/,
      ],
      [
        input([t], { justificationFile: { sha256: image, fileName: 'a.png' } }),
        'justificationFile.sha256',
        /PDF/,
        /PDF/,
      ],
      [
        input([t], { justificationFile: { sha256: mine, fileName: '  ' } }),
        'justificationFile.fileName',
        /必填/,
        /required/,
      ],
    ];
    for (const [variables, field, zh, en] of cases) {
      for (const [language, message] of [
        ['zh-CN', zh],
        ['en', en],
      ] as const) {
        const error = onlyError(await file(tokens.requester, variables, language));
        expect(error.extensions, `${field} ${JSON.stringify(variables).slice(0, 200)}`).toMatchObject({
          code: 'BAD_USER_INPUT',
          field,
        });
        expect(error.message).toMatch(message);
      }
    }
    // A retired purpose is refused; free text is filed as OTHER with the text as its details.
    await em.nativeUpdate('AccessPurpose', { code: 'AUDIT' }, { active: false });
    expect(onlyError(await file(tokens.requester, input([t], { purpose: 'AUDIT' }))).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'purpose',
    });
    const freeText = await file(tokens.requester, input([t], { purpose: 'Background check' }));
    expect(freeText.data!.createAccessRequest).toMatchObject({
      purpose: { code: 'OTHER' },
      purposeDetails: 'Background check',
    });
    const byName = await file(tokens.requester, input([t], { purpose: '干部考察', categoryIds: [] }));
    expect(byName.data!.createAccessRequest.purpose.code).toBe('CADRE_ASSESSMENT');
    const narrowed = await file(
      tokens.requester,
      input([t], { scope: ['MATERIALS', 'RESTRICTED'], categoryIds: [String(normal.id), String(restricted.id)] }),
    );
    expect(narrowed.errors).toBeUndefined();
    expect(narrowed.data!.createAccessRequest.categories.map((c: { code: string }) => c.code).sort()).toEqual(
      [normal.code, restricted.code].sort(),
    );
    expect(onlyError(await file(tokens.admin, input([t]))).extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses conflicts of interest: one’s own dossier, a declared relative’s, one whose record declares the requester', async () => {
    const { world, tokens, self } = await arrange();
    const em = server.em();
    // The requester's record declares 孙父 by ID number and 孙无号 by name only.
    const father = await makeMemberWithDossier(world, em, { name: '孙父', idNumber: syntheticIdNumber(901) });
    const brother = await makeMemberWithDossier(world, em, { name: '孙无号' });
    // 王某's record declares the requester (by ID number), 赵某's by name only.
    const selfIdNumber = self.idNumber;
    const declaresMe = await makeMemberWithDossier(world, em, {
      name: '王某',
      relatives: [{ name: '某人', relation: '配偶', idNumber: selfIdNumber }],
    });
    const namesMe = await makeMemberWithDossier(world, em, {
      name: '赵某',
      relatives: [{ name: '孙查阅', relation: '舅舅' }],
    });
    const stranger = await makeMemberWithDossier(world, em, {
      name: '钱某',
      relatives: [{ name: '别人', relation: '父亲', idNumber: syntheticIdNumber(903) }],
    });
    const cases: [number, RegExp, RegExp][] = [
      [self.dossierId, /不能申请查阅本人档案/, /your own dossier/],
      [father.dossierId, /“孙父”是您登记的亲属/, /“孙父” is a declared relative/],
      [brother.dossierId, /“孙无号”是您登记的亲属/, /“孙无号” is a declared relative/],
      [declaresMe.dossierId, /“王某”/, /“王某”/],
      [namesMe.dossierId, /“赵某”/, /“赵某”/],
    ];
    for (const [dossierId, zh, en] of cases) {
      for (const [language, message] of [
        ['zh-CN', zh],
        ['en', en],
      ] as const) {
        const error = onlyError(await file(tokens.requester, input([stranger.dossierId, dossierId]), language));
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dossierIds.1' });
        expect(error.message).toMatch(message);
      }
    }
    expect(await em.count(AccessRequest, {})).toBe(0);
    expect((await file(tokens.requester, input([stranger.dossierId]))).errors).toBeUndefined();
    // A requester not linked to their own record cannot be checked: refused.
    const unlinked = onlyError(await file(tokens.other, input([stranger.dossierId]), 'en'));
    expect(unlinked.extensions?.code).toBe('FORBIDDEN');
    expect(unlinked.message).toMatch(/not linked to your own member record/);
  });

  it('numbers parallel filings uniquely, without gaps', async () => {
    const { world, target } = await arrange();
    const ctx = () => actingAs(server.em(), server.settings, world.users.requester, world.branch);
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () =>
        createAccessRequest(ctx(), {
          dossierIds: [String(target.dossierId)],
          scope: [AccessScope.IDENTITY],
          purpose: 'AUDIT',
          justification: '审计需要，查阅身份信息。',
        }),
      ),
    );
    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
    const numbers = (await server.em().find(AccessRequest, {})).map((request) => request.number).sort();
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => `DY-${year}-${String(i + 1).padStart(6, '0')}`));
  });
});

describe('who sees a request', () => {
  async function filed() {
    const arranged = await arrange();
    const sha256 = await uploadPdf(arranged.tokens.requester);
    const response = await file(
      arranged.tokens.requester,
      input([arranged.target.dossierId], { justificationFile: { sha256, fileName: '证明.pdf' } }),
    );
    expect(response.errors).toBeUndefined();
    return { ...arranged, id: response.data!.createAccessRequest.id as string, sha256 };
  }

  it('its requester, the deciding departments’ approvers and overseers; everyone else as if it did not exist', async () => {
    const { tokens, id } = await filed();
    for (const who of ['requester', 'approverOrg', 'approverDisc', 'auditor', 'admin']) {
      const response = await graphql(server.url, READ, { id }, { token: tokens[who] });
      expect(response.errors, who).toBeUndefined();
      expect(response.data!.accessRequest.id).toBe(id);
      const list = await graphql(server.url, LIST, {}, { token: tokens[who] });
      expect(list.data!.accessRequests.totalCount, who).toBe(1);
    }
    const missing = await graphql(server.url, READ, { id: '999999' }, { token: tokens.other, language: 'en' });
    for (const who of ['other', 'approverThird', 'unitAdmin', 'keeper']) {
      const response = await graphql(server.url, READ, { id }, { token: tokens[who], language: 'en' });
      expect(onlyError(response), who).toEqual(onlyError(missing));
      expect(response.data).toEqual(missing.data);
      const list = await graphql(server.url, LIST, {}, { token: tokens[who] });
      expect(list.data!.accessRequests, who).toMatchObject({ totalCount: 0, edges: [] });
    }
  });

  it('lets those who see it download its justification, and nobody else', async () => {
    const { tokens, id, sha256 } = await filed();
    const download = (token: string, owner = `AccessRequest:${id}`) =>
      fetch(`${server.url}/files/${sha256}?owner=${encodeURIComponent(owner)}`, {
        headers: { authorization: `Bearer ${token}` },
      });
    for (const who of ['requester', 'approverOrg', 'auditor'])
      expect((await download(tokens[who])).status, who).toBe(200);
    for (const who of ['other', 'approverThird', 'unitAdmin'])
      expect((await download(tokens[who])).status, who).toBe(404);
    expect((await download(tokens.requester, 'AccessRequest:999999')).status).toBe(404);
  });

  it('lists an approver’s inbox: pending on their department, not decided by them, not their own', async () => {
    const { tokens, id, world } = await filed();
    const inbox = (who: string) =>
      graphql(server.url, LIST, { filter: { waitingForMe: true } }, { token: tokens[who] }).then((response) =>
        response.data!.accessRequests.edges.map((edge: { node: { id: string } }) => edge.node.id),
      );
    expect(await inbox('approverOrg')).toEqual([id]);
    expect(await inbox('approverDisc')).toEqual([id]);
    expect(await inbox('approverThird')).toEqual([]);
    expect(await inbox('requester')).toEqual([]);
    expect(await inbox('auditor')).toEqual([]);
    // Once approver.org's department decided (A2's decideAccessRequest writes this), it leaves their inbox only.
    const em = server.em();
    const slot = await em.findOneOrFail(AccessStepDepartment, { request: Number(id), department: { code: 'ORG-D' } });
    await em.nativeUpdate(
      AccessStepDepartment,
      { id: slot.id },
      { decision: DepartmentDecision.APPROVED, approver: world.users.approverOrg.id },
    );
    expect(await inbox('approverOrg')).toEqual([]);
    expect(await inbox('approverDisc')).toEqual([id]);
    const mine = await graphql(
      server.url,
      LIST,
      { filter: { mine: true, status: 'PENDING' } },
      { token: tokens.requester },
    );
    expect(mine.data!.accessRequests.totalCount).toBe(1);
    const none = await graphql(server.url, LIST, { filter: { mine: true } }, { token: tokens.approverOrg });
    expect(none.data!.accessRequests.totalCount).toBe(0);
  });

  it('pages newest first by cursor', async () => {
    const { tokens, target } = await filed();
    for (let i = 0; i < 4; i += 1) await file(tokens.requester, input([target.dossierId]));
    const first = await graphql(server.url, LIST, { first: 2 }, { token: tokens.requester });
    const numbers = first.data!.accessRequests.edges.map((e: { node: { number: string } }) => e.node.number);
    expect(numbers[0] > numbers[1]).toBe(true);
    expect(first.data!.accessRequests).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    const rest = await graphql(
      server.url,
      LIST,
      { first: 10, after: first.data!.accessRequests.pageInfo.endCursor },
      { token: tokens.requester },
    );
    expect(rest.data!.accessRequests.edges).toHaveLength(3);
    expect(rest.data!.accessRequests.pageInfo.hasNextPage).toBe(false);
  });
});

describe('withdrawing', () => {
  it('is the requester’s, while pending: steps cancelled, undecided slots not needed, audited', async () => {
    const { tokens, target } = await arrange();
    const response = await file(tokens.requester, input([target.dossierId]));
    const id = response.data!.createAccessRequest.id as string;
    const missing = onlyError(await graphql(server.url, WITHDRAW, { id: '999999' }, { token: tokens.other }));
    expect(onlyError(await graphql(server.url, WITHDRAW, { id }, { token: tokens.other }))).toEqual(missing);
    // An approver who sees it may not withdraw it (and the operation is the filing role's).
    expect(onlyError(await graphql(server.url, WITHDRAW, { id }, { token: tokens.approverOrg })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      onlyError(await graphql(server.url, WITHDRAW, { id, version: 99 }, { token: tokens.requester })).extensions?.code,
    ).toBe('CONFLICT');
    const withdrawn = await graphql(server.url, WITHDRAW, { id, version: 1 }, { token: tokens.requester });
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.withdrawAccessRequest).toEqual({ id, status: 'WITHDRAWN', currentStep: null });
    const em = server.em();
    expect((await em.find(AccessStep, { request: Number(id) })).map((step) => step.status)).toEqual([
      StepStatus.CANCELLED,
    ]);
    expect((await em.find(AccessStepDepartment, { request: Number(id) })).map((slot) => slot.decision)).toEqual([
      DepartmentDecision.NOT_NEEDED,
      DepartmentDecision.NOT_NEEDED,
    ]);
    expect(await em.count(AuditEntry, { action: 'ACCESS_REQUEST_WITHDRAWN', target: `AccessRequest:${id}` })).toBe(1);
    const again = onlyError(await graphql(server.url, WITHDRAW, { id }, { token: tokens.requester, language: 'en' }));
    expect(again.extensions?.code).toBe('CONFLICT');
    expect(again.message).toMatch(/has ended \(WITHDRAWN\)/);
    // No longer in anyone's inbox.
    const inbox = await graphql(server.url, LIST, { filter: { waitingForMe: true } }, { token: tokens.approverOrg });
    expect(inbox.data!.accessRequests.totalCount).toBe(0);
  });
});

describe('the union of templates (unionOfSteps)', () => {
  const template = (steps: [StepMode, number[]][]) => ({
    id: 1,
    version: 1,
    updatedAt: new Date(),
    organizationId: 1,
    organizationPath: '/R/',
    scope: AccessScope.IDENTITY,
    steps: steps.map(([mode, departmentIds], i) => ({ position: i + 1, mode, departmentIds, timeLimitHours: i + 1 })),
  });
  const { ALL_OF, ANY_OF } = StepMode;

  it('keeps each department in one step, drops identical and satisfied steps, keeps order and time limits', async () => {
    const { unionOfSteps } = await import('../src/access/chain-templates');
    expect(
      unionOfSteps([
        template([[ALL_OF, [1, 2]]]),
        template([
          [ALL_OF, [2, 1]],
          [ANY_OF, [3, 4]],
        ]),
        template([
          [ALL_OF, [1, 5]],
          [ANY_OF, [2, 6]],
          [ANY_OF, [4, 7]],
          [ALL_OF, [3]],
        ]),
      ]),
    ).toEqual([
      { mode: ALL_OF, departmentIds: [1, 2], timeLimitHours: 1 },
      // [2, 1] is the same set: dropped.
      { mode: ANY_OF, departmentIds: [3, 4], timeLimitHours: 2 },
      // 1 already decides: only 5 is asked.
      { mode: ALL_OF, departmentIds: [5], timeLimitHours: 1 },
      // [2, 6]: 2 must approve in step 1, so this any-of is already satisfied: dropped.
      // [4, 7]: 4 decides in the earlier any-of (may not be the one approving): 7 alone, stricter.
      { mode: ANY_OF, departmentIds: [7], timeLimitHours: 3 },
      // [3]: already decides: dropped.
    ]);
  });
});
