import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../src/db/demo-data';
import { demoPdf, demoPng } from '../src/dossiers/demo-files';
import { MaterialFile } from '../src/dossiers/material-file.entity';
import { detectContentType } from '../src/files/content-type';
import { fileStoreFor } from '../src/files/files.service';
import { IntegrityIncident } from '../src/files/integrity-incident.entity';
import { StoredFile } from '../src/files/stored-file.entity';
import { Organization, OrganizationType } from '../src/organizations/organization.entity';
import { User } from '../src/users/user.entity';
import { Member } from '../src/members/member.entity';
import { parseIdNumber } from '../src/members/id-number';
import { opened, PII } from '../src/members/personal-data';
import { selectRows } from '../src/shared/lean-rows';
import { graphql, login } from './support/client';
import { useTestServer } from './support/server';

/** api.md: every demo user, with the role it documents; all sign in with the same password. */
const DEMO_PASSWORD = 'Dangan@2026';
const DEMO_USERS: [string, string][] = [
  ['admin', 'ADMIN'],
  ['archivist', 'ARCHIVIST'],
  ['archivist2', 'ARCHIVIST'],
  ['approver.org', 'APPROVER'],
  ['approver.disc', 'APPROVER'],
  ['auditor', 'AUDITOR'],
  ['manager', 'STAFF_MANAGER'],
  ['requester', 'REQUESTER'],
];
const LOGIN = `mutation ($u: String!, $p: String!) {
  login(username: $u, password: $p) { user { username roles organization { code type } } }
}`;

// A store of this file's own: the demo scans land in it, and are gone afterwards.
const dataDir = mkdtempSync(join(tmpdir(), 'dangan-seed-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const server = useTestServer({ DATA_DIR: dataDir });

const seed = (members = false) =>
  seedDemoData(server.em(), { keyring: server.settings.pii, files: fileStoreFor(server.settings), members });

async function signInDemoUser(username: string) {
  const response = await graphql(server.url, LOGIN, { u: username, p: DEMO_PASSWORD });
  expect(response.errors, username).toBeUndefined();
  return response.data!.login.user as {
    username: string;
    roles: string[];
    organization: { code: string; type: string };
  };
}

describe('demo data', () => {
  it('is idempotent: seeding twice leaves the same organisations and users', async () => {
    await seed();
    const once = { organizations: await server.em().count(Organization, {}), users: await server.em().count(User, {}) };

    await seed();

    expect(once.organizations).toBeGreaterThan(0);
    expect(once.users).toBeGreaterThanOrEqual(DEMO_USERS.length);
    expect({
      organizations: await server.em().count(Organization, {}),
      users: await server.em().count(User, {}),
    }).toEqual(once);
  });

  it.each(DEMO_USERS)('lets %s sign in with the demo password, holding the role %s', async (username, role) => {
    await seed();

    const user = await signInDemoUser(username);

    expect(user.username).toBe(username);
    expect(user.roles).toEqual([role]);
  });

  it('places the archivists in two different archive offices and the approvers in the two departments', async () => {
    await seed();

    const [archivist, archivist2, approverOrg, approverDisc] = await Promise.all(
      ['archivist', 'archivist2', 'approver.org', 'approver.disc'].map(signInDemoUser),
    );

    expect([archivist.organization.type, archivist2.organization.type]).toEqual(['ARCHIVE_OFFICE', 'ARCHIVE_OFFICE']);
    expect(archivist.organization.code).not.toBe(archivist2.organization.code);
    expect([approverOrg.organization.type, approverDisc.organization.type]).toEqual(['DEPARTMENT', 'DEPARTMENT']);
    expect(approverOrg.organization.code).not.toBe(approverDisc.organization.code);
    expect(await server.em().count(Organization, { type: OrganizationType.ARCHIVE_OFFICE })).toBeGreaterThanOrEqual(2);
  });
});

describe('demo members and dossiers', () => {
  it('fills both archive offices with valid, consistent members and dossiers in every state, once', async () => {
    await seed(true);
    await seed(true);

    const em = server.em();
    const members = await em.find(Member, {}, { populate: ['organization'] });
    expect(members.length).toBeGreaterThanOrEqual(200);
    expect(new Set(members.map((m) => m.idNumberIndex)).size).toBe(members.length);
    for (const member of members) {
      const facts = parseIdNumber(opened(server.settings.pii, member.idNumberEncrypted, PII.idNumber)!, '2100-01-01');
      expect(facts, member.name).toMatchObject({ birthDate: member.birthDate, gender: member.gender });
    }
    const counts = await selectRows<{ code: string; status: string; overdue: number | string; n: number | string }>(
      em,
      `select o.code as code, d.status as status,
              case when d.status = 'ESTABLISHING' and d.completion_deadline < ? then 1 else 0 end as overdue,
              count(*) as n
         from dossier d join organization o on o.id = d.custodian_id group by o.code, d.status, overdue`,
      [new Date()],
    );
    const states = new Set(counts.map((row) => `${row.code} ${row.status} ${Number(row.overdue)}`));
    for (const office of ['SZ-DA-A', 'SZ-02-DA']) {
      for (const state of ['COMPLETE 0', 'ESTABLISHING 0', 'ESTABLISHING 1', 'RETIRED_COLLECTION 0']) {
        expect(states, `${office} ${state}`).toContain(`${office} ${state}`);
      }
    }
    const materialStates = await selectRows<{ status: string }>(em, 'select distinct status from material');
    expect(materialStates.map((row) => row.status).sort()).toEqual(['CURRENT', 'INVALIDATED', 'SUPERSEDED']);

    // The stored statuses agree with completeness computed from the catalogue, as the API reads it.
    const token = await login(server.url, 'archivist', DEMO_PASSWORD);
    const page = await graphql(
      server.url,
      '{ dossiers(first: 100) { edges { node { status overdue completeness { complete } } } } }',
      {},
      { token },
    );
    expect(page.errors).toBeUndefined();
    for (const { node } of page.data!.dossiers.edges) {
      expect(node.completeness.complete).toBe(node.status !== 'ESTABLISHING');
    }

    const requester = await login(server.url, 'requester', DEMO_PASSWORD);
    const me = await graphql(
      server.url,
      '{ me { displayName member { name idNumber dossier { status custodian { code } } } } }',
      {},
      { token: requester },
    );
    expect(me.data!.me.member).toMatchObject({
      name: me.data!.me.displayName,
      dossier: { custodian: { code: 'SZ-DA-A' } },
    });
    expect(me.data!.me.member.idNumber).toMatch(/^\d{17}[\dX]$/);
  });
});

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Each xref entry points at its object, and startxref at the xref table. */
function checkPdfStructure(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
  expect(text.slice(startxref, startxref + 5)).toBe('xref\n');
  const entries = text
    .slice(startxref)
    .split('\n')
    .slice(3)
    .filter((line) => / 00000 n $/.test(line));
  entries.forEach((line, i) => expect(text.slice(Number(line.slice(0, 10))).startsWith(`${i + 1} 0 obj\n`)).toBe(true));
  for (const match of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
    const start = match.index + match[0].length;
    expect(text.slice(start + Number(match[1]), start + Number(match[1]) + 10)).toBe('\nendstream');
  }
  return Number(/\/Count (\d+)/.exec(text)![1]);
}

describe('demo files', () => {
  it('are a well-formed PDF of the pages asked for and a PNG, both of an accepted type', () => {
    const scan = {
      code: 'APPLICATION',
      category: 'Application (draft) \\ 1',
      version: 2,
      pages: 3,
      remark: 'Corrected',
    };
    const pdf = demoPdf(scan);
    expect(detectContentType(pdf)).toBe('application/pdf');
    expect(checkPdfStructure(pdf)).toBe(3);
    expect(demoPdf(scan).equals(pdf)).toBe(true);
    const png = demoPng(scan);
    expect(detectContentType(png)).toBe('image/png');
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([200, 280]);
    expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
  });

  it('come with most materials, once per content, stored intact and read by the custodian', async () => {
    await seed(true);
    const em = server.em();
    const counts = async () => ({ links: await em.count(MaterialFile, {}), stored: await em.count(StoredFile, {}) });
    const once = await counts();
    await seed(true);
    expect(await counts()).toEqual(once);

    // Most current materials have a file, every superseded and invalidated one has; sha256 names the first.
    const coverage = await selectRows<{
      status: string;
      n: number | string;
      filed: number | string;
      named: number | string;
    }>(
      em,
      `select m.status as status, count(*) as n,
              sum(case when exists (select 1 from material_file l where l.material_id = m.id) then 1 else 0 end) as filed,
              sum(case when m.sha256 = (select l.sha256 from material_file l where l.material_id = m.id order by l.id limit 1)
                       then 1 else 0 end) as named
         from material m group by m.status`,
    );
    const by = Object.fromEntries(
      coverage.map((row) => [row.status, { n: Number(row.n), filed: Number(row.filed), named: Number(row.named) }]),
    );
    expect(by.CURRENT.filed / by.CURRENT.n).toBeGreaterThan(0.85);
    expect(by.CURRENT.filed).toBeLessThan(by.CURRENT.n);
    for (const status of ['CURRENT', 'SUPERSEDED', 'INVALIDATED'])
      expect(by[status].named, status).toBe(by[status].filed);
    expect(by.SUPERSEDED.filed).toBe(by.SUPERSEDED.n);
    expect(by.INVALIDATED.filed).toBe(by.INVALIDATED.n);
    const names = await selectRows<{ file_name: string }>(em, 'select distinct file_name from material_file');
    // Names as attachMaterialFile keeps them: no path separator.
    for (const { file_name: name } of names) expect(name).toMatch(/^[^/\\]+\.(pdf|png)$/);

    // Every stored content is in the store under its hash, of its recorded size and type.
    const store = fileStoreFor(server.settings);
    const stored = await em.find(StoredFile, {});
    const types = new Set<string>();
    for (const file of stored) {
      const chunks: Buffer[] = [];
      for await (const chunk of (await store.get(file.sha256))!) chunks.push(chunk as Buffer);
      const bytes = Buffer.concat(chunks);
      expect(sha256Of(bytes)).toBe(file.sha256);
      expect(bytes.length).toBe(file.size);
      expect(detectContentType(bytes)).toBe(file.contentType);
      types.add(file.contentType);
    }
    expect([...types].sort()).toEqual(['application/pdf', 'image/png']);

    // A revised material of office A: its superseded version keeps its own scan; the current one
    // carries that scan forward beside the corrected one, as a revision through the API does.
    const [revised] = await selectRows<{ lineage: string; dossier: number | string }>(
      em,
      `select m.lineage as lineage, m.dossier_id as dossier from material m
         join dossier d on d.id = m.dossier_id join organization o on o.id = d.custodian_id
        where o.code = 'SZ-DA-A' and m.status = 'SUPERSEDED' order by m.id limit 1`,
    );
    const token = await login(server.url, 'archivist', DEMO_PASSWORD);
    const FILES = `query ($id: ID!, $status: MaterialStatus) { dossier(id: $id) { materials(status: $status) {
      id lineage version sha256 files { sha256 fileName pages size contentType } } } }`;
    const versions = [];
    for (const status of ['SUPERSEDED', 'CURRENT']) {
      const page = await graphql(server.url, FILES, { id: String(revised.dossier), status }, { token });
      expect(page.errors).toBeUndefined();
      versions.push(page.data!.dossier.materials.find((m: { lineage: string }) => m.lineage === revised.lineage));
    }
    const [first, second] = versions;
    expect(first.files).toHaveLength(1);
    expect(second.files).toHaveLength(2);
    expect(second.files[0]).toEqual(first.files[0]);
    expect(second.files[1].sha256).not.toBe(first.files[0].sha256);
    expect(second.sha256).toBe(first.sha256);

    // Downloaded through the real route by the custodian: the bytes hash to their name, and the
    // download's integrity check passed (no incident).
    for (const [material, file] of [
      [first, first.files[0]],
      [second, second.files[1]],
    ]) {
      const response = await fetch(`${server.url}/files/${file.sha256}?owner=Material:${material.id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(file.contentType);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(sha256Of(bytes)).toBe(file.sha256);
      expect(bytes.length).toBe(file.size);
      if (file.contentType === 'application/pdf') expect(checkPdfStructure(bytes)).toBe(file.pages);
    }
    expect(await em.count(IntegrityIncident, {})).toBe(0);
  });
});
