import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../src/dossiers/catalogue';
import { Job, JobStatus } from '../src/jobs/job.entity';
import { idNumberCheckCharacter } from '../src/members/id-number';
import { OrganizationType } from '../src/organizations/organization.entity';
import { Role } from '../src/users/role';
import { graphql, login } from './support/client';
import { makeOrganization, makeUser, PASSWORD } from './support/factories';
import { dialect, useTestJobs, useTestServer } from './support/server';

const server = useTestServer({ FILE_MAX_BYTES: String(2 * 1024 * 1024) });
useTestJobs(server);

/** A valid synthetic ID number: born on `birth` (YYYYMMDD), male for an odd `sequence`. */
const idNumber = (birth: string, sequence: number) => {
  const first17 = `110105${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
};

async function arrange() {
  const em = server.em();
  const root = await makeOrganization(em, { code: 'ROOT', type: OrganizationType.COMMITTEE });
  const office = await makeOrganization(em, { code: 'DA', type: OrganizationType.ARCHIVE_OFFICE, parent: root });
  const branch = await makeOrganization(em, { code: 'B1', parent: root });
  await makeOrganization(em, { code: 'B2', parent: root });
  await makeUser(em, { username: 'keeper', organization: office, roles: [Role.ARCHIVIST] });
  await makeUser(em, { username: 'boss', organization: root, roles: [Role.ADMIN] });
  await seedCatalogue(em);
  await em.flush();
  const [keeper, admin] = await Promise.all(['keeper', 'boss'].map((name) => login(server.url, name, PASSWORD)));
  return { branch, keeper, admin };
}

/** A row of the template: a male applicant born in 1990, by code. */
const row = (sequence: number, overrides: Record<string, string> = {}) => ({
  name: `导入${sequence}`,
  gender: '男',
  ethnicity: '汉族',
  birthDate: '1990-05-17',
  idNumber: idNumber('19900517', sequence * 2 + 1),
  phone: '13800000000',
  stage: '入党申请人',
  applicationDate: '2015-03-01',
  ...overrides,
});

async function download(path: string, token: string, language = 'zh-CN') {
  return fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}`, 'accept-language': language } });
}

/** Fills the downloaded template's first sheet from row 3 on, by the hidden row of field codes. */
async function filledTemplate(token: string, rows: Record<string, string>[], language = 'zh-CN') {
  const response = await download('/members/import-template.xlsx', token, language);
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.worksheets[0];
  const codes = (sheet.getRow(2).values as string[]).slice(1);
  rows.forEach((values, index) => {
    sheet.getRow(3 + index).values = codes.map((code) => values[code] ?? null);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csv = (rows: Record<string, string>[]) => {
  const fields = ['name', 'gender', 'ethnicity', 'birthDate', 'idNumber', 'phone', 'stage', 'applicationDate'];
  return [fields.join(','), ...rows.map((values) => fields.map((field) => values[field] ?? '').join(','))].join('\r\n');
};

async function upload(body: Buffer | string, token: string, language = 'zh-CN') {
  const response = await fetch(`${server.url}/members/imports`, {
    method: 'POST',
    body,
    headers: { authorization: `Bearer ${token}`, 'accept-language': language },
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const START = `mutation ($fileRef: String!, $mode: MemberImportMode!, $organizationId: ID!) {
  startMemberImport(fileRef: $fileRef, mode: $mode, organizationId: $organizationId) { id status } }`;

async function runImport(
  file: Buffer | string,
  token: string,
  organizationId: number,
  mode: string,
  language = 'zh-CN',
) {
  const uploaded = await upload(file, token, language);
  expect(uploaded.status).toBe(201);
  const started = await graphql(
    server.url,
    START,
    { fileRef: uploaded.body.fileRef, mode, organizationId: String(organizationId) },
    { token, language },
  );
  expect(started.errors).toBeUndefined();
  const id = started.data!.startMemberImport.id as string;
  for (const start = Date.now(); Date.now() - start < 60_000;) {
    const job = await server.em().findOneOrFail(Job, Number(id));
    if (job.status === JobStatus.SUCCEEDED) {
      const read = await graphql(
        server.url,
        `
          query ($id: ID!) {
            job(id: $id) {
              result
              progress
            }
          }
        `,
        { id },
        { token },
      );
      expect(read.data!.job.progress).toBe(100);
      return JSON.parse(read.data!.job.result) as {
        total: number;
        imported: number;
        rejected: number;
        errors: { row: number; column: string; field: string; message: string }[];
      };
    }
    if (job.status !== JobStatus.QUEUED && job.status !== JobStatus.RUNNING) throw new Error(`job ${job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('import did not finish');
}

const memberNames = async (token: string) => {
  const response = await graphql(
    server.url,
    '{ members(first: 100) { totalCount edges { node { name } } } }',
    {},
    { token },
  );
  return (response.data!.members.edges as { node: { name: string } }[]).map((edge) => edge.node.name).sort();
};

describe(`member import (${dialect})`, () => {
  it('imports a filled-in template: the members exist with dossiers in the importer’s custody', async () => {
    const { branch, keeper } = await arrange();
    const file = await filledTemplate(keeper, [
      row(1),
      row(2, { organizationCode: 'B2', gender: 'FEMALE', idNumber: idNumber('19900517', 4) }),
    ]);
    const result = await runImport(file, keeper, branch.id, 'ALL_OR_NOTHING');
    expect(result).toMatchObject({ total: 2, imported: 2, rejected: 0, errors: [] });
    const listed = await graphql(
      server.url,
      '{ members(first: 10) { edges { node { name idNumber gender organization { code } dossier { status custodian { code } } } } } }',
      {},
      { token: keeper },
    );
    const nodes = listed.data!.members.edges.map((edge: any) => edge.node);
    expect(nodes).toEqual([
      {
        name: '导入1',
        idNumber: row(1).idNumber,
        gender: 'MALE',
        organization: { code: 'B1' },
        dossier: { status: 'ESTABLISHING', custodian: { code: 'DA' } },
      },
      {
        name: '导入2',
        idNumber: idNumber('19900517', 4),
        gender: 'FEMALE',
        organization: { code: 'B2' },
        dossier: { status: 'ESTABLISHING', custodian: { code: 'DA' } },
      },
    ]);
    const entries = await server
      .em()
      .getConnection()
      .execute(
        `select action, details from audit_entry where action in ('MEMBER_CREATED', 'MEMBERS_IMPORTED') order by id`,
      );
    expect(entries.map((entry) => entry.action)).toEqual(['MEMBER_CREATED', 'MEMBER_CREATED', 'MEMBERS_IMPORTED']);
    expect(JSON.parse(entries[2].details)).toMatchObject({
      mode: 'ALL_OR_NOTHING',
      total: 2,
      imported: 2,
      rejected: 0,
    });
  });

  it('reads the English template and English choice names too', async () => {
    const { branch, keeper } = await arrange();
    const file = await filledTemplate(keeper, [row(1, { gender: 'male', stage: 'applicant' })], 'en');
    expect(await runImport(file, keeper, branch.id, 'ALL_OR_NOTHING')).toMatchObject({ imported: 1 });
  });

  it('reports a bad row by row and column and imports nothing in ALL_OR_NOTHING, the rest in VALID_ROWS_ONLY', async () => {
    const { branch, keeper } = await arrange();
    const bad = row(2, { idNumber: row(2).idNumber.slice(0, 17) + (row(2).idNumber[17] === '1' ? '2' : '1') });
    const file = await filledTemplate(keeper, [row(1), bad, row(3)]);
    const strict = await runImport(file, keeper, branch.id, 'ALL_OR_NOTHING', 'en');
    expect(strict).toMatchObject({ total: 3, imported: 0, rejected: 1 });
    expect(strict.errors).toEqual([
      {
        row: 4,
        column: 'ID number',
        field: 'idNumber',
        message: 'The check digit of the ID number is wrong; please check the number',
      },
    ]);
    expect(await memberNames(keeper)).toEqual([]);

    const lenient = await runImport(file, keeper, branch.id, 'VALID_ROWS_ONLY');
    expect(lenient).toMatchObject({ total: 3, imported: 2, rejected: 1 });
    expect(lenient.errors[0]).toMatchObject({
      row: 4,
      column: '身份证号码',
      message: '身份证号码校验位不正确，请核对',
    });
    expect(await memberNames(keeper)).toEqual(['导入1', '导入3']);
  });

  it('reports an ID number repeated in the file and one already registered', async () => {
    const { branch, keeper } = await arrange();
    await runImport(csv([row(1)]), keeper, branch.id, 'ALL_OR_NOTHING');
    const result = await runImport(
      csv([row(2), row(3), row(2, { name: '重复' }), row(1)]),
      keeper,
      branch.id,
      'VALID_ROWS_ONLY',
      'en',
    );
    expect(result).toMatchObject({ total: 4, imported: 2, rejected: 2 });
    expect(result.errors).toEqual([
      { row: 4, column: 'ID number', field: 'idNumber', message: 'The ID number repeats that of row 2' },
      {
        row: 5,
        column: 'ID number',
        field: 'idNumber',
        message: 'This ID number is already registered for another member',
      },
    ]);
  });

  it('reads a UTF-8 CSV with a byte-order mark and reports missing and wrong cells', async () => {
    const { branch, keeper } = await arrange();
    const text = '\ufeff' + csv([row(1), row(2, { name: '', gender: '未知', birthDate: '1990-02-30' })]);
    const result = await runImport(text, keeper, branch.id, 'VALID_ROWS_ONLY', 'en');
    expect(result).toMatchObject({ total: 2, imported: 1, rejected: 1 });
    expect(result.errors.map((error) => [error.row, error.field])).toEqual([
      [3, 'name'],
      [3, 'gender'],
    ]);
    expect(await memberNames(keeper)).toEqual(['导入1']);
  });

  it('refuses garbage, a sheet without a header and an oversize file with BAD_USER_INPUT', async () => {
    const { keeper } = await arrange();
    const garbage = await upload(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x13]), keeper, 'en');
    expect(garbage.status).toBe(400);
    expect(garbage.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'file' } });
    const binary = await upload(Buffer.from([0x00, 0x01, 0x02, 0xff]), keeper);
    expect(binary.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const headless = await upload('a,b,c\r\n1,2,3\r\n', keeper, 'en');
    expect(headless.body.errors[0].message).toMatch(/No header row/);
    const huge = await upload(Buffer.alloc(3 * 1024 * 1024, 0x41), keeper, 'en');
    expect(huge.status).toBe(413);
    expect(huge.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'file' });
  });

  it('refuses a file reference that is altered or someone else’s, and import by non-archivists', async () => {
    const { branch, keeper, admin } = await arrange();
    const uploaded = await upload(csv([row(1)]), keeper);
    const variables = { fileRef: uploaded.body.fileRef, mode: 'ALL_OR_NOTHING', organizationId: String(branch.id) };
    const asAdmin = await graphql(server.url, START, variables, { token: admin });
    expect(asAdmin.errors![0].extensions!.code).toBe('FORBIDDEN');
    const altered = await graphql(
      server.url,
      START,
      { ...variables, fileRef: `x${variables.fileRef}` },
      { token: keeper },
    );
    expect(altered.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileRef' });
    expect((await upload(csv([row(1)]), admin)).status).toBe(403);
    expect((await download('/members/import-template.xlsx', admin)).status).toBe(403);
  });
});

describe(`member export (${dialect})`, () => {
  async function exported(token: string, query = '') {
    const response = await download(`/members/export.xlsx${query}`, token, 'en');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const rows = workbook.worksheets[0].getSheetValues().slice(1) as unknown[][];
    const header = rows[0].slice(1) as string[];
    return rows.slice(1).map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i + 1]])));
  }

  it('masks ID numbers for a non-custodian, shows them to the custodian and audits that read', async () => {
    const { branch, keeper, admin } = await arrange();
    await runImport(csv([row(1), row(2)]), keeper, branch.id, 'ALL_OR_NOTHING');
    const asAdmin = await exported(admin);
    expect(asAdmin).toHaveLength(2);
    expect(asAdmin[0]['ID number']).not.toBe(row(1).idNumber);
    expect(asAdmin[0]['ID number']).toContain('*');
    expect(asAdmin[0].Name).toBe('导入1');

    const audit = () =>
      server.em().getConnection().execute(`select details from audit_entry where action = 'SENSITIVE_READ'`);
    expect(await audit()).toHaveLength(0);
    const asKeeper = await exported(keeper, '?search=%E5%AF%BC%E5%85%A51');
    expect(asKeeper.map((each) => each['ID number'])).toEqual([row(1).idNumber]);
    const [entry] = await audit();
    expect(JSON.parse(entry.details)).toMatchObject({ operation: 'exportMembers', bases: ['custody'] });
  });

  it('refuses a bad filter and callers without the export action', async () => {
    const { keeper } = await arrange();
    const response = await download('/members/export.xlsx?status=NOPE', keeper);
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
