import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Job, JobStatus } from '../src/jobs/job.entity';
import { TrainingAttendance } from '../src/staff/training.entity';
import { graphql, login, onlyError } from './support/client';
import { PASSWORD } from './support/factories';
import { useTestJobs, useTestServer } from './support/server';
import { makeSession, makeStaff, makeStaffWorld } from './support/staff-factories';

const server = useTestServer();
useTestJobs(server);

async function upload(body: Buffer | string, token: string, language = 'zh-CN') {
  const response = await fetch(`${server.url}/staff/attendance-imports`, {
    method: 'POST',
    body,
    headers: { authorization: `Bearer ${token}`, 'accept-language': language },
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const START = `mutation ($fileRef: String!, $sessionId: ID!) { startAttendanceImport(fileRef: $fileRef, sessionId: $sessionId) { id } }`;

async function runImport(file: Buffer | string, token: string, sessionId: number, language = 'zh-CN') {
  const uploaded = await upload(file, token, language);
  expect(uploaded.status).toBe(201);
  const started = await graphql(
    server.url,
    START,
    { fileRef: uploaded.body.fileRef, sessionId: String(sessionId) },
    { token, language },
  );
  expect(started.errors).toBeUndefined();
  const id = Number(started.data!.startAttendanceImport.id);
  for (const start = Date.now(); Date.now() - start < 30_000;) {
    const job = await server.em().findOneOrFail(Job, id);
    if (job.status === JobStatus.SUCCEEDED) {
      return JSON.parse(job.result!) as {
        total: number;
        imported: number;
        rejected: number;
        errors: { row: number; column: string | null; field: string | null; message: string }[];
      };
    }
    if (job.status !== JobStatus.QUEUED && job.status !== JobStatus.RUNNING) throw new Error(`job ${job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the import did not finish');
}

async function arrange() {
  const world = await makeStaffWorld(server.em(), server.settings);
  const ctx = world.managerCtx;
  const people = [
    await makeStaff(ctx, world.officeA),
    await makeStaff(ctx, world.officeA),
    await makeStaff(ctx, world.officeA),
  ];
  const outsider = await makeStaff(ctx, world.officeB);
  const { session } = await makeSession(ctx, world.officeA, { hours: 8 });
  return { world, people, outsider, session, token: await login(server.url, 'manager', PASSWORD) };
}

describe('attendance import', () => {
  it('records the valid rows of an XLSX sheet and reports the others by row and column', async () => {
    const { people, session, token } = await arrange();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('考勤');
    sheet.addRow(['人员编号', '姓名', '学时', '结果']);
    sheet.addRow([people[0].id, '甲', 8, '通过']);
    sheet.addRow([people[1].id, '乙', '', 'ABSENT']);
    sheet.addRow([people[2].id, '丙', 12, '通过']);
    sheet.addRow([99999, '无此人', 8, '通过']);
    sheet.addRow([people[0].id, '甲', 8, '通过']);
    sheet.addRow([people[2].id, '丙', 4, '迟到']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const report = await runImport(file, token, session.id);

    expect(report).toMatchObject({ total: 6, imported: 2, rejected: 4 });
    // Row 7 repeats the person of row 4 (refused for its hours) and names no known result.
    expect(report.errors.map((error) => [error.row, error.field, error.column])).toEqual([
      [4, 'hours', '学时'],
      [5, 'staffMemberId', '人员编号'],
      [6, 'staffMemberId', '人员编号'],
      [7, 'staffMemberId', '人员编号'],
      [7, 'result', '结果'],
    ]);
    expect(report.errors[2].message).toBe('与第 2 行是同一人员');
    const recorded = await server.em().find(TrainingAttendance, { session: session.id }, { orderBy: { id: 'asc' } });
    expect(recorded.map((each) => [each.staffMember.id, each.hours, each.result])).toEqual([
      [people[0].id, 8, 'PASSED'],
      [people[1].id, 0, 'ABSENT'],
    ]);
  });

  it('reads a CSV headed in English and writes its report in the requester’s language; nobody outside reach is recorded', async () => {
    const { world, outsider, people } = await arrange();
    const { session } = await makeSession(world.managerCtx, world.officeB, { hours: 8 });
    const token = await login(server.url, 'manager.b', PASSWORD);
    const csv = `Staff ID,Name,Hours,Result\r\n${outsider.id},A,6,PASSED\r\n${people[0].id},B,8,PASSED\r\n`;

    const report = await runImport(csv, token, session.id, 'en');

    expect(report).toMatchObject({ total: 2, imported: 1, rejected: 1 });
    expect(report.errors).toEqual([
      { row: 3, field: 'staffMemberId', column: 'Staff ID', message: 'No staff member has this ID within your reach' },
    ]);
  });

  it('refuses a file without the columns at upload, and an upload by someone who manages no staff', async () => {
    const { token } = await arrange();
    const clerk = await login(server.url, 'clerk', PASSWORD);

    const noHeader = await upload('a,b\r\n1,2\r\n', token, 'en');
    const forbidden = await upload('人员编号,结果\r\n1,通过\r\n', clerk);

    expect(noHeader.status).toBe(400);
    expect(noHeader.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(forbidden.status).toBe(403);
    expect(onlyError({ status: 403, data: null, errors: forbidden.body.errors }).extensions?.code).toBe('FORBIDDEN');
  });
});
