import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { AccessGrant } from '../src/access/access-grant.entity';
import { AccessScope } from '../src/access/access-scope';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { addMaterial } from '../src/dossiers/material.service';
import { attachMaterialFile } from '../src/dossiers/material-files';
import { MaterialCategory } from '../src/dossiers/material-category.entity';
import { Role } from '../src/users/role';
import { graphql, login, onlyError } from './support/client';
import { actingAs, makeArchives, makeKeptDossiers, syntheticIdNumber } from './support/dossier-factories';
import { makeUser, PASSWORD } from './support/factories';
import { makeGrant } from './support/grants';
import { useTestServer } from './support/server';

const dataDir = mkdtempSync(join(tmpdir(), 'dangan-access-grants-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const server = useTestServer({ DATA_DIR: dataDir });

const pdf = () => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(300), Buffer.from('\n%%EOF\n')]);

/** Three members kept by DA, a NORMAL material with a file in the first dossier, and a requester. */
async function arrange() {
  const archives = await makeArchives(server.em());
  const asKeeper = actingAs(server.em(), server.settings, archives.keeper, archives.officeA);
  const dossiers = await makeKeptDossiers(asKeeper, archives.branch, 3);
  const category = await server.em().findOneOrFail(MaterialCategory, { code: 'APPLICATION' });
  const material = await addMaterial(asKeeper, {
    dossierId: String(dossiers[0].id),
    categoryId: String(category.id),
    title: '入党申请书',
    formedOn: '2020-03-01',
    receivedOn: '2020-03-02',
    content: '本人志愿加入中国共产党',
  });
  const keeperToken = await login(server.url, 'keeper', PASSWORD);
  const uploaded = await fetch(`${server.url}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${keeperToken}` },
    body: pdf(),
  });
  const { sha256 } = (await uploaded.json()) as { sha256: string };
  await attachMaterialFile(asKeeper, { materialId: String(material.id), sha256, fileName: 'a.pdf' });
  const requester = await makeUser(server.em(), { username: 'requester', organization: archives.branch });
  const token = await login(server.url, 'requester', PASSWORD);
  return { archives, dossiers, material, sha256, requester, token, keeperToken };
}

const MEMBER = `query ($id: ID!) { member(id: $id) { idNumber dossier { materials { content } } } }`;

async function entries(action: string) {
  const rows = await server.em().find(AuditEntry, { action }, { orderBy: { id: 'asc' } });
  return rows.map((row) => ({ ...row, details: JSON.parse(row.details ?? '{}') }));
}

describe('reading under a grant', () => {
  it('audits each unmasked read and each download with the request id', async () => {
    const { dossiers, material, sha256, requester, token } = await arrange();
    const grant = await makeGrant(server.em(), {
      grantee: requester,
      dossiers: [dossiers[0]],
      scopes: [AccessScope.IDENTITY, AccessScope.MATERIALS],
    });

    const read = await graphql(server.url, MEMBER, { id: String(dossiers[0].member.id) }, { token });
    expect(read.errors).toBeUndefined();
    expect(read.data!.member).toEqual({
      idNumber: syntheticIdNumber(1),
      dossier: { materials: [{ content: '本人志愿加入中国共产党' }] },
    });
    const [entry] = await entries('SENSITIVE_READ');
    expect(entry.details.reads).toEqual([
      { type: 'Material', ids: [material.id], fields: ['content'], basis: `grant:${grant.requestId}` },
      { type: 'Member', ids: [dossiers[0].member.id], fields: ['idNumber'], basis: `grant:${grant.requestId}` },
    ]);

    const response = await fetch(`${server.url}/files/${sha256}?owner=Material:${material.id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const [downloaded] = await entries('FILE_DOWNLOADED');
    expect(downloaded.details).toMatchObject({ owner: `Material:${material.id}`, basis: `grant:${grant.requestId}` });
  });

  it('stops opening anything once the grant expires or is revoked, without any job running', async () => {
    const { dossiers, requester, token } = await arrange();
    const { grantId } = await makeGrant(server.em(), {
      grantee: requester,
      dossiers: [dossiers[0]],
      scopes: [AccessScope.IDENTITY],
    });
    const id = String(dossiers[0].member.id);
    expect((await graphql(server.url, MEMBER, { id }, { token })).data!.member.idNumber).toBe(syntheticIdNumber(1));

    // The clock passes the expiry: the very next read is refused.
    await server.em().nativeUpdate(AccessGrant, { id: grantId }, { expiresAt: new Date(Date.now() - 1000) });
    const missing = await graphql(server.url, MEMBER, { id: '99999' }, { token });
    expect(await graphql(server.url, MEMBER, { id }, { token })).toEqual(missing);

    // Revoked while still in time: the same.
    await server
      .em()
      .nativeUpdate(
        AccessGrant,
        { id: grantId },
        { expiresAt: new Date(Date.now() + 3600_000), revokedAt: new Date() },
      );
    expect(await graphql(server.url, MEMBER, { id }, { token })).toEqual(missing);
    expect(onlyError(missing).extensions!.code).toBe('NOT_FOUND');
  });

  it('lists for a requester exactly the members and dossiers their active grants cover', async () => {
    const { dossiers, requester, token } = await arrange();
    await makeGrant(server.em(), {
      grantee: requester,
      dossiers: [dossiers[0], dossiers[2]],
      scopes: [AccessScope.MATERIALS],
    });
    await makeGrant(server.em(), {
      grantee: requester,
      dossiers: [dossiers[1]],
      scopes: [AccessScope.IDENTITY],
      expiresAt: new Date(Date.now() - 1000),
    });
    const lists = await graphql(
      server.url,
      `
        {
          members {
            totalCount
            edges {
              node {
                id
                idNumber
              }
            }
          }
          dossiers {
            totalCount
            edges {
              node {
                id
              }
            }
          }
        }
      `,
      {},
      { token },
    );
    expect(lists.errors).toBeUndefined();
    expect(lists.data!.members.totalCount).toBe(2);
    expect(lists.data!.members.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
      [dossiers[0], dossiers[2]].map((dossier) => String(dossier.member.id)),
    );
    // MATERIALS does not open the ID number.
    expect(lists.data!.members.edges[0].node.idNumber).toMatch(/\*/);
    expect(lists.data!.dossiers.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
      [dossiers[0], dossiers[2]].map((dossier) => String(dossier.id)),
    );
  });

  it('lists nothing, and no error, for a caller with neither a reading role nor a grant', async () => {
    const { token } = await arrange();
    const lists = await graphql(
      server.url,
      `
        {
          members {
            totalCount
          }
          dossiers {
            totalCount
          }
        }
      `,
      {},
      { token },
    );
    expect(lists.errors).toBeUndefined();
    expect(lists.data).toEqual({ members: { totalCount: 0 }, dossiers: { totalCount: 0 } });
  });

  it('finds a member by exact ID number only where the caller reads the number unmasked', async () => {
    const { archives, dossiers, keeperToken } = await arrange();
    const auditorUser = await makeUser(server.em(), {
      username: 'auditor',
      organization: archives.root,
      roles: [Role.AUDITOR],
    });
    const auditor = await login(server.url, 'auditor', PASSWORD);
    const SEARCH = `query ($n: String) { members(filter: { idNumber: $n }) { totalCount } }`;
    const number = syntheticIdNumber(2);
    // The custodian reads it: found. The AUDITOR sees it masked: an exact search would confirm the hidden digits.
    expect((await graphql(server.url, SEARCH, { n: number }, { token: keeperToken })).data!.members.totalCount).toBe(1);
    expect((await graphql(server.url, SEARCH, { n: number }, { token: auditor })).data!.members.totalCount).toBe(0);
    await makeGrant(server.em(), {
      grantee: auditorUser,
      dossiers: [dossiers[1]],
      scopes: [AccessScope.IDENTITY],
    });
    // Under an IDENTITY grant for that dossier it reads the number: found.
    expect((await graphql(server.url, SEARCH, { n: number }, { token: auditor })).data!.members.totalCount).toBe(1);
  });

  it('opens nothing to a grantee whose role reads nothing else, beyond the granted dossier', async () => {
    const { dossiers, requester, token } = await arrange();
    await makeGrant(server.em(), { grantee: requester, dossiers: [dossiers[0]], scopes: [AccessScope.IDENTITY] });
    const other = await graphql(server.url, MEMBER, { id: String(dossiers[1].member.id) }, { token });
    expect(onlyError(other).extensions!.code).toBe('NOT_FOUND');
    const dossier = await graphql(
      server.url,
      `
        query ($id: ID!) {
          dossier(id: $id) {
            id
          }
        }
      `,
      { id: String(dossiers[1].id) },
      { token },
    );
    expect(onlyError(dossier).extensions!.code).toBe('NOT_FOUND');
  });
});
