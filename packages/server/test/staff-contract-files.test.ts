import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graphql, login, onlyError } from './support/client';
import { PASSWORD } from './support/factories';
import { useTestServer } from './support/server';
import { makeStaff, makeStaffWorld } from './support/staff-factories';

const dataDir = mkdtempSync(join(tmpdir(), 'dangan-contract-files-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const server = useTestServer({ DATA_DIR: dataDir });

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2000), Buffer.from('\n%%EOF\n')]);
const CONTRACT = `mutation ($input: CreateContractInput!) { createContract(input: $input) { id attachmentSha256 } }`;

async function upload(content: Buffer, token: string) {
  const response = await fetch(`${server.url}/files`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` },
    body: content,
  });
  return { status: response.status, body: (await response.json()) as { sha256: string } };
}

const download = (path: string, token: string) =>
  fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

describe('a contract’s signed scan', () => {
  it('is uploaded by the manager, attached to the contract, and read by the manager and the person only', async () => {
    const world = await makeStaffWorld(server.em(), server.settings);
    const staff = await makeStaff(world.managerCtx, world.officeA, { user: world.users.clerk });
    const manager = await login(server.url, 'manager', PASSWORD);
    const uploaded = await upload(PDF, manager);
    expect(uploaded.status).toBe(201);
    const input = {
      staffMemberId: String(staff.id),
      startDate: '2024-01-01',
      duties: '档案整理',
      obligations: '保密',
      attachmentSha256: uploaded.body.sha256,
    };

    const created = await graphql(server.url, CONTRACT, { input }, { token: manager });

    expect(created.data!.createContract.attachmentSha256).toBe(uploaded.body.sha256);
    const path = `/files/${uploaded.body.sha256}?owner=Contract:${created.data!.createContract.id}`;
    const asManager = await download(path, manager);
    expect(asManager.status).toBe(200);
    expect(Buffer.from(await asManager.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await download(path, await login(server.url, 'clerk', PASSWORD))).status).toBe(200);
    expect((await download(path, await login(server.url, 'stranger', PASSWORD))).status).toBe(404);
    expect((await download(path, await login(server.url, 'manager.b', PASSWORD))).status).toBe(404);
  });

  it('must have been uploaded first', async () => {
    const world = await makeStaffWorld(server.em(), server.settings);
    const staff = await makeStaff(world.managerCtx, world.officeA);
    const manager = await login(server.url, 'manager', PASSWORD);

    const error = onlyError(
      await graphql(
        server.url,
        CONTRACT,
        {
          input: {
            staffMemberId: String(staff.id),
            startDate: '2024-01-01',
            duties: '档案整理',
            obligations: '保密',
            attachmentSha256: 'a'.repeat(64),
          },
        },
        { token: manager, language: 'en' },
      ),
    );

    expect(error).toMatchObject({
      message: 'No such attachment; upload the file first',
      extensions: { code: 'BAD_USER_INPUT', field: 'attachmentSha256' },
    });
  });
});
